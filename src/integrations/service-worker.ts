import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { basePath, PRECACHE_GLOBS, PRECACHE_IGNORES, WORKER_FILE } from '../lib/offline';

/**
 * Writes the service worker (`sw.js`) into the finished build with Workbox's
 * generateSW, after Astro has written every page and chunk (`astro:build:done`),
 * so the precache lists exactly the files that ship, each with a revision.
 * Why not @vite-pwa/astro: its peer range stops at Astro 5 and it reads Vite's
 * top-level build config, which Astro 6+ moved into environments; running
 * Workbox over dist/ needs neither (README "Offline").
 */
export function serviceWorker(): AstroIntegration {
	let base = '/';
	return {
		name: 'retrostride:service-worker',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = basePath(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { count, size, warnings } = await generateSW({
					swDest: `${outDir}/${WORKER_FILE}`,
					globDirectory: outDir,
					globPatterns: [...PRECACHE_GLOBS],
					globIgnores: [...PRECACHE_IGNORES],
					// Globbed paths are relative to dist/; the pages live under the base path.
					modifyURLPrefix: { '': base },
					// Astro's hashed files carry their version in the name: no revision query needed.
					dontCacheBustURLsMatching: /\/_astro\//,
					// Pages are static: ?p=… share links and ?from=… markers open the same cached page.
					ignoreURLParametersMatching: [/.*/],
					// /guides/x/ is answered with the precached /guides/x/index.html. No navigateFallback: a page
					// that is not precached (the embeds) goes to the network, never to a cached stand-in.
					directoryIndex: 'index.html',
					// The first visit is controlled at once (nothing old to mix with), so it works offline
					// without a reload; later versions wait until the reader chooses to reload.
					clientsClaim: true,
					skipWaiting: false,
					cleanupOutdatedCaches: true,
					// One file from 'self' (CSP), no workbox-*.js runtime beside it and no CDN.
					inlineWorkboxRuntime: true,
					mode: 'production',
					sourcemap: false,
				});
				for (const warning of warnings) logger.warn(warning);
				logger.info(`${WORKER_FILE}: ${count} files precached, ${Math.round(size / 1024)} KB before compression`);
			},
		},
	};
}
