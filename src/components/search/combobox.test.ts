// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchHit } from '../../lib/search';
import { SearchCombobox } from './combobox';
import { isTypingTarget } from './loader';

const hit = (n: number, url: string): SearchHit => ({
	page: n,
	url,
	title: [
		{ text: `Guide ${n} `, mark: false },
		{ text: '<b>x</b>', mark: true },
	],
	section: n === 1 ? [{ text: 'A section', mark: false }] : null,
	snippet: [{ text: 'Snippet', mark: false }],
	category: 'Safety',
	score: 0.1 * n,
});

function setup(results: SearchHit[] = [hit(0, 'guides/a/'), hit(1, 'guides/b/#sec'), hit(2, 'guides/c/')]) {
	document.body.innerHTML = `
		<input id="q" role="combobox" aria-expanded="false" aria-controls="list" />
		<ul id="list" role="listbox" hidden></ul>
		<p id="status"></p>
		<a id="full" href="/search/">page</a>`;
	const input = document.querySelector('input') as HTMLInputElement;
	const listbox = document.querySelector('ul') as HTMLElement;
	const status = document.querySelector('#status') as HTMLElement;
	const open = vi.fn();
	const search = vi.fn(async (q: string) => (q.includes('none') ? [] : results));
	const combobox = new SearchCombobox(
		{ input, listbox, status, fullPage: document.querySelector<HTMLAnchorElement>('#full') },
		{ search, open, href: (p) => `/base/${p}` },
	);
	const type = async (text: string) => {
		input.value = text;
		input.dispatchEvent(new Event('input'));
		await vi.waitFor(() => expect(search.mock.lastCall?.[0]).toBe(text.trim()));
		await Promise.resolve();
	};
	const key = (k: string) =>
		input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
	return { input, listbox, status, open, search, combobox, type, key };
}

afterEach(() => {
	document.body.innerHTML = '';
});

