/**
 * What the service worker keeps for offline use and what it must leave alone.
 * Pure data and small functions, so the build integration, the tests and the
 * README read one source.
 *
 * Decisions:
 * - Everything a runner needs at the track is precached on the first visit:
 *   every page (guides, search, builder, print sheet, player), every bundled
 *   script and stylesheet (also the export chunks the builder imports only
 *   when someone exports), the search index, the manifest and its icons.
 *   Hashed files and the revision of every other file make an update
 *   all-or-nothing: a new worker brings a whole new set, and the pages keep
 *   being served from the old set until the reader chooses to reload.
 * - /embed/ is never precached or served: a club's page must get the live
 *   embed, never our cached app; the embed pages also never register the
 *   worker (a third-party iframe then has no worker of its own either).
 * - Files nobody opens offline stay out (the link-preview image, feeds,
 *   sitemaps, JSON schemas for developers) to keep the one-time download small.
 */

/** Globs, relative to the built site, of the files precached on install. */
export const PRECACHE_GLOBS = ['**/*.{html,js,css,svg,png,json,webmanifest,woff2}'] as const;

/** Globs left out of the precache (see the decisions above). */
export const PRECACHE_IGNORES = [
	'embed/**',
	'embed.js',
	'og.png',
	'schema/**',
	'rss.xml',
	'sitemap*.xml',
	'robots.txt',
] as const;

/** The one-time install download must stay under this many gzip bytes (tested on the build). */
export const PRECACHE_BUDGET_GZIP_BYTES = 1024 * 1024;

/** The worker script's file name at the site root (its scope is the base path). */
export const WORKER_FILE = 'sw.js';

/**
 * Normalises a base path to "/" or "/name/", as Astro's `base` may be given
 * with or without slashes.
 *
 * Never throws.
 *
 * @example
 * basePath('/retro') // => "/retro/"
 * basePath('') // => "/"
 */
export function basePath(base: string): string {
	const trimmed = base.replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The navigations the worker must never answer, as a RegExp Workbox accepts
 * (navigateFallbackDenylist) and the page-side check reads.
 *
 * Never throws.
 *
 * @example
 * workerFreePattern('/retro/').test('/retro/embed/plan/') // => true
 * workerFreePattern('/').test('/plan/') // => false
 */
export function workerFreePattern(base: string): RegExp {
	const escaped = basePath(base).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`^${escaped}embed(/|$)`);
}

/**
 * Whether a page at `pathname` may register the worker: every page but the
 * embeds, whose host page is a club's site.
 *
 * Never throws.
 *
 * @example
 * mayRegisterWorker('/embed/plan/', '/') // => false
 * mayRegisterWorker('/plan/session/', '/') // => true
 */
export function mayRegisterWorker(pathname: string, base: string): boolean {
	return !workerFreePattern(base).test(pathname);
}
