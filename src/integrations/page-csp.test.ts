import { describe, expect, it } from 'vitest';
import { hashSource, withOwnHashesOnly } from './page-csp';

const theme = 'document.documentElement.dataset.theme = "dark";';
const style = 'body{margin:0}';
const other = hashSource('console.log("another page")');
const otherStyle = hashSource('main{padding:1rem}');

const page = (body: string, policy: string) =>
	`<html><head><meta http-equiv="content-security-policy" content="${policy}"><script>${theme}</script><style>${style}</style></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)?.[1];
const full = `default-src 'self'; script-src 'self' ${hashSource(theme)} ${other}; style-src 'self' ${otherStyle} ${hashSource(style)};`;

describe('withOwnHashesOnly', () => {
	it('keeps the hashes of the inline code on the page and drops the others', () => {
		expect(policyOf(withOwnHashesOnly(page('<p>Hi</p>', full)))).toBe(
			`default-src 'self'; script-src 'self' ${hashSource(theme)}; style-src 'self' ${hashSource(style)};`,
		);
	});

	it('keeps a hash for every inline script on the page, not for one from a file or a JSON-LD block', () => {
		const runtime = '(()=>{self.Astro={}})()';
		const policy = `script-src 'self' ${hashSource(theme)} ${hashSource(runtime)} ${hashSource('{"@type":"Article"}')}; style-src 'self' ${hashSource(style)}`;
		const body = `<script>${runtime}</script><script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"@type":"Article"}</script>`;
		const kept = policyOf(withOwnHashesOnly(page(body, policy)));
		expect(kept).toContain(hashSource(runtime));
		expect(kept).not.toContain(hashSource('{"@type":"Article"}'));
	});

	it('leaves every other directive as it was, and a page without a CSP meta unchanged', () => {
		const policy = `default-src 'self';img-src 'self' data:;object-src 'none'; script-src 'self' ${other}`;
		expect(policyOf(withOwnHashesOnly(page('', policy)))).toBe(
			"default-src 'self';img-src 'self' data:;object-src 'none'; script-src 'self'",
		);
		const plain = '<html><head><style>p{}</style></head></html>';
		expect(withOwnHashesOnly(plain)).toBe(plain);
	});

	it('is idempotent', () => {
		const once = withOwnHashesOnly(page('', full));
		expect(withOwnHashesOnly(once)).toBe(once);
	});

	it('adds the hash of an inline style Astro left out (a component an MDX guide imports), never of a script', () => {
		const guideStyle = '.pace-converter{margin:1.5rem 0}';
		const stray = 'alert(1)';
		const body = `<style>${guideStyle}</style><script>${stray}</script>`;
		const kept = policyOf(withOwnHashesOnly(page(body, full)));
		expect(kept).toBe(
			`default-src 'self'; script-src 'self' ${hashSource(theme)}; style-src 'self' ${hashSource(style)} ${hashSource(guideStyle)};`,
		);
		expect(kept).not.toContain(hashSource(stray));
	});

	it('adds that hash to style-src itself, not to style-src-elem', () => {
		const guideStyle = '.plan-preview{margin:0}';
		const policy = `style-src-elem 'self'; style-src 'self' ${hashSource(style)}`;
		const kept = policyOf(withOwnHashesOnly(page(`<style>${guideStyle}</style>`, policy)));
		expect(kept).toBe(`style-src-elem 'self'; style-src 'self' ${hashSource(style)} ${hashSource(guideStyle)}`);
	});
});