describe('SearchCombobox', () => {
	it('shows results as options of the listbox, the first active, and says how many', async () => {
		const { input, listbox, status, type } = setup();
		await type('knee');
		const options = listbox.querySelectorAll('[role="option"]');
		expect(options).toHaveLength(3);
		expect(listbox.hidden).toBe(false);
		expect(input.getAttribute('aria-expanded')).toBe('true');
		expect(input.getAttribute('aria-activedescendant')).toBe('list-0');
		expect(options[0]?.getAttribute('aria-selected')).toBe('true');
		expect(status.textContent).toMatch(/^3 results/);
		// Highlights are <mark> elements holding text, never parsed HTML.
		expect(options[0]?.querySelector('mark')?.textContent).toBe('<b>x</b>');
		expect(options[0]?.querySelector('b')).toBeNull();
		expect(options[1]?.querySelector('.search-result__section')?.textContent).toBe('A section');
		expect(document.querySelector<HTMLAnchorElement>('#full')?.getAttribute('href')).toBe('/base/search/?q=knee');
	});

	it('moves with the arrow keys (wrapping) and opens the active result with Enter', async () => {
		const { input, open, type, key, combobox } = setup();
		await type('knee');
		key('ArrowDown');
		expect(input.getAttribute('aria-activedescendant')).toBe('list-1');
		expect(combobox.activeHit?.url).toBe('guides/b/#sec');
		key('ArrowDown');
		key('ArrowDown');
		expect(input.getAttribute('aria-activedescendant')).toBe('list-0');
		key('ArrowUp');
		expect(input.getAttribute('aria-activedescendant')).toBe('list-2');
		key('ArrowUp');
		key('Enter');
		expect(open).toHaveBeenCalledWith('guides/b/#sec');
	});

	it('scrolls an option into view for the arrow keys only; new results start a scrolled list at its top', async () => {
		const scrolls = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
		const { listbox, type, key } = setup();
		await type('knee');
		expect(scrolls).not.toHaveBeenCalled(); // drawing results forces no layout
		key('ArrowDown');
		expect(scrolls.mock.contexts.at(-1)).toBe(listbox.querySelector('#list-1'));
		listbox.scrollTop = 120;
		expect(listbox.scrollTop).toBe(120);
		listbox.dispatchEvent(new Event('scroll'));
		await type('knees');
		expect(listbox.scrollTop).toBe(0);
		scrolls.mockRestore();
	});

	it('opens a result on click', async () => {
		const { listbox, open, type } = setup();
		await type('knee');
		listbox.querySelectorAll<HTMLElement>('[role="option"] .search-result__snippet')[2]?.click();
		expect(open).toHaveBeenCalledWith('guides/c/');
	});

	it('says so when nothing matches, and clears when the input is emptied', async () => {
		const { input, listbox, status, type } = setup();
		await type('none such');
		expect(status.textContent).toBe('No results for “none such”.');
		expect(listbox.hidden).toBe(true);
		expect(input.getAttribute('aria-expanded')).toBe('false');
		expect(input.hasAttribute('aria-activedescendant')).toBe(false);
		input.value = '  ';
		input.dispatchEvent(new Event('input'));
		await Promise.resolve();
		expect(status.textContent).toBe('');
	});

	it('asks for more letters when no page or section title starts with the one typed', async () => {
		const { status, type } = setup([]);
		await type('x');
		expect(status.textContent).toBe('No page or section title starts with “x”. Keep typing to search the text.');
		await type('xq');
		expect(status.textContent).toBe('No results for “xq”.');
	});

	it('searches from the first letter, so the list fills on the first keystroke', async () => {
		const { listbox, status, type } = setup();
		await type('k');
		expect(listbox.querySelectorAll('[role="option"]')).toHaveLength(3);
		expect(status.textContent).toBe('3 results. Use the arrow keys to choose, Enter to open.');
	});

	it('shows a draft while the answer is on its way to an empty list, and counts the results only with the answer', async () => {
		document.body.innerHTML =
			'<input role="combobox" aria-expanded="false" /><ul id="list" role="listbox" hidden></ul><p></p>';
		const input = document.querySelector('input') as HTMLInputElement;
		const listbox = document.querySelector('ul') as HTMLElement;
		const status = document.querySelector('p') as HTMLElement;
		let answer: (hits: SearchHit[]) => void = () => undefined;
		const drafts = new Map<string, ((hits: SearchHit[]) => void) | undefined>();
		new SearchCombobox(
			{ input, listbox, status },
			{
				search: (q, draft) => {
					drafts.set(q, draft);
					return new Promise((resolve) => {
						answer = resolve;
					});
				},
				open: vi.fn(),
				href: (p) => p,
			},
		);
		input.value = 'kn';
		input.dispatchEvent(new Event('input'));
		drafts.get('kn')?.([hit(0, 'guides/a/')]);
		expect(listbox.querySelectorAll('[role="option"]')).toHaveLength(1);
		// A draft is busy: no option active, so Enter opens nothing until the answer.
		expect(listbox.getAttribute('aria-busy')).toBe('true');
		expect(input.hasAttribute('aria-activedescendant')).toBe(false);
		expect(status.textContent).toBe('Searching…');
		answer([hit(0, 'guides/a/'), hit(2, 'guides/c/')]);
		await vi.waitFor(() => expect(listbox.querySelectorAll('[role="option"]')).toHaveLength(2));
		expect(listbox.hasAttribute('aria-busy')).toBe(false);
		expect(input.getAttribute('aria-activedescendant')).toBe('list-0');
		expect(status.textContent).toBe('2 results. Use the arrow keys to choose, Enter to open.');
		// A draft that comes after its own answer changes nothing.
		drafts.get('kn')?.([hit(1, 'guides/b/#sec')]);
		expect(listbox.querySelectorAll('[role="option"]')).toHaveLength(2);
		// With results on screen, the next query gets no draft: they stay until its answer.
		input.value = 'kne';
		input.dispatchEvent(new Event('input'));
		expect(drafts.has('kne')).toBe(true);
		expect(drafts.get('kne')).toBeUndefined();
		// A draft for a query the reader has since changed is dropped.
		drafts.get('kn')?.([hit(1, 'guides/b/#sec')]);
		expect(listbox.querySelectorAll('[role="option"]')).toHaveLength(2);
	});

	it('Enter pressed before the answer opens its first result when it comes, unless the reader typed on', async () => {
		document.body.innerHTML =
			'<input role="combobox" aria-expanded="false" /><ul id="list" role="listbox" hidden></ul><p></p>';
		const input = document.querySelector('input') as HTMLInputElement;
		const listbox = document.querySelector('ul') as HTMLElement;
		const answers: ((hits: SearchHit[]) => void)[] = [];
		const open = vi.fn();
		new SearchCombobox(
			{ input, listbox, status: document.querySelector('p') as HTMLElement },
			{ search: () => new Promise((resolve) => answers.push(resolve)), open, href: (p) => p },
		);
		const typeAndEnter = (text: string) => {
			input.value = text;
			input.dispatchEvent(new Event('input'));
			input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
		};
		typeAndEnter('kne');
		expect(open).not.toHaveBeenCalled();
		answers[0]?.([hit(2, 'guides/c/'), hit(0, 'guides/a/')]);
		await vi.waitFor(() => expect(open).toHaveBeenCalledWith('guides/c/'));
		// From an empty list, Enter, then another letter: the new query's answer opens nothing by itself.
		open.mockClear();
		input.value = '';
		input.dispatchEvent(new Event('input'));
		typeAndEnter('knees');
		input.value = 'kneesx';
		input.dispatchEvent(new Event('input'));
		answers[2]?.([hit(1, 'guides/b/#sec')]);
		await vi.waitFor(() => expect(listbox.querySelectorAll('[role="option"]')).toHaveLength(1));
		expect(open).not.toHaveBeenCalled();
	});

	it('does not read back a pasted page of text whole', async () => {
		const { status, type } = setup();
		await type(`none ${'zq'.repeat(2500)}`);
		expect(status.textContent?.length).toBeLessThan(80);
		expect(status.textContent).toMatch(/^No results for “none zq.*…”\.$/);
	});

	it('keeps only the latest answer when results arrive out of order', async () => {
		let release: (v: SearchHit[]) => void = () => {};
		const { input, listbox, search } = setup();
		search.mockImplementationOnce(() => new Promise((r) => (release = r)));
		input.value = 'slow';
		input.dispatchEvent(new Event('input'));
		input.value = 'fast';
		input.dispatchEvent(new Event('input'));
		await vi.waitFor(() => expect(listbox.querySelectorAll('[role="option"]')).toHaveLength(3));
		release([hit(9, 'guides/old/')]);
		await Promise.resolve();
		expect(listbox.querySelectorAll('[role="option"]')).toHaveLength(3);
	});

	it('tells the reader when the index cannot load', async () => {
		const { status, search, type } = setup();
		search.mockRejectedValueOnce(new Error('offline'));
		await type('knee');
		await vi.waitFor(() => expect(status.textContent).toMatch(/not available/));
	});
});

describe('isTypingTarget (so "/" is not hijacked)', () => {
	it('is true in text fields, textareas, selects and contenteditable, false elsewhere', () => {
		document.body.innerHTML = `
			<input id="text" /><input id="box" type="checkbox" /><textarea id="area"></textarea>
			<select id="sel"></select><div id="ce" contenteditable="true"><span id="inner">x</span></div>
			<div id="no" contenteditable="false"></div><button id="btn">b</button>`;
		const at = (id: string) => isTypingTarget(document.getElementById(id));
		expect(at('text')).toBe(true);
		expect(at('area')).toBe(true);
		expect(at('sel')).toBe(true);
		expect(at('inner')).toBe(true);
		expect(at('box')).toBe(false);
		expect(at('no')).toBe(false);
		expect(at('btn')).toBe(false);
		expect(isTypingTarget(null)).toBe(false);
	});
});
