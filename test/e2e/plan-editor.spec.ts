/**
 * Shaping a plan by hand in Chromium: a coach moves, skips, rewrites and
 * notes sessions, repeats a week, undoes and redoes, reloads, and the link,
 * the calendar file and the printed sheet all show exactly the edited plan.
 * Menus and dialogs work by keyboard and pass axe.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page, test } from '@playwright/test';
import ICAL from 'ical.js';
import { addDays, applyPlanEdits } from '../../src/lib';
import { CODE, PLAN } from './edit-plan';
import { expectNoAxeViolations, watchForProblems } from './site';

const session = (id: string) => {
	const s = PLAN.weeks.flatMap((w) => w.sessions).find((x) => x.id === id);
	if (!s) throw new Error(id);
	return s;
};

async function openPlan(page: Page) {
	await page.goto(`/plan/?p=${CODE}`);
	await expect(page.locator('.plan-builder[data-ready]')).toBeVisible();
}

/** The list item of a session (its <details> plus the warnings under it). */
const item = (page: Page, id: string): Locator => page.locator(`.sessions > li:has(> details[id="${id}"])`);

/** Opens a session and its change menu by mouse. */
async function openMenu(page: Page, id: string) {
	const details = page.locator(`details[id="${id}"]`);
	if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
	const button = details.getByRole('button', { name: /^Change this session/ });
	await button.click();
	await expect(details.getByRole('menu')).toBeVisible();
	return details;
}

const weekHeadings = (page: Page) => page.locator('.schedule .week h3');

test('a coach moves, skips, notes and rewrites sessions, repeats a week, undoes, and reloads', async ({ page }) => {
	const watch = await watchForProblems(page);
	await openPlan(page);

	// Move Thursday of week 2 to Wednesday, the day after Tuesday's backward session: applied, and warned about.
	const wednesday = addDays(session('w02-s2').date, -1);
	let details = await openMenu(page, 'w02-s2');
	await details.getByRole('menuitem', { name: 'Move to another day…' }).click();
	const moveDialog = page.getByRole('dialog', { name: /^Move:/ });
	await expect(moveDialog).toBeVisible();
	await moveDialog.getByLabel('New date').fill(wednesday);
	await moveDialog.getByRole('button', { name: 'Move' }).click();
	await expect(moveDialog).toBeHidden();
	await expect(item(page, 'w02-s2').locator('.session__edited')).toHaveText('Edited');
	await expect(item(page, 'w02-s2').locator('.edit-warnings')).toContainText('the day after another backward session');
	await expect(page.getByText('1 change to the generated plan.')).toBeVisible();

	// Skip week 1's first session; it stays on the schedule, marked.
	details = await openMenu(page, 'w01-s1');
	await details.getByRole('menuitem', { name: 'Skip this session' }).click();
	await expect(item(page, 'w01-s1').locator('.session__edited')).toHaveText('Skipped');

	// A note for week 1's second session.
	details = await openMenu(page, 'w01-s2');
	await details.getByRole('menuitem', { name: 'Add a note…' }).click();
	const noteDialog = page.getByRole('dialog', { name: /^Note:/ });
	await noteDialog.getByLabel('Note for this session').fill('Track closed: run the park loop');
	await noteDialog.getByRole('button', { name: 'Save note' }).click();
	await expect(item(page, 'w01-s2').locator('.session__note')).toContainText('Track closed: run the park loop');

	// Rewrite week 3's first session as a club relay; a bad field says so next to it first.
	details = await openMenu(page, 'w03-s1');
	await details.getByRole('menuitem', { name: 'Edit the blocks…' }).click();
	const blocks = page.getByRole('dialog', { name: /^Blocks:/ });
	await blocks.getByLabel('Session title (optional)').fill('Club relay');
	const firstRepeats = blocks.getByRole('group', { name: 'Block 1' }).getByLabel('Repeats', { exact: true });
	await firstRepeats.fill('0');
	await blocks.getByRole('button', { name: 'Save blocks' }).click();
	await expect(blocks.getByText('Enter a whole number of repeats from 1 to 50')).toBeVisible();
	await expect(firstRepeats).toHaveAttribute('aria-invalid', 'true');
	await firstRepeats.fill('2');
	await blocks.getByRole('button', { name: 'Save blocks' }).click();
	await expect(blocks).toBeHidden();
	await expect(item(page, 'w03-s1').locator('.session__title')).toHaveText('Club relay');

	// Swap week 4's Tuesday and Saturday sessions.
	details = await openMenu(page, 'w04-s1');
	await details.getByRole('menuitem', { name: 'Swap with another session…' }).click();
	const swap = page.getByRole('dialog', { name: /^Swap:/ });
	await swap.getByLabel('Swap dates with').selectOption('w04-s3');
	await swap.getByRole('button', { name: 'Swap' }).click();
	await expect(page.locator('.week:has(#week-4) details.session').first()).toHaveAttribute('id', 'w04-s3');

	// Repeat week 2: one more week.
	const weeks = await weekHeadings(page).count();
	await page.getByRole('button', { name: 'Repeat week 2' }).click();
	await expect(weekHeadings(page)).toHaveCount(weeks + 1);
	await expect(page.locator('details[id="w02-s1-r1"] .session__edited')).toHaveText('Repeat');

	// Undo (button, then Ctrl+Z) and redo (Shift+Ctrl+Z).
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(weekHeadings(page)).toHaveCount(weeks);
	await page.locator('body').press('Control+Shift+Z');
	await expect(weekHeadings(page)).toHaveCount(weeks + 1);
	await page.locator('body').press('Control+z');
	await expect(weekHeadings(page)).toHaveCount(weeks);

	// The link carries the edits; a reload shows the same edited plan, and undo still works.
	const code = new URL(page.url()).searchParams.get('p') ?? '';
	expect(code.startsWith('v3.')).toBe(true);
	await page.reload();
	await expect(page.locator('.plan-builder[data-ready]')).toBeVisible();
	await expect(item(page, 'w01-s1').locator('.session__edited')).toHaveText('Skipped');
	await expect(item(page, 'w03-s1').locator('.session__title')).toHaveText('Club relay');
	await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();

	// Saved on the device too: the builder without a link opens the edited plan.
	await page.goto('/plan/');
	await expect(page.locator('.plan-builder[data-ready]')).toBeVisible();
	await expect(item(page, 'w01-s2').locator('.session__note')).toContainText('park loop');

	// Reset one session, then the whole plan.
	details = await openMenu(page, 'w01-s1');
	await details.getByRole('menuitem', { name: 'Reset to the generated plan' }).click();
	await expect(item(page, 'w01-s1').locator('.session__edited')).toHaveCount(0);
	await page.getByRole('button', { name: 'Reset the whole plan' }).click();
	await page.getByRole('button', { name: 'Yes, reset the plan' }).click();
	await expect(page.locator('.session__edited')).toHaveCount(0);
	await expect(page.getByText('No changes: this is the generated plan.')).toBeVisible();
	await watch.assertClean();
});

