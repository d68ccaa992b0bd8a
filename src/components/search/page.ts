/**
 * The /search/ page: with `?q=` in the address it replaces the server-rendered
 * guides list with the results (so a search can be linked and bookmarked), and
 * updates them, and the address, as the reader types. Without JavaScript the
 * form still submits to the same page, which then shows the guides list.
 */
import { isOneLetter, quotedQuery, type SearchEngine, type SearchHit } from '../../lib/search';
import { loadEngine, siteHref } from './load-engine';
import { segmentsElement } from './render';

function renderHits(list: HTMLElement, hits: readonly SearchHit[]): void {
	const doc = list.ownerDocument;
	list.replaceChildren(
		...hits.map((hit) => {
			const li = doc.createElement('li');
			li.className = 'search-result search-result--page';
			const heading = doc.createElement('h2');
			heading.className = 'search-result__heading';
			const link = doc.createElement('a');
			link.href = siteHref(hit.url);
			link.append(segmentsElement(doc, 'span', 'search-result__title', hit.title));
			if (hit.section) link.append(segmentsElement(doc, 'span', 'search-result__section', hit.section));
			heading.append(link);
			li.append(heading, segmentsElement(doc, 'p', 'search-result__snippet', hit.snippet));
			const meta = doc.createElement('p');
			meta.className = 'search-result__meta muted';
			meta.textContent = hit.category;
			li.append(meta);
			return li;
		}),
	);
}

/** The page's three parts a search changes. */
export interface ResultParts {
	results: HTMLElement;
	status: HTMLElement;
	guides: HTMLElement;
}

/**
 * Searches for `q` and shows the hits in `parts` (or the guides list when none
 * match), unless `isCurrent()` says a newer query has taken over meanwhile.
 * Only loading the index can fail for reasons outside the code (network, a
 * bad deploy), so only that is caught, with a notice that says so.
 * Example: `await showResults(parts, 'knees', () => true)` lists "Knees" guides.
 * @throws whatever searching or rendering throws: a bug surfaces (the browser
 * logs it) instead of hiding behind "search is not available".
 */
export async function showResults(parts: ResultParts, q: string, isCurrent: () => boolean): Promise<void> {
	const { results, status, guides } = parts;
	let engine: SearchEngine;
	try {
		engine = await loadEngine();
	} catch {
		if (isCurrent()) status.textContent = 'Search is not available right now. Here are all the guides.';
		return;
	}
	const hits = engine.search(q, { limit: 20 });
	if (!isCurrent()) return;
	renderHits(results, hits);
	results.hidden = hits.length === 0;
	guides.hidden = hits.length > 0;
	status.textContent = pageMessage(q, hits.length);
}

/**
 * What the /search/ page says of an answer, beside the dialog's answerMessage:
 * one letter searches only page and section names, so with none starting with
 * it the reader is told to keep typing, as the dialog does.
 *
 * @example
 * pageMessage('x', 0) // 'No page or section title starts with “x”. Keep typing to search the text, or choose from all the guides.'
 * pageMessage('knee', 3) // '3 results for “knee”'
 */
export function pageMessage(q: string, count: number): string {
	if (count > 0) return `${count} result${count === 1 ? '' : 's'} for “${quotedQuery(q)}”`;
	if (isOneLetter(q))
		return `No page or section title starts with “${q.trim()}”. Keep typing to search the text, or choose from all the guides.`;
	return `No results for “${quotedQuery(q)}”. Here are all the guides.`;
}

export function initSearchPage(doc: Document = document): void {
	const form = doc.querySelector<HTMLFormElement>('[data-search-page]');
	const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
	const results = doc.querySelector<HTMLElement>('[data-search-page-results]');
	const status = doc.querySelector<HTMLElement>('[data-search-page-status]');
	const guides = doc.querySelector<HTMLElement>('[data-search-page-guides]');
	if (!form || !input || !results || !status || !guides) return;
	let request = 0;

	const run = async (query: string) => {
		const id = ++request;
		const q = query.trim();
		const address = new URL(window.location.href);
		if (q) address.searchParams.set('q', q);
		else address.searchParams.delete('q');
		window.history.replaceState(null, '', address);
		if (q === '') {
			results.hidden = true;
			guides.hidden = false;
			status.textContent = '';
			return;
		}
		status.textContent = 'Searching…';
		await showResults({ results, status, guides }, q, () => id === request);
	};

	form.addEventListener('submit', (e) => {
		e.preventDefault();
		void run(input.value);
	});
	input.addEventListener('input', () => void run(input.value));
	const initial = new URL(window.location.href).searchParams.get('q') ?? '';
	if (initial) {
		input.value = initial;
		void run(initial);
	}
}
