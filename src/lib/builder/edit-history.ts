/**
 * The builder's edits with their undo and redo history, and keeping them
 * between visits. Pure: the builder holds an `EditHistory` in state and
 * every change goes through these functions, so undo, redo and reset behave
 * the same from a button, a keyboard shortcut or a reload. Reading saved
 * edits needs zod, so it lives in edit-history-check.ts, loaded with the
 * editor.
 */
import { type KeyValueStore, writeJson } from '../local-store';
import type { PlanEdit } from '../plan/edit-schema';
import { clearSavedEdits, EDITS_STORAGE_KEY, EDITS_STORAGE_VERSION, type EditHistory } from './storage';

/** Undo steps kept (and saved); older ones are forgotten. */
export const MAX_UNDO = 50;

/**
 * The history after the edit list became `edits` (an edit added, a session
 * reset, everything reset): the old list can be undone, redo is cleared.
 *
 * Never throws.
 *
 * @example
 * withEdits(NO_EDITS, [skip]) // { edits: [skip], past: [[]], future: [] }
 */
export function withEdits(history: EditHistory, edits: readonly PlanEdit[]): EditHistory {
	return { edits, past: [...history.past, history.edits].slice(-MAX_UNDO), future: [] };
}

/**
 * One more edit at the end.
 *
 * Never throws.
 */
export function addEdit(history: EditHistory, edit: PlanEdit): EditHistory {
	return withEdits(history, [...history.edits, edit]);
}

/**
 * Back one step; the same history when there is nothing to undo.
 *
 * Never throws.
 */
export function undoEdit(history: EditHistory): EditHistory {
	const previous = history.past.at(-1);
	if (previous === undefined) return history;
	return { edits: previous, past: history.past.slice(0, -1), future: [...history.future, history.edits] };
}

/**
 * Forward one step; the same history when there is nothing to redo.
 *
 * Never throws.
 */
export function redoEdit(history: EditHistory): EditHistory {
	const next = history.future.at(-1);
	if (next === undefined) return history;
	return { edits: next, past: [...history.past, history.edits], future: history.future.slice(0, -1) };
}

/**
 * Whether an edit names this session (a swap names two).
 *
 * Never throws.
 */
export function editNames(edit: PlanEdit, session: string): boolean {
	if (edit.type === 'swap') return edit.a === session || edit.b === session;
	return edit.type !== 'repeat-week' && edit.session === session;
}

/**
 * The edits without those that name `session`: "reset to the generated
 * plan" for one session. A repeated week stays repeated (that edit names a
 * week, not a session).
 *
 * Never throws.
 *
 * @example
 * resetSession([move('w01-s1'), skip('w02-s1')], 'w01-s1') // [skip('w02-s1')]
 */
export function resetSession(edits: readonly PlanEdit[], session: string): PlanEdit[] {
	return edits.filter((e) => !editNames(e, session));
}

/**
 * Saves the edits and their history; false when the browser refused.
 *
 * Never throws: storage the browser refuses (private mode, a full quota) gives false.
 */
export function saveEditHistory(store: KeyValueStore | undefined, history: EditHistory): boolean {
	if (history.edits.length === 0 && history.past.length === 0 && history.future.length === 0) {
		return clearSavedEdits(store);
	}
	return writeJson(store, EDITS_STORAGE_KEY, { version: EDITS_STORAGE_VERSION, ...history });
}
