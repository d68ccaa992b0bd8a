/**
 * The roster kept on this device (localStorage, through the same safe
 * helpers as the builder's form): names never leave the browser. A stored
 * roster that no longer fits the schema is reported, never half-loaded.
 */
import { type KeyValueStore, readJson, removeKey, writeJson } from '../local-store';
import { type RosterRow, storedRosterSchema } from './row-schema';

/** Where the roster is kept. */
export const ROSTER_STORAGE_KEY = 'retrostride-roster';

/** A stored roster read back: its rows, and a sentence when what was stored could not be used. */
export interface LoadedRoster {
	rows: RosterRow[];
	problem?: string;
}

/**
 * The roster saved on this device: no rows when there is none or storage is
 * refused; a damaged one gives no rows and says so (the coach still has the
 * file they saved).
 *
 * Never throws.
 */
export function loadRoster(store: KeyValueStore | undefined): LoadedRoster {
	const stored = readJson(store, ROSTER_STORAGE_KEY);
	if (stored === undefined) return { rows: [] };
	const parsed = storedRosterSchema.safeParse(stored);
	if (!parsed.success)
		return { rows: [], problem: 'The roster saved in this browser could not be read. Open your saved roster file.' };
	return { rows: parsed.data.rows };
}

/**
 * Saves the roster on this device; false when the browser refused (private mode, quota).
 *
 * Never throws: storage the browser refuses (private mode, a full quota) gives false.
 */
export function saveRoster(store: KeyValueStore | undefined, rows: readonly RosterRow[]): boolean {
	if (rows.length === 0) return removeKey(store, ROSTER_STORAGE_KEY);
	return writeJson(store, ROSTER_STORAGE_KEY, { version: 1, rows });
}

/**
 * Forgets the roster on this device; false when storage refused.
 *
 * Never throws: storage the browser refuses (private mode, a full quota) gives false.
 */
export function forgetRoster(store: KeyValueStore | undefined): boolean {
	return removeKey(store, ROSTER_STORAGE_KEY);
}
