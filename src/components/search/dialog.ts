/**
 * Loaded on demand by loader.ts: makes the header's search dialog
 * (dialog-markup.ts), gives it its behaviour (see combobox.ts) and the engine
 * (fuse.js and the index).
 */
import { afterPaint } from './after-paint';
import { SearchCombobox } from './combobox';
import { loadEngine, siteHref } from './load-engine';

export { createSearchDialog } from './dialog-markup';

const attached = new WeakSet<HTMLDialogElement>();
/** Results the dialog lists; the /search/ page lists more. */
const RESULTS = 8;

/** Starts fetching the index and fuse.js while the reader is not waiting for them. */
export function preload(index?: Promise<unknown>): void {
	loadEngine(index).catch(() => {
		// Offline or a missing file: the dialog says so when it is opened.
	});
}

/**
 * Wires a search dialog once; later calls do nothing (the loader dispatches an
 * `input` event for text typed before a later open, and the combobox answers it).
 */
export function attachDialog(dialog: HTMLDialogElement, index?: Promise<unknown>): void {
	const input = dialog.querySelector<HTMLInputElement>('[role="combobox"]');
	const listbox = dialog.querySelector<HTMLElement>('[role="listbox"]');
	const status = dialog.querySelector<HTMLElement>('[data-search-status]');
	if (!input || !listbox || !status) return;
	if (attached.has(dialog)) return;
	attached.add(dialog);
	const combobox = new SearchCombobox(
		{ input, listbox, status, fullPage: dialog.querySelector<HTMLAnchorElement>('[data-search-full]') },
		{
			search: async (query, draft) => {
				const engine = await loadEngine();
				// While the word index is still being built, the names answer first, on screen before
				// the rest of the build holds the page (engine.ts `draft`), when the list is empty.
				const early = draft && engine.draft(query, { limit: RESULTS });
				if (early && early.length > 0) {
					draft(early);
					await afterPaint();
				}
				return engine.search(query, { limit: RESULTS });
			},
			open: (path) => {
				dialog.close();
				window.location.assign(siteHref(path));
			},
			href: siteHref,
		},
	);
	dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
	// A click on the backdrop (the dialog box itself, outside its content) closes it.
	dialog.addEventListener('click', (e) => {
		if (e.target === dialog) dialog.close();
	});
	preload(index); // the engine starts building now, over the download the loader began
	void combobox.update(); // anything typed before this module arrived
}
