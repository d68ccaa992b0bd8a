/**
 * Guide pages: structure checked in the built HTML of every guide (headings,
 * citations, table of contents, navigation, the "Build a plan" link), and
 * the interactive parts in Chromium (table of contents on wide and narrow
 * screens, <PaceConverter> by keyboard, builder links that open the right plan).
 * Axe, 320 px and CSP on every page are in pages.spec.ts; script budgets in build.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { decodeShareState } from '../../src/lib';
import { distDir, expectNoAxeViolations, sitemapPaths, watchForProblems } from './site';

const guidePaths = sitemapPaths().filter((p) => /^\/guides\/[^/]+\/$/.test(p));
const html = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');
const main = (page: string) => page.slice(page.indexOf('<main'), page.indexOf('</main>'));
const ids = (page: string) => new Set([...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
const builderLink = (path: string, page: string, cls: string) => {
	const href = page.match(new RegExp(`<a class="${cls}" href="([^"]+)"`))?.[1]?.replaceAll('&amp;', '&') ?? '';
	const target = new URL(href, `http://x.example${path}`);
	expect(target.pathname, path).toBe('/plan/');
	const decoded = decodeShareState(target.searchParams.get('p') ?? '');
	if (!decoded.ok) throw new Error(`${path}: ${decoded.message}`);
	return decoded.value;
};

test('the sitemap lists every guide', () => {
	expect(guidePaths.length).toBeGreaterThanOrEqual(20);
});

test.describe('every guide (built HTML)', () => {
	for (const path of guidePaths) {
		test(`${path}: one h1, headings never skip a level, citations and contents links resolve`, () => {
			const page = html(path);
			const levels = [...main(page).matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
			expect(levels[0], `${path} starts with its h1`).toBe(1);
			expect(
				levels.filter((l) => l === 1),
				path,
			).toHaveLength(1);
			for (let i = 1; i < levels.length; i++) {
				const [before = 1, now = 1] = [levels[i - 1], levels[i]];
				expect(now - before, `${path}: h${before} then h${now}`).toBeLessThanOrEqual(1);
			}
			const targets = ids(page);
			const anchors = [...page.matchAll(/href="#([^"]+)"/g)].map((m) => m[1] ?? '');
			for (const a of anchors) expect(targets.has(a), `${path}: #${a} has no target`).toBe(true);
			const cites = anchors.filter((a) => a.startsWith('ref-'));
			const references = (page.match(/<li id="ref-/g) ?? []).length;
			if (references > 0) expect(cites.length, `${path} cites its references`).toBeGreaterThan(0);
		});

		test(`${path}: meta, contents, call to action and neighbours`, () => {
			const page = html(path);
			expect(page).toMatch(
				/<p class="guide-meta muted">\s*\d+ min read · Updated\s*<time datetime="\d{4}-\d{2}-\d{2}">/,
			);
			expect(page).toContain('"@type":"Article"');
			expect(page).toContain('<meta property="og:type" content="article">');
			const body = page.slice(page.indexOf('<div class="guide-body">'), page.indexOf('<section class="guide-cta"'));
			const sections = [...body.matchAll(/<h([23]) id="([^"]+)"/g)].map((m) => m[2]);
			const toc = page.match(/<nav aria-label="On this page" class="toc">[\s\S]*?<\/nav>/)?.[0];
			if ((body.match(/<h2 id="/g) ?? []).length >= 2) {
				// Every h2 and h3 of the guide, in order, then the references.
				const links = [...(toc ?? '').matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
				expect(
					links.filter((l) => l !== 'references-heading'),
					path,
				).toEqual(sections);
			}
			const input = builderLink(path, page, 'button');
			expect(input.startDate >= new Date().toISOString().slice(0, 10)).toBe(true);
			const related = page.match(/<section class="guide-related"[\s\S]*?<\/section>/)?.[0] ?? '';
			expect((related.match(/<h3>/g) ?? []).length).toBeLessThanOrEqual(3);
			expect(related).not.toContain(`href="${path}"`);
			expect(page, `${path} links to another guide on its shelf`).toMatch(/rel="(prev|next)"/);
		});
	}
});

test('"Build a plan" opens the builder on the guide’s topic', () => {
	const goalOf = (id: string) => builderLink(`/guides/${id}/`, html(`/guides/${id}/`), 'button');
	expect(goalOf('knees').goal).toBe('knee-friendly');
	expect(goalOf('drills-and-warm-ups').goal).toBe('drills');
	expect(goalOf('first-steps-to-5k')).toMatchObject({ goal: 'retro-5k', experience: 'some' });
	expect(goalOf('first-steps-to-5k').weeks).toBeGreaterThanOrEqual(10);
	expect(goalOf('retro-mile').goal).toBe('retro-mile');
	expect(goalOf('energy-cost').goal).toBe('mix-in');
});

test('plan previews are built into the page with a prefilled builder link and no script', () => {
	for (const [id, goal] of [
		['knees', 'knee-friendly'],
		['mixing-into-forward-runs', 'mix-in'],
		['first-steps-to-5k', 'retro-5k'],
	] as const) {
		const page = html(`/guides/${id}/`);
		const preview = page.match(/<figure class="plan-preview\b[^"]*">[\s\S]*?<\/figure>/)?.[0] ?? '';
		expect(preview, id).toContain('Week 1');
		expect(preview, id).toContain('Week 2');
		expect(preview, id).not.toContain('Week 3');
		expect(preview, id).toMatch(/Main: /);
		expect(preview).not.toContain('<script');
		const href = preview.match(/<a href="([^"]+)"/)?.[1]?.replaceAll('&amp;', '&') ?? '';
		const decoded = decodeShareState(new URL(href, `http://x.example/guides/${id}/`).searchParams.get('p') ?? '');
		expect(decoded.ok && decoded.value.goal, id).toBe(goal);
	}
});

test('the table of contents is a sidebar on wide screens and a closed <details> on phones', async ({ page }) => {
	const watch = await watchForProblems(page);
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/guides/how-the-plan-builder-works/');
	const toc = page.getByRole('navigation', { name: 'On this page' });
	await expect(toc).toHaveCount(1);
	await expect(toc).toBeVisible();
	await toc.getByRole('link', { name: 'Rule 4: every fourth week is easier' }).click();
	await expect(page).toHaveURL(/#rule-4-every-fourth-week-is-easier$/);
	await expect(page.getByRole('heading', { name: 'Rule 4: every fourth week is easier' })).toBeInViewport();

	await page.setViewportSize({ width: 375, height: 800 });
	await expect(toc).toBeHidden();
	const summary = page.locator('details.toc-narrow > summary');
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'On this page' })).toHaveCount(1);
	await watch.assertClean();
});

/** Scrolls the converter into view and waits until its script has wired it. */
async function openConverter(page: Page, path: string) {
	await page.goto(path);
	const form = page.getByRole('form', { name: 'Pace converter: forward to backward' });
	await form.scrollIntoViewIfNeeded();
	await expect(form).toHaveAttribute('data-ready', '');
	return form;
}