test('the calendar file and the coach sheet show exactly the edited plan', async ({ page }) => {
	const edits = [
		{ type: 'skip', session: 'w01-s1' },
		{ type: 'move', session: 'w02-s2', to: addDays(session('w02-s2').date, 1) },
		{ type: 'note', session: 'w01-s2', text: 'Bring water' },
	] as const;
	await openPlan(page);
	await item(page, 'w01-s1').locator('summary').click();
	for (const edit of edits) {
		// Make each edit through the menu, as a coach would.
		const details = await openMenu(page, edit.session);
		if (edit.type === 'skip') await details.getByRole('menuitem', { name: 'Skip this session' }).click();
		if (edit.type === 'move') {
			await details.getByRole('menuitem', { name: 'Move to another day…' }).click();
			const dialog = page.getByRole('dialog', { name: /^Move:/ });
			await dialog.getByLabel('New date').fill(edit.to);
			await dialog.getByRole('button', { name: 'Move' }).click();
		}
		if (edit.type === 'note') {
			await details.getByRole('menuitem', { name: 'Add a note…' }).click();
			const dialog = page.getByRole('dialog', { name: /^Note:/ });
			await dialog.getByLabel('Note for this session').fill(edit.text);
			await dialog.getByRole('button', { name: 'Save note' }).click();
		}
	}
	await expect(page.getByText('3 changes to the generated plan.')).toBeVisible();
	const expected = applyPlanEdits(PLAN, [...edits]).plan;

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
	]);
	const text = await readFile((await download.path()) ?? '', 'utf8');
	const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
	expect(events).toHaveLength(expected.weeks.flatMap((w) => w.sessions).length);
	const byUid = (prefix: string) => events.find((v) => String(v.getFirstPropertyValue('uid')).startsWith(prefix));
	expect(byUid('w01-s1.')?.getFirstPropertyValue('status')).toBe('CANCELLED');
	expect(byUid('w02-s2.')?.getFirstPropertyValue('sequence')).toBe(1);
	expect(String(byUid('w02-s2.')?.getFirstPropertyValue('dtstart'))).toContain(edits[1].to);
	expect(String(byUid('w01-s2.')?.getFirstPropertyValue('description'))).toContain('Note: Bring water');
	expect(byUid('w03-s1.')?.getFirstPropertyValue('sequence')).toBe(0);

	// The coach sheet from the builder's link prints the same plan.
	const href = await page.getByRole('link', { name: 'Coach sheet (print)' }).getAttribute('href');
	await page.goto(href ?? '');
	await expect(page.locator('.print-page[data-ready]')).toBeVisible();
	await expect(page.getByText('Skipped: ', { exact: false }).first()).toBeVisible();
	await expect(page.getByText('Note: Bring water')).toBeVisible();
	// Every session is on the sheet, the skipped one included, with its tick box.
	await expect(page.locator('.week-table tbody tr:has(.tick-cell)')).toHaveCount(
		expected.weeks.flatMap((w) => w.sessions).length,
	);
});

