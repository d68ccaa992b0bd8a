/**
 * Reading saved edits back, checked with zod (a stored value may be from an
 * older version or edited by hand). Loaded with the plan editor, never with
 * the page.
 */
import * as z from 'zod/mini';
import { type KeyValueStore, readJson } from '../local-store';
import { planEditsSchema } from '../plan/edit-schema';
import { withoutJit } from '../plan/schema';
import { MAX_UNDO } from './edit-history';
import { EDITS_STORAGE_KEY, EDITS_STORAGE_VERSION, type EditHistory, NO_EDITS } from './storage';

const savedSchema = z.object({
	version: z.literal(EDITS_STORAGE_VERSION),
	edits: planEditsSchema,
	past: z.array(planEditsSchema),
	future: z.array(planEditsSchema),
});

/**
 * The saved edits and history. Never throws: nothing saved, refused storage,
 * junk or an old version give `NO_EDITS` and, for junk, a sentence to show.
 *
 * @example
 * loadEditHistory(undefined) // { history: NO_EDITS }
 */
export function loadEditHistory(store: KeyValueStore | undefined): { history: EditHistory; problem?: string } {
	const saved = readJson(store, EDITS_STORAGE_KEY);
	if (saved === undefined) return { history: NO_EDITS };
	withoutJit();
	const parsed = savedSchema.safeParse(saved);
	if (!parsed.success) {
		return {
			history: NO_EDITS,
			problem: 'Your saved changes to the plan could not be read, so the plan is as generated.',
		};
	}
	const { edits, past, future } = parsed.data;
	return { history: { edits, past: past.slice(-MAX_UNDO), future: future.slice(-MAX_UNDO) } };
}
