/**
 * Keeping the builder's form between visits. Everything that can go wrong
 * with browser storage (private mode, a full quota, a stored value from an
 * older version or edited by hand) is answered with a value the UI can
 * explain, never a throw: losing a saved form is a nuisance, crashing the
 * builder would lose the runner's plan on screen too.
 */
import { hasKey, type KeyValueStore, removeKey, writeJson } from '../local-store';
import type { PlanEdit } from '../plan/edit-schema';
import type { PlanFormState } from './form-schema';

export type { KeyValueStore } from '../local-store';

/** The localStorage key; the version lives inside the value. */
export const FORM_STORAGE_KEY = 'retrostride-plan-form';

/** Bump when PlanFormState changes shape; older values are then ignored with a notice. */
export const FORM_STORAGE_VERSION = 1;

export type LoadResult =
	| { ok: true; state: PlanFormState }
	| { ok: false; reason: 'empty' | 'unavailable' | 'corrupt' | 'old-version' };

/**
 * Whether a saved form may be waiting, without reading it: lets the builder
 * skip loading the validation code for a first-time visitor.
 *
 * Never throws: storage the browser refuses reads as nothing saved (false).
 */
export function hasSavedForm(store: KeyValueStore | undefined): boolean {
	return hasKey(store, FORM_STORAGE_KEY);
}

/**
 * Saves the form; answers false when the browser refused (the UI may say so once).
 *
 * Never throws: storage the browser refuses (private mode, a full quota) gives false.
 */
export function saveFormState(store: KeyValueStore | undefined, state: PlanFormState): boolean {
	return writeJson(store, FORM_STORAGE_KEY, { version: FORM_STORAGE_VERSION, state });
}

/**
 * Forgets the saved form ("Start over"); false when storage refused.
 *
 * Never throws: storage the browser refuses (private mode, a full quota) gives false.
 */
export function clearFormState(store: KeyValueStore | undefined): boolean {
	return removeKey(store, FORM_STORAGE_KEY);
}

/**
 * What to tell the runner about a saved form we could not use, or undefined when there is nothing to say.
 *
 * Never throws.
 */
export function describeLoadProblem(result: LoadResult): string | undefined {
	if (result.ok) return undefined;
	switch (result.reason) {
		case 'empty':
		case 'unavailable':
			return undefined;
		case 'corrupt':
			return 'Your saved plan settings could not be read, so we started from the defaults.';
		case 'old-version':
			return 'Your saved plan settings came from an older version of the builder, so we started from the defaults.';
	}
}

// ---------------------------------------------------------------------------
// Edits: what the page needs before the editor loads (the rest is edit-history.ts,
// loaded with the editor; kept here so the first load carries one small module).
// ---------------------------------------------------------------------------

/** The edits now, and the lists before and after them for undo and redo. */
export interface EditHistory {
	/** The edits the plan is shown with, oldest first. */
	readonly edits: readonly PlanEdit[];
	/** Earlier edit lists, the most recent last (undo takes it). */
	readonly past: readonly (readonly PlanEdit[])[];
	/** Undone edit lists, the most recent last (redo takes it). */
	readonly future: readonly (readonly PlanEdit[])[];
}

/** No edits and no history: the plan as generated. */
export const NO_EDITS: EditHistory = { edits: [], past: [], future: [] };

/** The localStorage key; the version lives inside the value. */
export const EDITS_STORAGE_KEY = 'retrostride-plan-edits';
export const EDITS_STORAGE_VERSION = 1;

/**
 * Whether storage holds saved edits: the builder loads the editor only then (or after a first edit).
 *
 * Never throws: storage the browser refuses reads as nothing saved (false).
 */
export function hasSavedEdits(store: KeyValueStore | undefined): boolean {
	return hasKey(store, EDITS_STORAGE_KEY);
}

/**
 * Forgets saved edits ("Start over"); false when storage refused.
 *
 * Never throws: storage the browser refuses (private mode, a full quota) gives false.
 */
export function clearSavedEdits(store: KeyValueStore | undefined): boolean {
	return removeKey(store, EDITS_STORAGE_KEY);
}

/**
 * A mark in localStorage that this device keeps a training log (the log
 * itself is in IndexedDB): the builder then loads its editor at once, so
 * check-ins made in the player adapt the plan as soon as it opens.
 */
export const TRAINING_LOG_FLAG_KEY = 'retrostride-has-log';

/**
 * Whether this device keeps a training log.
 *
 * Never throws: storage the browser refuses reads as nothing saved (false).
 */
export function hasTrainingLog(store: KeyValueStore | undefined): boolean {
	return hasKey(store, TRAINING_LOG_FLAG_KEY);
}

/**
 * Marks (or unmarks, when the log is deleted) that this device keeps a training log.
 *
 * Never throws: storage the browser refuses (private mode, a full quota) gives false.
 */
export function markTrainingLog(store: KeyValueStore | undefined, kept: boolean): boolean {
	return kept ? writeJson(store, TRAINING_LOG_FLAG_KEY, 1) : removeKey(store, TRAINING_LOG_FLAG_KEY);
}
