/**
 * The only search code on page load (budget: 2 KB gzip, checked in
 * test/e2e/build.spec.ts). It opens the dialog at once on the header button,
 * `/` or Ctrl/Cmd+K, so keystrokes land in the input, and loads the real
 * search (dialog.ts with fuse.js and the index) on the first sign of intent
 * (hover, focus or touch on the button) or on first open, never on idle; the
 * index download starts with it, not after it. Without it the header button
 * is a link to /search/.
 */
import { fetchIndex } from './index-fetch';

type DialogModule = typeof import('./dialog');

let loading: Promise<DialogModule> | undefined;
/** The search code, and the index beside it rather than after it (index-fetch.ts says why). */
const load = (): Promise<DialogModule> => {
	fetchIndex().catch(() => undefined); // the dialog says so if it failed
	loading ??= import('./dialog');
	return loading;
};

/** True when a key press belongs to a field the reader is typing in, so `/` must not open search. */
export function isTypingTarget(target: EventTarget | null): boolean {
	if (!(target instanceof Element)) return false;
	const field = target.closest('input, textarea, select, [contenteditable]');
	if (!field) return false;
	if (field instanceof HTMLInputElement) {
		return !/^(button|checkbox|radio|submit|reset|range|color|file|image)$/.test(field.type);
	}
	return field.getAttribute('contenteditable') !== 'false';
}

/** Wires the header button and the shortcuts to the dialog in the page. */
export function initSearchLoader(doc: Document = document): void {
	const dialog = doc.querySelector<HTMLDialogElement>('[data-search-dialog]');
	const input = dialog?.querySelector<HTMLInputElement>('input');
	if (!dialog || !input || typeof dialog.showModal !== 'function') return;
	let opener: HTMLElement | null = null;

	const open = () => {
		// The downloads start before the dialog is drawn: on a phone, showModal's style and layout
		// take tens of milliseconds that the search code and index need not wait for (README, "Page weight").
		const loaded = load();
		if (!dialog.open) {
			opener = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
			dialog.showModal();
		}
		input.focus();
		input.select();
		void loaded.then((m) => m.attachDialog(dialog, fetchIndex()));
	};
	// Focus goes back where it was (the button, or whatever had it before a shortcut).
	dialog.addEventListener('close', () => opener?.focus());

	for (const button of doc.querySelectorAll<HTMLElement>('[data-search-open]')) {
		button.setAttribute('role', 'button');
		button.setAttribute('aria-haspopup', 'dialog');
		button.addEventListener('click', (e) => {
			if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return; // new tab: the /search/ page
			e.preventDefault();
			open();
		});
		button.addEventListener('keydown', (e) => {
			if (e.key === ' ') {
				e.preventDefault();
				open();
			}
		});
	}
	doc.addEventListener('keydown', (e) => {
		const k = e.key.toLowerCase();
		if (k === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
			e.preventDefault();
			open();
		} else if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !dialog.open && !isTypingTarget(e.target)) {
			e.preventDefault();
			open();
		}
	});
	// Intent, not idle: a content page fetches nothing until the reader reaches for search
	// (a pointer over the button, focus on it, a touch). Opening loads it too, at once.
	const warm = () => void load().then((m) => m.preload(fetchIndex()));
	for (const button of doc.querySelectorAll<HTMLElement>('[data-search-open]')) {
		for (const type of ['pointerenter', 'focus', 'touchstart'] as const) {
			button.addEventListener(type, warm, { once: true, passive: true });
		}
	}
}