test('the pace converter shows a worked example before any JavaScript runs', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/guides/first-steps-to-5k/');
	await expect(page.locator('.pace-converter__answer')).toHaveText('Backward easy pace: 9:00–10:10 per km');
	await context.close();
});

test('the pace converter works by keyboard and says what is wrong with a bad pace', async ({ page }) => {
	const watch = await watchForProblems(page);
	const form = await openConverter(page, '/guides/how-the-plan-builder-works/');
	const pace = form.getByLabel('Easy forward pace');
	const result = form.locator('[aria-live="polite"]');
	await expect(result).toHaveText(/9:00–10:10 per km/);

	await pace.focus();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('5:00');
	await expect(result).toContainText('Backward easy pace: 7:30–8:30 per km');
	await page.keyboard.press('Tab');
	await expect(form.getByLabel('Unit')).toBeFocused();
	await page.keyboard.press('ArrowDown'); // per kilometre → per mile
	await expect(result).toContainText('Backward easy pace: 7:30–8:30 per mile');
	await page.keyboard.press('Tab');
	await expect(form.getByLabel('Backward running experience')).toBeFocused();
	await page.keyboard.press('ArrowDown'); // new → tried it a few times
	await expect(result).toContainText('Backward easy pace: 7:00–8:00 per mile');

	// A bad pace: the message appears next to the field once the reader leaves it.
	await pace.fill('5.30');
	await expect(pace).not.toHaveAttribute('aria-invalid');
	await pace.press('Tab');
	const error = form.getByText('Enter minutes and seconds with a colon, like 6:00');
	await expect(error).toBeVisible();
	await expect(pace).toHaveAttribute('aria-invalid', 'true');
	await expect(pace).toHaveAccessibleDescription(/Like 5:45 or 10:30.*Enter minutes and seconds with a colon/);
	await expect(result).toHaveText('Enter a forward pace like 6:00 to see your backward pace.');
	await expectNoAxeViolations(page);

	// Enter in the field does not reload the page; a fixed pace clears the error.
	await pace.fill('2:00');
	await pace.press('Enter');
	await expect(form.getByText('Enter an easy forward pace between 4:50 and 24:10 per mile')).toBeVisible();
	await pace.fill('9:30');
	await expect(error).toBeHidden();
	await expect(pace).not.toHaveAttribute('aria-invalid');
	await expect(result).toContainText('per mile');
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectNoAxeViolations(page);
	await watch.assertClean();
});

test('the pace converter fits a 320 px screen', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await openConverter(page, '/guides/first-steps-to-5k/');
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('a plan preview’s link opens the same plan in the builder', async ({ page }) => {
	const watch = await watchForProblems(page);
	await page.goto('/guides/first-steps-to-5k/');
	const preview = page.locator('figure.plan-preview');
	const title = (await preview.locator('figcaption strong').textContent())?.replace('Plan preview: ', '') ?? '';
	await preview.getByRole('link', { name: 'Open the whole plan in the builder' }).click();
	await expect(page).toHaveURL(/\/plan\/\?p=v2\./);
	await expect(page.locator('.plan-builder[data-ready]')).toBeVisible();
	await expect(page.locator('#plan-title')).toHaveText(title);
	await expect(page.getByLabel('Goal')).toHaveValue('retro-5k');
	await watch.assertClean();
});

test('a reader sees how strong each source is: beside its first citation and in the reference list', async ({
	page,
}) => {
	await page.goto('/guides/knees/');
	const trial = page.locator('sup.cite a[href="#ref-alghadir-2019"]').first();
	await expect(trial).toContainText('randomised trial, n=68');
	await expect(trial).toHaveAccessibleName('Reference [4: randomised trial, n=68]');
	// Later citations of the same source stay short, but still say it to a screen reader.
	const again = page.locator('sup.cite a[href="#ref-roos-2012"]');
	await expect(again.nth(1).locator('.cite__grade')).toHaveCount(0);
	await expect(again.nth(1)).toHaveAccessibleName(/^Reference \[1\] \(lab comparison, n=20\)$/);
	await expect(page.locator('#ref-alghadir-2019')).toContainText('Evidence: randomised controlled trial, 68 people.');
	await expect(page.locator('#ref-odu-1998')).toContainText(
		'Evidence: unpublished thesis, not peer reviewed, 10 people.',
	);
});
