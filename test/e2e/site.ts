/**
 * Helpers shared by the e2e specs: the list of pages from the built sitemap,
 * and a guard that fails a test on any console error, uncaught exception or
 * Content-Security-Policy violation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const distDir = join(import.meta.dirname, '..', '..', 'dist');

/** WCAG 2.2 AA, including the A and AA rules of every earlier version. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Every page path in the built sitemap, e.g. "/guides/knees/". */
export function sitemapPaths(): string[] {
	const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}

/**
 * Starts collecting problems on a page before it loads. Call `assertClean()`
 * at the end of a test; it fails with every console error, page error and
 * CSP violation seen, so one run shows them all. `expected` lists console
 * messages a test provokes on purpose (a 404 page logs its own 404).
 */
export async function watchForProblems(
	page: Page,
	options: { expected?: RegExp[] } = {},
): Promise<{ assertClean: () => Promise<void> }> {
	const problems: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() !== 'error') return;
		if (options.expected?.some((re) => re.test(msg.text()))) return;
		problems.push(`console error: ${msg.text()}`);
	});
	page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
	await page.exposeFunction('__reportCspViolation', (text: string) => problems.push(`CSP violation: ${text}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			const report = (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation;
			report(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
		});
	});
	return {
		assertClean: async () => {
			expect(problems, problems.join('\n')).toEqual([]);
		},
	};
}

/** Runs axe with the WCAG 2.2 AA rules and fails on any violation, listing each with its nodes. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
	const summary = results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
	);
	expect(summary, summary.join('\n')).toEqual([]);
}

/**
 * Waits until every Astro island on the page has hydrated (Astro removes the
 * `ssr` attribute then). Typing into a server-rendered field before that is
 * lost when React takes over, as it would be for a very fast human.
 */
export async function waitForIslands(page: Page): Promise<void> {
	for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}
