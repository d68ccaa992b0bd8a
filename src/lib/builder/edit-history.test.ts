/**
 * Undo, redo and reset over a plan's edits, and keeping them between visits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editsFor, planOf } from '../../../test/support/plan-fixtures';
import { memoryStore, refusingStore } from '../../../test/support/stores';
import type { PlanEdit } from '../plan/edit-schema';
import { addEdit, MAX_UNDO, redoEdit, resetSession, saveEditHistory, undoEdit, withEdits } from './edit-history';
import { loadEditHistory } from './edit-history-check';
import { EDITS_STORAGE_KEY, hasSavedEdits, NO_EDITS } from './storage';

const PLAN = planOf({ goal: 'mix-in', startDate: '2026-03-02', weeks: 6, days: ['tue', 'thu', 'sat'] });
const skip = (session: string): PlanEdit => ({ type: 'skip', session });

describe('edit history', () => {
	it('undoes and redoes edits in order, and a new edit clears redo', () => {
		const one = addEdit(NO_EDITS, skip('w01-s1'));
		const two = addEdit(one, skip('w02-s1'));
		expect(two.edits).toEqual([skip('w01-s1'), skip('w02-s1')]);
		const back = undoEdit(two);
		expect(back.edits).toEqual([skip('w01-s1')]);
		expect(redoEdit(back).edits).toEqual(two.edits);
		expect(addEdit(back, skip('w03-s1')).future).toEqual([]);
		expect(undoEdit(undoEdit(back)).edits).toEqual([]);
		expect(undoEdit(NO_EDITS)).toBe(NO_EDITS);
		expect(redoEdit(two)).toBe(two);
	});

	it('undo walks back through every earlier list, up to the limit', () => {
		fc.assert(
			fc.property(editsFor(PLAN, 12), (edits) => {
				let history = NO_EDITS;
				const lists = [history.edits];
				for (const e of edits) {
					history = addEdit(history, e);
					lists.push(history.edits);
				}
				for (let i = lists.length - 2; i >= Math.max(0, lists.length - 1 - MAX_UNDO); i--) {
					history = undoEdit(history);
					expect(history.edits).toEqual(lists[i]);
				}
			}),
		);
	});

	it('resets one session: its edits go, a swap that names it goes, other edits stay, and it can be undone', () => {
		const edits: PlanEdit[] = [
			skip('w01-s1'),
			{ type: 'swap', a: 'w02-s1', b: 'w01-s1' },
			{ type: 'note', session: 'w02-s2', text: 'x' },
			{ type: 'repeat-week', week: 2 },
		];
		expect(resetSession(edits, 'w01-s1')).toEqual([edits[2], edits[3]]);
		const history = withEdits(withEdits(NO_EDITS, edits), resetSession(edits, 'w01-s1'));
		expect(undoEdit(history).edits).toEqual(edits);
	});
});

describe('saved edits', () => {
	it('come back after a reload, history included', () => {
		const store = memoryStore();
		const history = addEdit(addEdit(NO_EDITS, skip('w01-s1')), { type: 'note', session: 'w01-s2', text: 'Hills ⛰' });
		expect(saveEditHistory(store, history)).toBe(true);
		expect(hasSavedEdits(store)).toBe(true);
		expect(loadEditHistory(store)).toEqual({ history });
	});

	it('are forgotten when there is nothing left to keep', () => {
		const store = memoryStore();
		saveEditHistory(store, addEdit(NO_EDITS, skip('w01-s1')));
		saveEditHistory(store, NO_EDITS);
		expect(store.data.has(EDITS_STORAGE_KEY)).toBe(false);
	});

	it('junk, an old version or refused storage give the generated plan, junk with a sentence to show', () => {
		const store = memoryStore();
		store.setItem(
			EDITS_STORAGE_KEY,
			JSON.stringify({ version: 1, edits: [{ type: 'skip', session: 'Thursday' }], past: [], future: [] }),
		);
		expect(loadEditHistory(store)).toEqual({ history: NO_EDITS, problem: expect.stringMatching(/could not be read/) });
		store.setItem(EDITS_STORAGE_KEY, JSON.stringify({ version: 9, edits: [], past: [], future: [] }));
		expect(loadEditHistory(store).history).toBe(NO_EDITS);
		expect(loadEditHistory(refusingStore)).toEqual({ history: NO_EDITS });
		expect(saveEditHistory(refusingStore, addEdit(NO_EDITS, skip('w01-s1')))).toBe(false);
	});
});