test('the change menu and its dialogs work by keyboard and pass axe', async ({ page }) => {
	const watch = await watchForProblems(page);
	await openPlan(page);
	const details = page.locator('details[id="w01-s2"]');
	await details.locator('summary').focus();
	await page.keyboard.press('Enter');
	const button = details.getByRole('button', { name: /^Change this session/ });
	await button.focus();
	await page.keyboard.press('ArrowDown');
	const menu = details.getByRole('menu');
	await expect(menu).toBeVisible();
	await expect(details.getByRole('menuitem', { name: 'Move to another day…' })).toBeFocused();
	await expectNoAxeViolations(page);
	await page.keyboard.press('End');
	await expect(details.getByRole('menuitem').last()).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(menu).toBeHidden();
	await expect(button).toBeFocused();
	// Enter opens the menu on its first item; two steps down is "Skip".
	await page.keyboard.press('Enter');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(details.getByRole('menuitem', { name: 'Skip this session' })).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('Enter'); // "Swap with another session…"
	const dialog = page.getByRole('dialog', { name: /^Swap:/ });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByLabel('Swap dates with')).toBeFocused();
	await expectNoAxeViolations(page);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(button).toBeFocused();
	await watch.assertClean();
});

test('the editor fits a 320 px phone', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await openPlan(page);
	const details = await openMenu(page, 'w01-s1');
	await details.getByRole('menuitem', { name: 'Edit the blocks…' }).click();
	const dialog = page.getByRole('dialog', { name: /^Blocks:/ });
	await expect(dialog).toBeVisible();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
	expect(overflow).toBeLessThanOrEqual(0);
	const box = await dialog.boundingBox();
	expect(box && box.width <= 320).toBe(true);
	await expectNoAxeViolations(page);
});

test('an edit that no longer fits the plan after a form change says so, and can be forgotten', async ({ page }) => {
	await openPlan(page);
	const details = await openMenu(page, 'w02-s3');
	await details.getByRole('menuitem', { name: 'Skip this session' }).click();
	await expect(item(page, 'w02-s3').locator('.session__edited')).toHaveText('Skipped');
	// Two training days instead of three: week 2 has no third session any more.
	await page.getByRole('checkbox', { name: 'Thursday' }).uncheck();
	const notice = page.locator('.edit-bar');
	await expect(notice).toContainText(
		"Your skip of week 2's Saturday session no longer applies: the plan now has 2 sessions that week.",
	);
	// Back to three days, the skip applies again; forgetting it removes it for good.
	await page.getByRole('checkbox', { name: 'Thursday' }).check();
	await expect(item(page, 'w02-s3').locator('.session__edited')).toHaveText('Skipped');
	await page.getByRole('checkbox', { name: 'Thursday' }).uncheck();
	await notice.getByRole('button', { name: 'Forget those changes' }).click();
	await expect(notice).not.toContainText('no longer applies');
	await page.getByRole('checkbox', { name: 'Thursday' }).check();
	await expect(item(page, 'w02-s3').locator('.session__edited')).toHaveCount(0);
});
