// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

const dialogModule = vi.hoisted(() => ({ attachDialog: vi.fn(), preload: vi.fn() }));
vi.mock('./dialog', () => dialogModule);

import { initSearchLoader } from './loader';

function page(init = initSearchLoader) {
	document.body.innerHTML = `
		<a href="/search/" data-search-open>Search</a>
		<input id="other" />
		<dialog data-search-dialog><input role="combobox" /><button data-search-close>Close</button></dialog>`;
	init(document);
	return {
		dialog: document.querySelector('dialog') as HTMLDialogElement,
		input: document.querySelector('dialog input') as HTMLInputElement,
		button: document.querySelector('[data-search-open]') as HTMLAnchorElement,
		other: document.getElementById('other') as HTMLInputElement,
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

	it('opens the dialog on "/", focuses the input and loads the search module', async () => {
		const { dialog, input } = page();
		expect(fetchIndex).not.toHaveBeenCalled();
		const e = press(document.body, { key: '/' });
		// The index download starts with the key, beside the search code rather than after it.
		expect(fetchIndex).toHaveBeenCalledWith('/search-index.json');
		expect(dialogModule.attachDialog).not.toHaveBeenCalled();
		expect(e.defaultPrevented).toBe(true);
		expect(dialog.open).toBe(true);
		expect(document.activeElement).toBe(input);
		await vi.waitFor(() => expect(dialogModule.attachDialog).toHaveBeenCalledWith(dialog, expect.any(Promise)));
	});

	it('starts downloading the search code and index before it draws the dialog', async () => {
		vi.resetModules(); // a page where nothing has been fetched yet
		const fresh = await import('./loader');
		const { dialog } = page(fresh.initSearchLoader);
		fetchIndex.mockClear();
		let fetchedBeforeDrawing: boolean | undefined;
		const showModal = dialog.showModal.bind(dialog);
		dialog.showModal = () => {
			fetchedBeforeDrawing = fetchIndex.mock.calls.length > 0;
			showModal();
		};
		press(document.body, { key: '/' });
		expect(fetchedBeforeDrawing).toBe(true);
		expect(dialog.open).toBe(true);
	});

	it('opens on Ctrl+K and Cmd+K', () => {
		const { dialog } = page();
		press(document.body, { key: 'k', ctrlKey: true });
		expect(dialog.open).toBe(true);
		dialog.close();
		press(document.body, { key: 'K', metaKey: true });
		expect(dialog.open).toBe(true);
	});

	it('does not take "/" from someone typing in a field', () => {
		const { dialog, other } = page();
		other.focus();
		const e = press(other, { key: '/' });
		expect(e.defaultPrevented).toBe(false);
		expect(dialog.open).toBe(false);
	});

	it('opens from the button, and gives focus back to it on close', () => {
		const { dialog, button } = page();
		button.focus();
		button.click();
		expect(dialog.open).toBe(true);
		dialog.close();
		dialog.dispatchEvent(new Event('close'));
		expect(document.activeElement).toBe(button);
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
