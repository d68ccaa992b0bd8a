/**
 * The session player's state and its clock, as one hook: the player state
 * machine from src/lib/player, the screen clock, saving and resuming, the
 * wake lock, cues turned into speech, tones and vibration, and the keyboard.
 * The three screens (PlayerIntro, PlayerRunning, PlayerSummary) only render
 * what it returns and call its actions.
 *
 * Session time comes from monotonic clock readings (`device.now()`),
 * recomputed on every tick and whenever the tab becomes visible, never from
 * counting ticks.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { playerStrings as t } from '../../i18n/player';
import type { Plan, Session } from '../../lib';
// The player's own door, not the main barrel, so this stays in the player's chunk.
import {
	back,
	type CueEvent,
	cuesBetween,
	deviceCommands,
	type PlayerState,
	type Position,
	playerPosition,
	READY,
	resume,
	type SavedProgress,
	settle,
	skip,
	stop,
	type Timeline,
	togglePause,
} from '../../lib/player';
import type { PlayerDevice, WakeLockResult } from './browser';
import { useClockAndTab, usePlayerKeys } from './player-effects';
import { type PlayerStorage, usePlayerStorage } from './usePlayerStorage';

/** How often a running session is saved, ms of clock time. */
const SAVE_EVERY_MS = 2000;

export interface PlayerSessionOptions {
	plan: Plan;
	session: Session;
	timeline: Timeline;
	device: PlayerDevice;
	/** Says a sentence to screen readers (the page's live region). */
	announce: (text: string) => void;
}

/** Everything the screens show, and what they can do. */
export interface PlayerSession {
	state: PlayerState;
	/** The clock reading the screen was last drawn at (device.now()). */
	clock: number;
	/** Progress saved by an earlier visit, offered as "Resume at …". */
	saved: SavedProgress | undefined;
	done: PlayerStorage['done'];
	muted: boolean;
	wake: WakeLockResult | 'idle';
	/** Counts step changes, for the screen flash. */
	flash: number;
	/** Why progress or the done mark will not be kept, if storage refuses. */
	storageNote: string;
	pauseButton: React.RefObject<HTMLButtonElement | null>;
	endHeading: React.RefObject<HTMLHeadingElement | null>;
	start: (from: PlayerState) => void;
	startOver: () => void;
	onPause: () => void;
	onBack: () => void;
	onSkip: () => void;
	onStop: () => void;
	toggleMute: () => void;
	markDone: () => void;
	/** Back to the intro screen after a finished or stopped session. */
	reset: () => void;
}

export function usePlayerSession({ plan, session, timeline, device, announce }: PlayerSessionOptions): PlayerSession {
	const storage = usePlayerStorage(device, plan, session, timeline.steps.length);
	const { persist, lastSave } = storage;
	const [state, setState] = useState<PlayerState>(READY);
	const [clock, setClock] = useState(() => device.now());
	const [muted, setMuted] = useState(false);
	const [wake, setWake] = useState<WakeLockResult | 'idle'>('idle');
	const [flash, setFlash] = useState(0);

	const stateRef = useRef(state);
	const mutedRef = useRef(muted);
	const lastCued = useRef<Position | undefined>(undefined);
	const pauseButton = useRef<HTMLButtonElement>(null);
	const endHeading = useRef<HTMLHeadingElement>(null);
	mutedRef.current = muted;

	/** Carries out the device commands for cue events (see deviceCommands in src/lib/player). */
	const fire = useCallback(
		(events: readonly CueEvent[]) => {
			for (const c of deviceCommands(events, { muted: mutedRef.current })) {
				if (c.type === 'speak') device.speak(c.text);
				else if (c.type === 'tone') device.tone(c.tone);
				else if (c.type === 'vibrate') device.vibrate(typeof c.pattern === 'number' ? c.pattern : [...c.pattern]);
				else if (c.type === 'flash') setFlash((n) => n + 1);
				else announce(c.text);
			}
		},
		[device, announce],
	);

	/** Bring everything up to the clock: settle, cue, save, render. Safe to call any time. */
	const sync = useCallback(
		(next: PlayerState = stateRef.current) => {
			const now = device.now();
			const s = next.status === 'running' ? settle(next, timeline, now) : next;
			if (s.status === 'running' || s.status === 'finished' || next !== stateRef.current) {
				const pos = playerPosition(s, timeline, now);
				if (s.status !== 'stopped') fire(cuesBetween(timeline, lastCued.current, pos));
				lastCued.current = pos;
			}
			if (s.status === 'finished' && stateRef.current.status !== 'finished') device.releaseWakeLock();
			if (s !== stateRef.current || now - lastSave.current >= SAVE_EVERY_MS) persist(s, now);
			if (s.status === 'stopped') {
				device.cancelSpeech();
				device.releaseWakeLock();
			}
			stateRef.current = s;
			setState(s);
			setClock(now);
		},
		[device, timeline, fire, persist, lastSave],
	);

	const act = useCallback(
		(f: (s: PlayerState, now: number) => PlayerState) => {
			const s = f(stateRef.current, device.now());
			if (s !== stateRef.current) sync(s);
		},
		[device, sync],
	);

	const keepAwake = useCallback(() => {
		void device.requestWakeLock().then(setWake);
	}, [device]);

	useClockAndTab({ running: state.status === 'running', sync, persist, keepAwake, device, stateRef });

	const start = useCallback(
		(from: PlayerState) => {
			device.unlockAudio();
			keepAwake();
			lastCued.current = undefined;
			storage.setSaved(undefined);
			sync(resume(from, device.now()));
			requestAnimationFrame(() => pauseButton.current?.focus());
		},
		[device, keepAwake, sync, storage.setSaved],
	);
	const onPause = useCallback(() => {
		device.unlockAudio();
		act(togglePause);
		if (stateRef.current.status === 'running') keepAwake();
		else device.cancelSpeech();
	}, [device, act, keepAwake]);
	const onBack = useCallback(() => act((s, now) => back(s, timeline, now)), [act, timeline]);
	const onSkip = useCallback(() => act((s, now) => skip(s, timeline, now)), [act, timeline]);
	const onStop = useCallback(() => {
		act(stop);
		announce(t.announce.stopped);
	}, [act, announce]);

	usePlayerKeys(state.status === 'running' || state.status === 'paused', { onPause, onBack, onSkip });

	// At the end, the summary's heading takes focus (and the view), so it is seen and read at once.
	const ended = state.status === 'finished' || state.status === 'stopped';
	useEffect(() => {
		if (ended) endHeading.current?.focus();
	}, [ended]);

	return {
		state,
		clock,
		saved: storage.saved,
		done: storage.done,
		muted,
		wake,
		flash,
		storageNote: storage.storageNote,
		pauseButton,
		endHeading,
		start,
		startOver: () => {
			storage.clear();
			start(READY);
		},
		onPause,
		onBack,
		onSkip,
		onStop,
		toggleMute: () => {
			setMuted((m) => !m);
			if (!muted) device.cancelSpeech();
		},
		markDone: () => storage.markDone(stateRef.current, clock),
		reset: () => {
			stateRef.current = READY;
			lastCued.current = undefined;
			setState(READY);
		},
	};
}
