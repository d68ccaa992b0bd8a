/**
 * The coach's roster (/coach/) as a coach uses it, against the production
 * build: upload a 20-athlete roster with two bad rows, read the messages, fix
 * the two cells, download the ZIP and open every calendar with ical.js,
 * print the pack to PDF (A4 and Letter) and read each athlete's page and QR
 * code, and show the group session sheet; accessible at each step, at 320 px,
 * with no console error or CSP violation.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { localToday } from '../../src/lib';
import { athleteFileName, buildSquad, parseRosterCsv, ROSTER_HEADER } from '../../src/lib/roster';
import { pdfText } from './pdf';
import { readQr } from './qr';
import { expectNoAxeViolations, watchForProblems } from './site';

/** The Monday on or after today: a start date the builder accepts whenever the test runs. */
function nextMonday(): string {
	const d = new Date();
	d.setDate(d.getDate() + ((8 - d.getDay()) % 7));
	return localToday(d);
}

const NAMES = [
	'Ada Quinn',
	'Bo Li',
	'Cy Okafor',
	'Di Rossi',
	'Ed Novak',
	'Fay Ahmed',
	'Gus Berg',
	'Hal Moreau',
	'Ivy Tanaka',
	'Jo Keller',
	'Kai Silva',
	'Lu Andersen',
	'Mo Haddad',
	'Ned Kowalski',
	'Oda Lund',
	'Pia Costa',
	'Raj Mehta',
	'Sol García',
	'Tess Walsh',
	'Uma Reyes',
];
const LEVELS = ['new', 'some', 'regular'];
const GOALS = ['mix-in', 'drills', 'knee-friendly', 'mix-in'];
const start = nextMonday();

/** A 20-athlete roster; rows 5 and 12 (Di Rossi, Kai Silva) are bad: a pace in words, one training day. */
function rosterCsv(): string {
	const lines = NAMES.map((name, i) => {
		const pace = i === 3 ? 'fast' : `${6 + (i % 3)}:${i % 2 ? '30' : '00'}`;
		const days = i === 10 ? 'tue' : i % 2 ? 'tue thu sat' : 'tue sat';
		const goal = GOALS[i % GOALS.length];
		return [name, LEVELS[i % 3], '30', pace, days, goal, start, '', '8', i % 5 ? 'km' : 'mi', '18:30', ''].join(',');
	});
	return `${ROSTER_HEADER.join(',')}\n${lines.join('\n')}\n`;
}

async function openRoster(page: Page) {
	await page.goto('/coach/');
	await expect(page.locator('.coach[data-ready]')).toBeVisible();
}

async function uploadRoster(page: Page) {
	await page.getByLabel('Open a roster file (CSV)').setInputFiles({
		name: 'squad.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(rosterCsv()),
	});
	await expect(page.getByRole('status').filter({ hasText: '20 athletes read.' })).toBeVisible();
}

