/**
 * The search dialog's behaviour, as a combobox (WAI-ARIA APG "list
 * autocomplete" pattern): the input keeps focus, the results are a listbox,
 * and aria-activedescendant names the highlighted option. Arrow keys move
 * (wrapping), Enter opens, typing searches. No fuse.js here: the search
 * function is passed in, so this runs (and is tested) without the index.
 */
import { isOneLetter, quotedQuery, type SearchHit } from '../../lib/search';
import { segmentsElement } from './render';

export interface ComboboxParts {
	input: HTMLInputElement;
	listbox: HTMLElement;
	status: HTMLElement;
	/** Link to the full /search/ page, kept in step with the query (optional). */
	fullPage?: HTMLAnchorElement | null;
}

export interface ComboboxBehaviour {
	/**
	 * Resolves with the hits for a query (the engine may still be loading). When the list shows
	 * nothing yet, `draft` is given, and it may first be handed a quicker answer to show meanwhile
	 * (names only, while the word index is built); otherwise the results on screen stay until the answer.
	 */
	search: (query: string, draft?: (hits: SearchHit[]) => void) => Promise<SearchHit[]>;
	/** Opens a result: gets the hit's path relative to the site base. */
	open: (path: string) => void;
	/** Builds a link for a path (adds the site base). */
	href: (path: string) => string;
}

export class SearchCombobox {
	private hits: SearchHit[] = [];
	private active = -1;
	private request = 0;
	/** The reader scrolled the list away from its top (it keeps its scroll when redrawn). */
	private scrolled = false;
	/** The request whose answer (or error) is on screen; below `request` while one is on its way. */
	private answered = 0;
	/** Enter came before the answer (nothing, or only a draft, on screen): open the answer's first result. */
	private openWhenAnswered = false;

	constructor(
		private readonly parts: ComboboxParts,
		private readonly behaviour: ComboboxBehaviour,
	) {
		const { input, listbox } = parts;
		input.addEventListener('input', () => void this.update());
		input.addEventListener('keydown', (e) => this.onKey(e));
		listbox.addEventListener('click', (e) => {
			const option = e.target instanceof Element ? e.target.closest('[role="option"]') : null;
			const index = option ? Number(option.getAttribute('data-index')) : -1;
			const hit = this.hits[index];
			if (hit) this.behaviour.open(hit.url);
		});
		listbox.addEventListener('mousemove', (e) => {
			const option = e.target instanceof Element ? e.target.closest('[role="option"]') : null;
			if (option) this.setActive(Number(option.getAttribute('data-index')), false); // under the pointer: in view
		});
		listbox.addEventListener(
			'scroll',
			() => {
				this.scrolled = listbox.scrollTop > 0;
			},
			{ passive: true },
		);
	}

	/** Searches for what is in the input now and shows the results. */
	async update(): Promise<void> {
		const query = this.parts.input.value.trim();
		const id = ++this.request;
		this.openWhenAnswered = false; // the reader typed on: the Enter was for another query
		if (this.parts.fullPage) {
			this.parts.fullPage.href = this.behaviour.href(query ? `search/?q=${encodeURIComponent(query)}` : 'search/');
		}
		if (query === '') {
			this.answered = id;
			this.show([], '');
			return;
		}
		if (this.hits.length === 0) this.parts.status.textContent = 'Searching…';
		let hits: SearchHit[];
		let settled = false; // this request's answer or error came: a draft after it is stale
		try {
			// With nothing on screen, a draft is shown while the answer is on its way: the list is
			// marked busy with no option active (Enter then opens the answer's first result), and the status still
			// says "Searching…", so a screen reader hears one count, the answer's. With results on
			// screen, they stay until the answer: drawing a draft would only delay it.
			const showDraft = (draft: SearchHit[]) => {
				if (id === this.request && !settled && draft.length > 0) this.show(draft, 'Searching…', true);
			};
			hits = await this.behaviour.search(query, this.hits.length === 0 ? showDraft : undefined);
		} catch {
			if (id === this.request) {
				this.answered = id;
				this.show([], 'Search is not available right now. Try the guides page.');
			}
			return;
		} finally {
			settled = true;
		}
		if (id !== this.request) return; // a newer keystroke won
		this.answered = id;
		this.show(hits, answerMessage(query, hits.length));
		const first = hits[0];
		if (this.openWhenAnswered && first) this.behaviour.open(first.url);
		this.openWhenAnswered = false;
	}

