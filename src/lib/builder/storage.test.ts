import { describe, expect, it } from 'vitest';
import { memoryStore, refusingStore as refusing } from '../../../test/support/stores';
import { parsePlanInput } from '../plan/input';
import { formStateFromInput } from './form';
import { clearFormState, describeLoadProblem, FORM_STORAGE_KEY, saveFormState } from './storage';
import { loadFormState } from './storage-check';

const parsed = parsePlanInput({ startDate: '2026-03-02' });
if (!parsed.ok) throw new Error('defaults must parse');
const state = formStateFromInput(parsed.value);

describe('saved form state', () => {
	it('comes back exactly as saved', () => {
		const store = memoryStore();
		expect(saveFormState(store, state)).toBe(true);
		expect(loadFormState(store)).toEqual({ ok: true, state });
	});

	it('loads settings saved before the current run and the split existed, with those left empty', () => {
		const store = memoryStore();
		const { currentRunMinutes, splitOn, splitMeasure, splitForward, splitBackward, splitStep, splitEvery, ...old } =
			state;
		store.setItem(FORM_STORAGE_KEY, JSON.stringify({ version: 1, state: old }));
		expect(loadFormState(store)).toEqual({
			ok: true,
			state: {
				...old,
				currentRunMinutes: '',
				splitOn: false,
				splitMeasure: 'distance',
				splitForward: '',
				splitBackward: '',
				splitStep: '',
				splitEvery: '',
			},
		});
	});

	it('keeps a half-typed field as typed', () => {
		const store = memoryStore();
		saveFormState(store, { ...state, forwardEasyPace: '6:' });
		const loaded = loadFormState(store);
		expect(loaded.ok && loaded.state.forwardEasyPace).toBe('6:');
	});

	it('is empty on a first visit, with nothing to tell the runner', () => {
		const result = loadFormState(memoryStore());
		expect(result).toEqual({ ok: false, reason: 'empty' });
		expect(describeLoadProblem(result)).toBeUndefined();
	});

	it('ignores a corrupt value and says so', () => {
		for (const junk of ['{not json', '"a string"', '{"version":1,"state":{"goal":5}}', 'null', '[]']) {
			const store = memoryStore();
			store.data.set(FORM_STORAGE_KEY, junk);
			const result = loadFormState(store);
			expect(result, junk).toEqual({ ok: false, reason: 'corrupt' });
			expect(describeLoadProblem(result)).toMatch(/could not be read/);
		}
	});

	it('ignores a value from another version and says so', () => {
		const store = memoryStore();
		store.data.set(FORM_STORAGE_KEY, JSON.stringify({ version: 0, state }));
		const result = loadFormState(store);
		expect(result).toEqual({ ok: false, reason: 'old-version' });
		expect(describeLoadProblem(result)).toMatch(/older version/);
	});

	it('works without storage: nothing throws, saving reports false', () => {
		expect(loadFormState(undefined)).toEqual({ ok: false, reason: 'unavailable' });
		expect(loadFormState(refusing)).toEqual({ ok: false, reason: 'unavailable' });
		expect(saveFormState(refusing, state)).toBe(false);
		expect(saveFormState(undefined, state)).toBe(false);
		expect(clearFormState(refusing)).toBe(false);
	});

	it('is forgotten by Start over', () => {
		const store = memoryStore();
		saveFormState(store, state);
		expect(clearFormState(store)).toBe(true);
		expect(loadFormState(store)).toEqual({ ok: false, reason: 'empty' });
	});
});
