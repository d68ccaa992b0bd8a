/**
 * What the session player keeps on the device: progress for "Resume at …"
 * (saved every couple of seconds while running, cleared at the end) and the
 * "done" mark. When the browser refuses storage, the session still runs and
 * `storageNote` says what will not be kept.
 */
import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { playerStrings as t } from '../../i18n/player';
import { localToday, type Plan, type Session } from '../../lib';
// The player's own door, not the main barrel, so this stays in the player's chunk.
import {
	clearProgress,
	type DoneMark,
	elapsedMs,
	loadDone,
	loadProgress,
	type PlayerState,
	type SavedProgress,
	saveDone,
	saveProgress,
} from '../../lib/player';
import type { PlayerDevice } from './browser';

export interface PlayerStorage {
	/** Progress saved by an earlier visit, offered as "Resume at …". */
	saved: SavedProgress | undefined;
	setSaved: (saved: SavedProgress | undefined) => void;
	done: DoneMark | undefined;
	/** Why progress or the done mark will not be kept, if storage refuses. */
	storageNote: string;
	/** Clock reading of the last save, so the clock can save every SAVE_EVERY_MS. */
	lastSave: RefObject<number>;
	/** Saves a running or paused session, or clears progress once it has ended. */
	persist: (s: PlayerState, now: number) => void;
	/** Forgets saved progress (Start over). */
	clear: () => void;
	/** Marks the session done today, with how long it took. */
	markDone: (s: PlayerState, now: number) => void;
}

export function usePlayerStorage(device: PlayerDevice, plan: Plan, session: Session, steps: number): PlayerStorage {
	const store = useMemo(() => device.store(), [device]);
	const [saved, setSaved] = useState<SavedProgress | undefined>(undefined);
	const [done, setDone] = useState<DoneMark | undefined>(undefined);
	const [storageNote, setStorageNote] = useState('');
	const lastSave = useRef(Number.NEGATIVE_INFINITY);

	useEffect(() => {
		setSaved(loadProgress(store, plan.id, session.id, steps));
		setDone(loadDone(store, plan.id, session.id));
	}, [store, plan.id, session.id, steps]);

	const persist = useCallback(
		(s: PlayerState, now: number) => {
			if (s.status === 'running' || s.status === 'paused') {
				const ok = saveProgress(store, plan.id, session.id, {
					elapsedMs: Math.round(elapsedMs(s, now)),
					anchorStep: s.anchor.step,
					anchorAtMs: Math.round(s.anchor.atMs),
				});
				if (!ok) setStorageNote(t.storage.progress);
				lastSave.current = now;
			} else if (s.status === 'finished' || s.status === 'stopped') {
				clearProgress(store, plan.id, session.id);
			}
		},
		[store, plan.id, session.id],
	);

	return {
		saved,
		setSaved,
		done,
		storageNote,
		lastSave,
		persist,
		clear: () => clearProgress(store, plan.id, session.id),
		markDone: (s, now) => {
			const mark = { on: localToday(), elapsedMs: Math.round(elapsedMs(s, now)) };
			if (!saveDone(store, plan.id, session.id, mark)) {
				setStorageNote(t.storage.done);
			}
			setDone(mark);
		},
	};
}
