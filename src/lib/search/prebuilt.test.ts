/**
 * The index file ships each word's key, worked out at build time (word-keys.ts),
 * so the browser does not stem every word before its first answer. Shipping them
 * must change no result: over the real guides, an engine reading the shipped
 * keys and one working every key out answer every query alike, hit for hit,
 * highlight for highlight.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGuideFiles } from '../../../test/support/guide-files';
import { readToolPages } from '../../../test/support/tool-pages';
import { buildSearchIndex, isSearchIndexData } from './build';
import { createSearchEngine } from './engine';
import { decodeIndex } from './records';
import { RELEVANCE_CASES } from './relevance-cases';
import { wordKey } from './word-forms';
import { vocabulary } from './word-index';
import { decodeWordKey } from './word-keys';

const guides = readGuideFiles(join(import.meta.dirname, '..', '..', 'content', 'guides'));
const tools = readToolPages(join(import.meta.dirname, '..', '..', 'pages'));
const shipped = buildSearchIndex(guides, tools);
const { k: _keys, ...withoutKeys } = shipped;

/**
 * What readers type: every relevance case, and each one as it is being typed
 * (its first two and three letters, and each word boundary), plus words in
 * other forms, misspelled, and British and American spellings.
 */
const queries = [
	...new Set(
		RELEVANCE_CASES.flatMap(({ query }) => [
			query,
			query.slice(0, 2),
			query.slice(0, 3),
			...query.split(' ').map((_, i, words) => words.slice(0, i + 1).join(' ')),
		]).concat(['organize a club session', 'colour', 'practicing', 'kn', 'knee', 'tredmil', 'happy', 'metres']),
	),
];

describe('the word keys shipped in the index file', () => {
	it('are one per word of the index, each the key wordKey gives', () => {
		expect(isSearchIndexData(shipped)).toBe(true);
		const { words } = vocabulary(decodeIndex(shipped).records);
		expect(shipped.k).toHaveLength(words.length);
		for (const [i, word] of words.entries())
			expect(decodeWordKey(word, shipped.k?.[i] ?? ''), word).toBe(wordKey(word));
	});

	it(`change no result: ${queries.length} queries answer alike with and without them`, () => {
		const fast = createSearchEngine(shipped);
		const fresh = createSearchEngine(withoutKeys);
		expect(queries.length).toBeGreaterThan(200);
		for (const query of queries)
			expect(fast.search(query, { limit: 20 }), query).toEqual(fresh.search(query, { limit: 20 }));
	});

	it('keys that do not fit the words (another build’s) are ignored, not trusted', () => {
		const stale = createSearchEngine({ ...shipped, k: (shipped.k ?? []).slice(1) });
		const fresh = createSearchEngine(withoutKeys);
		for (const query of ['knees', 'organising', 'treadmill safety']) {
			expect(stale.search(query), query).toEqual(fresh.search(query));
		}
	});
});
