/**
 * The plan builder in Chromium against the production build: built by
 * keyboard alone, exported to a calendar file that a real parser reads back,
 * shared by link, restored on reload, forgiving with bad input, accessible.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import ICAL from 'ical.js';
import { expectNoAxeViolations, watchForProblems } from './site';

/** Waits until React has hydrated the island and restored state (the builder marks itself ready). */
async function openBuilder(page: Page, path = '/plan/') {
	await page.goto(path);
	await expect(page.locator('.plan-builder[data-ready]')).toBeVisible();
}

const planTitle = (page: Page) => page.locator('#plan-title');
const sessions = (page: Page) => page.locator('.schedule details.session');

test('a plan is on the page before any JavaScript runs', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/plan/');
	await expect(planTitle(page)).toHaveText(/weeks/);
	expect(await sessions(page).count()).toBeGreaterThan(5);
	await context.close();
});

test('a first visit shows today’s plan from the served plans, and without them the builder makes it itself', async ({
	browser,
}) => {
	const visit = async (withServed: boolean) => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		const watch = await watchForProblems(page);
		if (!withServed) await page.route('**/plan/served-plans.json', (route) => route.abort());
		const engine: string[] = [];
		let servedFetches = 0;
		const warnings: string[] = [];
		page.on('request', (r) => {
			if (/\/generate\.[\w-]+\.js$/.test(r.url())) engine.push(r.url());
			if (r.url().endsWith('/plan/served-plans.json')) servedFetches++;
		});
		page.on('console', (m) => {
			if (m.type() === 'warning' && /preload/i.test(m.text())) warnings.push(m.text());
		});
		await openBuilder(page);
		const shown = {
			title: await planTitle(page).textContent(),
			weeks: await page.locator('.week h3').allTextContents(),
			url: new URL(page.url()).searchParams.get('p'),
		};
		if (withServed) {
			await watch.assertClean();
			// The page's preload is the island's fetch: one request, and no warning of an unused preload.
			expect(servedFetches).toBe(1);
			expect(warnings).toEqual([]);
		}
		await context.close();
		return { shown, engine };
	};
	const served = await visit(true);
	expect(served.engine, 'a first visit fetches no engine').toEqual([]);
	const made = await visit(false);
	expect(made.engine.length, 'without the served plans the engine makes the plan').toBeGreaterThan(0);
	// The same plan, dated to today (the share code in the address carries its start), either way.
	expect(made.shown).toEqual(served.shown);
	expect(served.shown.url).toBeTruthy();
});

test('a runner builds a plan with the keyboard alone', async ({ page }) => {
	const watch = await watchForProblems(page);
	await openBuilder(page);
	const goal = page.getByLabel('Goal');
	await goal.focus();
	await page.keyboard.press('ArrowDown'); // mix-in → drills
	await expect(planTitle(page)).toHaveText(/drill/i);
	// Tab through the form to the training days and toggle Monday with Space.
	const monday = page.getByRole('checkbox', { name: 'Monday' });
	for (let i = 0; i < 12 && !(await monday.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(monday).toBeFocused();
	const before = await sessions(page).count();
	await page.keyboard.press('Space');
	await expect(monday).toBeChecked();
	await expect.poll(() => sessions(page).count()).toBeGreaterThan(before);
	// Open a session's details with the keyboard.
	const first = sessions(page).first().locator('summary');
	await first.focus();
	await page.keyboard.press('Enter');
	await expect(sessions(page).first()).toHaveAttribute('open', '');
	await watch.assertClean();
});

test('the calendar file holds every session on screen, on the same dates', async ({ page }) => {
	await openBuilder(page);
	const onScreen = await sessions(page).count();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
	]);
	expect(download.suggestedFilename()).toMatch(/\.ics$/);
	const text = await readFile((await download.path()) ?? '', 'utf8');
	const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
	expect(events).toHaveLength(onScreen);
	const firstDate = await sessions(page).first().locator('.session__date').textContent();
	const start = events[0]?.startDate.toJSDate();
	expect(firstDate).toContain(String(start?.getDate()));
	await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText(`${onScreen} sessions`);
	// Links inside the file lead back to the address the page came from, never the build's placeholder.
	const origin = new URL(page.url()).origin;
	expect(String(events[0]?.component.getFirstPropertyValue('url'))).toMatch(new RegExp(`^${origin}/plan/\\?p=`));
	expect(text).not.toContain('retrostride.example');
});

test('the plan file names its schema at the address the page came from', async ({ page }) => {
	await openBuilder(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download plan file (.json)' }).click(),
	]);
	const json = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as { $schema: string };
	expect(json.$schema).toBe(`${new URL(page.url()).origin}/schema/plan.v2.json`);
});

test('the spreadsheet downloads with a header and a row per session', async ({ page }) => {
	await openBuilder(page);
	const onScreen = await sessions(page).count();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: /spreadsheet/ }).click(),
	]);
	const text = await readFile((await download.path()) ?? '', 'utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	expect(text.trim().split('\r\n').length).toBeGreaterThanOrEqual(onScreen + 1);
	// This browser speaks English: commas by default.
	expect(text.slice(1).split('\r\n')[0]).toMatch(/^Date,Day,Start,Week,/);
});

