/**
 * The session player in Chromium against the production build, on Playwright's
 * fake clock: start a session, let time pass, and check what the runner would
 * see (the segment), what a screen reader would hear (the live region) and
 * what the phone would say (a recording stub for the Web Speech API).
 */
import { expect, type Page, test } from '@playwright/test';
import { defaultPlanInput, type Experience, encodeShareState, type Goal, parsePlanInput } from '../../src/lib';
import { expectNoAxeViolations, watchForProblems } from './site';
import { recordSpeech, spoken } from './speech';

/** A player link for week 1, session 1 of a default plan with `goal` (and `experience`). */
function sessionLink(goal: Goal, session = 'w01-s1', experience: Experience = 'new'): string {
	const parsed = parsePlanInput({ ...defaultPlanInput('2026-03-02'), goal, experience });
	if (!parsed.ok) throw new Error('bad plan input');
	return `/plan/session/?p=${encodeShareState(parsed.value)}&s=${session}`;
}

const live = (page: Page) => page.locator('.player [role="status"][aria-live]');
const nowPanel = (page: Page) => page.getByRole('region', { name: 'Now' });

/**
 * Fake time that moves only when the test moves it. Playwright's installed
 * clock otherwise also flows with real time, so on a slow or busy machine the
 * session would drift ahead of the test's runFor() steps.
 */
async function freezeClock(page: Page) {
	await page.clock.install({ time: new Date('2026-03-02T06:00:00Z') });
	await page.clock.pauseAt(new Date('2026-03-02T06:00:01Z'));
}

async function openPlayer(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('.player[data-ready]')).toBeAttached();
}

