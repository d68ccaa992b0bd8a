import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldSpelling, tokenize, wordKey } from './word-forms';

describe('word forms', () => {
	it('gives every form of a word one key: plurals, -ing, -ed, -ation', () => {
		const same = (words: string[]) => expect(new Set(words.map(wordKey)), words.join(' ')).toHaveLength(1);
		same(['knee', 'knees']);
		same(['organise', 'organising', 'organised', 'organises', 'organisation', 'organiser']);
		same(['run', 'running', 'runs']);
		same(['drill', 'drills']);
		same(['dizzy', 'dizziness']);
		same(['championship', 'championships']);
	});

	it('folds British and American spellings together', () => {
		const same = (words: string[]) => expect(new Set(words.map(wordKey)), words.join(' ')).toHaveLength(1);
		same(['organise', 'organize', 'organizing', 'organization']);
		same(['practise', 'practice', 'practising', 'practicing', 'practised']);
		same(['colour', 'color', 'colours']);
		same(['metre', 'meter', 'metres']);
		same(['kilometre', 'kilometers']);
		same(['centre', 'center']);
		same(['analyse', 'analyze', 'analysing']);
		same(['travelled', 'traveled', 'travelling']);
		same(['backpedalling', 'backpedaling', 'backpedalled']);
		same(['catalogue', 'catalog']);
		same(['defence', 'defense']);
		same(['anaemia', 'anemia']);
	});

	it('leaves short and look-alike words alone', () => {
		expect(foldSpelling('size')).toBe('size');
		expect(foldSpelling('hour')).toBe('hour');
		expect(foldSpelling('four')).toBe('four');
		expect(foldSpelling('filling')).toBe('filling');
		expect(foldSpelling('drilling')).toBe('drilling');
		expect(foldSpelling('aerobic')).toBe('aerobic');
		expect(wordKey('canoe')).toBe(wordKey('canoes'));
		expect(wordKey('5k')).toBe('5k');
		expect(wordKey('up')).toBe('up');
		// Different words keep different keys.
		expect(wordKey('safe')).not.toBe(wordKey('safety'));
		expect(wordKey('filling')).not.toBe(wordKey('filing'));
	});

	it('never throws and never answers an empty key, for any word (property)', () => {
		fc.assert(
			fc.property(fc.stringMatching(/^[a-z]{1,14}$/), (word) => {
				const key = wordKey(word);
				expect(typeof key).toBe('string');
				expect(key.length).toBeGreaterThan(0);
			}),
		);
	});

	it('tokenize answers the same on its plain-ASCII fast path as the Unicode rule does, for any text', () => {
		// The rule as written before the fast path: lower case, accents removed, letters and digits.
		const unicodeRule = (text: string) =>
			text
				.toLowerCase()
				.normalize('NFD')
				.replace(/\p{M}/gu, '')
				.match(/[\p{L}\p{N}]+/gu) ?? [];
		const text = fc.oneof(fc.string({ unit: 'binary-ascii' }), fc.string({ unit: 'binary' }), fc.string());
		fc.assert(
			fc.property(text, (t) => {
				expect(tokenize(t)).toEqual(unicodeRule(t));
			}),
		);
		expect(tokenize('Knee PAIN, 5K: 10 x 100m!')).toEqual(['knee', 'pain', '5k', '10', 'x', '100m']);
	});

	it('tokenize lower-cases, drops accents and splits on anything but letters and digits', () => {
		expect(tokenize('Café-crème, 5K!')).toEqual(['cafe', 'creme', '5k']);
	});
});
