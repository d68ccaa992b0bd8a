// `npm run bench`: what the site costs and how fast its code is.
//  1. A table of every built page's HTML, CSS and JS bytes, raw and gzip
//     (builds the site first if dist/ is missing), and the on-demand chunks.
//  2. Every script in scripts/bench/*.bench.ts (run with tsx), each printing
//     its own table: engine and export timings (p50, p99), search, build time.
//  3. Lighthouse, mobile, median of 3, of home, a guide and the builder
//     (scripts/bench/lighthouse.mjs; about two minutes; BENCH_LIGHTHOUSE=0 skips it).
//  4. Search on a phone profile: keystroke to first result with the CPU slowed 4×, median of 5,
//     opened cold and after a hover (scripts/bench/search-latency.mjs; BENCH_SEARCH=0 skips it).
// Numbers are measurements, not tests: budgets that must hold are tests.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageWeight, sizes } from './lib/page-weight.mjs';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
// A measurement, not a deploy: the placeholder address is fine (astro.config.mjs).
const run = (args) =>
	execFileSync(process.execPath, args, {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, ALLOW_PLACEHOLDER_SITE: '1' },
	});

if (!existsSync(dist)) run([join(root, 'node_modules/astro/bin/astro.mjs'), 'build']);

const pages = (dir) =>
	readdirSync(dir).flatMap((n) => {
		const p = join(dir, n);
		return statSync(p).isDirectory() ? pages(p) : n.endsWith('.html') ? [p] : [];
	});

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const rows = pages(dist)
	.map((file) => ({ page: `/${relative(dist, file).replace(/index\.html$/, '')}`, ...pageWeight(dist, file) }))
	.sort((a, b) => a.page.localeCompare(b.page));

console.log('\nPage weight on load (KB; gzip at level 9)\n');
console.log(
	`${'page'.padEnd(48)} ${'html'.padStart(7)} ${'html gz'.padStart(7)} ${'css'.padStart(7)} ${'css gz'.padStart(7)} ${'js'.padStart(7)} ${'js gz'.padStart(7)}`,
);
for (const r of rows) {
	console.log(
		`${r.page.padEnd(48)} ${kb(r.html.raw)} ${kb(r.html.gzip)} ${kb(r.css.raw)} ${kb(r.css.gzip)} ${kb(r.js.raw)} ${kb(r.js.gzip)}`,
	);
}

// Chunks no page loads on its own: code fetched on demand with import().
const onLoad = new Set(rows.flatMap((r) => r.moduleUrls.map((u) => u.split('/').pop())));
const lazy = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.js') && !onLoad.has(f));
if (lazy.length > 0) {
	console.log('\nLoaded on demand (KB)\n');
	for (const f of lazy) {
		const s = sizes(readFileSync(join(dist, '_astro', f)));
		console.log(`${f.padEnd(48)} ${kb(s.raw)} raw ${kb(s.gzip)} gzip`);
	}
}

const embed = join(dist, 'embed.js');
if (existsSync(embed)) {
	const s = sizes(readFileSync(embed));
	console.log(`\nembed.js (the club snippet's script): ${kb(s.raw)} KB raw ${kb(s.gzip)} KB gzip (budget 3 KB gzip)`);
}

const benchDir = join(root, 'scripts', 'bench');
for (const file of readdirSync(benchDir)
	.filter((f) => f.endsWith('.bench.ts'))
	.sort()) {
	run([join(root, 'node_modules/tsx/dist/cli.mjs'), join(benchDir, file)]);
}

if (process.env.BENCH_LIGHTHOUSE !== '0') run([join(benchDir, 'lighthouse.mjs')]);
if (process.env.BENCH_SEARCH !== '0') run([join(benchDir, 'search-latency.mjs')]);
