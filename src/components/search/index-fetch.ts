/**
 * The search index's download as the header's loader (loader.ts, on every
 * page) starts it: at the same moment as the search code, instead of the
 * search code starting it once it has arrived and run. On a phone that is the
 * difference between the index waiting for the code and arriving beside it
 * (`npm run bench`, search). The loader hands the promise to the engine
 * (load-engine.ts), which fetches by itself only without one; only the loader
 * imports this module, so it costs no chunk of its own on every page.
 * A failed download is forgotten, so the next open tries again.
 *
 * @example
 * void fetchIndex().catch(() => undefined); // on "/": start now, read later
 * const data = await fetchIndex();          // the same request
 */

/** The index's URL under the site base ("/search-index.json" or "/retro/search-index.json"). */
export const indexUrl = (): string => `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}search-index.json`;

let request: Promise<unknown> | undefined;

/** The parsed index JSON, fetched once; rejects on a network error or an HTTP error status. */
export function fetchIndex(): Promise<unknown> {
	request ??= fetch(indexUrl())
		.then((r) => (r.ok ? (r.json() as Promise<unknown>) : Promise.reject(new Error(`search index: HTTP ${r.status}`))))
		.catch((error: unknown) => {
			request = undefined;
			throw error;
		});
	return request;
}
