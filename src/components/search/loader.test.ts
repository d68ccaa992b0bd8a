// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

const dialogModule = vi.hoisted(() => ({ attachDialog: vi.fn(), preload: vi.fn() }));
// The search chunk: its real dialog markup, its behaviour replaced by spies.
vi.mock('./dialog', async () => ({ ...dialogModule, ...(await import('./dialog-markup')) }));

import { initSearchLoader } from './loader';

/**
 * A page with the header's search button, in a document of its own: each
 * loader keeps its key listener on its document, so pages must not share one.
 */
function page(init = initSearchLoader) {
	const doc = document.implementation.createHTMLDocument('Retrostride');
	doc.body.innerHTML = `
		<header><a href="/retro/search/" data-search-open><svg aria-hidden="true" viewBox="0 0 24 24"><path d="M10 3"></path></svg>Search</a></header>
		<input id="other" />`;
	init(doc);
	return {
		doc,
		/** The dialog the loader made on first open (it throws before: there is none yet). */
		get dialog() {
			const dialog = doc.querySelector('dialog');
			if (!dialog) throw new Error('no dialog yet');
			return dialog;
		},
		get input() {
			return this.dialog.querySelector('input') as HTMLInputElement;
		},
		/** Resolves once the dialog shows (the search code arrives first). */
		shown: () => vi.waitFor(() => expect(doc.querySelector('dialog')?.open).toBe(true)),
		button: doc.querySelector('[data-search-open]') as HTMLAnchorElement,
		other: doc.getElementById('other') as HTMLInputElement,
	};
}
const press = (target: EventTarget, init: KeyboardEventInit) => {
	const e = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
	target.dispatchEvent(e);
	return e;
};

// The index download the loader starts beside the search code (index-fetch.ts); it never answers here.
const fetchIndex = vi.fn(() => new Promise<Response>(() => undefined));
vi.stubGlobal('fetch', fetchIndex);

beforeEach(() => {
	dialogModule.attachDialog.mockClear();
	dialogModule.preload.mockClear();
});