test('a coach uploads a roster, fixes the two flagged rows and leaves with a ZIP of calendars', async ({ page }) => {
	const watch = await watchForProblems(page);
	await openRoster(page);
	await expect(page.getByText(/Your roster stays on this device/)).toBeVisible();
	await expectNoAxeViolations(page);
	await uploadRoster(page);

	// The two bad rows are named by row and column with what to write; the other 18 have plans.
	const problems = page.getByRole('region', { name: '2 rows need a fix' });
	await expect(problems).toContainText(
		'Row 5 (Di Rossi), Easy forward pace: Write the pace as minutes:seconds per km or mile, like 6:30',
	);
	await expect(problems).toContainText('Row 12 (Kai Silva), Days: Choose at least 2 training days');
	await expect(page.getByRole('table', { name: '18 athletes with a plan' })).toBeVisible();
	await expectNoAxeViolations(page);

	// The message's link takes the coach to the cell, which says the same thing.
	await problems.getByRole('link', { name: /Row 5 \(Di Rossi\), Easy forward pace/ }).click();
	const pace = page.getByRole('textbox', { name: 'Row 5: Easy forward pace' });
	await expect(pace).toBeFocused();
	await expect(pace).toHaveAttribute('aria-invalid', 'true');
	await expect(pace).toHaveAccessibleDescription(/Write the pace as minutes:seconds/);
	await pace.fill('6:45');
	await page.getByRole('textbox', { name: 'Row 12: Days' }).fill('tue thu');
	await expect(page.getByRole('region', { name: /need a fix/ })).toHaveCount(0);
	await expect(page.getByRole('table', { name: '20 athletes with a plan' })).toBeVisible();

	// Each athlete's link opens their plan in the builder, and no link carries a name.
	const links = page.getByRole('link', { name: /’s plan$/ });
	await expect(links).toHaveCount(20);
	for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
		expect(href).toMatch(/^\/coach\/plan\/\?p=v2\.[\w.-]+&athlete=[a-z0-9]{12}$/);
		for (const name of NAMES) for (const part of name.split(' ')) expect(href).not.toContain(part);
	}

	// The ZIP: every athlete's calendar opens in ical.js with every session of their plan.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download calendars and files (ZIP)' }).click(),
	]);
	expect(download.suggestedFilename()).toBe('retrostride-squad.zip');
	const files = unzipSync(new Uint8Array(await readFile((await download.path()) ?? '')));
	const fixedRows = parseRosterCsv(strFromU8(files['roster.csv'] ?? new Uint8Array())).rows;
	expect(fixedRows.map((r) => r.name)).toEqual(NAMES);
	const squad = buildSquad(fixedRows, localToday());
	expect(squad.athletes).toHaveLength(20);
	for (const a of squad.athletes) {
		const base = athleteFileName(a.row, a.name);
		const ics = strFromU8(files[`${base}/${base}.ics`] ?? new Uint8Array());
		const calendar = new ICAL.Component(ICAL.parse(ics));
		const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
		const sessions = a.plan.weeks.flatMap((w) => w.sessions);
		expect(events, a.name).toHaveLength(sessions.length);
		// Timed at the roster's 18:30, in the browser's zone, on each session's date.
		for (const [i, e] of events.entries()) {
			expect(e.startDate.isDate).toBe(false);
			expect(e.summary).toBe(sessions[i]?.title);
		}
		expect(files[`${base}/${base}.csv`]).toBeDefined();
		expect(files[`${base}/${base}.json`]).toBeDefined();
	}

	// The roster stays on this device: a reload brings it back.
	await page.reload();
	await expect(page.locator('.coach[data-ready]')).toBeVisible();
	await expect(page.getByRole('table', { name: '20 athletes with a plan' })).toBeVisible();
	await watch.assertClean();
});

for (const format of ['A4', 'Letter'] as const) {
	test(`the print pack on ${format}: one athlete per page, each with their name and a QR code to their plan`, async ({
		page,
		baseURL,
	}, testInfo) => {
		// Eighteen pages printed and eighteen codes read back from pixels.
		test.setTimeout(150_000);
		const watch = await watchForProblems(page);
		await openRoster(page);
		await uploadRoster(page);
		// Leave the two bad rows out: the pack is made of athletes with a plan.
		const squad = buildSquad(parseRosterCsv(rosterCsv()).rows, localToday());
		expect(squad.athletes).toHaveLength(18);
		await page.getByRole('button', { name: 'Print pack' }).click();
		await expect(page.getByRole('heading', { name: 'Print pack' })).toBeFocused();
		await expectNoAxeViolations(page);

		const pdf = await page.pdf({ format, printBackground: false });
		await testInfo.attach(`pack-${format}.pdf`, { body: pdf, contentType: 'application/pdf' });
		const pages = await pdfText(pdf);
		// Eight-week plans: each athlete fits one page, in roster order.
		expect(pages).toHaveLength(squad.athletes.length);
		for (const [i, a] of squad.athletes.entries()) {
			const text = pages[i] ?? '';
			// The kicker is set in capitals on paper; the address may wrap, so it is compared without spaces.
			expect(text.toLowerCase(), `page ${i + 1}`).toContain(`retrostride training plan for ${a.name}`.toLowerCase());
			expect(text).toContain(a.plan.title);
			expect(text.replace(/\s/g, '')).toContain(`${baseURL}/plan/?p=${a.code}`);
			for (const other of squad.athletes) if (other.name !== a.name) expect(text).not.toContain(other.name);
			expect(text).not.toContain('Back to the roster');
		}

		// Each page's QR code opens that athlete's plan.
		await page.emulateMedia({ media: 'print' });
		const codes = page.locator('.pack-athlete .sheet-qr__code');
		await expect(codes).toHaveCount(squad.athletes.length);
		for (const [i, a] of squad.athletes.entries()) {
			const png = await codes.nth(i).screenshot();
			expect(await readQr(page, png), a.name).toBe(`${baseURL}/plan/?p=${a.code}`);
		}
		await page.emulateMedia({ media: 'screen' });

		// Back on the roster, focus returns to the button.
		await page.getByRole('button', { name: '← Back to the roster' }).click();
		await expect(page.getByRole('button', { name: 'Print pack' })).toBeFocused();
		await watch.assertClean();
	});
}

