/**
 * A coach's edits come back to the roster: open an athlete's plan from the
 * squad table, move a session in the builder, go back to /coach/, and the
 * table, the ZIP's calendar, the print pack and the group session sheet all
 * show the moved session. The link carries an opaque id, never the name;
 * the builder names the athlete from the roster on this device.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { addDays, buildEditedPlan, decodeShareState, localToday } from '../../src/lib';
import { athleteFileName, ROSTER_HEADER } from '../../src/lib/roster';
import { expectNoAxeViolations, watchForProblems } from './site';

/** The Monday on or after today: a start date the builder accepts whenever the test runs. */
function nextMonday(): string {
	const d = new Date();
	d.setDate(d.getDate() + ((8 - d.getDay()) % 7));
	return localToday(d);
}

const start = nextMonday();
const ROSTER = [
	ROSTER_HEADER.join(','),
	['Ada Quinn', 'some', '30', '6:30', 'tue thu sat', 'mix-in', start, '', '8', 'km', '18:30', ''].join(','),
	['Bo Li', 'new', '30', '7:00', 'tue sat', 'mix-in', start, '', '8', 'km', '18:30', ''].join(','),
].join('\n');
/** Ada's first session is on the first Tuesday; the coach moves it to the Wednesday. */
const tuesday = addDays(start, 1);
const wednesday = addDays(start, 2);

/** The href of an athlete's builder link in the squad table. */
const linkOf = (page: Page, name: string) =>
	page.getByRole('link', { name: `Open ${name}’s plan` }).getAttribute('href') as Promise<string>;

