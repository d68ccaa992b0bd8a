/**
 * Fetches the search index once and builds the engine over it; the dialog
 * and the /search/ page share the one promise.
 */
import { createSearchEngine, isSearchIndexData, type SearchEngine } from '../../lib/search';

let engine: Promise<SearchEngine> | undefined;

/** The index's URL under the site base ("/search-index.json" or "/retro/search-index.json"). */
export const indexUrl = (): string => `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}search-index.json`;

export function loadEngine(): Promise<SearchEngine> {
	engine ??= fetch(indexUrl())
		.then((r) => {
			if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
			return r.json() as Promise<unknown>;
		})
		.then((data) => {
			if (!isSearchIndexData(data)) throw new Error('search index: unexpected format');
			return createSearchEngine(data);
		});
	engine.catch(() => {
		engine = undefined; // let a later open try again
	});
	return engine;
}

/** A path from the index ("guides/knees/#x") as a link under the site base. */
export const siteHref = (path: string): string => `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${path}`;
