import { describe, expect, it } from 'vitest';
import { buildToc } from './toc';

describe('buildToc', () => {
	it('nests h3 under the h2 before it and leaves out h1 and h4+', () => {
		const toc = buildToc([
			{ depth: 1, slug: 'title', text: 'Title' },
			{ depth: 2, slug: 'a', text: 'A' },
			{ depth: 3, slug: 'a1', text: 'A1' },
			{ depth: 4, slug: 'a1x', text: 'A1x' },
			{ depth: 3, slug: 'a2', text: 'A2' },
			{ depth: 2, slug: 'b', text: 'B' },
		]);
		expect(toc).toEqual([
			{
				slug: 'a',
				text: 'A',
				children: [
					{ slug: 'a1', text: 'A1', children: [] },
					{ slug: 'a2', text: 'A2', children: [] },
				],
			},
			{ slug: 'b', text: 'B', children: [] },
		]);
	});

	it('keeps an h3 that comes before any h2 at the top level', () => {
		expect(buildToc([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([{ slug: 'x', text: 'X', children: [] }]);
		expect(buildToc([])).toEqual([]);
	});
});
