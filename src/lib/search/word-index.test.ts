import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchRecord } from './records';
import { stepwise } from './stepwise';
import { tokenize, wordKey } from './word-forms';
import { FIELD_BITS, vocabulary, wordIndexSteps } from './word-index';
import { encodeWordKey } from './word-keys';

/** The plain way to say what vocabulary() answers: per section, each word's fields, words numbered as first met. */
function reference(records: readonly SearchRecord[]) {
	const words: string[] = [];
	const postings: { section: number; fields: number }[][] = [];
	records.forEach((record, section) => {
		const fieldsOf = new Map<number, number>();
		for (const field of Object.keys(FIELD_BITS) as (keyof SearchRecord)[]) {
			for (const word of tokenize(record[field])) {
				let id = words.indexOf(word);
				if (id < 0) {
					id = words.push(word) - 1;
					postings.push([]);
				}
				fieldsOf.set(id, (fieldsOf.get(id) ?? 0) | FIELD_BITS[field]);
			}
		}
		for (const [id, fields] of fieldsOf) postings[id]?.push({ section, fields });
	});
	return { words, postings };
}

/** Text from a few words, so words come back across fields and sections. */
const text = fc
	.array(fc.constantFrom('knee', 'Knees', 'run', 'back', 'café', '5k', '—', ' '), { maxLength: 8 })
	.map((w) => w.join(' '));
const record = fc.record({ t: text, h: text, g: text, d: text, x: text });

describe('vocabulary', () => {
	it('numbers words as first met and lists, per word, each section holding it once with all its fields', () => {
		fc.assert(
			fc.property(fc.array(record, { maxLength: 12 }), (records) => {
				const { words, postings, byWord } = vocabulary(records);
				expect({ words, postings }).toEqual(reference(records));
				for (const [i, word] of words.entries()) expect(byWord.get(word)).toBe(i);
			}),
		);
	});
});

/** The plain way to say what the whole word index holds: the reference vocabulary and its lookup tables. */
function referenceIndex(records: readonly SearchRecord[], keyOf: (word: string) => string) {
	const { words, postings } = reference(records);
	const group = (by: (word: string) => string | number) => {
		const out = new Map<string | number, number[]>();
		for (const [id, word] of words.entries()) out.set(by(word), [...(out.get(by(word)) ?? []), id]);
		return out;
	};
	return {
		words,
		postings,
		byWord: new Map(words.map((word, id) => [word, id])),
		byKey: group(keyOf),
		sorted: [...words].sort().map((word) => words.indexOf(word)),
		byLength: group((word) => word.length),
	};
}

describe('wordIndexSteps', () => {
	it('builds, a slice at a time of any size, the whole index, with or without the shipped word keys', () => {
		fc.assert(
			fc.property(
				fc.array(record, { maxLength: 30 }),
				fc.integer({ min: 1, max: 8 }),
				fc.boolean(),
				(records, perStep, shipKeys) => {
					const keys = shipKeys ? vocabulary(records).words.map(encodeWordKey) : undefined;
					const steps = wordIndexSteps(records, keys, perStep);
					let slices = 1;
					let step = steps.next();
					while (!step.done) {
						step = steps.next();
						slices++;
					}
					expect(step.value).toEqual(referenceIndex(records, wordKey));
					expect(stepwise(() => wordIndexSteps(records, keys)).get()).toEqual(step.value); // in one go
					// A slice reads at most perStep sections; then three lookup tables, one per slice.
					expect(slices).toBe(Math.max(1, Math.ceil(records.length / perStep)) + 3);
				},
			),
		);
	});
});
