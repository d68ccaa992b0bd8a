/**
 * Site search in Chromium against the production build: the index on disk
 * (every anchor exists, it matches what the pure builder makes from the MDX),
 * the header dialog (shortcuts, combobox keys, Enter lands on the section,
 * Escape, focus, axe, 320 px) and the linkable /search/?q= page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';
import { buildSearchIndex, type SearchIndexData } from '../../src/lib/search';
import { readGuideFiles } from '../support/guide-files';
import { readToolPages } from '../support/tool-pages';
import { distDir, expectNoAxeViolations, watchForProblems } from './site';

const index = (): SearchIndexData => JSON.parse(readFileSync(join(distDir, 'search-index.json'), 'utf8'));

test('every anchor in the search index is an id on its built page', () => {
	const data = index();
	let anchors = 0;
	for (const [page, heading, anchor] of data.s) {
		const path = data.p[page]?.[0] ?? '';
		const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
		if (!anchor) continue;
		anchors++;
		expect(html, `${path}#${anchor} (${heading})`).toContain(` id="${anchor}"`);
	}
	expect(anchors).toBeGreaterThan(100);
});

test('the shipped index is what the pure builder makes from the MDX files and the tool pages (so the relevance test measures it)', () => {
	const src = join(distDir, '..', 'src');
	const fromFiles = buildSearchIndex(readGuideFiles(join(src, 'content', 'guides')), readToolPages(join(src, 'pages')));
	expect(fromFiles.p.map((p) => p[0])).toEqual(expect.arrayContaining(['plan/', 'embed/']));
	const key = (d: SearchIndexData) => new Map(d.s.map(([p, h, a, t]) => [`${d.p[p]?.[0]}#${a}|${h}`, t] as const));
	const shipped = key(index());
	for (const [k, text] of key(fromFiles)) expect(shipped.get(k), k).toBe(text);
});

// The index grows with the guides: 28 guides (issue 20 added four and grew one) made about 41 KB gzip,
// 44 KB with the word keys shipped for a faster start (src/lib/search/word-keys.ts).
// It is fetched only when search opens, so the budget leaves room for a few more guides.
test('the index stays small: under 48 KB gzip', () => {
	const raw = readFileSync(join(distDir, 'search-index.json'));
	expect(gzipSync(raw, { level: 9 }).length).toBeLessThan(48 * 1024);
});

const dialog = (page: Page) => page.locator('dialog[data-search-dialog]');
const combobox = (page: Page) => page.getByRole('combobox', { name: 'Search the guides' });

test('"/" opens the dialog, arrows move, Enter lands on the matching section', async ({ page }) => {
	const watch = await watchForProblems(page);
	await page.goto('/guides/');
	await page.keyboard.press('/');
	await expect(dialog(page)).toBeVisible();
	await expect(combobox(page)).toBeFocused();
	await page.keyboard.type('altrnata');
	const options = page.getByRole('option');
	await expect(options.first()).toContainText('Mixing backward into forward runs');
	await expect(options.first().locator('.search-result__section')).toContainText('alternata');
	await expect(combobox(page)).toHaveAttribute('aria-expanded', 'true');
	const activeId = () => combobox(page).getAttribute('aria-activedescendant');
	const first = await activeId();
	await page.keyboard.press('ArrowDown');
	expect(await activeId()).not.toBe(first);
	await expect(page.locator(`#${await activeId()}`)).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('ArrowUp');
	expect(await activeId()).toBe(first);
	await page.keyboard.press('Enter');
	await page.waitForURL(/\/guides\/mixing-into-forward-runs\/#3-the-alternata$/);
	const heading = page.locator('[id="3-the-alternata"]');
	await expect(heading).toHaveText(/alternata/);
	await expect(heading).toBeInViewport();
	await watch.assertClean();
});

test('Ctrl+K opens it; a typo lands on the right guide in one keystroke; Escape closes and focus returns', async ({
	page,
}) => {
	const watch = await watchForProblems(page);
	await page.goto('/');
	const button = page.getByRole('button', { name: 'Search' });
	await button.focus();
	await page.keyboard.press('Control+k');
	await expect(dialog(page)).toBeVisible();
	await page.keyboard.type('kne pain');
	await expect(page.getByRole('option').first()).toContainText('easier on your knees');
	await expect(page.getByRole('option').first().locator('mark').first()).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog(page)).toBeHidden();
	await expect(button).toBeFocused();
	await button.click();
	await expect(combobox(page)).toBeFocused();
	await page.keyboard.press('Enter');
	await page.waitForURL(/\/guides\/knees\/$/);
	await watch.assertClean();
});

test('the first letter fills the list from page and section names; the next letters search the text', async ({
	page,
}) => {
	const watch = await watchForProblems(page);
	await page.goto('/guides/balance-and-flexibility/');
	await page.keyboard.press('/');
	await expect(combobox(page)).toBeFocused();
	await page.keyboard.type('k');
	const first = page.getByRole('option').first();
	await expect(first).toContainText('easier on your knees');
	await expect(first.locator('mark')).toHaveText(['knees']);
	await expect(page.getByText(/^\d results?\. Use the arrow keys/)).toBeAttached();
	// Further letters run the full search over the guides' text: a snippet marks a word of it.
	await page.keyboard.type('neecap');
	await expect(first).toContainText('easier on your knees');
	await expect(
		page
			.locator('.search-result__snippet mark')
			.filter({ hasText: /^kneecap$/i })
			.first(),
	).toBeVisible();
	await watch.assertClean();
});

test('"/" typed into a field stays in the field', async ({ page }) => {
	await page.goto('/search/');
	const field = page.getByRole('searchbox', { name: 'Search the guides' });
	await field.fill('');
	await field.press('/');
	await expect(field).toHaveValue('/');
	await expect(dialog(page)).toBeHidden();
});

/** The search chunk (dialog.ts), which the loader imports on intent or on the first open. */
const SEARCH_CODE = /\/_astro\/dialog\.[\w-]+\.js$/;

