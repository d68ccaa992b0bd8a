/**
 * Every page a visitor can reach from the sitemap: accessible (axe, WCAG 2.2 AA)
 * in the light and the dark theme, readable at 320 px without sideways
 * scrolling, and free of console errors and CSP violations.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, sitemapPaths, watchForProblems } from './site';

const paths = sitemapPaths();

test('the sitemap lists the core pages', () => {
	for (const p of ['/', '/guides/', '/plan/', '/embed/', '/about/', '/guides/what-is-retro-running/']) {
		expect(paths).toContain(p);
	}
});

for (const path of paths) {
	test.describe(`page ${path}`, () => {
		test('passes axe in light and dark themes with no console error or CSP violation', async ({ page }) => {
			const watch = await watchForProblems(page);
			await page.emulateMedia({ colorScheme: 'light' });
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expectNoAxeViolations(page);
			await page.emulateMedia({ colorScheme: 'dark' });
			await expectNoAxeViolations(page);
			await watch.assertClean();
		});

		test('fits a 320 px screen without sideways scrolling', async ({ page }) => {
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto(path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	});
}

test('an unknown address shows the 404 page, accessibly', async ({ page }) => {
	const watch = await watchForProblems(page, { expected: [/status of 404/] });
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('We ran past that page');
	await expectNoAxeViolations(page);
	await watch.assertClean();
});
