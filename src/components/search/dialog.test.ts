// @vitest-environment happy-dom
/**
 * The dialog's wiring of the engine's draft (dialog.ts): while the word index
 * is unbuilt, an empty list first shows the names answer, then the answer
 * after the browser has painted; with results on screen, no draft is drawn.
 */
import { describe, expect, it, vi } from 'vitest';
import type { SearchEngine, SearchHit } from '../../lib/search';

const painted = vi.hoisted(() => ({ resolve: (): void => undefined, waits: 0 }));
vi.mock('./after-paint', () => ({
	afterPaint: () =>
		new Promise<void>((resolve) => {
			painted.waits++;
			painted.resolve = resolve;
		}),
}));
const engine = vi.hoisted(() => ({ current: undefined as SearchEngine | undefined }));
vi.mock('./load-engine', () => ({
	loadEngine: async () => engine.current,
	siteHref: (path: string) => `/${path}`,
}));

import { attachDialog } from './dialog';

const hit = (url: string): SearchHit => ({
	page: 0,
	url,
	title: [{ text: url, mark: false }],
	section: null,
	snippet: [],
	category: 'Safety',
	score: 0.1,
});

function dialogWith(fake: Partial<SearchEngine>) {
	engine.current = { warm: () => true, size: 1, ...fake } as SearchEngine;
	document.body.innerHTML = `<dialog data-search-dialog><input role="combobox" />
		<p data-search-status></p><ul id="r" role="listbox" hidden></ul></dialog>`;
	const dialog = document.querySelector('dialog') as HTMLDialogElement;
	attachDialog(dialog);
	const input = dialog.querySelector('input') as HTMLInputElement;
	const listbox = dialog.querySelector('ul') as HTMLElement;
	const type = (text: string) => {
		input.value = text;
		input.dispatchEvent(new Event('input'));
	};
	const urls = () => [...listbox.querySelectorAll('[role="option"]')].map((o) => o.textContent);
	return { listbox, type, urls };
}

describe('search dialog drafts', () => {
	it('an empty list shows the draft, then the answer once the draft is painted', async () => {
		const search = vi.fn(() => [hit('guides/full/')]);
		const { listbox, type, urls } = dialogWith({ draft: () => [hit('guides/name/')], search });
		type('kn');
		await vi.waitFor(() => expect(urls()).toEqual(['guides/name/']));
		expect(listbox.getAttribute('aria-busy')).toBe('true');
		expect(search).not.toHaveBeenCalled(); // the full search waits for the paint
		painted.resolve();
		await vi.waitFor(() => expect(urls()).toEqual(['guides/full/']));
		expect(listbox.hasAttribute('aria-busy')).toBe(false);
	});

	it('an empty draft is not waited for, and results on screen get no draft', async () => {
		const draft = vi.fn(() => [] as SearchHit[]);
		const { type, urls } = dialogWith({ draft, search: () => [hit('guides/full/')] });
		const waits = painted.waits;
		type('kneecap');
		await vi.waitFor(() => expect(urls()).toEqual(['guides/full/']));
		expect(painted.waits).toBe(waits);
		draft.mockClear();
		type('kneecaps');
		await vi.waitFor(() => expect(urls()).toEqual(['guides/full/']));
		expect(draft).not.toHaveBeenCalled();
	});
});
