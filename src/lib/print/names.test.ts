import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryStore, refusingStore as refusing } from '../../../test/support/stores';
import {
	forgetSheetNames,
	readSheetNames,
	SHEET_NAME_MAX,
	SHEET_NAMES_KEY,
	SHEET_NAMES_LIMIT,
	saveSheetNames,
} from './names';

describe('names on the print sheet', () => {
	it('keeps the coach for every sheet and each athlete with their own plan', () => {
		const store = memoryStore();
		expect(saveSheetNames(store, 'plan-a', { athlete: 'Ana', coach: 'Sam' })).toBe(true);
		expect(saveSheetNames(store, 'plan-b', { athlete: 'Ben', coach: 'Sam' })).toBe(true);
		expect(readSheetNames(store, 'plan-a')).toEqual({ athlete: 'Ana', coach: 'Sam' });
		expect(readSheetNames(store, 'plan-b')).toEqual({ athlete: 'Ben', coach: 'Sam' });
		// A third athlete's sheet opens with the coach already typed.
		expect(readSheetNames(store, 'plan-c')).toEqual({ athlete: '', coach: 'Sam' });
	});

	it('forgets an athlete whose name was cleared, and everything on "Forget names"', () => {
		const store = memoryStore();
		saveSheetNames(store, 'plan-a', { athlete: 'Ana', coach: 'Sam' });
		saveSheetNames(store, 'plan-a', { athlete: '  ', coach: 'Sam' });
		expect(readSheetNames(store, 'plan-a').athlete).toBe('');
		expect(forgetSheetNames(store)).toBe(true);
		expect(store.data.has(SHEET_NAMES_KEY)).toBe(false);
		expect(readSheetNames(store, 'plan-a')).toEqual({ athlete: '', coach: '' });
	});

	it(`keeps at most ${SHEET_NAMES_LIMIT} athletes, dropping the least recently saved`, () => {
		const store = memoryStore();
		for (let i = 0; i <= SHEET_NAMES_LIMIT; i++) saveSheetNames(store, `plan-${i}`, { athlete: `A${i}`, coach: 'C' });
		expect(readSheetNames(store, 'plan-0').athlete).toBe('');
		expect(readSheetNames(store, 'plan-1').athlete).toBe('A1');
		expect(readSheetNames(store, `plan-${SHEET_NAMES_LIMIT}`).athlete).toBe(`A${SHEET_NAMES_LIMIT}`);
		// Saving an old sheet again makes it the newest, so it survives the next drop.
		saveSheetNames(store, 'plan-1', { athlete: 'A1', coach: 'C' });
		saveSheetNames(store, 'plan-new', { athlete: 'N', coach: 'C' });
		expect(readSheetNames(store, 'plan-1').athlete).toBe('A1');
		expect(readSheetNames(store, 'plan-2').athlete).toBe('');
	});

	it('treats a plan code like "__proto__" as a plain key', () => {
		const store = memoryStore();
		expect(readSheetNames(store, '__proto__')).toEqual({ athlete: '', coach: '' });
		saveSheetNames(store, '__proto__', { athlete: 'Ana', coach: 'Sam' });
		expect(readSheetNames(store, '__proto__')).toEqual({ athlete: 'Ana', coach: 'Sam' });
		store.data.set(SHEET_NAMES_KEY, '{"coach":"Sam","athletes":{"__proto__":"Eve","constructor":"Max"}}');
		expect(readSheetNames(store, '__proto__').athlete).toBe('Eve');
		expect(readSheetNames(store, 'toString').athlete).toBe('');
	});

	it('answers plainly when the browser refuses storage', () => {
		expect(readSheetNames(refusing, 'plan-a')).toEqual({ athlete: '', coach: '' });
		expect(saveSheetNames(refusing, 'plan-a', { athlete: 'Ana', coach: 'Sam' })).toBe(false);
		expect(forgetSheetNames(refusing)).toBe(false);
		expect(saveSheetNames(undefined, 'plan-a', { athlete: 'Ana', coach: 'Sam' })).toBe(false);
	});

	it('never throws on whatever is stored, and only ever returns short strings (property)', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json()), fc.string(), (stored, plan) => {
				const store = memoryStore();
				store.data.set(SHEET_NAMES_KEY, stored);
				const names = readSheetNames(store, plan);
				expect(typeof names.athlete).toBe('string');
				expect(typeof names.coach).toBe('string');
				expect(names.athlete.length).toBeLessThanOrEqual(SHEET_NAME_MAX);
				expect(names.coach.length).toBeLessThanOrEqual(SHEET_NAME_MAX);
			}),
		);
	});
});