/** Holds the search chunk back, as a slow first visit would, until the returned function is called. */
async function holdSearchCode(page: Page): Promise<() => void> {
	let release = (): void => undefined;
	const held = new Promise<void>((done) => {
		release = done;
	});
	await page.route(SEARCH_CODE, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

test('opened before the search code arrives, a stand-in field takes the typing and the dialog takes it over', async ({
	page,
}) => {
	const watch = await watchForProblems(page);
	const release = await holdSearchCode(page);
	await page.goto('/guides/knees/');
	await page.keyboard.press('/');
	const standIn = page.getByRole('textbox', { name: 'Search the guides (loading)' });
	await expect(standIn).toBeFocused();
	await page.keyboard.type('treadmill saf');
	await expect(dialog(page)).toHaveCount(0);
	release();
	await expect(combobox(page)).toBeFocused();
	await expect(combobox(page)).toHaveValue('treadmill saf');
	await expect(page.getByRole('option').first()).toContainText('Treadmill safety');
	await expect(standIn).toHaveCount(0);
	await page.keyboard.press('Escape');
	await expect(dialog(page)).toBeHidden();
	await watch.assertClean();
});

test('Escape before the search code arrives opens nothing and leaves the page as it was', async ({ page }) => {
	const watch = await watchForProblems(page);
	const release = await holdSearchCode(page);
	await page.goto('/guides/knees/');
	const button = page.getByRole('button', { name: 'Search' });
	await button.focus();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Escape');
	await expect(button).toBeFocused();
	release();
	await page.waitForResponse(SEARCH_CODE);
	await page.waitForTimeout(300);
	await expect(dialog(page)).toHaveCount(0);
	await watch.assertClean();
});

for (const scheme of ['light', 'dark'] as const) {
	test(`the open dialog with results passes axe (${scheme})`, async ({ page }) => {
		const watch = await watchForProblems(page);
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/guides/knees/');
		await page.getByRole('button', { name: 'Search' }).click();
		await page.keyboard.type('treadmill');
		await expect(page.getByRole('option').first()).toContainText('Treadmill safety');
		await expectNoAxeViolations(page);
		await watch.assertClean();
	});
}

test('the dialog fits a 320 px screen', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	await page.keyboard.type('backwards');
	await expect(page.getByRole('option').first()).toBeVisible();
	const box = await dialog(page).boundingBox();
	expect(box?.x).toBeGreaterThanOrEqual(0);
	expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(320);
	const overflow = await dialog(page).evaluate((d) => d.scrollWidth - d.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

for (const [width, height] of [
	[320, 640],
	[390, 844],
	[1280, 720],
] as const) {
	test(`with a full list the whole dialog stays on a ${width} × ${height} screen, and its foot link can be seen when focused`, async ({
		page,
	}) => {
		await page.setViewportSize({ width, height });
		await page.goto('/guides/knees/');
		await page.keyboard.press('/');
		await page.keyboard.type('backwards');
		await expect(page.getByRole('option')).toHaveCount(8);
		const box = await dialog(page).boundingBox();
		expect((box?.y ?? 0) + (box?.height ?? 9999)).toBeLessThanOrEqual(height);
		const foot = dialog(page).getByRole('link', { name: 'Results on a page' });
		await foot.focus();
		const link = await foot.boundingBox();
		expect(link?.y).toBeGreaterThanOrEqual(0);
		expect((link?.y ?? 0) + (link?.height ?? 9999)).toBeLessThanOrEqual(height);
	});
}

test('/search/?q= shows the results as a page, and updates the address as you type', async ({ page }) => {
	const watch = await watchForProblems(page);
	await page.goto('/search/?q=tredmill');
	const results = page.locator('[data-search-page-results]');
	await expect(results.getByRole('link').first()).toHaveAttribute('href', /\/guides\/treadmill-safety\//);
	await expect(page.getByRole('heading', { name: 'All guides' })).toBeHidden();
	await expect(page.getByRole('status')).toContainText('for “tredmill”');
	// The match in a title stands out from the bold, underlined link it sits in.
	const titleMark = results.locator('.search-result__heading mark').first();
	await expect(titleMark).toHaveText(/treadmill/i);
	const [markBg, linkBg] = await titleMark.evaluate((m) => [
		getComputedStyle(m).backgroundColor,
		getComputedStyle(m.closest('a') as Element).backgroundColor,
	]);
	expect(markBg).not.toBe(linkBg);
	const field = page.getByRole('searchbox', { name: 'Search the guides' });
	await field.fill('glosary');
	await expect(results.getByRole('link').first()).toHaveAttribute('href', /\/guides\/glossary\//);
	await expect(page).toHaveURL(/\/search\/\?q=glosary$/);
	await field.fill('g'); // one letter: the pages and sections it names, not the guides index
	await expect(results.getByRole('link').first()).toHaveAttribute('href', /\/guides\/glossary\//);
	await expect(page.getByRole('heading', { name: 'All guides' })).toBeHidden();
	await expectNoAxeViolations(page);
	await watch.assertClean();
});

test('a question finds its guide, and a pasted page of text is not read back whole', async ({ page }) => {
	await page.goto(`/search/?q=${encodeURIComponent('is backward running safe for my knees')}`);
	const results = page.locator('[data-search-page-results]');
	await expect(results.getByRole('link').first()).toHaveAttribute('href', /\/guides\/knees\/$/);
	// Word forms and spellings: the title says "Organising"; the clubs page is found by its own words.
	for (const [query, href] of [
		['Organise a retro mile', /\/guides\/retro-mile\/$/],
		['club colors', /\/embed\/$/],
	] as const) {
		await page.goto(`/search/?q=${encodeURIComponent(query)}`);
		await expect(results.getByRole('link').first(), query).toHaveAttribute('href', href);
	}
	await page.goto(`/search/?q=${'zq'.repeat(2500)}`);
	const status = page.getByRole('status');
	await expect(status).toContainText('No results for');
	expect((await status.textContent())?.length ?? 0).toBeLessThan(140);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('/search/?q= offers the guides index, and the header button is a link to it', async ({ page }) => {
		await page.goto('/search/?q=knees');
		await expect(page.getByRole('heading', { name: 'All guides' })).toBeVisible();
		await expect(page.locator('[data-search-page-guides] a[href="/guides/knees/"]')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Search' })).toHaveAttribute('href', '/search/');
	});
});

test.describe('on a content page, search waits for the reader', () => {
	// The service worker's one-time install download is allowed to fetch everything; the page itself is not.
	test.use({ serviceWorkers: 'block' });

	test('nothing of search is fetched on idle; a pointer over the button fetches it', async ({ page }) => {
		const fetched: string[] = [];
		page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
		await page.goto('/guides/knees/');
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(3500); // past the old idle preload
		const searchFiles = () => fetched.filter((p) => p === '/search-index.json' || /\/_astro\/dialog\./.test(p));
		expect(searchFiles()).toEqual([]);
		await page.locator('[data-search-open]').hover();
		await expect.poll(searchFiles).toEqual(expect.arrayContaining(['/search-index.json']));
	});
});