test('an edit made in the builder comes back to the table, the ZIP, the print pack and the session sheet', async ({
	page,
	baseURL,
}) => {
	test.setTimeout(90_000);
	const watch = await watchForProblems(page);
	await page.goto('/coach/');
	await expect(page.locator('.coach[data-ready]')).toBeVisible();
	await page.getByLabel(/Or paste the roster/).fill(ROSTER);
	await page.getByRole('button', { name: 'Read the pasted roster' }).click();
	await expect(page.getByRole('table', { name: '2 athletes with a plan' })).toBeVisible();

	// The link carries the plan and an opaque id, never a name.
	const before = await linkOf(page, 'Ada Quinn');
	expect(before).toMatch(/^\/coach\/plan\/\?p=v2\.[\w.-]+&athlete=[a-z0-9]{12}$/);
	expect(before).not.toMatch(/Ada|Quinn/);

	// In the builder, the line names Ada from this device's roster; a move is saved back to it.
	await page.getByRole('link', { name: 'Open Ada Quinn’s plan' }).click();
	await expect(page.locator('.plan-builder[data-ready]')).toBeVisible();
	const line = page.locator('.roster-athlete');
	await expect(line).toContainText('Editing Ada Quinn’s plan from your roster.');
	await expect(line).toHaveAttribute('data-roster-athlete', 'saving');
	const details = page.locator('details[id="w01-s1"]');
	await details.locator('summary').click();
	await details.getByRole('button', { name: /^Change this session/ }).click();
	await details.getByRole('menuitem', { name: 'Move to another day…' }).click();
	const move = page.getByRole('dialog', { name: /^Move:/ });
	await move.getByLabel('New date').fill(wednesday);
	await move.getByRole('button', { name: 'Move' }).click();
	await expect(page.getByText('1 change to the generated plan.')).toBeVisible();
	await expectNoAxeViolations(page);

	// Back on the roster: the table says so, and Ada's link now carries the edit (Bo's does not).
	await line.getByRole('link', { name: 'Back to your roster' }).click();
	await expect(page.locator('.coach[data-ready]')).toBeVisible();
	const squad = page.getByRole('table', { name: '2 athletes with a plan' });
	await expect(squad.getByRole('row', { name: /Ada Quinn/ })).toContainText('Edited in the builder: 1 change');
	await expect(squad.getByRole('row', { name: /Bo Li/ })).not.toContainText('Edited');
	const after = await linkOf(page, 'Ada Quinn');
	expect(after).toMatch(/^\/coach\/plan\/\?p=v3\./);
	expect(after.replace(/^.*&athlete=/, '')).toBe(before.replace(/^.*&athlete=/, ''));
	const shared = decodeShareState(new URLSearchParams(after.split('?')[1]).get('p') ?? '');
	if (!shared.ok) throw new Error(shared.message);
	expect(shared.edits).toEqual([{ type: 'move', session: 'w01-s1', to: wednesday }]);
	const edited = buildEditedPlan(shared.value, shared.edits).plan;
	await expectNoAxeViolations(page);

	// The ZIP: Ada's calendar has the session on Wednesday, not Tuesday.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download calendars and files (ZIP)' }).click(),
	]);
	const files = unzipSync(new Uint8Array(await readFile((await download.path()) ?? '')));
	const base = athleteFileName(2, 'Ada Quinn');
	const ics = new ICAL.Component(ICAL.parse(strFromU8(files[`${base}/${base}.ics`] ?? new Uint8Array())));
	const days = ics.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e).startDate.toString().slice(0, 10));
	expect(days).toContain(wednesday);
	expect(days).not.toContain(tuesday);
	expect(days).toEqual(edited.weeks.flatMap((w) => w.sessions.map((s) => s.date)));
	const json = JSON.parse(strFromU8(files[`${base}/${base}.json`] ?? new Uint8Array()));
	expect(JSON.stringify(json)).toContain('"type":"move"');

	// The print pack: Ada's page has a Wednesday column and its QR link is the edited plan; Bo's has none.
	await page.getByRole('button', { name: 'Print pack' }).click();
	const pages = page.locator('.pack-athlete');
	await expect(pages.nth(0).locator('abbr[title="Wednesday"]')).toHaveCount(1);
	await expect(pages.nth(1).locator('abbr[title="Wednesday"]')).toHaveCount(0);
	await expect(pages.nth(0).locator('a.sheet-qr__url')).toHaveAttribute(
		'href',
		`${baseURL}${after.split('&')[0]?.replace('/coach/', '/')}`,
	);
	await page.getByRole('button', { name: '← Back to the roster' }).click();

	// The session sheet: on the first Tuesday only Bo trains; on the Wednesday, Ada.
	const session = page.getByRole('group', { name: 'Group session sheet' });
	await session.getByLabel('Session date').selectOption(tuesday);
	await session.getByRole('button', { name: 'Show the session sheet' }).click();
	await expect(page.locator('.session-sheet__table tbody th')).toHaveText(['Bo Li']);
	await page.getByRole('button', { name: '← Back to the roster' }).click();
	await session.getByLabel('Session date').selectOption(wednesday);
	await session.getByRole('button', { name: 'Show the session sheet' }).click();
	await expect(page.locator('.session-sheet__table tbody th')).toHaveText(['Ada Quinn']);
	await watch.assertClean();
});

test('settings changed in the builder are not saved to the roster, and the line says so', async ({ page }) => {
	const watch = await watchForProblems(page);
	await page.goto('/coach/');
	await expect(page.locator('.coach[data-ready]')).toBeVisible();
	await page.getByLabel(/Or paste the roster/).fill(ROSTER);
	await page.getByRole('button', { name: 'Read the pasted roster' }).click();
	await page.getByRole('link', { name: 'Open Bo Li’s plan' }).click();
	const line = page.locator('.roster-athlete');
	await expect(line).toHaveAttribute('data-roster-athlete', 'saving');
	await page.getByRole('radio', { name: 'Miles' }).check();
	await expect(line).toHaveAttribute('data-roster-athlete', 'apart');
	await expect(line).toContainText('The settings here differ from the roster’s');
	await page.getByRole('radio', { name: 'Kilometres' }).check();
	await expect(line).toHaveAttribute('data-roster-athlete', 'saving');

	// A link whose athlete is not in this device's roster says edits stay in the builder.
	await page.goto(`/coach/plan/?p=${new URL(page.url()).searchParams.get('p')}&athlete=zzzzzzzzzzzz`);
	await expect(page.locator('.roster-athlete')).toContainText('not on this device');
	await expect(page.locator('.plan-builder[data-ready]')).toBeVisible();
	await expectNoAxeViolations(page);
	await watch.assertClean();
});
