import { describe, expect, it } from 'vitest';
import { slugify, splitFrontmatter, splitSections, squash, stripInline } from './mdx';

describe('stripInline', () => {
	it('keeps the words of links, emphasis and code, and drops MDX tags and expressions', () => {
		expect(stripInline('See **[energy cost](../energy-cost/)** and `code` <Cite id="roos-2012" />.')).toBe(
			'See energy cost and code  .',
		);
		expect(stripInline('a {/* note */} b {1 + 1} c')).toBe('a   b   c');
		expect(stripInline('snake_case stays, _emphasis_ goes')).toBe('snake_case stays, emphasis goes');
		expect(stripInline('![A runner](x.png) &amp; more')).toBe('A runner & more');
	});
});

describe('squash', () => {
	it('reads a cited sentence without the gap its citation left before the full stop or comma', () => {
		expect(squash(stripInline('More muscle activity <Cite id="a" />. At the same speed <Cite id="b" />, more.'))).toBe(
			'More muscle activity. At the same speed, more.',
		);
	});

	it('keeps the space before a mark that starts a number or a word, and collapses whitespace', () => {
		expect(squash('  about .5 of a lap\n\n and .NET  ')).toBe('about .5 of a lap and .NET');
		expect(squash('40 °F ; 5:49 :')).toBe('40 °F; 5:49:');
	});
});

describe('slugify', () => {
	it('matches github-slugger, which gives Astro its heading ids', () => {
		expect(slugify('3. The "alternata"')).toBe('3-the-alternata');
		expect(slugify('About 30 to 35% more at the same speed')).toBe('about-30-to-35-more-at-the-same-speed');
		expect(slugify('Heels: down or up?')).toBe('heels-down-or-up');
		expect(slugify('Brief the group (2 minutes)')).toBe('brief-the-group-2-minutes');
	});

	it('numbers repeats within a page', () => {
		const seen = new Map<string, number>();
		expect([slugify('Arms', seen), slugify('Arms', seen), slugify('Arms', seen)]).toEqual(['arms', 'arms-1', 'arms-2']);
	});
});

describe('splitSections', () => {
	const body = [
		"import RecordsTable from '../../components/guide/RecordsTable.astro';",
		'',
		'Lead text with a [link](../x/).',
		'',
		'## First *part*',
		'',
		'- one item <Cite id="a" />',
		'- two items',
		'',
		'<Callout type="tip">',
		'  A tip.',
		'</Callout>',
		'',
		'```sh',
		'## not a heading',
		'```',
		'',
		'### Deeper',
		'',
		'| a | b |',
		'| --- | --- |',
		'| 1 | 2 |',
		'',
		'## Empty',
	].join('\n');

	it('splits at headings, with plain text and the anchors of the built page', () => {
		expect(splitSections(body)).toEqual([
			{ heading: '', anchor: '', depth: 0, text: 'Lead text with a link.' },
			{ heading: 'First part', anchor: 'first-part', depth: 2, text: 'one item two items A tip.' },
			{ heading: 'Deeper', anchor: 'deeper', depth: 3, text: 'a b 1 2' },
			{ heading: 'Empty', anchor: 'empty', depth: 2, text: '' },
		]);
	});

	it("uses Astro's own slugs when given", () => {
		const headings = [
			{ depth: 2, slug: 'x1', text: 'First part' },
			{ depth: 3, slug: 'x2', text: 'Deeper' },
			{ depth: 2, slug: 'x3', text: 'Empty' },
		];
		expect(splitSections(body, headings).map((s) => s.anchor)).toEqual(['', 'x1', 'x2', 'x3']);
	});
});

describe('splitFrontmatter', () => {
	it('separates YAML frontmatter from the body', () => {
		expect(splitFrontmatter('---\ntitle: A\n---\n\nBody')).toEqual({ frontmatter: 'title: A', body: '\nBody' });
		expect(splitFrontmatter('No frontmatter')).toEqual({ frontmatter: '', body: 'No frontmatter' });
	});
});
