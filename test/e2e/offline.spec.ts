/**
 * Offline at the track, in Chromium against the production build: after one
 * visit with the network on, the whole site works with the network off
 * (guides, search, the builder and its three exports, the print sheet, the
 * player through a session on a controlled clock, a check-in that persists);
 * a new deploy is offered with "A new version is ready: reload" and never
 * reloads a page by itself, also to a tab whose on-demand chunk the deploy
 * removed; a club's page never gets the worker.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { defaultPlanInput, encodeShareState, parsePlanInput } from '../../src/lib';
import { distDir, expectNoAxeViolations, watchForProblems } from './site';
import { recordSpeech, spoken } from './speech';

/** A plan starting on the day the player's clock is set to, as a share code. */
function planCode(): string {
	const parsed = parsePlanInput({ ...defaultPlanInput('2026-03-02'), goal: 'knee-friendly', experience: 'new' });
	if (!parsed.ok) throw new Error('bad plan input');
	return encodeShareState(parsed.value);
}

/** Waits until the worker has installed (precache complete) and controls the page. */
async function waitForWorker(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

async function goOffline(context: BrowserContext, page: Page) {
	await context.setOffline(true);
	await expect(page.locator('[data-app-status-offline]')).toHaveText(/^Offline\./);
}

test('after one visit, a runner with no signal reads, searches, builds, exports, prints, runs a session and checks in', async ({
	page,
	context,
}) => {
	test.setTimeout(120_000);
	const watch = await watchForProblems(page);
	await page.goto('/');
	await waitForWorker(page);
	await goOffline(context, page);
	await expectNoAxeViolations(page);

	// Every guide opens: the index, and a guide never visited before.
	await page.goto('/guides/');
	await page.goto('/guides/knees/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.locator('[data-app-status-offline]')).toHaveText(/^Offline\./);

	// Search answers from the cached index.
	await page.keyboard.press('/');
	await page.keyboard.type('treadmill');
	await expect(page.getByRole('option').first()).toContainText(/treadmill/i);
	await page.keyboard.press('Escape');

	// The builder makes a plan and exports all three files (their code loads on demand, from the cache).
	await page.goto('/plan/');
	await expect(page.locator('.plan-builder[data-ready]')).toBeVisible();
	for (const [name, extension] of [
		['Download calendar (.ics)', /\.ics$/],
		[/spreadsheet/, /\.csv$/],
		['Download plan file (.json)', /\.json$/],
	] as const) {
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
		expect(download.suggestedFilename()).toMatch(extension);
		expect((await readFile((await download.path()) ?? '', 'utf8')).length).toBeGreaterThan(100);
	}

	// The print sheet renders.
	const code = planCode();
	await page.goto(`/plan/print/?p=${code}`);
	await expect(page.locator('.print-page[data-ready]')).toBeVisible();
	await watch.assertClean();

	// The player runs a whole session with spoken cues on a clock the test moves.
	const player = await context.newPage();
	const playerWatch = await watchForProblems(player);
	await player.clock.install({ time: new Date('2026-03-02T06:00:00Z') });
	await recordSpeech(player);
	await player.goto(`/plan/session/?p=${code}&s=w01-s1`);
	await expect(player.locator('.player[data-ready]')).toBeAttached();
	await player.clock.pauseAt(new Date('2026-03-02T06:02:00Z'));
	await player.getByRole('button', { name: 'Start' }).click();
	await player.clock.runFor(300_500); // the 5-minute forward warm-up, and the turn
	expect(await spoken(player)).toContain(
		'Turn around. Main set. Backward walk for 8 minutes, very easy. Check your path first.',
	);
	await player.clock.runFor(480_000);
	await expect(player.getByRole('heading', { level: 1 })).toHaveText('Session complete');

	// The check-in is saved on the device, and reads back after a reload with no network.
	await player.getByRole('button', { name: 'Mark as done' }).click();
	await expect(player.getByText(/Marked done on/)).toBeVisible();
	await player.clock.resume();
	await player.reload();
	await expect(player.locator('.player[data-ready]')).toBeAttached();
	await expect(player.getByText(/marked done on/)).toBeVisible();
	await playerWatch.assertClean();
});

/** A static server over a copy of a build, so a test can deploy a changed version into it. */
async function serveCopy(dir: string): Promise<{ server: Server; origin: string }> {
	const types: Record<string, string> = {
		'.html': 'text/html; charset=utf-8',
		'.js': 'text/javascript',
		'.css': 'text/css',
		'.json': 'application/json',
		'.webmanifest': 'application/manifest+json',
		'.svg': 'image/svg+xml',
		'.png': 'image/png',
	};
	const server = createServer((req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
		const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
		try {
			const body = readFileSync(file);
			res.writeHead(200, {
				'Content-Type': types[extname(file)] ?? 'application/octet-stream',
				'Cache-Control': 'no-cache',
			});
			res.end(body);
		} catch {
			res.writeHead(404).end();
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

test('a new deploy is offered with a reload button, and no open page reloads by itself', async ({ browser }) => {
	const site = mkdtempSync(join(tmpdir(), 'retrostride-deploy-'));
	cpSync(distDir, site, { recursive: true });
	const { server, origin } = await serveCopy(site);
	const context = await browser.newContext({ baseURL: origin });
	try {
		const page = await context.newPage();
		const watch = await watchForProblems(page);
		await page.goto('/');
		await waitForWorker(page);
		// A session is running in another tab.
		const running = await context.newPage();
		await running.goto('/plan/');
		await running.evaluate(() => Object.defineProperty(window, '__stillHere', { value: true }));

		// Deploy a changed home page: new bytes, and a new revision for it in the worker's precache list.
		const home = join(site, 'index.html');
		writeFileSync(home, readFileSync(home, 'utf8').replace('</main>', '<p id="new-version">New version</p></main>'));
		const worker = join(site, 'sw.js');
		const before = readFileSync(worker, 'utf8');
		const after = before.replace(/(url:"\/index\.html",revision:")[^"]+"/, '$1deploy-2"');
		expect(after).not.toBe(before);
		writeFileSync(worker, after);

		// The next visit finds the new worker; the page still shows the old version, whole, and offers the new one.
		await page.reload();
		const prompt = page.locator('[data-app-status-update]');
		await expect(prompt).toContainText('A new version is ready:', { timeout: 15_000 });
		await expect(page.locator('#new-version')).toHaveCount(0);
		await expectNoAxeViolations(page);
		await page.waitForTimeout(1000);
		await expect(page.locator('#new-version')).toHaveCount(0); // it waits for the reader

		await prompt.getByRole('button', { name: 'Reload' }).click();
		await expect(page.locator('#new-version')).toHaveText('New version');
		await expect(page.locator('[data-app-status-update]')).not.toContainText('A new version');
		// The other tab was not reloaded under the runner.
		expect(await running.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere)).toBe(true);
		await watch.assertClean();
	} finally {
		await context.close();
		server.close();
		rmSync(site, { recursive: true, force: true });
	}
});

test('an old tab whose on-demand chunk a deploy removed offers the reload and keeps the builder working', async ({
	browser,
}) => {
	const site = mkdtempSync(join(tmpdir(), 'retrostride-deploy-'));
	cpSync(distDir, site, { recursive: true });
	const { server, origin } = await serveCopy(site);
	// No worker: its precache would serve the old chunk until a new worker takes over. What is tested is the
	// moment after that, when the chunk's fetch fails (as it does for a tab the worker never controlled).
	const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		const watch = await watchForProblems(page, {
			// The missing chunks' 404s, and React reporting the error its boundary caught.
			expected: [/Failed to load resource.*404/, /dynamically imported module/],
		});
		await page.goto('/plan/');
		await expect(page.locator('.plan-builder[data-ready]')).toBeVisible();

		// The deploy: the export options and export code this page would load on demand are gone.
		const assets = join(site, '_astro');
		const gone = readdirSync(assets).filter((f) => /^(ExportOptions|export-actions)\.[\w-]+\.js$/.test(f));
		expect(gone).toHaveLength(2);
		for (const f of gone) renameSync(join(assets, f), join(site, f));

		const options = page.locator('details.export-options');
		await options.locator('summary').click();
		await expect(options.getByRole('alert')).toHaveText(
			'The export options could not be loaded: reload the page to get them.',
		);
		const prompt = page.locator('[data-app-status-update]');
		await expect(prompt).toContainText('A new version is ready:');
		// The rest of the builder still works: its plan and its form stay, and a download says what went wrong.
		await expect(page.getByRole('heading', { name: 'Week by week' })).toBeVisible();
		await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
		await expect(page.locator('.plan-builder p.status')).toHaveText(
			'The export could not be loaded. Check your connection and try again.',
		);
		await expectNoAxeViolations(page);

		// The new version has its chunks: Reload brings a page whose options and exports load.
		for (const f of gone) renameSync(join(site, f), join(assets, f));
		await prompt.getByRole('button', { name: 'Reload' }).click();
		await expect(page.locator('.plan-builder[data-ready]')).toBeVisible();
		await expect(prompt).not.toContainText('A new version');
		await page.locator('details.export-options summary').click();
		await expect(page.getByLabel('Spreadsheet columns')).toBeVisible();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
		expect((await download).suggestedFilename()).toMatch(/\.ics$/);
		await watch.assertClean();
	} finally {
		await context.close();
		server.close();
		rmSync(site, { recursive: true, force: true });
	}
});

test('a club page on another site never gets the worker, and our own embed is never served from the cache', async ({
	page,
	context,
	baseURL,
}) => {
	const club = createServer((_req, res) => {
		res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
		res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Riverside Harriers</title></head>
<body><main><h1>Riverside Harriers</h1><iframe title="Plan builder" src="${baseURL}/embed/plan/"></iframe></main></body></html>`);
	});
	// "localhost" is another site than "127.0.0.1", as a club's domain is another site than ours.
	await new Promise<void>((resolve) => club.listen(0, 'localhost', resolve));
	try {
		await page.goto('/');
		await waitForWorker(page);
		await page.goto(`http://localhost:${(club.address() as AddressInfo).port}/`);
		await expect(page.frameLocator('iframe').locator('.plan-builder[data-ready]')).toBeVisible();
		const frame = page.frames().find((f) => f.url().includes('/embed/plan/'));
		if (!frame) throw new Error(`no embed frame in ${page.frames().map((f) => f.url())}`);
		expect(await frame.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
		// The embed page does not register the worker itself either (nor offer to install).
		expect(await frame.locator('[data-app-status], link[rel="manifest"]').count()).toBe(0);

		// On our own site, with the network off, the embed is not answered from the cache.
		await page.goto('/');
		await context.setOffline(true);
		await expect(page.goto('/embed/plan/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
	} finally {
		await context.setOffline(false);
		club.close();
	}
});
