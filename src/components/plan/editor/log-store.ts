/**
 * The training log on this device, in IndexedDB through idb-keyval (see the
 * README for why), never sent anywhere. One store for every part of the page:
 * components read it with `useTrainingLog()` and change it with `saveCheckIn`,
 * `replaceLog` and `clearLog`. When the browser refuses storage (private
 * mode, a full disk) the log still works for this visit: `saved` turns false
 * and the page says so, and nothing else breaks. A log opened from a coach's
 * link (`showSharedLog`) is shown in place of this device's, never written,
 * until the reader keeps it or closes it.
 */
import { del, get, set } from 'idb-keyval';
import { useSyncExternalStore } from 'react';
import { type CheckIn, checkInLogSchema, markTrainingLog, mergeLogs } from '../../../lib';
import { browserStore } from '../../browser-store';

/** The IndexedDB key (idb-keyval's default database and store). */
const KEY = 'retrostride-log';

/** The log as the page knows it. */
export interface LogState {
	/** Check-ins, oldest first. */
	readonly log: readonly CheckIn[];
	/** False when the last write was refused: the log lives only until the page closes. */
	readonly saved: boolean;
	/** True once the stored log has been read (or found missing). */
	readonly loaded: boolean;
	/** True while the page shows a log opened from a link: not this device's, and never stored. */
	readonly shared?: boolean;
}

let state: LogState = { log: [], saved: true, loaded: false };
const listeners = new Set<() => void>();

function update(next: LogState) {
	state = next;
	for (const listener of listeners) listener();
}

async function write(log: readonly CheckIn[]): Promise<boolean> {
	markTrainingLog(browserStore(), log.length > 0);
	try {
		await set(KEY, log);
		return true;
	} catch {
		return false;
	}
}

/**
 * Reads the stored log once; a value that does not check out (an older
 * version, edited by hand) is set aside rather than crashing the page.
 */
export async function loadLog(): Promise<LogState> {
	if (state.loaded || state.shared) return state;
	let log: CheckIn[] = [];
	let saved = true;
	try {
		const parsed = checkInLogSchema.safeParse((await get(KEY)) ?? []);
		if (parsed.success) log = parsed.data;
	} catch {
		saved = false; // IndexedDB refused: keep the log in memory for this visit
	}
	if (state.shared) return state; // a link's log arrived while this device's was read: it stays on show
	update({ log: mergeLogs(log, state.log), saved: saved && state.saved, loaded: true });
	return state;
}

/** Adds or replaces (same session and day) a check-in; the answer says whether it was stored. */
export async function saveCheckIn(checkIn: CheckIn): Promise<LogState> {
	await loadLog();
	const log = mergeLogs(state.log, [checkIn]);
	update({ log, saved: await write(log), loaded: true });
	return state;
}

/** Merges an imported log into this one. */
export async function importLog(added: readonly CheckIn[]): Promise<LogState> {
	await loadLog();
	const log = mergeLogs(state.log, added);
	update({ log, saved: await write(log), loaded: true });
	return state;
}

/** Shows a log from a link instead of this device's (which stays stored as it is). */
export function showSharedLog(log: readonly CheckIn[]): void {
	update({ log, saved: state.saved, loaded: true, shared: true });
}

/** Back to this device's log after a shared one; `keep` merges the shared check-ins into it first. */
export async function closeSharedLog(keep: boolean): Promise<LogState> {
	const shared = state.shared ? state.log : [];
	state = { log: [], saved: true, loaded: false };
	await loadLog();
	return keep ? importLog(shared) : state;
}

/** Deletes every check-in from this device. */
export async function clearLog(): Promise<LogState> {
	let saved = true;
	markTrainingLog(browserStore(), false);
	try {
		await del(KEY);
	} catch {
		saved = false;
	}
	update({ log: [], saved, loaded: true });
	return state;
}

/** The log, re-rendering on every change; reads it from IndexedDB on first use. */
export function useTrainingLog(): LogState {
	const current = useSyncExternalStore(
		(listener) => {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		() => state,
		() => state,
	);
	if (!current.loaded) void loadLog();
	return current;
}
