/**
 * A club's "this week" card on its own website (another origin): the cohort's
 * next group session, one line per level, in a frame that sizes itself.
 */
import { expect, test } from '@playwright/test';
import { clubOriginServer } from './club-origin';
import { expectNoAxeViolations, watchForProblems } from './site';

const club = clubOriginServer();

/** yyyy-mm-dd of a local date. */
const iso = (d: Date) =>
	`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

test('a club’s week card shows its next Tuesday session for all three levels', async ({ page, baseURL }) => {
	const watch = await watchForProblems(page);
	// The cohort starts on the first Monday after today; its first session is the Tuesday after.
	const start = new Date();
	start.setHours(12, 0, 0, 0);
	start.setDate(start.getDate() + ((8 - start.getDay()) % 7 || 7));
	const tuesday = new Date(start);
	tuesday.setDate(start.getDate() + 1);
	const race = new Date(start);
	race.setDate(start.getDate() + 24 * 7 - 1);
	const frame = await club.open(
		page,
		baseURL,
		`<div data-retrostride-week data-goal="retro-mile" data-days="tue,sat" data-start="${iso(start)}"
			data-race-date="${iso(race)}" data-time="18:30" data-cohort="Spring retro mile"></div>`,
		'[data-week-levels] dd[data-level="regular"]',
	);
	// The cohort's name heads the card.
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Spring retro mile');
	await expect(frame.locator('[data-week-status]')).toHaveAttribute('data-date', iso(tuesday));
	await expect(frame.locator('[data-week-status]')).toContainText('18:30');
	await expect(frame.locator('[data-week-levels] dt')).toHaveText([
		'New to backward running',
		'Tried it a few times',
		'I run backward regularly',
	]);
	for (const dd of await frame.locator('[data-week-levels] dd').all()) await expect(dd).not.toBeEmpty();
	// The frame grows from its 320 px placeholder to the card's height, and never scrolls inside.
	await expect.poll(async () => (await page.locator('iframe').boundingBox())?.height ?? 320).not.toBe(320);
	const inner = page.frames().find((f) => f.url().includes('/embed/week/'));
	const overflow = await inner?.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
	expect(overflow).toBeLessThanOrEqual(0);
	await watch.assertClean();
});

test('the week card page passes axe and fits 320 px', async ({ page }) => {
	const watch = await watchForProblems(page);
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('/embed/week/?goal=retro-half&days=tue,sat&race-date=2099-01-01&time=7pm');
	await expect(page.locator('[data-week-levels] dd')).toHaveCount(3);
	await expect(page.locator('[data-week-notices]')).toContainText('7pm');
	// Without a cohort name the card keeps its own heading.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This week’s group session');
	await expectNoAxeViolations(page);
	expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
	await watch.assertClean();
});

test('a cohort name with markup in it is shown as text, never run', async ({ page }) => {
	const watch = await watchForProblems(page);
	const name = '<img src=x onerror=alert(1)> Harriers & Co';
	await page.goto(`/embed/week/?goal=mix-in&days=tue,sat&start=2099-01-05&cohort=${encodeURIComponent(name)}`);
	await expect(page.locator('[data-week-levels] dd')).toHaveCount(3);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	await expect(page.locator('#week-heading img')).toHaveCount(0);
	await watch.assertClean();
});
