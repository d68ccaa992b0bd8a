import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { basePath } from '../lib/offline';
import { rewriteBuiltPages } from './built-pages';

/** Each built chunk of the browser build (`_astro/x.js`) and the chunks it imports statically. */
export type ChunkImports = ReadonlyMap<string, readonly string[]>;

/**
 * Adds `<link rel="modulepreload">` to every built page for what its module
 * scripts import statically, so the browser fetches those chunks beside the
 * scripts instead of one round trip after them. Vite does this for the HTML it
 * builds itself; Astro writes its `<script type="module">` tags without it, so
 * every page waited a round trip for Vite's shared preload helper, which both
 * site-wide scripts (the search loader, the offline line) import. On a slow
 * phone network that round trip is ~150 ms, and Lighthouse counted it in a
 * guide's LCP: 1.05-1.41 s before, 0.90-0.96 s after, together with the
 * worker's registration moved after the first paint (README "Page weight").
 *
 * A Vite plugin records the client build's import graph (Rolldown's own
 * `chunk.imports`, nothing parsed by hand); `astro:build:done` then rewrites
 * the pages. It must run before serviceWorker(), whose precache revisions
 * hash the pages as they ship.
 */
export function modulePreload(): AstroIntegration {
	const imports = new Map<string, readonly string[]>();
	let base = '/';
	return {
		name: 'retrostride:module-preload',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [recordChunkImports(imports)] } });
			},
			'astro:config:done': ({ config }) => {
				base = basePath(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { changed, pages } = await rewriteBuiltPages(fileURLToPath(dir), (html) =>
					withModulePreloads(html, imports, base),
				);
				logger.info(`modulepreload links on ${changed} of ${pages} pages`);
			},
		},
	};
}

/**
 * A Vite plugin that copies the browser build's static import graph into
 * `into`, as written: in `writeBundle`, after Vite's own plugins have dropped
 * CSS-only chunks from the bundle and from the import lists, so no link can
 * name a file that was never written.
 */
function recordChunkImports(into: Map<string, readonly string[]>): Plugin {
	return {
		name: 'retrostride:record-chunk-imports',
		enforce: 'post',
		applyToEnvironment: (environment) => environment.name === 'client',
		writeBundle(_options, bundle) {
			for (const output of Object.values(bundle)) {
				if (output.type === 'chunk')
					into.set(
						output.fileName,
						output.imports.filter((file) => file in bundle),
					);
			}
		},
	};
}

/**
 * The page with a `<link rel="modulepreload">` before its first module script
 * for each chunk its module scripts import statically, at any depth, that no
 * script or link of the page names already; the page unchanged when there is
 * none. Only scripts from this build (under `base`) are followed.
 *
 * @example
 * withModulePreloads('<script type="module" src="/_astro/a.js"></script>',
 *   new Map([['_astro/a.js', ['_astro/helper.js']]]), '/')
 * // '<link rel="modulepreload" href="/_astro/helper.js"><script type="module" src="/_astro/a.js"></script>'
 */
export function withModulePreloads(html: string, imports: ChunkImports, base: string): string {
	// A module script's attributes in any order; `data-type` is not `type`.
	const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].flatMap((tag) => {
		const attributes = tag[1] ?? '';
		const src = /(?:^|\s)src="([^"]+)"/.exec(attributes)?.[1];
		return /(?:^|\s)type="module"/.test(attributes) && src !== undefined ? [{ src, at: tag.index }] : [];
	});
	const first = scripts[0];
	if (first === undefined) return html;
	const named = new Set([...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]));
	const chunkOf = (url: string) => (url.startsWith(base) ? url.slice(base.length) : undefined);
	const wanted: string[] = [];
	const seen = new Set<string>();
	const follow = (chunk: string) => {
		for (const dep of imports.get(chunk) ?? []) {
			if (seen.has(dep)) continue;
			seen.add(dep);
			if (!named.has(base + dep)) wanted.push(dep);
			follow(dep);
		}
	};
	for (const { src } of scripts) {
		const chunk = chunkOf(src);
		if (chunk) follow(chunk);
	}
	if (wanted.length === 0) return html;
	const links = wanted.map((dep) => `<link rel="modulepreload" href="${base}${dep}">`).join('');
	return html.slice(0, first.at) + links + html.slice(first.at);
}
