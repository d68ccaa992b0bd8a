// Lighthouse, as `npm run bench` runs it (a benchmark, not a test: numbers vary with the machine).
// Mobile (Lighthouse's default: a mid-range phone on a slow 4G, simulated), median of 3 runs of
// the home page, one guide and the plan builder, against `astro preview` of dist/ in the same
// Debian Chromium the e2e tests use (CHROMIUM_PATH, else /usr/bin/chromium), driven through
// playwright-core (through @playwright/test). Prints LCP, TBT and the four category scores.
//   node scripts/bench/lighthouse.mjs            (needs a build in dist/)
//   LIGHTHOUSE_PORT=4399 LIGHTHOUSE_RUNS=5 LIGHTHOUSE_PAGES=/plan/ node scripts/bench/lighthouse.mjs
import { join } from 'node:path';
// @playwright/test re-exports playwright-core's launcher: one declared dependency, the e2e tests' own.
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { median, startPreview, waitForServer } from '../lib/bench-server.mjs';

const root = join(import.meta.dirname, '..', '..');
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4399);
const debugPort = port + 1;
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const origin = `http://127.0.0.1:${port}`;
const pages = process.env.LIGHTHOUSE_PAGES?.split(',') ?? ['/', '/guides/knees/', '/plan/'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const server = startPreview(root, port);
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	args: [`--remote-debugging-port=${debugPort}`, '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
	await waitForServer(`${origin}/`);
	console.log(`\nLighthouse ${runs}× per page (mobile, simulated slow 4G; median of each figure)\n`);
	console.log(
		`${'page'.padEnd(20)} ${'LCP s'.padStart(6)} ${'TBT ms'.padStart(7)} ${'perf'.padStart(5)} ${'a11y'.padStart(5)} ${'best'.padStart(5)} ${'seo'.padStart(5)}`,
	);
	for (const page of pages) {
		const results = [];
		for (let i = 0; i < runs; i++) {
			const { lhr } = await lighthouse(`${origin}${page}`, {
				port: debugPort,
				output: 'json',
				logLevel: 'error',
				onlyCategories: categories,
			});
			results.push({
				lcp: lhr.audits['largest-contentful-paint'].numericValue,
				tbt: lhr.audits['total-blocking-time'].numericValue,
				scores: categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100)),
			});
		}
		const lcp = median(results.map((r) => r.lcp)) / 1000;
		const tbt = median(results.map((r) => r.tbt));
		const scores = categories.map((_, i) => median(results.map((r) => r.scores[i])));
		console.log(
			`${page.padEnd(20)} ${lcp.toFixed(2).padStart(6)} ${String(Math.round(tbt)).padStart(7)} ${scores.map((s) => String(s).padStart(5)).join(' ')}`,
		);
	}
} finally {
	await browser.close();
	server.kill();
}
