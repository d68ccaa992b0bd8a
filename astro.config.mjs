// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { modulePreload } from './src/integrations/module-preload';
import { pageCsp, sha256Of } from './src/integrations/page-csp';
import { serviceWorker } from './src/integrations/service-worker';

/**
 * Where the site lives. Both come from the environment so one build can be
 * deployed at a domain root or under a sub-path (GitHub Pages, a club's folder):
 *   SITE_URL=https://retrostride.example BASE_PATH=/retro npm run build
 */
const site = siteUrl(process.env, process.argv);
const base = process.env.BASE_PATH ?? '/';

/**
 * The address the site is built for. A production build bakes it into every
 * canonical URL, the sitemap, the feed and the links inside what the build
 * writes, so `astro build` without SITE_URL stops and says how to set it
 * rather than publish links to a placeholder. Tests and local previews that
 * want the placeholder say so with ALLOW_PLACEHOLDER_SITE=1; dev, check and
 * preview never need it.
 * @param {NodeJS.ProcessEnv} env
 * @param {string[]} argv
 */
function siteUrl(env, argv) {
	const placeholder = 'https://retrostride.example';
	if (env.SITE_URL) return env.SITE_URL;
	if (argv.includes('build') && env.ALLOW_PLACEHOLDER_SITE !== '1') {
		throw new Error(
			'Set SITE_URL to the address the site will be served from, e.g. SITE_URL=https://www.example.org npm run build ' +
				`(for a local preview: SITE_URL=http://localhost:4321). ALLOW_PLACEHOLDER_SITE=1 builds for ${placeholder} instead.`,
		);
	}
	return placeholder;
}

/**
 * The theme script must run inline in <head> before first paint (an external
 * file would flash the wrong theme). Astro's CSP hashes the scripts it bundles,
 * not `is:inline` ones, so we hash the exact bytes we inline here and give the
 * hash to `security.csp`. The layout inlines the same file (`?raw`), so they cannot drift.
 */
const themeScript = readFileSync(new URL('./src/scripts/theme.js', import.meta.url), 'utf8');
const themeHash = sha256Of(themeScript);

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	build: {
		// Styles in the page, not in render-blocking files, but one: the first paint waits for no second
		// request. Lighthouse mobile LCP: home 1.27 → 1.00 s, a guide 1.14 → 0.92 s (README "Page weight").
		// Astro's CSP hashes each inline <style>; test/e2e/build.spec.ts checks every hash.
		// 'auto' so that vite.build.assetsInlineLimit below decides per stylesheet.
		inlineStylesheets: 'auto',
	},
	vite: {
		build: {
			// Every stylesheet inline except the builder's own (src/styles/plan.css, 9 KB), which measured
			// faster as a file: the builder's Lighthouse LCP 1.23 → 1.11 s (README "Page weight"). Astro asks
			// this per stylesheet, not per page. Other assets keep Vite's 4 KB rule.
			assetsInlineLimit: (file, content) =>
				file.endsWith('.css') ? !/(^|\/)plan\.[\w-]+\.css$/.test(file) : content.length < 4096,
		},
	},
	// modulePreload() and pageCsp() rewrite the pages, so they run before serviceWorker(), which runs
	// last: it precaches what the others wrote.
	integrations: [mdx(), react(), sitemap(), modulePreload(), pageCsp(), serviceWorker()],
	markdown: {
		// Shiki writes inline styles, which a strict style-src forbids; Prism emits classes.
		syntaxHighlight: 'prism',
	},
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { hashes: [themeHash] },
		},
	},
});
