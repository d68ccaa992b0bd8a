/**
 * Fetches the search index once and builds the engine over it; the dialog
 * and the /search/ page share the one promise.
 */
import { createSearchEngine, isSearchIndexData, type SearchEngine } from '../../lib/search';
import { afterPaint } from './after-paint';

let engine: Promise<SearchEngine> | undefined;

/** The index's URL under the site base ("/search-index.json" or "/retro/search-index.json"). */
export const indexUrl = (): string => `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}search-index.json`;

/**
 * The engine, built once. `started` is the index download the header's loader
 * began beside the search code (loader.ts, index-fetch.ts); without one (the
 * /search/ page, or after a failed download) it fetches the index itself.
 */
export function loadEngine(started?: Promise<unknown>): Promise<SearchEngine> {
	engine ??= (
		started ??
		fetch(indexUrl()).then((r) => {
			if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
			return r.json() as Promise<unknown>;
		})
	).then((data) => {
		if (!isSearchIndexData(data)) throw new Error('search index: unexpected format');
		const built = createSearchEngine(data);
		// One letter answers without the word index. It is built after the next paint, so the first
		// answer is drawn first, and a slice per task, so a letter typed meanwhile waits for one
		// slice (a search of two letters or more that comes first builds the rest itself).
		const slice = () => {
			if (!built.warm()) setTimeout(slice, 0);
		};
		void afterPaint().then(slice);
		return built;
	});
	engine.catch(() => {
		engine = undefined; // let a later open try again
	});
	return engine;
}

/** A path from the index ("guides/knees/#x") as a link under the site base. */
export const siteHref = (path: string): string => `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${path}`;
