// `npm run bench`: what the site costs and how fast its code is.
//  1. A table of every built page's HTML, CSS and JS bytes, raw and gzip
//     (builds the site first if dist/ is missing).
//  2. The Vitest benchmarks (`*.bench.ts` files next to the code they measure).
// Numbers are measurements, not tests: budgets that must hold are tests.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageWeight } from './lib/page-weight.mjs';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const run = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });

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

console.log('\nPage weight (KB; gzip at level 9)\n');
console.log(
	`${'page'.padEnd(48)} ${'html'.padStart(7)} ${'html gz'.padStart(7)} ${'css'.padStart(7)} ${'css gz'.padStart(7)} ${'js'.padStart(7)} ${'js gz'.padStart(7)}`,
);
for (const r of rows) {
	console.log(
		`${r.page.padEnd(48)} ${kb(r.html.raw)} ${kb(r.html.gzip)} ${kb(r.css.raw)} ${kb(r.css.gzip)} ${kb(r.js.raw)} ${kb(r.js.gzip)}`,
	);
}

const benches = readdirSync(join(root, 'src'), { recursive: true }).filter((f) => String(f).endsWith('.bench.ts'));
if (benches.length > 0) {
	console.log('\nBenchmarks\n');
	run([join(root, 'node_modules/vitest/vitest.mjs'), 'bench', '--run']);
}
