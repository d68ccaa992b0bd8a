import { describe, expect, it } from 'vitest';
import { buildSearchIndex, isSearchIndexData } from './build';
import { createSearchEngine } from './engine';
import { markSegments, snippetSegments } from './highlight';
import { wordRanges } from './hits';
import { at, decodeIndex } from './records';
import { synonymVariant } from './synonyms';
import { tokenize } from './word-forms';
import { editDistance } from './word-index';

const guides = [
	{
		id: 'treadmill',
		title: 'Treadmill safety',
		description: 'How to use a treadmill backward.',
		category: 'Safety',
		tags: ['gym', 'handrails'],
		body: 'Intro about belts.\n\n## The safety clip\n\nClip the cord to your shirt before you start.\n\n## Speed\n\nStart at walking pace.',
	},
	{
		id: 'knees',
		title: 'Backward running and your knees',
		description: 'What the kneecap study found about retro running.',
		category: 'Benefits',
		tags: ['knee pain'],
		body: 'Lead.\n\n## The study\n\nLoad behind the kneecap was lower. <b>bold</b> &lt;script&gt;',
	},
];
const data = buildSearchIndex(guides, [
	{ path: 'plan/', title: 'Plan builder', description: 'Build a plan.', category: 'Tool', tags: [], text: 'Weeks.' },
]);
const engine = createSearchEngine(data);
const plain = (segments: { text: string }[] | null) => segments?.map((s) => s.text).join('') ?? null;
const marked = (segments: { text: string; mark: boolean }[] | null) =>
	segments?.filter((s) => s.mark).map((s) => s.text) ?? [];

describe('buildSearchIndex', () => {
	it('writes positional pages and sections, tool pages last', () => {
		expect(isSearchIndexData(data)).toBe(true);
		expect(data.p.map((p) => p[0])).toEqual(['guides/treadmill/', 'guides/knees/', 'plan/']);
		expect(data.s[1]).toEqual([
			0,
			'The safety clip',
			'the-safety-clip',
			'Clip the cord to your shirt before you start.',
		]);
		expect(data.s.at(-1)).toEqual([2, '', '', 'Weeks.']);
	});

	it('isSearchIndexData refuses a section that names a missing page, or a field of the wrong type', () => {
		expect(isSearchIndexData({ ...data, s: [...data.s, [9, '', '', 'x']] })).toBe(false);
		expect(isSearchIndexData({ ...data, s: [[0.5, '', '', 'x']] })).toBe(false);
		expect(isSearchIndexData({ ...data, p: [['a/', 'A', 'c', 'not a list', 'd']], s: [] })).toBe(false);
		expect(isSearchIndexData({ ...data, v: 99 })).toBe(false);
	});
});

describe('decoding', () => {
	it('reads the index into named records once', () => {
		const { pages, sections, records } = decodeIndex(data);
		expect(pages[1]).toMatchObject({ path: 'guides/knees/', title: 'Backward running and your knees' });
		expect(sections[1]).toEqual({
			page: 0,
			heading: 'The safety clip',
			anchor: 'the-safety-clip',
			text: 'Clip the cord to your shirt before you start.',
		});
		expect(records[0]).toMatchObject({ t: 'Treadmill safety', g: 'gym · handrails' });
		expect(records[1]).toMatchObject({ h: 'The safety clip', g: '', d: '' });
	});

	it('throws on a position that cannot be out of range, rather than answer a made-up one', () => {
		expect(at(['a', 'b'], 1, 'page')).toBe('b');
		expect(() => at(['a', 'b'], 2, 'page')).toThrow(RangeError);
		expect(() => at(['a'], -1, 'page')).toThrow('page -1 is out of range (1)');
		expect(() => createSearchEngine({ ...data, s: [[7, '', '', 'x']] })).toThrow(RangeError);
	});
});

