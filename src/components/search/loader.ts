/**
 * The only search code on page load (budget: 2.5 KB gzip with the theme
 * toggle, checked in test/e2e/build.spec.ts). It loads the real search
 * (dialog.ts: the dialog's markup, its behaviour, fuse.js and the index) on
 * the first sign of intent (hover, focus or touch on the button), never on
 * idle, and opens the dialog on the header button, `/` or Ctrl/Cmd+K: at once
 * when that code is there, else as soon as it arrives. The index download
 * starts with the code, not after it. Without JavaScript the header button is
 * a link to /search/, and so it is when the search code cannot load.
 *
 * The dialog is not in the page: as markup it was 0.3 KB gzip of every page,
 * enough to push the longest guides past what a first round trip carries
 * (README "Page weight"); here it would have been 0.7 KB more for the builder,
 * whose JavaScript has a budget of its own.
 */
import type { SearchDialogParts } from './dialog-markup';
import { fetchIndex } from './index-fetch';

type DialogModule = typeof import('./dialog');

let loading: Promise<DialogModule> | undefined;
/** The search code once it has arrived, so an open can happen inside the reader's tap or key press. */
let code: DialogModule | undefined;
/** The search code, and the index beside it rather than after it (index-fetch.ts says why). */
const load = (): Promise<DialogModule> => {
	fetchIndex().catch(() => undefined); // the dialog says so if it failed
	loading ??= import('./dialog').then(
		(m) => {
			code = m;
			return m;
		},
		(error: unknown) => {
			loading = undefined; // offline, or a deploy replaced the file: the next try fetches again
			throw error;
		},
	);
	return loading;
};

/**
 * A stand-in search field, focused inside the reader's tap or key press while
 * the search code is on its way: a phone opens its keyboard only for a field
 * focused in the gesture itself, what is typed lands in it natively, and a
 * screen reader hears that search is loading. Visually hidden; the dialog's
 * input takes its text and its focus.
 */
function standIn(doc: Document): HTMLInputElement {
	const field = doc.createElement('input');
	field.type = 'text';
	field.className = 'visually-hidden';
	field.autocomplete = 'off';
	field.setAttribute('aria-label', 'Search the guides (loading)');
	return field;
}

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

/**
 * Wires the header button and the shortcuts to a search dialog, which the
 * search code makes on the first open (dialog-markup.ts), next to the first
 * button. A page without a search button (an embed, a print sheet) gets no
 * search.
 */
export function initSearchLoader(doc: Document = document): void {
	const first = doc.querySelector<HTMLElement>('[data-search-open]');
	if (!first || typeof doc.createElement('dialog').showModal !== 'function') return;
	const href = first.getAttribute('href') ?? '';
	let made: SearchDialogParts | undefined;
	let opener: HTMLElement | null = null;
	/** The stand-in field while an open waits for the search code; none otherwise. */
	let waiting: HTMLInputElement | undefined;

	const show = (m: DialogModule, typed: string) => {
		if (!made) {
			made = m.createSearchDialog(first);
			first.after(made.dialog);
			// Focus goes back where it was (the button, or whatever had it before a shortcut).
			made.dialog.addEventListener('close', () => opener?.focus());
		}
		const { dialog, input } = made;
		if (!dialog.open) dialog.showModal();
		input.focus();
		if (typed) {
			input.value = typed;
			input.dispatchEvent(new Event('input', { bubbles: true }));
		} else {
			input.select();
		}
		m.attachDialog(dialog, fetchIndex());
	};
	/** Ends the wait: the stand-in's text, and the stand-in gone (after the focus has moved on). */
	const stopWaiting = (): string => {
		const field = waiting;
		waiting = undefined;
		queueMicrotask(() => field?.remove());
		return field?.value ?? '';
	};
	const open = () => {
		if (made?.dialog.open) {
			made.input.focus();
			return;
		}
		if (!waiting) opener = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
		if (code) {
			show(code, waiting ? stopWaiting() : '');
			return;
		}
		if (!waiting) {
			const field = standIn(doc);
			waiting = field;
			first.after(field);
			field.focus();
			// Escape, or the reader moving on (a tap elsewhere), cancels the open.
			field.addEventListener('keydown', (e) => {
				if (e.key !== 'Escape' || waiting !== field) return;
				stopWaiting();
				opener?.focus();
			});
			field.addEventListener('blur', () => {
				if (waiting === field) stopWaiting();
			});
		}
		const field = waiting;
		load().then(
			(m) => {
				if (waiting === field) show(m, stopWaiting());
			},
			() => {
				if (waiting !== field) return;
				// No search code (offline before the worker had it): the search page works without it.
				const typed = stopWaiting();
				const query = typed ? `${href.includes('?') ? '&' : '?'}q=${encodeURIComponent(typed)}` : '';
				doc.defaultView?.location.assign(href + query);
			},
		);
	};

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
		} else if (
			e.key === '/' &&
			!e.ctrlKey &&
			!e.metaKey &&
			!e.altKey &&
			!made?.dialog.open &&
			!isTypingTarget(e.target)
		) {
			e.preventDefault();
			open();
		}
	});
	// Intent, not idle: a content page fetches nothing until the reader reaches for search
	// (a pointer over the button, focus on it, a touch). Opening loads it too, at once.
	const warm = () =>
		void load().then(
			(m) => m.preload(fetchIndex()),
			() => undefined, // an open says so: it follows the link instead
		);
	for (const button of doc.querySelectorAll<HTMLElement>('[data-search-open]')) {
		for (const type of ['pointerenter', 'focus', 'touchstart'] as const) {
			button.addEventListener(type, warm, { once: true, passive: true });
		}
	}
}