test('a runner in Berlin gets a spreadsheet German Excel opens in columns', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'de-DE' });
	const page = await context.newPage();
	await openBuilder(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: /spreadsheet/ }).click(),
	]);
	const header = (await readFile((await download.path()) ?? '', 'utf8')).slice(1).split('\r\n')[0];
	expect(header).toMatch(/^Date;Day;Start;Week;/);
	// The runner can still choose commas, under the export options.
	await page.getByText(/^Options: calendar times/).click();
	await page.getByLabel('Spreadsheet columns').selectOption(',');
	const [again] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: /spreadsheet/ }).click(),
	]);
	expect((await readFile((await again.path()) ?? '', 'utf8')).slice(1)).toMatch(/^Date,Day,/);
	await context.close();
});

test('a copied share link opens the same plan in a new page', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openBuilder(page);
	await page.getByLabel('Goal').selectOption('knee-friendly');
	await expect(planTitle(page)).toContainText('Knee-friendly'); // the first edit waits for the input checks to load
	await page.getByRole('checkbox', { name: 'Friday' }).check();
	const title = await planTitle(page).textContent();
	const count = await sessions(page).count();
	await page.getByRole('button', { name: 'Copy share link' }).click();
	await expect(page.getByText('Share link copied')).toBeVisible();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toMatch(/\/plan\/\?p=v2\./);
	const other = await context.newPage();
	await other.evaluate(() => localStorage.clear()).catch(() => undefined);
	await openBuilder(other, new URL(link).pathname + new URL(link).search);
	await expect(planTitle(other)).toHaveText(title ?? '');
	await expect(sessions(other)).toHaveCount(count);
	await expect(other.getByLabel('Goal')).toHaveValue('knee-friendly');
	await expect(other.getByRole('checkbox', { name: 'Friday' })).toBeChecked();
});

test('a reload restores the form', async ({ page }) => {
	await openBuilder(page);
	await page.getByLabel('Goal').selectOption('drills');
	await page.getByLabel('Number of weeks').fill('7');
	await expect(sessions(page).last()).toBeVisible();
	await page.goto('/plan/'); // no share link: the saved settings must win over the defaults
	await expect(page.locator('.plan-builder[data-ready]')).toBeVisible();
	await expect(page.getByLabel('Goal')).toHaveValue('drills');
	await expect(page.getByLabel('Number of weeks')).toHaveValue('7');
});

test('an invalid value shows its message while the last plan stays', async ({ page }) => {
	const watch = await watchForProblems(page);
	await openBuilder(page);
	const title = await planTitle(page).textContent();
	const count = await sessions(page).count();
	await page.getByLabel('Number of weeks').fill('40');
	await expect(page.getByText('Choose between 4 and 26 weeks')).toBeVisible();
	await expect(page.getByLabel('Number of weeks')).toHaveAttribute('aria-invalid', 'true');
	await expect(planTitle(page)).toHaveText(title ?? '');
	await expect(sessions(page)).toHaveCount(count);
	await expectNoAxeViolations(page);
	await watch.assertClean();
});

test('a 26-week, 6-day plan is accessible and fits a phone', async ({ page }) => {
	const watch = await watchForProblems(page);
	await page.setViewportSize({ width: 320, height: 700 });
	await openBuilder(page);
	await page.getByLabel('Number of weeks').fill('26');
	for (const day of ['Monday', 'Wednesday', 'Friday']) await page.getByRole('checkbox', { name: day }).check();
	await expect(page.locator('.schedule h3')).toHaveCount(26);
	await expectNoAxeViolations(page);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	await watch.assertClean();
});

test('an empty form is accessible and explains what is missing', async ({ page }) => {
	await openBuilder(page);
	await page.getByLabel('Start date').fill('');
	await page.getByLabel('Number of weeks').fill('');
	await page.getByLabel(/Easy forward pace/).fill('');
	await expect(page.getByText(/Enter the start date/)).toBeVisible();
	await expectNoAxeViolations(page);
});

test('screenshots at phone and desktop widths', async ({ page }, info) => {
	for (const width of [375, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await openBuilder(page);
		await page.screenshot({ path: info.outputPath(`plan-${width}.png`), fullPage: false });
	}
});

test('an opened session offers Add to Google Calendar and Add to Outlook with its title and date', async ({ page }) => {
	const watch = await watchForProblems(page);
	await openBuilder(page);
	const first = sessions(page).first();
	const title = (await first.locator('.session__title').textContent()) ?? '';
	await first.locator('summary').click();
	const google = first.getByRole('link', { name: 'Add to Google Calendar' });
	const outlook = first.getByRole('link', { name: 'Add to Outlook' });
	await expect(google).toHaveAttribute('href', /^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&/);
	await expect(outlook).toHaveAttribute('href', /^https:\/\/outlook\.live\.com\/calendar\/0\/action\/compose\?/);
	const href = new URL((await google.getAttribute('href')) ?? '');
	expect(href.searchParams.get('text')).toBe(title);
	expect(href.searchParams.get('dates')).toMatch(/^\d{8}\/\d{8}$/);
	await expect(google).toHaveAttribute('target', '_blank');
	await watch.assertClean();
});

test('a coach gets from the plan on screen to the print sheet in two clicks', async ({ page }) => {
	const watch = await watchForProblems(page);
	await openBuilder(page);
	await page.getByLabel('Goal').selectOption('drills');
	await expect(planTitle(page)).toContainText(/drill/i); // the first edit waits for the input checks to load
	const title = await planTitle(page).textContent();
	await page.getByRole('link', { name: 'Coach sheet (print)' }).click();
	await expect(page).toHaveURL(/\/plan\/print\/\?p=v2\./);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
	await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
	await watch.assertClean();
});
