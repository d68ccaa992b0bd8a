/**
 * A link checker over a built site on disk. Hand-written (about 80 lines)
 * rather than a crawler such as linkinator because it must understand Astro's
 * `base`: a site built for `/retro/` is checked as if served under `/retro/`,
 * which a crawler serving `dist/` at `/` cannot do. It also checks `#fragment`
 * targets, which most crawlers skip.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BrokenLink {
	page: string;
	link: string;
	reason: string;
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** Every URL-bearing attribute value in a page: links, assets, srcset candidates and URL meta tags. */
export function extractLinks(html: string): string[] {
	const links: string[] = [];
	for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) links.push(m[1] ?? '');
	for (const m of html.matchAll(/\ssrcset="([^"]*)"/g)) {
		for (const candidate of (m[1] ?? '').split(',')) links.push(candidate.trim().split(/\s+/)[0] ?? '');
	}
	for (const m of html.matchAll(/<meta[^>]+property="og:(?:url|image)"[^>]+content="([^"]*)"/g)) links.push(m[1] ?? '');
	return links.map((l) => l.replaceAll('&amp;', '&')).filter((l) => l !== '');
}

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

/**
 * Checks every internal link and asset of the site built in `dist` for the
 * given `site` origin and `base` path. External links are not fetched (the
 * check must work offline); links into our own origin must resolve.
 */
export function checkLinks(dist: string, site: string, base: string): { checked: number; broken: BrokenLink[] } {
	const origin = new URL(site).origin;
	const basePath = base.endsWith('/') ? base : `${base}/`;
	const broken: BrokenLink[] = [];
	let checked = 0;
	const cache = new Map<string, string>();
	const read = (file: string) => cache.get(file) ?? cache.set(file, readFileSync(file, 'utf8')).get(file) ?? '';

	for (const file of htmlFiles(dist)) {
		const rel = relative(dist, file).replaceAll('\\', '/');
		const pagePath = basePath + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
		const pageUrl = new URL(pagePath, origin);
		for (const link of extractLinks(read(file))) {
			if (/^(mailto|tel|data|javascript):/i.test(link)) continue;
			const target = new URL(link, pageUrl);
			if (target.origin !== origin) continue;
			checked++;
			const report = (reason: string) => broken.push({ page: pagePath, link, reason });
			if (!target.pathname.startsWith(basePath)) {
				report(`outside the base path ${basePath}`);
				continue;
			}
			const inner = decodeURIComponent(target.pathname.slice(basePath.length));
			const candidates = inner === '' || inner.endsWith('/') ? [`${inner}index.html`] : [inner, `${inner}/index.html`];
			const found = candidates.map((c) => join(dist, c)).find((p) => existsSync(p) && statSync(p).isFile());
			if (!found) {
				report('no such file in the build');
				continue;
			}
			const fragment = decodeURIComponent(target.hash.slice(1));
			if (fragment && found.endsWith('.html') && !ids(read(found)).has(fragment)) {
				report(`no element with id "${fragment}"`);
			}
		}
	}
	return { checked, broken };
}
