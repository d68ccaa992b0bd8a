/**
 * The plan follows the runner, in Chromium with the clock set: a check-in
 * with calf pain repeats the week and eases the next backward session, with
 * the reason beside it and in "What changed and why"; the calendar file
 * carries the changed events; the log survives a reload; a browser that
 * refuses storage says so and still works; a link sends the log and the
 * plan to a coach, who reads and prints them on another device.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import ICAL from 'ical.js';
import { CODE, PLAN } from './edit-plan';
import { expectNoAxeViolations, watchForProblems } from './site';

/** The title of Thursday's session in week 3, as the engine writes it. */
const thursdayTitle = PLAN.weeks[2]?.sessions.find((s) => s.id === 'w03-s2')?.title ?? '';

/** Thursday of week 3, after the session. */
async function openOnThursday(page: Page) {
	await page.clock.install({ time: new Date('2027-01-21T19:30:00') });
	await page.goto(`/plan/?p=${CODE}`);
	await expect(page.locator('.plan-builder[data-ready]')).toBeVisible();
}

async function openSession(page: Page, id: string) {
	const details = page.locator(`details[id="${id}"]`);
	if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
	return details;
}

test('calf pain 5/10 on Thursday repeats the week and eases Saturday, with the reason, in the calendar too', async ({
	page,
}) => {
	const watch = await watchForProblems(page);
	await openOnThursday(page);
	const thursday = await openSession(page, 'w03-s2');
	await thursday.getByRole('button', { name: /^Check in…/ }).click();
	const dialog = page.getByRole('dialog', { name: /^How did it go\?/ });
	await dialog.getByLabel('How hard did it feel? (0-10)').selectOption('4');
	await dialog.getByLabel('Pain during or after (0-10)').selectOption('5');
	await dialog.getByRole('checkbox', { name: 'Calf' }).check();
	await expectNoAxeViolations(page);
	await dialog.getByRole('button', { name: 'Save check-in' }).click();
	await expect(thursday.getByRole('status')).toContainText(
		'Repeated week 3: you reported calf pain 5/10 on Thursday 21 Jan.',
	);
	await expect(thursday.locator('.check-in__logged')).toHaveText('Checked in: done, effort 4/10, pain 5/10 (calf).');

	// Saturday is an easy walk now, and week 3 comes again, each with its reason.
	const saturday = page.locator('details[id="w03-s3"]');
	await expect(saturday.locator('.session__title')).toHaveText('Easy forward walk (eased after your check-in)');
	await expect(saturday.locator('.session__note')).toContainText('you reported calf pain 5/10 on Thursday 21 Jan');
	await expect(page.locator('details[id="w03-s1-r1"] .session__note')).toContainText('Repeated week 3');
	// It is an edit like any other: undo takes it back.
	await expect(page.getByText(/changes? to the generated plan/)).toBeVisible();

	// The calendar file holds the changed events with raised SEQUENCE, the same UIDs.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
	]);
	const events = new ICAL.Component(
		ICAL.parse(await readFile((await download.path()) ?? '', 'utf8')),
	).getAllSubcomponents('vevent');
	const byUid = (prefix: string) => events.find((v) => String(v.getFirstPropertyValue('uid')).startsWith(prefix));
	expect(byUid('w03-s3.')?.getFirstPropertyValue('sequence')).toBe(2); // rewritten and noted
	expect(String(byUid('w03-s3.')?.getFirstPropertyValue('summary'))).toBe(
		'Easy forward walk (eased after your check-in)',
	);
	expect(byUid('w04-s1.')?.getFirstPropertyValue('sequence')).toBe(1); // a week later now
	expect(byUid('w03-s1-r1.')).toBeDefined();

	// The log and its progress survive a reload.
	await page.reload();
	await expect(page.locator('.plan-builder[data-ready]')).toBeVisible();
	const log = page.getByRole('region', { name: 'Your training log' });
	await expect(log.getByRole('table')).toContainText('5/10');
	await expect(log.getByRole('img', { name: /^Pain and effort, 0 to 10, week by week/ })).toBeVisible();
	await expect(log.locator('.log-chart__pain-dot')).toHaveCount(1);
	const again = await openSession(page, 'w03-s2');
	await expect(again.locator('.check-in__logged')).toHaveText('Checked in: done, effort 4/10, pain 5/10 (calf).');
	// Reloading does not adapt twice.
	await expect(page.locator('details[id="w03-s1-r2"]')).toHaveCount(0);
	// What changed and why: each change with its rule and the check-in behind it.
	const changes = log.getByRole('list').filter({ hasText: 'Repeated week 3' });
	await expect(changes.getByRole('listitem')).toHaveCount(2);
	await expect(changes.getByRole('listitem').first()).toContainText(
		'Eased to an easy forward walk: you reported calf pain 5/10 on Thursday 21 Jan.',
	);
	await expect(changes.getByRole('listitem').nth(1)).toContainText(
		'Rule: Pain 4/10 or more, or dizziness or a fall: ease the next backward session and repeat the week.',
	);
	await expect(changes.getByRole('listitem').nth(1)).toContainText(
		`Check-in on Thu 21 Jan 2027 after “${thursdayTitle}”: done, effort 4/10, pain 5/10 (calf).`,
	);
	await watch.assertClean();
});

