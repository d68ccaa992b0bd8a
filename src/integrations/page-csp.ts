import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rewriteBuiltPages } from './built-pages';

/**
 * Narrows each page's Content-Security-Policy to the inline code that page
 * carries (and lists the one kind of inline style Astro misses, see
 * withOwnHashesOnly). Astro's `security.csp` writes one list of hashes for the whole
 * site into every page: the inline style of every page, the theme script and
 * all of Astro's island runtime scripts, 18 hashes (about 0.9 KB gzip of
 * base64 that does not compress) where a guide needs two. A page that allows
 * only its own inline code is a stricter policy, and every page is 0.7 KB
 * gzip lighter. Nothing here adds inline code after load (no script or style
 * element is inserted at run time), so nothing the page needs can be dropped;
 * the e2e suite fails on any CSP report in the console.
 *
 * Runs after Astro has written the pages (`astro:build:done`) and before
 * serviceWorker(), which precaches the pages as they ship.
 */
export function pageCsp(): AstroIntegration {
	return {
		name: 'retrostride:page-csp',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { changed, pages } = await rewriteBuiltPages(fileURLToPath(dir), withOwnHashesOnly);
				logger.info(`CSP narrowed to the page's own inline code on ${changed} of ${pages} pages`);
			},
		},
	};
}

/** The hash of inline code with exactly this text, as browsers compute it (UTF-8, SHA-256), as `security.csp` takes it. */
export const sha256Of = (code: string): `sha256-${string}` =>
	`sha256-${createHash('sha256').update(code).digest('base64')}`;

/** The same hash as a CSP source, quoted, as it stands in a policy. */
export const hashSource = (code: string): string => `'${sha256Of(code)}'`;

/**
 * The page with the hashes in its CSP `<meta>` cut to those of the inline
 * `<script>` and `<style>` elements it contains; data blocks (JSON-LD) run
 * nothing and need none. A page without a CSP `<meta>` is returned unchanged.
 *
 * One addition: an inline style Astro did not hash gets its hash in
 * `style-src`. Astro 7 leaves out the `<style>` of a component that an MDX
 * guide imports itself (PaceConverter, PlanPreview), which would otherwise be
 * blocked; every inline style in a built page comes from our own components.
 * Scripts get no such addition: an inline script Astro did not hash stays
 * blocked, and the e2e suite fails on the report.
 *
 * @example
 * withOwnHashesOnly(`<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-A=' 'sha256-B='">`)
 * // the same meta with script-src 'self' only: no inline script on the page has either hash
 */
export function withOwnHashesOnly(html: string): string {
	const meta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i.exec(html);
	if (!meta) return html;
	const own = new Set<string>();
	const styles: string[] = [];
	for (const m of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi)) {
		const attributes = m[2] ?? '';
		if (m[1]?.toLowerCase() === 'script' && /(?:^|\s)src=/.test(attributes)) continue;
		if (/(?:^|\s)type="application\/(?:ld\+)?json"/.test(attributes)) continue;
		const hash = hashSource(m[3] ?? '');
		own.add(hash);
		if (m[1]?.toLowerCase() === 'style') styles.push(hash);
	}
	const kept = (meta[2] ?? '')
		.replace(/\s*'sha(?:256|384|512)-[^']+'/g, (source) => (own.has(source.trim()) ? source : ''))
		.replace(/ +;/g, ';');
	// style-src itself, not style-src-elem or style-src-attr.
	const policy = kept.replace(/(?<=^|;)\s*style-src(?=[\s;]|$)[^;]*/, (directive) => {
		const missing = [...new Set(styles)].filter((hash) => !directive.includes(hash));
		return missing.length > 0 ? `${directive} ${missing.join(' ')}` : directive;
	});
	const at = meta.index + (meta[1] ?? '').length;
	return html.slice(0, at) + policy + html.slice(at + (meta[2] ?? '').length);
}
