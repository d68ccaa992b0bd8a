/**
 * Reading the saved form back, checked with zod (a stored value may be from an
 * older version or edited by hand). Loaded on demand through validation.ts.
 */
import * as z from 'zod/mini';
import { withoutJit } from '../plan/schema';
import { NO_SPLIT_FORM } from './form';
import { planFormStateSchema } from './form-schema';
import { FORM_STORAGE_KEY, FORM_STORAGE_VERSION, type KeyValueStore, type LoadResult } from './storage';

const envelopeSchema = z.object({ version: z.number(), state: z.unknown() });

/**
 * Reads the saved form. `store` is `undefined` when the browser has no usable
 * storage (getting `window.localStorage` itself can throw in private modes).
 *
 * Never throws: refused storage, junk and old versions come back as a result that says which.
 *
 * @example
 * loadFormState(undefined) // { ok: false, reason: 'unavailable' }
 */
export function loadFormState(store: KeyValueStore | undefined): LoadResult {
	if (!store) return { ok: false, reason: 'unavailable' };
	let text: string | null;
	try {
		text = store.getItem(FORM_STORAGE_KEY);
	} catch {
		return { ok: false, reason: 'unavailable' };
	}
	if (text === null) return { ok: false, reason: 'empty' };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'corrupt' };
	}
	withoutJit();
	const envelope = envelopeSchema.safeParse(json);
	if (!envelope.success) return { ok: false, reason: 'corrupt' };
	if (envelope.data.version !== FORM_STORAGE_VERSION) return { ok: false, reason: 'old-version' };
	const state = planFormStateSchema.safeParse(envelope.data.state);
	if (!state.success) return { ok: false, reason: 'corrupt' };
	// Settings saved before the current run and the split existed load with those left empty.
	const d = state.data;
	return {
		ok: true,
		state: {
			...d,
			currentRunMinutes: d.currentRunMinutes ?? '',
			splitOn: d.splitOn ?? NO_SPLIT_FORM.splitOn,
			splitMeasure: d.splitMeasure ?? NO_SPLIT_FORM.splitMeasure,
			splitForward: d.splitForward ?? '',
			splitBackward: d.splitBackward ?? '',
			splitStep: d.splitStep ?? '',
			splitEvery: d.splitEvery ?? '',
		},
	};
}
