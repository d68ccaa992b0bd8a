/**
 * The header's search dialog, made by the search code (dialog.ts, loaded on
 * demand) the first time a reader opens search, rather than sent in every
 * page: only a reader with JavaScript can open it, and loader.ts says why it
 * is not in the page. The structure is what combobox.ts and dialog.ts look
 * for: the combobox, the listbox, the status line and the close and full-page
 * links, by role and data attribute. Built with DOM calls, never from an HTML
 * string.
 */

/** An element with attributes and children, in the given document. */
function el<K extends keyof HTMLElementTagNameMap>(
	doc: Document,
	tag: K,
	attributes: Readonly<Record<string, string>>,
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const e = doc.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) e.setAttribute(name, value);
	e.append(...children);
	return e;
}

/** The dialog and its search field, which the loader focuses on every open. */
export interface SearchDialogParts {
	dialog: HTMLDialogElement;
	input: HTMLInputElement;
}

/**
 * A closed search dialog for the header's search button, not yet in the page:
 * a labelled combobox that owns a results listbox, a polite status line, a
 * close button, the keyboard help and a link to the results as a page. The
 * button gives the link (its own href, so it carries the site's base path)
 * and the magnifier icon, so the icon is drawn in one place (SearchLauncher.astro).
 *
 * @example
 * const { dialog, input } = createSearchDialog(button);
 * button.after(dialog);
 * dialog.showModal();
 * input.focus();
 */
export function createSearchDialog(button: HTMLElement): SearchDialogParts {
	const doc = button.ownerDocument;
	const icon = button.querySelector('svg')?.cloneNode(true) ?? '';
	const input = el(doc, 'input', {
		id: 'search-dialog-input',
		class: 'search-dialog__input',
		type: 'text',
		role: 'combobox',
		'aria-autocomplete': 'list',
		'aria-expanded': 'false',
		'aria-controls': 'search-dialog-results',
		'aria-describedby': 'search-dialog-help',
		autocomplete: 'off',
		autocapitalize: 'off',
		spellcheck: 'false',
		enterkeyhint: 'go',
		placeholder: 'Search guides, e.g. knee pain',
	});
	const bar = el(
		doc,
		'div',
		{ class: 'search-dialog__bar' },
		el(
			doc,
			'label',
			{ id: 'search-dialog-label', for: 'search-dialog-input', class: 'visually-hidden' },
			'Search the guides',
		),
		icon,
		input,
		el(
			doc,
			'button',
			{ type: 'button', class: 'search-dialog__close', 'data-search-close': '' },
			'Close',
			el(doc, 'span', { class: 'visually-hidden' }, ' search'),
		),
	);
	const results = el(doc, 'ul', {
		id: 'search-dialog-results',
		class: 'search-results',
		role: 'listbox',
		'aria-label': 'Search results',
	});
	results.hidden = true;
	const foot = el(
		doc,
		'p',
		{ class: 'search-dialog__foot muted' },
		el(doc, 'span', { id: 'search-dialog-help' }, 'Arrow keys choose a result, Enter opens it, Escape closes.'),
		el(doc, 'a', { href: button.getAttribute('href') ?? '', 'data-search-full': '' }, 'Results on a page'),
	);
	const dialog = el(
		doc,
		'dialog',
		{ class: 'search-dialog', 'data-search-dialog': '', 'aria-labelledby': 'search-dialog-label' },
		el(
			doc,
			'div',
			{ class: 'search-dialog__inner' },
			bar,
			el(doc, 'p', { class: 'search-dialog__status', role: 'status', 'data-search-status': '' }),
			results,
			foot,
		),
	);
	return { dialog, input };
}
