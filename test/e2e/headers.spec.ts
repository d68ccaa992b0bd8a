/**
 * public/_headers against the routes we actually build: every page matches
 * exactly one Content-Security-Policy rule (two would be joined by the host
 * and the stricter would win), only /embed/ pages may be framed by other
 * sites, and the security headers apply everywhere.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir } from './site';

interface Rule {
	pattern: string;
	headers: Map<string, string>;
}

/** Parses the Netlify/Cloudflare `_headers` format: a path line, then indented "Name: value" lines. */
function parseHeaders(text: string): Rule[] {
	const rules: Rule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: new Map() });
		else {
			const [name, ...value] = line.trim().split(':');
			rules.at(-1)?.headers.set((name ?? '').toLowerCase(), value.join(':').trim());
		}
	}
	return rules;
}

/** Netlify/Cloudflare matching: `*` matches any characters (including /), the rest is literal. */
const matches = (pattern: string, path: string) =>
	new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);

function routes(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) return routes(p);
		if (!name.endsWith('.html') || p === join(distDir, '404.html')) return [];
		return [`/${relative(distDir, p).replace(/index\.html$/, '')}`];
	});
}

const rules = parseHeaders(readFileSync(join(distDir, '_headers'), 'utf8'));

test('every built page matches exactly one frame-ancestors rule; only /embed/ may be framed', () => {
	const pages = routes(distDir);
	expect(pages).toContain('/embed/plan/');
	for (const path of pages) {
		const csp = rules.filter((r) => r.headers.has('content-security-policy') && matches(r.pattern, path));
		expect(csp, path).toHaveLength(1);
		const value = csp[0]?.headers.get('content-security-policy');
		expect(value, path).toBe(path.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'self'");
	}
});

test('security headers apply to every path', () => {
	const all = rules.find((r) => r.pattern === '/*');
	expect(all?.headers.get('x-content-type-options')).toBe('nosniff');
	expect(all?.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	expect(all?.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
});