test('Start session in the builder opens the player for that session', async ({ page }) => {
	await page.goto('/plan/');
	await expect(page.locator('.plan-builder[data-ready]')).toBeVisible();
	const first = page.locator('.schedule details.session').first();
	const title = (await first.locator('.session__title').textContent()) ?? '';
	await first.locator('summary').click();
	await first.getByRole('link', { name: /^Start session/ }).click();
	await expect(page).toHaveURL(/\/plan\/session\/\?p=v2\.[^&]+&s=w01-s1$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
});

test('a runner is guided through a session by voice, screen and live region as time passes', async ({ page }) => {
	const watch = await watchForProblems(page);
	await page.clock.install({ time: new Date('2026-03-02T06:00:00Z') });
	await recordSpeech(page);
	await openPlayer(page, sessionLink('knee-friendly')); // 5 min forward walk, then 8 min backward walk (new: 8 in week 1)
	await expectNoAxeViolations(page); // axe needs timers, so the clock still flows here...
	await page.clock.pauseAt(new Date('2026-03-02T06:02:00Z')); // ...and stands still from here on
	await page.getByRole('button', { name: 'Start' }).click();
	await page.clock.runFor(50); // let the player's own zero-delay timers (focus, first cue) run

	await expect(nowPanel(page)).toContainText('Forward');
	await expect(live(page)).toHaveText('Warm-up. Forward walk for 5 minutes, very easy.');
	await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();

	await page.clock.runFor(294_500); // 5.5 s before the turn: the reminder
	await expect(live(page)).toHaveText('Backward next. Check your path first.');
	await expect(nowPanel(page)).toContainText('Forward');
	await page.clock.runFor(3000);
	await expect(page.locator('.player__big')).toContainText('3');

	await page.clock.runFor(3000); // past 5:00: the backward walk
	await expect(nowPanel(page)).toContainText('Backward');
	await expect(nowPanel(page)).toContainText('Check your path first.');
	await expect(live(page)).toHaveText(
		'Turn around. Main set. Backward walk for 8 minutes, very easy. Check your path first.',
	);
	expect(await spoken(page)).toEqual([
		'Warm-up. Forward walk for 5 minutes, very easy.',
		'Backward next. Check your path first.',
		'Turn around. Main set. Backward walk for 8 minutes, very easy. Check your path first.',
	]);

	// Space pauses: time stands still until it resumes.
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
	const stood = await page.locator('.player__elapsed-time').textContent();
	await page.clock.runFor(30_000);
	await expect(page.locator('.player__elapsed-time')).toHaveText(stood ?? '');
	// While the runner is paused, check the dark theme: axe needs timers, so the clock flows meanwhile.
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.clock.resume();
	await expectNoAxeViolations(page);
	await expect(page.locator('.player__elapsed-time')).toHaveText(stood ?? '');
	await page.clock.pauseAt(new Date((await page.evaluate(() => Date.now())) + 1000));
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

	await page.clock.runFor(480_000);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Session complete');
	await expect(live(page)).toContainText('Session complete.');
	await page.getByRole('button', { name: 'Mark as done' }).click();
	await expect(page.getByText(/Marked done on/)).toBeVisible();
	await page.clock.resume();
	await expectNoAxeViolations(page);
	await watch.assertClean();
});

test('a distance step waits for Done, and Stop ends the session at once', async ({ page }) => {
	const watch = await watchForProblems(page);
	await freezeClock(page);
	await recordSpeech(page);
	// A regular runner's drills: 10 min warm-up, 2 × 30 s backward walk (15 s between),
	// 5 × 20 s strides (45 s between), then 3 × 50 m sprints: the first sprint starts at 955 s.
	await openPlayer(page, sessionLink('drills', 'w01-s1', 'regular'));
	await page.getByRole('button', { name: 'Start' }).click();
	await page.clock.runFor(956_000);
	await expect(nowPanel(page)).toContainText('50 m');
	await expect(nowPanel(page)).toContainText(/about \d+ s/);
	await page.clock.runFor(60_000);
	await expect(nowPanel(page)).toContainText('50 m');
	await page.getByRole('button', { name: /^Done.*I reached 50 m$/ }).click();
	await expect(nowPanel(page)).toContainText('recovery after 1 of 3');
	expect((await spoken(page)).at(-1)).toBe('Turn around. Forward walk for 1 minute 30 seconds to recover.');
	await page.keyboard.press('ArrowLeft');
	await expect(nowPanel(page)).toContainText('50 m');
	await page.getByRole('button', { name: 'Stop', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Session stopped');
	await watch.assertClean();
});

test('a reload resumes the session where it stopped', async ({ page }) => {
	await freezeClock(page);
	await recordSpeech(page);
	const link = sessionLink('knee-friendly');
	await openPlayer(page, link);
	await page.getByRole('button', { name: 'Start' }).click();
	await page.clock.runFor(305_000);
	await expect(nowPanel(page)).toContainText('Backward');
	await page.reload();
	await expect(page.locator('.player[data-ready]')).toBeAttached();
	await page.getByRole('button', { name: /^Resume at 5:0\d$/ }).click();
	await expect(nowPanel(page)).toContainText('Backward');
	await expect(page.locator('.player__big')).toContainText(/7:5\d/);
});

test('a bad link says what is wrong and leads back to the builder', async ({ page }) => {
	const watch = await watchForProblems(page);
	await openPlayer(page, '/plan/session/?p=v1.junk&s=w01-s1');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This session could not be opened');
	await expect(page.getByText(/damaged or incomplete/)).toBeVisible();
	await page.getByRole('link', { name: 'Go to the plan builder' }).click();
	// The builder may already have written its share state into the address by now.
	await expect(page).toHaveURL(/\/plan\/(\?p=v2\.[^&]+)?$/);
	await watch.assertClean();
});

test('without JavaScript the page says it is loading and shows the stop rules', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(sessionLink('knee-friendly'));
	await expect(page.getByText('Loading your session…')).toBeVisible();
	await expect(page.locator('#stop-rules summary')).toHaveText('Stop rules');
	await context.close();
});

test('key hints show with a keyboard and mouse, not on a touch-only phone', async ({ browser }) => {
	const desktop = await browser.newContext();
	const onDesktop = await desktop.newPage();
	await openPlayer(onDesktop, sessionLink('knee-friendly'));
	await expect(onDesktop.getByText(/^Keys: Space pauses/)).toBeVisible();
	await desktop.close();
	const phone = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
	const onPhone = await phone.newPage();
	await openPlayer(onPhone, sessionLink('knee-friendly'));
	await expect(onPhone.getByRole('button', { name: 'Start' })).toBeVisible();
	await expect(onPhone.getByText(/^Keys: Space pauses/)).toBeHidden();
	await phone.close();
});

test('player screenshots at phone width, and no sideways scrolling at 320 px', async ({ page }, info) => {
	await freezeClock(page);
	await recordSpeech(page);
	await page.setViewportSize({ width: 375, height: 812 });
	await openPlayer(page, sessionLink('drills'));
	await page.screenshot({ path: info.outputPath('player-ready-375.png') });
	await page.getByRole('button', { name: 'Start' }).click();
	await page.clock.runFor(605_000);
	await page.screenshot({ path: info.outputPath('player-backward-375.png') });
	await page.clock.runFor(71_000);
	await page.screenshot({ path: info.outputPath('player-distance-375.png') });
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.screenshot({ path: info.outputPath('player-distance-dark-375.png') });
	await page.setViewportSize({ width: 320, height: 640 });
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	await page.getByRole('button', { name: 'Stop rules' }).click();
	await expect(page.locator('#stop-rules')).toHaveAttribute('open', '');
	await page.screenshot({ path: info.outputPath('player-stop-rules-320.png') });
	await page.getByRole('button', { name: 'Stop', exact: true }).click();
	await page.screenshot({ path: info.outputPath('player-stopped-320.png') });
});