	private show(hits: SearchHit[], message: string, draft = false): void {
		const { input, listbox, status } = this.parts;
		this.hits = hits;
		if (draft) listbox.setAttribute('aria-busy', 'true');
		else listbox.removeAttribute('aria-busy');
		const doc = listbox.ownerDocument;
		listbox.replaceChildren(
			...hits.map((hit, i) => {
				const li = doc.createElement('li');
				li.id = `${listbox.id}-${i}`;
				li.setAttribute('role', 'option');
				li.setAttribute('aria-selected', 'false');
				li.setAttribute('data-index', String(i));
				li.className = 'search-result';
				li.append(segmentsElement(doc, 'span', 'search-result__title', hit.title));
				if (hit.section) li.append(segmentsElement(doc, 'span', 'search-result__section', hit.section));
				li.append(segmentsElement(doc, 'span', 'search-result__snippet', hit.snippet));
				return li;
			}),
		);
		listbox.hidden = hits.length === 0;
		input.setAttribute('aria-expanded', String(hits.length > 0));
		status.textContent = message;
		// New results start at the top with the first active. Scrolling the option into view would
		// make the browser lay the dialog out before it has drawn the results (about 20 ms on a slow
		// phone, on every keystroke), so only a list the reader scrolled goes back to its top.
		if (this.scrolled) {
			listbox.scrollTop = 0;
			this.scrolled = false;
		}
		this.setActive(hits.length > 0 && !draft ? 0 : -1, false);
	}

	/** Marks option `index` active (-1: none); `reveal` scrolls it into view (arrow keys). */
	private setActive(index: number, reveal = true): void {
		const { input, listbox } = this.parts;
		const options = listbox.querySelectorAll<HTMLElement>('[role="option"]');
		this.active = index;
		options.forEach((o, i) => {
			o.setAttribute('aria-selected', String(i === index));
		});
		const current = options[index];
		if (current) {
			input.setAttribute('aria-activedescendant', current.id);
			if (reveal) current.scrollIntoView?.({ block: 'nearest' });
		} else input.removeAttribute('aria-activedescendant');
	}

	private onKey(e: KeyboardEvent): void {
		const n = this.hits.length;
		if (e.isComposing) return;
		switch (e.key) {
			case 'ArrowDown':
				if (n === 0) return;
				e.preventDefault();
				this.setActive((this.active + 1) % n);
				break;
			case 'ArrowUp':
				if (n === 0) return;
				e.preventDefault();
				this.setActive((this.active - 1 + n) % n);
				break;
			case 'Enter': {
				const hit = this.hits[this.active];
				e.preventDefault();
				if (hit) this.behaviour.open(hit.url);
				else if (this.answered !== this.request) this.openWhenAnswered = true; // typed fast: open the answer's first
				break;
			}
		}
	}

	/** The highlighted result, for tests. */
	get activeHit(): SearchHit | undefined {
		return this.hits[this.active];
	}
}

/**
 * What the status says with an answer. One letter searches page and section names only
 * (src/lib/search/names.ts), so when none starts with it the reader is told to go on typing
 * rather than that nothing matches.
 *
 * @example
 * answerMessage('x', 0) // 'No page or section title starts with “x”. Keep typing to search the text.'
 * answerMessage('knee', 3) // '3 results. Use the arrow keys to choose, Enter to open.'
 */
export function answerMessage(query: string, count: number): string {
	if (count > 0) return `${count} result${count === 1 ? '' : 's'}. Use the arrow keys to choose, Enter to open.`;
	if (isOneLetter(query))
		return `No page or section title starts with “${query.trim()}”. Keep typing to search the text.`;
	return `No results for “${quotedQuery(query)}”.`;
}