describe('search', () => {
	it('finds a section by a word of its text, with the anchor and the word highlighted', () => {
		const [hit] = engine.search('cord');
		expect(hit?.url).toBe('guides/treadmill/#the-safety-clip');
		expect(plain(hit?.section ?? null)).toBe('The safety clip');
		expect(marked(hit?.snippet ?? null)).toEqual(['cord']);
	});

	it('forgives typos and half-typed words', () => {
		expect(engine.search('tredmill')[0]?.url).toBe('guides/treadmill/');
		expect(engine.search('treadm')[0]?.url).toBe('guides/treadmill/');
		expect(engine.search('kneecp')[0]?.page).toBe(1);
	});

	it('needs every word somewhere in a section, and gives one result per page', () => {
		expect(engine.search('safety clip').map((h) => h.url)).toEqual(['guides/treadmill/#the-safety-clip']);
		expect(engine.search('zebra crossing')).toEqual([]);
		const pages = engine.search('backward').map((h) => h.page);
		expect(new Set(pages).size).toBe(pages.length);
	});

	it('searches synonyms: "reverse" and "backpedal" find what only says "retro running"', () => {
		expect(engine.search('reverse')[0]?.url).toBe('guides/knees/');
		expect(engine.search('backpedal')[0]?.url).toBe('guides/knees/');
		expect(synonymVariant(['reverse', 'running'])).toEqual(['retro', 'running']);
		expect(synonymVariant(['knees', 'pain'])).toEqual(['knee', 'pain']);
		expect(synonymVariant(['pain'])).toBeNull();
	});

	it('finds other forms and spellings of a word, and highlights the word as written', () => {
		const forms = createSearchEngine(
			buildSearchIndex([
				{ ...guides[0], id: 'mile', title: 'Organising a retro mile', tags: [], body: 'Pick a track.' },
				{ ...guides[0], id: 'venue', title: 'Where to practise', tags: [], body: 'A flat field.' },
			] as typeof guides),
		);
		for (const query of ['organise a mile', 'organize miles', 'organised', 'how to organize a retro mile']) {
			expect(forms.search(query)[0]?.url, query).toBe('guides/mile/');
		}
		expect(marked(forms.search('organize')[0]?.title ?? null)).toEqual(['Organising']);
		expect(forms.search('practicing')[0]?.url).toBe('guides/venue/');
	});

	it('answers an empty query with nothing, and respects the limit', () => {
		expect(engine.search('   ')).toEqual([]);
		expect(engine.search('?!')).toEqual([]);
		expect(engine.search('the', { limit: 1 })).toHaveLength(1);
	});

	it('returns indexed markup as plain text, for the UI to show as text', () => {
		const hit = engine.search('kneecap lower')[0];
		expect(plain(hit?.snippet ?? null)).toContain('bold <script>');
	});
});

describe('helpers', () => {
	it('tokenize lower-cases, drops accents and splits on anything but letters and digits', () => {
		expect(tokenize('Café-crème, 5K!')).toEqual(['cafe', 'creme', '5k']);
	});

	it('editDistance counts a swap once and gives up above the limit', () => {
		expect(editDistance('tredmill', 'treadmill', 2)).toBe(1);
		expect(editDistance('recrods', 'records', 2)).toBe(1);
		expect(editDistance('abc', 'xyzzy', 2)).toBe(3);
	});

	it('wordRanges widens fuzzy ranges to whole matched words and drops stray ones', () => {
		const text = 'Everyone uses energy';
		expect(
			wordRanges(
				text,
				[
					[2, 4],
					[15, 17],
				],
				new Set(['energy']),
			),
		).toEqual([[14, 19]]);
	});

	it('markSegments and snippetSegments cut text around matches', () => {
		expect(
			markSegments('abcdef', [
				[1, 2],
				[3, 3],
			]),
		).toEqual([
			{ text: 'a', mark: false },
			{ text: 'bcd', mark: true },
			{ text: 'ef', mark: false },
		]);
		const long = `${'word '.repeat(60)}needle ${'word '.repeat(60)}`;
		const at = long.indexOf('needle');
		const snip = snippetSegments(long, [[at, at + 5]], 80);
		expect(snip[0]?.text).toBe('… ');
		expect(snip.at(-1)?.text).toBe(' …');
		expect(marked(snip)).toEqual(['needle']);
		expect(plain(snip)?.length).toBeLessThan(100);
	});
});
