/**
 * The product's own example, end to end: a coach sets "2 mi forward, then
 * 0.5 mi backward, 0.25 mi more every 2 weeks" in the builder, and the
 * schedule, the calendar file, the print sheet and the player all show it.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import ICAL from 'ical.js';
import { expectNoAxeViolations, watchForProblems } from './site';

const EXAMPLE = 'Mixed run: 2 mi forward + 0.5 mi backward';
const WEEK_3 = 'Mixed run: 2 mi forward + 0.75 mi backward';

async function builderWithTheExample(page: Page) {
	await page.goto('/plan/');
	await expect(page.locator('.plan-builder[data-ready]')).toBeVisible();
	await page.getByRole('radio', { name: 'Miles' }).check();
	await page.getByLabel('Set the split of my mixed runs myself').check();
	await expect(page.getByLabel('Forward (mi)')).toHaveValue('2');
	await expect(page.getByLabel('Then backward, week 1 (mi)')).toHaveValue('0.5');
	await expect(page.getByLabel('Backward grows by (mi)')).toHaveValue('0.25');
	await expect(page.getByLabel('Every (weeks)')).toHaveValue('2');
	await expect(page.locator('.session__title').filter({ hasText: EXAMPLE }).first()).toBeVisible();
}

test('a coach sets the split by hand and the schedule shows exactly it, growing every 2 weeks', async ({ page }) => {
	const watch = await watchForProblems(page);
	await builderWithTheExample(page);
	await expect(
		page.getByText(/^Week 1: 2 mi forward, then 0\.5 mi backward; 0\.25 mi more backward every 2 weeks/),
	).toBeVisible();
	const week3 = page.locator('section.week').filter({ has: page.getByRole('heading', { name: /^Week 3\b/ }) });
	await expect(week3.locator('.session__title').filter({ hasText: WEEK_3 }).first()).toBeVisible();
	// A box that is not a number says so next to the split, and the plan stays.
	await page.getByLabel('Then backward, week 1 (mi)').fill('half');
	await expect(page.getByText('Enter the backward part as a number, like 0.5')).toBeVisible();
	await expect(page.locator('.session__title').filter({ hasText: EXAMPLE }).first()).toBeVisible();
	await page.getByLabel('Then backward, week 1 (mi)').fill('0.5');
	await expectNoAxeViolations(page);
	await watch.assertClean();
});

test('the calendar file, the print sheet and the player carry the split', async ({ page }) => {
	await builderWithTheExample(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
	]);
	const text = await readFile((await download.path()) ?? '', 'utf8');
	const summaries = new ICAL.Component(ICAL.parse(text))
		.getAllSubcomponents('vevent')
		.map((v) => String(v.getFirstPropertyValue('summary')));
	expect(summaries.filter((s) => s.includes(EXAMPLE.replace('Mixed run: ', ''))).length).toBeGreaterThan(0);
	expect(summaries.some((s) => s.includes(WEEK_3.replace('Mixed run: ', '')))).toBe(true);

	await page.getByRole('link', { name: 'Coach sheet (print)' }).click();
	await expect(page).toHaveURL(/\/plan\/print\/\?p=v2\.[^&]*d2-0_5-0_25-2/);
	// The full sheet writes each session as its forward (F) and backward (B) parts.
	const firstRow = page.locator('table').first().locator('tbody tr').first();
	await expect(firstRow).toContainText('F 2 mi run');
	await expect(firstRow).toContainText('B 0.5 mi run');
	await expect(page.locator('table').nth(2).locator('tbody tr').first()).toContainText('B 0.75 mi run');
	await page.goBack();
	await expect(page.locator('.plan-builder[data-ready]')).toBeVisible();

	const session = page.locator('details.session').filter({ hasText: EXAMPLE }).first();
	await session.locator('summary').click();
	await session.getByRole('link', { name: /^Start session/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(EXAMPLE);
	await page.getByRole('button', { name: 'Start' }).click();
	const now = page.getByRole('region', { name: 'Now' });
	await expect(now).toContainText('Forward');
	await expect(now).toContainText('2 mi');
});
