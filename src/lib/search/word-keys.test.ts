import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, wordKey } from './word-forms';
import { decodeWordKey, encodeWordKey, isWordKeyCode } from './word-keys';

/** Words as the index holds them: tokenize's output for any text, and real ones with every kind of key. */
const indexWords = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 30 }).map((s) => tokenize(s)),
	fc.string({ unit: fc.constantFrom(...'abcdeilnorstuyz'), minLength: 1, maxLength: 14 }).map((s) => [s]),
);

describe('shipped word keys', () => {
	it('decode to the key wordKey gives, for any word', () => {
		fc.assert(
			fc.property(indexWords, (words) => {
				for (const word of words) expect(decodeWordKey(word, encodeWordKey(word))).toBe(wordKey(word));
			}),
		);
	});

	it('are short: letters to drop when the key starts the word, the key only when it does not', () => {
		expect(encodeWordKey('knees')).toBe(1);
		expect(encodeWordKey('organising')).toBe(3);
		expect(encodeWordKey('5k')).toBe(0);
		expect(encodeWordKey('happy')).toBe('happi');
		expect(encodeWordKey('colours')).toBe('color');
	});

	it('a code that cannot belong to the word is worked out afresh, not trusted', () => {
		for (const bad of [5, 9, -1, 1.5, Number.NaN]) expect(decodeWordKey('knees', bad)).toBe('knee');
		expect(isWordKeyCode(-1)).toBe(false);
		expect(isWordKeyCode(1.5)).toBe(false);
		expect(isWordKeyCode(null)).toBe(false);
		expect(isWordKeyCode('knee')).toBe(true);
	});
});
