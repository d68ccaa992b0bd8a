import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentWords, fallbackQueries, isOneLetter, quotedQuery, STOP_WORDS } from './query';

describe('query words', () => {
	it('drops question and filler words, but never every word', () => {
		expect(contentWords(['is', 'backward', 'running', 'safe', 'for', 'my', 'knees'])).toEqual([
			'backward',
			'running',
			'safe',
			'knees',
		]);
		expect(contentWords(['how', 'do', 'i'])).toEqual(['how', 'do', 'i']);
		expect(STOP_WORDS.has('knees')).toBe(false);
	});

	it('tries smaller queries, most words kept first, each saying how many it dropped', () => {
		expect(fallbackQueries(['safe', 'knees', 'xyz'])).toEqual([
			{ terms: ['safe', 'knees'], dropped: 1 },
			{ terms: ['safe', 'xyz'], dropped: 1 },
			{ terms: ['knees', 'xyz'], dropped: 1 },
			{ terms: ['safe'], dropped: 2 },
			{ terms: ['knees'], dropped: 2 },
			{ terms: ['xyz'], dropped: 2 },
		]);
		expect(fallbackQueries(['one'])).toEqual([]);
	});

	it('never tries more than its limit, and never an empty query (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.string({ minLength: 1 }), { maxLength: 8 }),
				fc.integer({ min: 1, max: 40 }),
				(terms, limit) => {
					const out = fallbackQueries(terms, limit);
					expect(out.length).toBeLessThanOrEqual(limit);
					for (const q of out) {
						expect(q.terms.length).toBeGreaterThan(0);
						expect(q.dropped).toBe(terms.length - q.terms.length);
					}
				},
			),
		);
	});
});

describe('quotedQuery', () => {
	it('repeats a short query as typed and cuts a pasted page of text', () => {
		expect(quotedQuery('  knee   pain ')).toBe('knee pain');
		const long = quotedQuery(`knees ${'x'.repeat(5000)}`);
		expect(long.length).toBeLessThanOrEqual(61);
		expect(long.endsWith('…')).toBe(true);
	});
});

describe('isOneLetter', () => {
	it('is one character once spaces are trimmed, an accented or astral one included', () => {
		expect([' x ', 'é', '🏃'].map(isOneLetter)).toEqual([true, true, true]);
		expect(['', '  ', 'xy', 'x y'].map(isOneLetter)).toEqual([false, false, false, false]);
	});
});