test('a link sends the log and the plan to a coach, who reads it on another device, prints it and may keep it', async ({
	browser,
	context,
	page,
}) => {
	const watch = await watchForProblems(page);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openOnThursday(page);
	const thursday = await openSession(page, 'w03-s2');
	await thursday.getByRole('button', { name: /^Check in…/ }).click();
	const dialog = page.getByRole('dialog', { name: /^How did it go\?/ });
	await dialog.getByLabel('Pain during or after (0-10)').selectOption('5');
	await dialog.getByRole('checkbox', { name: 'Achilles' }).check();
	await dialog.getByLabel('Note (optional)').fill('Tight after the hill <b>reps</b>');
	await dialog.getByRole('button', { name: 'Save check-in' }).click();
	await expect(thursday.getByRole('status')).toContainText('Repeated week 3');
	const log = page.getByRole('region', { name: 'Your training log' });
	await log.getByRole('button', { name: 'Copy a link for your coach' }).click();
	await expect(log.getByRole('status')).toContainText('Link copied, with your plan and 1 check-in.');
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toMatch(/\/plan\/\?p=v3\.[^#]+#log=l1\.20270121\.3s2d0dp5a4-[\w-]+\.[0-9a-z]{2}$/);
	await watch.assertClean();

	// The coach's device: another browser profile, with no log of its own.
	const coachContext = await browser.newContext();
	const coach = await coachContext.newPage();
	const coachWatch = await watchForProblems(coach);
	await coach.clock.install({ time: new Date('2027-01-22T09:00:00') });
	await coach.goto(link);
	await expect(coach.locator('.plan-builder[data-ready]')).toBeVisible();
	const shared = coach.getByRole('region', { name: 'Training log from a link' });
	await expect(shared).toContainText('It is not stored on this device');
	await expect(shared.getByRole('table')).toContainText('5/10');
	await expect(shared.getByRole('list').filter({ hasText: 'Repeated week 3' })).toContainText(
		'you reported achilles pain 5/10 on Thursday 21 Jan',
	);
	// The plan came with its changes, and the log with the runner's note, as text.
	await expect(coach.locator('details[id="w03-s3"] .session__title')).toHaveText(
		'Easy forward walk (eased after your check-in)',
	);
	const session = await openSession(coach, 'w03-s2');
	await expect(session.locator('.check-in__logged')).toHaveText('Checked in: done, pain 5/10 (achilles).');
	await expect(session.getByRole('button', { name: /^Done, felt fine/ })).toHaveCount(0);
	const [file] = await Promise.all([
		coach.waitForEvent('download'),
		shared.getByRole('button', { name: 'Download log (.json)' }).click(),
	]);
	expect(JSON.parse(await readFile((await file.path()) ?? '', 'utf8')).checkIns[0].note).toBe(
		'Tight after the hill <b>reps</b>',
	);
	await expectNoAxeViolations(coach);

	// Print progress: the log alone on paper.
	await coach.evaluate(() => {
		window.print = () => undefined;
	});
	await shared.getByRole('button', { name: 'Print progress' }).click();
	await coach.emulateMedia({ media: 'print' });
	await expect(shared).toBeVisible();
	await expect(coach.locator('.schedule')).toBeHidden();
	await expect(coach.locator('.export-panel')).toBeHidden();
	await coach.emulateMedia({ media: 'screen' });

	// Keeping it stores it on the coach's device, and the address forgets the log.
	await shared.getByRole('button', { name: 'Keep these check-ins on this device' }).click();
	const own = coach.getByRole('region', { name: 'Your training log' });
	await expect(own.getByRole('status')).toHaveText('Kept 1 check-in on this device; your log now holds 1.');
	expect(new URL(coach.url()).hash).toBe('');
	await coach.reload();
	await expect(own.getByRole('table')).toContainText('5/10');
	await coachWatch.assertClean();
	await coachContext.close();
});

test('a damaged log link says so in the log, and the reader’s own log is untouched', async ({ page }) => {
	await openOnThursday(page);
	const tuesday = await openSession(page, 'w03-s1');
	await tuesday.getByRole('button', { name: /^Done, felt fine/ }).click();
	await expect(tuesday.locator('.check-in__logged')).toHaveText('Checked in: done, pain 0/10.');
	await page.goto('about:blank');
	await page.goto(`/plan/?p=${CODE}#log=l1.20270121.3s2d0dp5.zz`);
	const log = page.getByRole('region', { name: 'Your training log' });
	await expect(log.getByRole('alert')).toHaveText(
		'This log link could not be opened: This log link is damaged or incomplete. Ask for the link again, or for the log as a file. Your own log is unchanged.',
	);
	await expect(log.getByRole('table')).toContainText('1 of 3');
});

test('one tap logs a session done; the log downloads and deletes after a confirmation', async ({ page }) => {
	await openOnThursday(page);
	const tuesday = await openSession(page, 'w03-s1');
	await tuesday.getByRole('button', { name: /^Done, felt fine/ }).click();
	await expect(tuesday.locator('.check-in__logged')).toHaveText('Checked in: done, pain 0/10.');
	const log = page.getByRole('region', { name: 'Your training log' });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		log.getByRole('button', { name: 'Download log (.json)' }).click(),
	]);
	const file = JSON.parse(await readFile((await download.path()) ?? '', 'utf8'));
	expect(file).toMatchObject({
		format: 'retrostride-log',
		version: 1,
		checkIns: [{ session: 'w03-s1', status: 'done' }],
	});
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		log.getByRole('button', { name: 'Download log (.csv)' }).click(),
	]);
	await log.getByRole('button', { name: 'Delete the log…' }).click();
	await log.getByRole('button', { name: 'Yes, delete every check-in' }).click();
	await expect(log).toContainText('No check-ins yet');
	// The spreadsheet comes home: importing the CSV brings the check-in back.
	await log.getByLabel('Import a training log (.json or .csv)').setInputFiles({
		name: 'retrostride-log.csv',
		mimeType: 'text/csv',
		buffer: await readFile((await csv.path()) ?? ''),
	});
	await expect(log.getByRole('status')).toHaveText('Imported 1 check-in; your log now holds 1.');
	await expect(tuesday.locator('.check-in__logged')).toHaveText('Checked in: done, pain 0/10.');
});

