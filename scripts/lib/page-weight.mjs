// Measures what a built page costs a reader: its HTML, the CSS it links or
// inlines, and the JavaScript that runs on load (external module scripts,
// island component and renderer modules, and everything they import
// statically). Dynamic `import()` targets are on-demand and not counted.
// Used by `npm run bench` (the table) and by the byte-budget tests.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip byte counts of a string or buffer. */
export function sizes(content) {
	const buf = Buffer.isBuffer(content) ? content : Buffer.from(content);
	return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

/** Maps a site URL path (after the base) to a file in dist. */
function fileFor(dist, base, urlPath) {
	const inner = urlPath.startsWith(base) ? urlPath.slice(base.length) : urlPath.replace(/^\//, '');
	return join(dist, inner);
}

/** Static imports of an ES module ("./chunk.js", "/_astro/x.js"), resolved against its own URL. */
function staticImports(code, fromUrl) {
	const specs = [
		...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g),
		...code.matchAll(/export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g),
	].map((m) => m[1]);
	return specs
		.filter((s) => s.startsWith('.') || s.startsWith('/'))
		.map((s) => (s.startsWith('/') ? s : posix.join(posix.dirname(fromUrl), s)));
}

/**
 * The weight of one built HTML page.
 * @param {string} dist the build folder
 * @param {string} htmlFile path of the page's HTML file inside dist
 * @param {string} base Astro's base path, e.g. "/" or "/retro/"
 */
export function pageWeight(dist, htmlFile, base = '/') {
	const html = readFileSync(htmlFile, 'utf8');
	const css = [];
	for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) {
		const f = fileFor(dist, base, m[1]);
		if (existsSync(f)) css.push(readFileSync(f, 'utf8'));
	}
	for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css.push(m[1]);

	const inlineJs = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
		.filter((m) => !/type="application\/(ld\+)?json"/.test(m[1]))
		.map((m) => m[2]);
	const entries = [
		...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]),
		...[...html.matchAll(/\s(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map((m) => m[1]),
	];
	const seen = new Set();
	const modules = [];
	const moduleUrls = [];
	const queue = [...entries];
	while (queue.length > 0) {
		const url = queue.shift();
		if (seen.has(url)) continue;
		seen.add(url);
		const f = fileFor(dist, base, url);
		if (!existsSync(f)) continue;
		const code = readFileSync(f, 'utf8');
		modules.push(code);
		moduleUrls.push(url);
		queue.push(...staticImports(code, url));
	}
	const js = [...inlineJs, ...modules];
	const total = (parts) =>
		parts.reduce(
			(acc, p) => {
				const s = sizes(p);
				return { raw: acc.raw + s.raw, gzip: acc.gzip + s.gzip };
			},
			{ raw: 0, gzip: 0 },
		);
	return {
		html: sizes(html),
		css: total(css),
		js: total(js),
		jsFiles: modules.length,
		inlineScripts: inlineJs.length,
		moduleUrls,
	};
}
