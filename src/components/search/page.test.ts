// @vitest-environment happy-dom
/**
 * The /search/ page's results: hits are listed, a query that finds nothing
 * shows the guides, an index that cannot load says so, and a bug in searching
 * surfaces instead of being reported as "search is not available".
 */
import { describe, expect, it, vi } from 'vitest';
import type { SearchEngine, SearchHit } from '../../lib/search';

// What loading the index gives the next search (a plain function: a rejecting vi.fn is reported as an error).
const engineModule = vi.hoisted(() => {
	const m = {
		next: (): Promise<SearchEngine> => Promise.reject(new Error('no engine set')),
		loadEngine: () => m.next(),
		siteHref: (path: string) => `/${path}`,
	};
	return m;
});
vi.mock('./load-engine', () => engineModule);

import { type ResultParts, showResults } from './page';

const seg = (text: string) => [{ text, mark: false }];
const hit: SearchHit = {
	page: 0,
	url: 'guides/knees/',
	title: seg('Knees and backward running'),
	section: null,
	snippet: seg('Backward running loads the knee less.'),
	category: 'safety',
	score: 0.1,
};

function parts(): ResultParts {
	document.body.innerHTML = '<ol data-r hidden></ol><p data-s></p><div data-g></div>';
	const get = (sel: string) => document.querySelector<HTMLElement>(sel) as HTMLElement;
	return { results: get('[data-r]'), status: get('[data-s]'), guides: get('[data-g]') };
}

const engineWith = (search: SearchEngine['search']) => ({ search }) as unknown as SearchEngine;

describe('search page results', () => {
	it('lists the hits with links under the site base and hides the guides', async () => {
		engineModule.next = async () => engineWith(() => [hit]);
		const p = parts();
		await showResults(p, 'knees', () => true);
		expect(p.status.textContent).toBe('1 result for “knees”');
		expect(p.results.hidden).toBe(false);
		expect(p.guides.hidden).toBe(true);
		expect(p.results.querySelector('a')?.getAttribute('href')).toBe('/guides/knees/');
	});

	it('asks for more than one letter when no title starts with it, as the dialog does, and shows the guides', async () => {
		engineModule.next = async () => engineWith(() => []);
		const p = parts();
		await showResults(p, 'x', () => true);
		expect(p.status.textContent).toBe(
			'No page or section title starts with “x”. Keep typing to search the text, or choose from all the guides.',
		);
		expect(p.guides.hidden).toBe(false);
		await showResults(p, 'xq', () => true);
		expect(p.status.textContent).toBe('No results for “xq”. Here are all the guides.');
	});

	it('says the index could not load when fetching it fails, and keeps the guides', async () => {
		engineModule.next = () => Promise.reject(new Error('offline'));
		const p = parts();
		await showResults(p, 'knees', () => true);
		expect(p.status.textContent).toBe('Search is not available right now. Here are all the guides.');
		expect(p.guides.hidden).toBe(false);
	});

	it('lets a bug in searching surface instead of blaming the connection', async () => {
		engineModule.next = async () =>
			engineWith(() => {
				throw new TypeError('bug in ranking');
			});
		const p = parts();
		p.status.textContent = 'Searching…';
		await expect(showResults(p, 'knees', () => true)).rejects.toThrow('bug in ranking');
		expect(p.status.textContent).not.toContain('not available');
	});

	it('drops the results of a query a newer one has replaced', async () => {
		engineModule.next = async () => engineWith(() => [hit]);
		const p = parts();
		await showResults(p, 'kne', () => false);
		expect(p.results.children).toHaveLength(0);
		expect(p.status.textContent).toBe('');
	});
});