test('a browser that refuses storage keeps the check-in for the visit and says so', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', {
			get() {
				throw new DOMException('denied', 'SecurityError');
			},
		});
	});
	await openOnThursday(page);
	const tuesday = await openSession(page, 'w03-s1');
	await tuesday.getByRole('button', { name: /^Done, felt fine/ }).click();
	await expect(tuesday.getByRole('status')).toContainText('kept for this visit only');
	await expect(tuesday.locator('.check-in__logged')).toHaveText('Checked in: done, pain 0/10.');
	await expect(page.getByRole('region', { name: 'Your training log' })).toContainText('not storing data here');
});

test('a check-in at the end of a session in the player adapts the plan when the builder opens', async ({ page }) => {
	const watch = await watchForProblems(page);
	await page.clock.install({ time: new Date('2027-01-21T18:00:00') });
	await page.goto(`/plan/session/?p=${CODE}&s=w03-s2`);
	await expect(page.locator('.player[data-ready]')).toBeAttached();
	await page.getByRole('button', { name: 'Start' }).click();
	await page.getByRole('button', { name: 'Stop', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Session stopped');
	const checkIn = page.getByRole('region', { name: 'How did it go?' });
	await checkIn.getByRole('button', { name: 'Pain, effort or a note…' }).click();
	const dialog = page.getByRole('dialog', { name: /^How did it go\?/ });
	await expect(dialog.getByRole('radio', { name: 'Partly done' })).toBeChecked();
	await dialog.getByLabel('Pain during or after (0-10)').selectOption('5');
	await dialog.getByRole('checkbox', { name: 'Achilles' }).check();
	await expectNoAxeViolations(page);
	await dialog.getByRole('button', { name: 'Save check-in' }).click();
	await expect(checkIn.getByRole('status')).toHaveText(
		'Check-in saved. Your plan takes it into account when you open it.',
	);

	await page.goto(`/plan/?p=${CODE}`);
	await expect(page.locator('.plan-builder[data-ready]')).toBeVisible();
	const log = page.getByRole('region', { name: 'Your training log' });
	await expect(log.getByRole('status')).toContainText(
		'Repeated week 3: you reported achilles pain 5/10 on Thursday 21 Jan.',
	);
	await expect(page.locator('details[id="w03-s3"] .session__title')).toHaveText(
		'Easy forward walk (eased after your check-in)',
	);
	await expect(page.locator('details[id="w03-s1-r1"] .session__note')).toHaveText(
		'Note: Repeated week 3: you reported achilles pain 5/10 on Thursday 21 Jan.',
	);
	await watch.assertClean();
});
