/**
 * A club's cohort on its own website (another origin): the club fixes its
 * race day, training days and session time; a member chooses only level,
 * pace and units, and the calendar file holds the club's sessions at the
 * club's time, ending on the race day.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { clubOriginServer } from './club-origin';
import { expectNoAxeViolations, waitForIslands, watchForProblems } from './site';

const club = clubOriginServer();

/** yyyy-mm-dd of a local date. */
const iso = (d: Date) =>
	`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The Sunday 24 weeks after next Monday: a spring race a regular runner can be ready for. */
function raceDay(): string {
	const d = new Date();
	d.setHours(12, 0, 0, 0);
	d.setDate(d.getDate() + ((8 - d.getDay()) % 7 || 7) + 24 * 7 - 1);
	return iso(d);
}

test('a member of a club cohort gets the club’s days, session time and race day, choosing only level, pace and units', async ({
	page,
	baseURL,
}) => {
	const watch = await watchForProblems(page);
	const race = raceDay();
	const frame = await club.open(
		page,
		baseURL,
		`<div data-retrostride-plan data-club="Riverside Harriers" data-goal="retro-5k" data-days="tue,thu,sun"
			data-cohort="Riverside Harriers’ spring retro 5K" data-race-date="${race}" data-time="18:30"></div>`,
	);
	await expect(frame.getByText(/^Riverside Harriers’ spring retro 5K: \d+ weeks from /)).toBeVisible();
	// What the club fixed is not offered; what is the member's is.
	for (const fixed of ['Goal', 'Number of weeks', 'Start date', 'Race date (optional)', 'Session time (optional)'])
		await expect(frame.getByLabel(fixed, { exact: true })).toHaveCount(0);
	await expect(frame.getByRole('group', { name: 'Training days' })).toHaveCount(0);
	await frame.getByLabel('Backward running experience').selectOption('regular');
	await frame.getByRole('radio', { name: /Miles/ }).check();
	await expect(frame.locator('#plan-title')).toContainText('5K');

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		frame.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
	]);
	const events = new ICAL.Component(ICAL.parse(await readFile((await download.path()) ?? '', 'utf8')))
		.getAllSubcomponents('vevent')
		.map((v) => new ICAL.Event(v));
	expect(events.length).toBeGreaterThan(20);
	const days = new Set(events.map((e) => e.startDate.dayOfWeek()));
	// ical.js counts Sunday as 1: Tuesday 3, Thursday 5, Sunday 1.
	expect([...days].sort()).toEqual([1, 3, 5]);
	for (const e of events) {
		expect(e.startDate.isDate, e.summary).toBe(false);
		expect([e.startDate.hour, e.startDate.minute], e.summary).toEqual([18, 30]);
	}
	const last = events
		.map((e) => e.startDate.toString().slice(0, 10))
		.sort()
		.at(-1);
	expect(last).toBe(race);
	await expectNoAxeViolations(page);
	await watch.assertClean();
});

test('a level that cannot be ready by the club’s race is told so in the widget, and what would work', async ({
	page,
	baseURL,
}) => {
	const soon = new Date();
	soon.setDate(soon.getDate() + 40);
	const frame = await club.open(
		page,
		baseURL,
		`<div data-retrostride-plan data-goal="retro-half" data-days="tue,thu,sun" data-race-date="${iso(soon)}"
			data-cohort="Autumn half"></div>`,
	);
	await frame.getByLabel('Backward running experience').selectOption('new');
	const alert = frame.getByRole('alert').filter({ hasText: /week|race/i });
	await expect(alert).toBeVisible();
	await expect(frame.getByText(/^Autumn half/)).toBeVisible();
});

test('the configurator offers the cohort, checks its dates beside each field, and writes them into the snippet', async ({
	page,
}) => {
	const watch = await watchForProblems(page);
	await page.goto('/embed/');
	// A goal chosen before React takes over the server-rendered form would be lost.
	await waitForIslands(page);
	await page.getByLabel('Starting goal').selectOption('retro-5k');
	const raceDate = page.getByLabel('Race date', { exact: true });
	await raceDate.fill('2020-05-31');
	await expect(page.getByText('The race date is in the past: members could not train for it.')).toBeVisible();
	await expect(raceDate).toHaveAttribute('aria-invalid', 'true');
	const script = page.getByLabel('Script snippet');
	await expect(script).not.toHaveValue(/data-race-date/);
	const race = raceDay();
	await raceDate.fill(race);
	await expect(raceDate).not.toHaveAttribute('aria-invalid', 'true');
	await page.getByLabel('Start date', { exact: true }).fill(race);
	await expect(page.getByText('The start date must come before the race date.')).toBeVisible();
	await page.getByLabel('Start date', { exact: true }).fill('');
	await page.getByLabel('Cohort name').fill('Spring <retro> 5K');
	await page.getByLabel('Group session time').fill('18:30');
	await expect(script).toHaveValue(
		new RegExp(`data-cohort="Spring &lt;retro&gt; 5K" data-race-date="${race}" data-time="18:30"`),
	);
	const preview = page.frameLocator('iframe[title="Preview of the plan builder widget"]');
	// The preview loads the whole widget and builds a race plan: give a busy machine time.
	await expect(preview.getByText(/^Spring <retro> 5K: \d+ weeks from /)).toBeVisible({ timeout: 20_000 });
	await expectNoAxeViolations(page);
	await watch.assertClean();
});

test('the configurator offers the week card’s snippet with the same cohort, a copy button and a live preview', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const watch = await watchForProblems(page);
	await page.goto('/embed/');
	// A goal chosen before React takes over the server-rendered form would be lost (seen on a loaded box).
	await waitForIslands(page);
	await page.getByLabel('Starting goal').selectOption('retro-5k');
	await page.getByRole('checkbox', { name: 'Tuesday' }).check();
	await page.getByRole('checkbox', { name: 'Saturday' }).check();
	const race = raceDay();
	await page.getByLabel('Race date', { exact: true }).fill(race);
	await page.getByLabel('Cohort name').fill('Spring <retro> 5K');
	await page.getByLabel('Group session time').fill('18:30');
	const cohort = `data-accent="#0b5cad" data-goal="retro-5k" data-days="tue,sat" data-cohort="Spring &lt;retro&gt; 5K" data-race-date="${race}" data-time="18:30"`;
	const week = page.getByLabel('Week card snippet');
	await expect(week).toHaveValue(
		new RegExp(`^<div data-retrostride-week ${cohort}></div>\\n<script async src="[^"]+/embed\\.js"></script>$`),
	);
	await expect(page.getByLabel('Script snippet')).toHaveValue(new RegExp(`data-retrostride-plan ${cohort}`));
	await page.getByRole('button', { name: 'Copy week card snippet' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await week.inputValue());

	// The preview is the real card: headed by the cohort's name (as text), one line per level, as tall as it is.
	const preview = page.frameLocator('iframe[title="Preview of the this week card"]');
	await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Spring <retro> 5K', { timeout: 20_000 });
	await expect(preview.locator('[data-week-levels] dd')).toHaveCount(3);
	await expect(preview.locator('[data-week-status]')).toContainText('18:30');
	// It grows from the stylesheet's 20rem to the height the card reports, and never scrolls inside.
	const frame = page.locator('iframe[title="Preview of the this week card"]');
	await expect.poll(() => frame.evaluate((el) => el.getBoundingClientRect().height)).not.toBe(320);
	const overflow = preview
		.locator('html')
		.evaluate((html) => html.scrollHeight - (html.ownerDocument.defaultView?.innerHeight ?? 0));
	expect(await overflow).toBeLessThanOrEqual(0);
	await expectNoAxeViolations(page);
	await watch.assertClean();
});
