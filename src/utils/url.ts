/**
 * Builds a site-internal URL that respects Astro's `base`, so the same build
 * works at a domain root or under a sub-path (`BASE_PATH=/retro`).
 *
 * @example
 * // with base "/retro/"
 * url('/guides/') // => "/retro/guides/"
 * url('guides/knees/#evidence') // => "/retro/guides/knees/#evidence"
 */
export function url(path: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
	const clean = path.startsWith('/') ? path : `/${path}`;
	return `${base}${clean}`;
}
