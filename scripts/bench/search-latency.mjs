// Search on a mid-range phone, as `npm run bench` runs it (a benchmark, not a test: numbers vary with
// the machine). Chromium (the e2e tests' Debian Chromium, through @playwright/test) with the CPU
// slowed 4× over CDP (Emulation.setCPUThrottlingRate, Lighthouse's mobile factor), against
// `astro preview` of dist/. On a guide, the reader opens search with "/" and types "kn" (80 ms
// between keys, sent on that schedule over CDP without waiting for a busy page to take the last
// one, as a reader's fingers do not wait); we time, in the page, from a keystroke (its event's
// timeStamp: when the key was pressed, not when a busy page got round to it) to the list it drew:
//   cold  "/" with nothing loaded before (the key is the first sign of intent), a fresh browser cache
//   warm  the pointer rested on the search button first (search loads on that intent)
// "first key" counts from the first keystroke ("k": one letter answers from page and section names)
// to the first result drawn; "second key" from the second ("n") to the full search's answer to
// "kn" (a draft from the names may be drawn before it while the word index is built).
// Median of 5 of each (SEARCH_RUNS=… to change).
//   node scripts/bench/search-latency.mjs        (needs a build in dist/)
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { median, startPreview, waitForServer } from '../lib/bench-server.mjs';

const root = join(import.meta.dirname, '..', '..');
const port = Number(process.env.SEARCH_BENCH_PORT ?? 4397);
const runs = Number(process.env.SEARCH_RUNS ?? 5);
const origin = `http://127.0.0.1:${port}`;
const page = process.env.SEARCH_PAGE ?? '/guides/knees/';
const GAP_MS = 80;

/**
 * Presses a printable key over CDP. Not awaited by the caller: the key goes when the reader
 * presses it, and the page takes it when it can (Playwright's keyboard waits for each key to be
 * handled, so a busy page would slow the typing and hide the wait).
 */
function press(cdp, key) {
	const code = key === '/' ? 'Slash' : `Key${key.toUpperCase()}`;
	const common = { key, code, windowsVirtualKeyCode: key === '/' ? 191 : key.toUpperCase().charCodeAt(0) };
	return Promise.all([
		cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: key, ...common }),
		cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common }),
	]);
}

/** One reader: open search on a guide, type "kn", and time each keystroke to the list it drew. */
async function once(browser, warm) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const tab = await context.newPage();
	try {
		await tab.goto(`${origin}${page}`, { waitUntil: 'load' });
		const cdp = await context.newCDPSession(tab);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		// The page resolves a promise once the list for "kn" is drawn; the script waits on it with one
		// evaluate. Not waitForFunction: that compiles Playwright's 330 KB injected script in the page, on
		// the first call, in the middle of the measurement (about 65 ms with the CPU slowed).
		await tab.evaluate(() => {
			const keys = [];
			document.addEventListener('keydown', (e) => keys.push(e.timeStamp), { capture: true });
			// The search code makes the dialog on first open (src/components/search/dialog-markup.ts), so
			// the page is watched, not the dialog; keys typed before it shows are put in its input at once.
			const part = (selector) => document.querySelector(`[data-search-dialog] ${selector}`);
			// The combobox drops the answer to "k" once "kn" is asked, so the first count of results
			// the status gives after the input event for "kn" is the answer to "kn" (a draft drawn
			// before it says "Searching…").
			let askedKn;
			document.addEventListener(
				'input',
				(e) => {
					if (e.target === part('input') && e.target.value === 'kn') askedKn ??= performance.now();
				},
				{ capture: true },
			);
			let first;
			const done = new Promise((resolve) => {
				new MutationObserver(() => {
					if (!part('[role="option"]')) return;
					first ??= performance.now();
					if (askedKn === undefined || !/results?\./.test(part('[data-search-status]')?.textContent ?? '')) return;
					resolve(performance.now());
				}).observe(document.body, { childList: true, subtree: true, characterData: true });
			});
			const late = new Promise((_, reject) => setTimeout(() => reject(new Error('no result in 20 s')), 20_000));
			Object.assign(window, {
				__searchMarks: Promise.race([done, late]).then((kn) => ({ keys, first, kn })),
			});
		});
		if (warm) {
			const index = tab.waitForResponse((r) => r.url().endsWith('/search-index.json'));
			await tab.getByRole('button', { name: 'Search' }).hover();
			await index;
			await tab.waitForTimeout(1500); // the index decoded and the engine built
		}
		const sent = [];
		for (const key of ['/', 'k', 'n']) {
			sent.push(press(cdp, key));
			await new Promise((resolve) => setTimeout(resolve, GAP_MS));
		}
		await Promise.all(sent);
		const { keys, first, kn } = await tab.evaluate(() => window.__searchMarks);
		// keys: "/", "k", "n"
		return { first: first - keys[1], second: kn - keys[2] };
	} finally {
		await context.close();
	}
}

const server = startPreview(root, port);
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
	await waitForServer(`${origin}/`);
	console.log(`\nSearch: keystroke to the list it drew on ${page}, CPU 4× slower, median of ${runs} (ms)\n`);
	console.log(`${'open'.padEnd(8)} ${'first key'.padStart(10)} ${'second key'.padStart(11)}`);
	for (const warm of [false, true]) {
		const results = [];
		for (let i = 0; i < runs; i++) results.push(await once(browser, warm));
		const first = median(results.map((r) => r.first));
		const second = median(results.map((r) => r.second));
		console.log(
			`${(warm ? 'warm' : 'cold').padEnd(8)} ${first.toFixed(0).padStart(10)} ${second.toFixed(0).padStart(11)}`,
		);
	}
} finally {
	await browser.close();
	server.kill();
}
