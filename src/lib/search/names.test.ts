/**
 * Search by names (names.ts): one letter typed fills the list with the pages
 * and sections whose names it starts, titles first, so the reader sees results
 * from the first keystroke; a longer word gets the same kind of answer as a
 * draft while the word index is still being built. Examples on a small index,
 * and properties over the real guides.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { readGuideFiles } from '../../../test/support/guide-files';
import { readToolPages } from '../../../test/support/tool-pages';
import { buildSearchIndex } from './build';
import { createSearchEngine } from './engine';
import type { Segment } from './highlight';
import { STOP_WORDS } from './query';
import { tokenize } from './word-forms';
import { wordIndexSteps } from './word-index';

// The real word index, its builds counted: one letter must answer without one.
vi.mock('./word-index', async (importOriginal) => {
	const actual = await importOriginal<typeof import('./word-index')>();
	return { ...actual, wordIndexSteps: vi.fn(actual.wordIndexSteps) };
});

const small = createSearchEngine(
	buildSearchIndex(
		[
			{
				id: 'treadmill',
				title: 'Treadmill safety',
				description: 'How to use a treadmill backward.',
				category: 'Safety',
				tags: ['knee'],
				body: 'Kneel first, keep the clip on.\n\n## The safety clip\n\nClip the cord on.\n\n## Knee care\n\nEase in.',
			},
			{
				id: 'knees',
				title: 'Backward running and your knees',
				description: 'What the kneecap study found.',
				category: 'Benefits',
				tags: [],
				body: 'Lead.\n\n## The study\n\nLoad was lower.',
			},
			{
				id: 'coach',
				title: "A coach's roster",
				description: 'Squads.',
				category: 'Tool',
				tags: [],
				body: 'Sessions.',
			},
		],
		[],
	),
);
const marked = (segments: Segment[] | null) => segments?.filter((s) => s.mark).map((s) => s.text) ?? [];

describe('search by name', () => {
	it('finds a title a word of which it starts before a section heading, and marks the word', () => {
		const hits = small.search('k');
		expect(hits.map((h) => h.url)).toEqual(['guides/knees/', 'guides/treadmill/#knee-care']);
		expect(marked(hits[0]?.title ?? null)).toEqual(['knees']);
		expect(marked(hits[1]?.section ?? null)).toEqual(['Knee']);
	});

	it('reads names only: a word in the text, the tags or the description does not count', () => {
		// "kneel" (text), "knee" (tags) and "kneecap" (description) start with k too.
		expect(small.search('k').some((h) => h.url === 'guides/treadmill/')).toBe(false);
	});

	it('is not fooled by stop words or the lone "s" of "coach\'s"', () => {
		expect(small.search('s').map((h) => h.url)).toEqual(['guides/treadmill/', 'guides/knees/#the-study']);
		expect(small.search('a')).toEqual([]);
		expect(small.search('y')).toEqual([]); // only "your"
	});

	it('answers before the word index is built; warm() builds it a slice at a time, the second letter builds the rest', () => {
		const records = Array.from({ length: 60 }, (_, i) => ({
			id: `g${i}`,
			title: i === 0 ? 'Knees' : `Guide ${i}`,
			description: '',
			category: 'Safety',
			tags: [],
			body: `Text about knee ${i}.`,
		}));
		const engine = createSearchEngine(buildSearchIndex(records, []));
		vi.mocked(wordIndexSteps).mockClear();
		expect(engine.search('k').map((h) => h.url)).toEqual(['guides/g0/']);
		expect(wordIndexSteps).not.toHaveBeenCalled();
		expect(engine.warm()).toBe(false); // 60 sections: more than one slice
		expect(engine.search('kne')).toHaveLength(8);
		expect(engine.warm()).toBe(true);
		expect(wordIndexSteps).toHaveBeenCalledTimes(1);
		const fresh = createSearchEngine(buildSearchIndex(records, []));
		let slices = 1;
		while (!fresh.warm()) slices++;
		expect(slices).toBeGreaterThan(3);
		expect(fresh.search('kne')).toEqual(engine.search('kne'));
	});

	it('drafts a longer word from the names until the word index is whole, and only a single word', () => {
		const engine = createSearchEngine(
			buildSearchIndex(
				[
					{ id: 'k', title: 'Knees', description: '', category: 'Safety', tags: [], body: 'Kneecap load.' },
					{
						id: 'w',
						title: 'Weather',
						description: '',
						category: 'Safety',
						tags: [],
						body: 'Text.\n\n## Knee warmers\n\nWool.',
					},
				],
				[],
			),
		);
		expect(engine.draft('kne')?.map((h) => h.url)).toEqual(['guides/k/', 'guides/w/#knee-warmers']);
		expect(engine.draft('knee warmers')).toBeUndefined(); // several words: search() is as quick
		expect(engine.draft('k')).toBeUndefined(); // one letter: search() answers from the names itself
		expect(engine.draft('kneecap')).toEqual([]); // in the text only: the draft has nothing to show
		while (!engine.warm());
		expect(engine.draft('kne')).toBeUndefined();
		expect(engine.search('kneecap')[0]?.url).toBe('guides/k/'); // the text, once the index is whole
	});

	it('a failed build of the word index is reported, and the next search builds it afresh', () => {
		const engine = createSearchEngine(
			buildSearchIndex([{ id: 'k', title: 'Knees', description: '', category: 'Safety', tags: [], body: 'Text.' }], []),
		);
		vi.mocked(wordIndexSteps).mockImplementationOnce(
			// biome-ignore lint/correctness/useYield: a build that fails before its first slice
			function* () {
				throw new Error('out of memory');
			},
		);
		expect(() => engine.search('kn')).toThrow('out of memory');
		expect(engine.search('kn').map((h) => h.url)).toEqual(['guides/k/']);
		expect(engine.warm()).toBe(true);
	});

	it('a page whose text starts with a heading answers for its title through that first section', () => {
		const engine = createSearchEngine(
			buildSearchIndex(
				[{ id: 'k', title: 'Knees', description: '', category: 'Safety', tags: [], body: '## Warm up\n\nWalk first.' }],
				[],
			),
		);
		const [hit] = engine.search('k');
		expect(hit?.url).toBe('guides/k/#warm-up');
		expect(marked(hit?.title ?? null)).toEqual(['Knees']);
	});

	it('answers with the same letter however it is typed', () => {
		expect(small.search(' K ')).toEqual(small.search('k'));
		expect(small.search('É').map((h) => h.url)).toEqual(small.search('e').map((h) => h.url));
	});
});

describe('one letter over the real guides', () => {
	const guides = readGuideFiles(join(import.meta.dirname, '..', '..', 'content', 'guides'));
	const tools = readToolPages(join(import.meta.dirname, '..', '..', 'pages'));
	const engine = createSearchEngine(buildSearchIndex(guides, tools));
	const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789');

	it('every hit names the letter: a marked word of its title or heading starts with it, and is no stop word', () => {
		fc.assert(
			fc.property(letter, fc.integer({ min: 1, max: 12 }), (l, limit) => {
				const hits = engine.search(l, { limit });
				expect(hits.length).toBeLessThanOrEqual(limit);
				expect(new Set(hits.map((h) => h.page)).size).toBe(hits.length); // one per page
				for (const hit of hits) {
					const words = [...marked(hit.title), ...marked(hit.section)].flatMap(tokenize);
					expect(words.length).toBeGreaterThan(0);
					for (const word of words) {
						expect(word.startsWith(l)).toBe(true);
						expect(STOP_WORDS.has(word)).toBe(false);
					}
				}
				// Best first: any page whose title the letter names comes before any heading's page.
				const kinds = hits.map((h) => (marked(h.title).length > 0 ? 0 : 1));
				expect(kinds).toEqual([...kinds].sort());
			}),
		);
	});

	it('"k" puts the knees guide first', () => {
		expect(engine.search('k')[0]?.url).toBe('guides/knees/');
	});
});