test('the group session sheet: one warm-up, each group’s blocks in order, one cool-down', async ({ page }) => {
	const watch = await watchForProblems(page);
	await openRoster(page);
	await uploadRoster(page);
	const squad = buildSquad(parseRosterCsv(rosterCsv()).rows, localToday());
	const tuesday = squad.athletes[0]?.plan.weeks[1]?.sessions.find((s) => s.weekday === 'tue')?.date ?? '';
	const session = page.getByRole('group', { name: 'Group session sheet' });
	await session.getByLabel('Session date').selectOption(tuesday);
	await session.getByRole('button', { name: 'Show the session sheet' }).click();
	const heading = page.getByRole('heading', { level: 2, name: /^Group session, / });
	await expect(heading).toBeFocused();
	await expect(page.getByText('1. Warm-up')).toBeVisible();
	await expect(page.getByText('3. Cool-down')).toBeVisible();
	const rows = page.locator('.session-sheet__table tbody tr');
	// Every athlete trains on Tuesdays: one row each.
	await expect(rows).toHaveCount(18);
	await expect(rows.first().locator('th')).toHaveText('Ada Quinn');
	await expectNoAxeViolations(page);
	// A row per athlete for 18 athletes still prints on one sheet of A4 or Letter, so the coach has one page at the track.
	for (const format of ['A4', 'Letter'] as const)
		expect(await pdfText(await page.pdf({ format })), format).toHaveLength(1);

	// Grouped by blocks, athletes on the same session share a row.
	await page.getByRole('button', { name: '← Back to the roster' }).click();
	await session.getByLabel('One row per group doing the same blocks (paces left out)').check();
	await session.getByRole('button', { name: 'Show the session sheet' }).click();
	expect(await page.locator('.session-sheet__table tbody tr').count()).toBeLessThan(18);
	const pdf = await page.pdf({ format: 'A4' });
	expect(await pdfText(pdf)).toHaveLength(1);
	await watch.assertClean();
});

test('at 320 px and by keyboard alone: add an athlete, see their plan, undo a load', async ({ page }) => {
	const watch = await watchForProblems(page);
	await page.setViewportSize({ width: 320, height: 720 });
	await openRoster(page);
	await page.getByRole('button', { name: 'Add an athlete' }).focus();
	await page.keyboard.press('Enter');
	const name = page.getByRole('textbox', { name: 'Row 2: Name' });
	await expect(name).toBeFocused();
	await page.keyboard.type('Zoë Müller');
	await page.getByRole('textbox', { name: 'Row 2: Start date' }).fill(start);
	await page.getByRole('textbox', { name: 'Row 2: Days' }).fill('mon wed fri');
	await expect(page.getByRole('table', { name: '1 athlete with a plan' })).toBeVisible();
	// The page itself never scrolls sideways; the wide tables scroll inside their own box.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	await expectNoAxeViolations(page);

	// A pasted roster replaces it, and Undo brings the typed athlete back.
	await page.getByLabel(/Or paste the roster/).fill(rosterCsv());
	await page.getByRole('button', { name: 'Read the pasted roster' }).click();
	await expect(page.getByRole('textbox', { name: 'Row 21: Name' })).toHaveValue('Uma Reyes');
	await page.getByRole('button', { name: 'Undo: bring back the roster as it was' }).click();
	await expect(page.getByRole('textbox', { name: 'Row 2: Name' })).toHaveValue('Zoë Müller');
	await expect(page.getByRole('textbox', { name: 'Row 3: Name' })).toHaveCount(0);

	// A file that is not a roster is named where it came from; the roster stays.
	await page.getByLabel('Open a roster file (CSV)').setInputFiles({
		name: 'photo.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('\u0000\u0001 not a roster'),
	});
	await expect(page.getByText(/we found no Name column/)).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Row 2: Name' })).toHaveValue('Zoë Müller');
	await watch.assertClean();
});
