/** Where links inside files made in the browser point (kept apart from text.ts so the builder's first load stays small). */
/**
 * The site's address as a page sees it: the origin it was served from plus
 * the base path, without a trailing slash. Files made in the browser link
 * here, so a copy of the site served from another address never writes links
 * to the build-time placeholder.
 *
 * Never throws: an origin that is not http(s) gives `fallback`.
 *
 * @example
 * servedSiteUrl('https://club.example', '/retro/', 'https://retrostride.example') // 'https://club.example/retro'
 */
export function servedSiteUrl(origin: string, base: string, fallback: string): string {
	if (!/^https?:\/\/[^/]+$/.test(origin)) return fallback;
	return `${origin}${base}`.replace(/\/+$/, '');
}
