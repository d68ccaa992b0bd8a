/**
 * How long `astro build` takes, for the real site and for a synthetic library
 * of 1,000 extra guides, so we know how the guide pages (table of contents,
 * related guides, plan presets) scale before the library grows.
 *
 * Both builds run in throwaway copies of the project in the system temp dir
 * (sources copied, node_modules linked), like test/integration/content-build.test.ts,
 * so dist/ and the repository are never touched; the copies are deleted at the end,
 * even on failure. The synthetic guides come from one template with varied
 * headings (h2 and h3), tags from a shared pool (so related guides are
 * meaningful) and <Cite>s of real reference ids.
 *
 * Run alone: npx tsx scripts/bench/guides-build.bench.ts (npx puts the project’s Node 24 first)
 * (GUIDES_BENCH_COUNT=200 for a quicker run).
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const count = Number(process.env.GUIDES_BENCH_COUNT ?? 1000);
const categories = ['technique', 'safety', 'benefits', 'training', 'coaching', 'stories'] as const;
const tagPool = [
	'knees',
	'balance',
	'posture',
	'cadence',
	'treadmill',
	'track',
	'intervals',
	'drills',
	'warm-up',
	'race',
	'records',
	'coaching',
	'rehab',
	'energy',
	'calves',
	'hamstrings',
	'group',
	'safety',
	'beginner',
	'pace',
];
const topics = ['Posture', 'Cadence', 'Breathing', 'Looking back', 'Surfaces', 'Recovery', 'Pacing', 'Partners'];

/** Copies the site's sources into a temp dir, with node_modules linked, not copied. */
async function copyProject(dirs: string[]): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'retrostride-bench-'));
	dirs.push(dir);
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
		await cp(join(root, entry), join(dir, entry), { recursive: true });
	}
	await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}

/** The ids in references.yaml (top-level keys). */
async function referenceIds(): Promise<string[]> {
	const text = await readFile(join(root, 'src', 'content', 'references.yaml'), 'utf8');
	return [...text.matchAll(/^([a-z0-9][\w-]*):\s*$/gm)].map((m) => m[1] ?? '');
}

/** One synthetic guide: 3-6 sections, some with h3s, every paragraph with a figure cited. */
function guide(i: number, refs: string[]): string {
	const pick = <T>(list: readonly T[], n: number) => list[n % list.length] as T;
	const cited = [pick(refs, i), pick(refs, i * 7 + 3), pick(refs, i * 13 + 5)].filter((r, k, a) => a.indexOf(r) === k);
	const tags = [pick(tagPool, i), pick(tagPool, i * 3 + 1), pick(tagPool, i * 5 + 2), 'backward running'];
	const sections = 3 + (i % 4);
	const body: string[] = [];
	for (let s = 0; s < sections; s++) {
		const topic = pick(topics, i + s);
		body.push(`## ${topic}, part ${s + 1}`, '');
		body.push(
			`Backward running changes how ${topic.toLowerCase()} works. In one study the difference was about ${10 + ((i + s) % 30)}% <Cite id="${pick(cited, s)}" />. Keep it short and flat at first, with a partner watching.`,
			'',
		);
		if ((i + s) % 2 === 0) {
			body.push(`### What to try`, '');
			body.push(
				`- Try ${2 + (s % 4)} pieces of 30 seconds, walking forward between them.`,
				`- Stop if you feel dizzy or unsteady.`,
				'',
			);
		}
		if ((i + s) % 5 === 0) {
			body.push(
				`<Callout type="tip">`,
				`  Run on a track or a playing field, where the ground is even.`,
				`</Callout>`,
				'',
			);
		}
	}
	return [
		'---',
		`title: "Synthetic guide ${i}: ${pick(topics, i)} and more"`,
		`description: A generated guide for the build benchmark, number ${i}, with headings, a callout and citations.`,
		`category: ${pick(categories, i)}`,
		`tags: [${tags.join(', ')}]`,
		`updated: 2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
		`order: ${i}`,
		`references: [${cited.join(', ')}]`,
		'---',
		'',
		...body,
	].join('\n');
}

/** Builds the project in dir; returns seconds and the number of HTML pages written. */
async function build(dir: string): Promise<{ seconds: number; pages: number }> {
	const start = performance.now();
	try {
		await run(process.execPath, [astroBin, 'build'], {
			cwd: dir,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ALLOW_PLACEHOLDER_SITE: '1' },
			maxBuffer: 256 * 1024 * 1024,
		});
	} catch (error) {
		const e = error as { stdout?: string; stderr?: string };
		throw new Error(`astro build failed in ${dir}:\n${(e.stderr || e.stdout || String(error)).slice(-4000)}`);
	}
	const seconds = (performance.now() - start) / 1000;
	const files = await readdir(join(dir, 'dist'), { recursive: true });
	return { seconds, pages: files.filter((f) => f.endsWith('.html')).length };
}

const dirs: string[] = [];
try {
	const refs = await referenceIds();
	if (refs.length < 3) throw new Error('references.yaml has fewer than 3 ids');

	const real = await build(await copyProject(dirs));

	const synthetic = await copyProject(dirs);
	const guidesDir = join(synthetic, 'src', 'content', 'guides');
	await mkdir(guidesDir, { recursive: true });
	for (let i = 1; i <= count; i++) await writeFile(join(guidesDir, `synthetic-${i}.mdx`), guide(i, refs));
	const big = await build(synthetic);

	console.log('\nGuide build time (astro build, one run each, in a temp copy)\n');
	console.log(`${'site'.padEnd(40)} ${'seconds'.padStart(9)} ${'pages'.padStart(7)} ${'ms/page'.padStart(8)}`);
	for (const [name, r] of [
		['real site', real],
		[`real site + ${count.toLocaleString('en')} synthetic guides`, big],
	] as const) {
		console.log(
			`${name.padEnd(40)} ${r.seconds.toFixed(1).padStart(9)} ${String(r.pages).padStart(7)} ${((r.seconds * 1000) / r.pages).toFixed(1).padStart(8)}`,
		);
	}
} finally {
	await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
}