describe('search loader', () => {
	it('turns the header link into a dialog button', () => {
		const { button } = page();
		expect(button.getAttribute('role')).toBe('button');
		expect(button.getAttribute('aria-haspopup')).toBe('dialog');
	});

	it('sends no dialog in the page: "/" loads the search code, which makes it, focuses its input and wires it', async () => {
		const p = page();
		expect(p.doc.querySelector('dialog')).toBeNull();
		expect(fetchIndex).not.toHaveBeenCalled();
		const e = press(p.doc.body, { key: '/' });
		// The index download starts with the key, beside the search code rather than after it.
		expect(fetchIndex).toHaveBeenCalledWith('/search-index.json');
		expect(e.defaultPrevented).toBe(true);
		await p.shown();
		expect(p.doc.activeElement).toBe(p.input);
		expect(dialogModule.attachDialog).toHaveBeenCalledWith(p.dialog, expect.any(Promise));
	});

	it('makes the dialog once, next to the button, with a labelled combobox and the page link under the base path', async () => {
		const p = page();
		p.button.click();
		await p.shown();
		p.dialog.close();
		press(p.doc.body, { key: '/' });
		await p.shown();
		expect(p.doc.querySelectorAll('dialog')).toHaveLength(1);
		expect(p.button.nextElementSibling).toBe(p.dialog);
		expect(p.dialog.getAttribute('aria-labelledby')).toBe('search-dialog-label');
		expect(p.doc.getElementById('search-dialog-label')?.textContent).toBe('Search the guides');
		expect(p.input.getAttribute('role')).toBe('combobox');
		expect(p.input.getAttribute('aria-controls')).toBe('search-dialog-results');
		expect(p.doc.getElementById('search-dialog-results')?.hidden).toBe(true);
		expect(p.dialog.querySelector('[role="status"]')?.textContent).toBe('');
		expect(p.dialog.querySelector('[data-search-full]')?.getAttribute('href')).toBe('/retro/search/');
		// The button's own magnifier, cloned, beside the field (not a second drawing of it).
		const icon = p.dialog.querySelector('.search-dialog__bar > svg');
		expect(icon?.getAttribute('aria-hidden')).toBe('true');
		expect(icon).not.toBe(p.button.querySelector('svg'));
		expect(p.button.querySelector('svg')).not.toBeNull();
	});

	it('focuses a labelled stand-in field in the key press itself, and gives what was typed in it to the dialog', async () => {
		vi.resetModules(); // the search code not yet loaded
		const fresh = await import('./loader');
		const p = page(fresh.initSearchLoader);
		press(p.doc.body, { key: '/' });
		// At once, before the search code: a phone opens its keyboard only for a field focused in the gesture.
		const standIn = p.doc.activeElement as HTMLInputElement;
		expect(standIn.tagName).toBe('INPUT');
		expect(standIn.getAttribute('aria-label')).toBe('Search the guides (loading)');
		expect(p.doc.querySelector('dialog')).toBeNull();
		standIn.value = 'knee pain'; // typed natively, spaces and all
		await p.shown();
		expect(p.input.value).toBe('knee pain');
		expect(p.doc.activeElement).toBe(p.input);
		await vi.waitFor(() => expect(standIn.isConnected).toBe(false));
	});

	it('opens inside the tap once the search code is there, with no wait', async () => {
		const p = page();
		p.button.dispatchEvent(new Event('pointerenter')); // intent: the code loads
		await vi.waitFor(() => expect(dialogModule.preload).toHaveBeenCalled());
		p.button.click();
		expect(p.dialog.open).toBe(true); // synchronously, in the click
		expect(p.doc.activeElement).toBe(p.input);
	});

	it('opens nothing when Escape comes before the search code, and gives focus back', async () => {
		vi.resetModules();
		const fresh = await import('./loader');
		const p = page(fresh.initSearchLoader);
		p.button.focus();
		p.button.click();
		const standIn = p.doc.activeElement as HTMLElement;
		expect(standIn).not.toBe(p.button);
		press(standIn, { key: 'Escape' });
		expect(p.doc.activeElement).toBe(p.button);
		await new Promise((done) => setTimeout(done, 20));
		expect(p.doc.querySelector('dialog')).toBeNull();
		// The next "/" opens it as usual.
		press(p.doc.body, { key: '/' });
		await p.shown();
	});

	it('opens nothing when the reader moves on (a tap elsewhere) before the search code', async () => {
		vi.resetModules();
		const fresh = await import('./loader');
		const p = page(fresh.initSearchLoader);
		press(p.doc.body, { key: '/' });
		p.other.focus();
		await new Promise((done) => setTimeout(done, 20));
		expect(p.doc.querySelector('dialog')).toBeNull();
		expect(p.doc.activeElement).toBe(p.other);
	});

	it('starts downloading the search code and index before it draws the dialog', async () => {
		vi.resetModules(); // a page where nothing has been fetched yet
		const fresh = await import('./loader');
		const p = page(fresh.initSearchLoader);
		fetchIndex.mockClear();
		let fetchedBeforeDrawing: boolean | undefined;
		const showModal = HTMLDialogElement.prototype.showModal;
		const spy = vi.spyOn(HTMLDialogElement.prototype, 'showModal').mockImplementation(function (
			this: HTMLDialogElement,
		) {
			fetchedBeforeDrawing = fetchIndex.mock.calls.length > 0;
			showModal.call(this);
		});
		try {
			press(p.doc.body, { key: '/' });
			await p.shown();
		} finally {
			spy.mockRestore();
		}
		expect(fetchedBeforeDrawing).toBe(true);
	});

	it('opens on Ctrl+K and Cmd+K', async () => {
		const p = page();
		press(p.doc.body, { key: 'k', ctrlKey: true });
		await p.shown();
		p.dialog.close();
		press(p.doc.body, { key: 'K', metaKey: true });
		await p.shown();
	});

	it('does not take "/" from someone typing in a field', async () => {
		const p = page();
		p.other.focus();
		const e = press(p.other, { key: '/' });
		expect(e.defaultPrevented).toBe(false);
		await new Promise((done) => setTimeout(done, 20));
		expect(p.doc.querySelector('dialog')).toBeNull();
	});

	it('opens from the button, and gives focus back to it on close', async () => {
		const p = page();
		p.button.focus();
		p.button.click();
		await p.shown();
		p.dialog.close();
		p.dialog.dispatchEvent(new Event('close'));
		expect(p.doc.activeElement).toBe(p.button);
	});

	it('follows the link to the search page when the search code cannot load (offline, first visit)', async () => {
		vi.resetModules();
		vi.doMock('./dialog', () => {
			throw new TypeError('Failed to fetch dynamically imported module');
		});
		try {
			const fresh = await import('./loader');
			const p = page(fresh.initSearchLoader);
			const assign = vi.fn();
			Object.defineProperty(p.doc, 'defaultView', { value: { location: { assign } } });
			p.button.click();
			await vi.waitFor(() => expect(assign).toHaveBeenCalledWith('/retro/search/'));
			expect(p.doc.querySelector('dialog')).toBeNull();
			// What was typed while it tried goes along as the page's query.
			press(p.doc.body, { key: '/' });
			(p.doc.activeElement as HTMLInputElement).value = 'knee pain';
			await vi.waitFor(() => expect(assign).toHaveBeenCalledWith('/retro/search/?q=knee%20pain'));
		} finally {
			vi.doUnmock('./dialog');
		}
	});

	it('gives a page without a search button no search, and "/" stays a plain key there', () => {
		const embed = document.implementation.createHTMLDocument('An embed');
		embed.body.innerHTML = '<main><p>A club page</p></main>';
		initSearchLoader(embed);
		const e = press(embed.body, { key: '/' });
		expect(e.defaultPrevented).toBe(false);
		expect(embed.querySelector('dialog')).toBeNull();
	});

	it('fetches nothing until the reader reaches for search, then warms it on hover or focus', async () => {
		vi.useFakeTimers();
		try {
			const { button } = page();
			await vi.advanceTimersByTimeAsync(10_000); // a reader who only reads: nothing loads
			expect(dialogModule.preload).not.toHaveBeenCalled();
			expect(dialogModule.attachDialog).not.toHaveBeenCalled();
			button.dispatchEvent(new Event('pointerenter'));
			await vi.waitFor(() => expect(dialogModule.preload).toHaveBeenCalledOnce());
		} finally {
			vi.useRealTimers();
		}
	});

	it('warms search when the button gets keyboard focus', async () => {
		const { button } = page();
		button.focus();
		await vi.waitFor(() => expect(dialogModule.preload).toHaveBeenCalled());
		expect(dialogModule.attachDialog).not.toHaveBeenCalled();
	});
});
