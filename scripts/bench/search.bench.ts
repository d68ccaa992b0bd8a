/**
 * Site search: the size of the shipped index and how long a query takes,
 * over the real index (dist/search-index.json, built by `npm run build`) and
 * over a synthetic index of 1,000 guides made from the real ones.
 * Target from the search issue: p50 under 5 ms at 1,000 guides.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
	buildSearchIndex,
	createSearchEngine,
	type GuideSource,
	isSearchIndexData,
	type SearchIndexData,
} from '../../src/lib/search';
import { RELEVANCE_CASES } from '../../src/lib/search/relevance-cases';
import { readGuideFiles } from '../../test/support/guide-files';
import { readToolPages } from '../../test/support/tool-pages';
import { runCases } from './format';

const root = join(import.meta.dirname, '..', '..');
const built = join(root, 'dist', 'search-index.json');
const realGuides = readGuideFiles(join(root, 'src', 'content', 'guides'));

let real: SearchIndexData;
let realSource: string;
if (existsSync(built)) {
	const parsed: unknown = JSON.parse(readFileSync(built, 'utf8'));
	if (!isSearchIndexData(parsed)) throw new Error(`${built} is not a search index of this version; rebuild.`);
	real = parsed;
	realSource = 'dist/search-index.json';
} else {
	real = buildSearchIndex(realGuides, readToolPages(join(root, 'src', 'pages')));
	realSource = 'built from src/content/guides (run npm run build for the shipped file)';
}

/** A small deterministic PRNG (mulberry32), so every run times the same index. */
function rng(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * 1,000 guides: each takes the sections of a real guide, shuffles their
 * sentences, and swaps about one word in twelve for an invented one, so the
 * vocabulary grows as a real 1,000-guide site's would (about 40,000 distinct
 * words rather than the real index's few thousand).
 */
function syntheticGuides(count: number): GuideSource[] {
	const random = rng(42);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
	const syllables = [
		'ka',
		'ro',
		'mi',
		'tes',
		'lun',
		'dor',
		'pha',
		'vel',
		'sti',
		'gra',
		'nu',
		'quo',
		'bre',
		'zan',
		'fol',
	];
	const invented = Array.from({ length: 40_000 }, () =>
		Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(syllables)).join(''),
	);
	const sentences = realGuides.flatMap((g) =>
		g.body.split(/(?<=[.!?])\s+/).filter((s) => s.length > 30 && !s.startsWith('#')),
	);
	const headings = realGuides.flatMap((g) => [...g.body.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1] ?? ''));
	const mutate = (text: string) =>
		text
			.split(' ')
			.map((w) => (random() < 1 / 12 ? pick(invented) : w))
			.join(' ');
	return Array.from({ length: count }, (_, i) => {
		const base = pick(realGuides);
		const sections = Array.from({ length: 5 + Math.floor(random() * 6) }, () => {
			const text = Array.from({ length: 4 + Math.floor(random() * 6) }, () => pick(sentences)).join(' ');
			return `## ${mutate(pick(headings))} ${i}\n\n${mutate(text)}\n`;
		});
		return {
			id: `synthetic-${i}`,
			title: mutate(base.title),
			description: mutate(base.description),
			category: base.category,
			tags: base.tags.map(mutate),
			body: `${mutate(pick(sentences))}\n\n${sections.join('\n')}`,
		};
	});
}

const synthetic = buildSearchIndex(syntheticGuides(1000), readToolPages(join(root, 'src', 'pages')));

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sizeRow = (name: string, data: SearchIndexData) => {
	const json = JSON.stringify(data);
	const words = new Set(json.toLowerCase().match(/[\p{L}\p{N}]+/gu)).size;
	console.log(
		`${name.padEnd(28)} ${String(data.p.length).padStart(5)} pages ${String(data.s.length).padStart(6)} sections ${kb(json.length).padStart(10)} raw ${kb(gzipSync(json, { level: 9 }).length).padStart(9)} gzip  ~${words} words`,
	);
};
console.log('\nSearch index size\n');
console.log(`(real index: ${realSource})`);
sizeRow('real index', real);
sizeRow('synthetic, 1,000 guides', synthetic);

const queries = RELEVANCE_CASES.map((c) => c.query);
const cycle = (engine: ReturnType<typeof createSearchEngine>) => {
	let i = 0;
	return () => engine.search(queries[i++ % queries.length] ?? '');
};

let t = performance.now();
const realEngine = createSearchEngine(real);
const realSetup = performance.now() - t;
t = performance.now();
const bigEngine = createSearchEngine(synthetic);
const bigSetup = performance.now() - t;
console.log(
	`\nEngine set-up (once, when the index arrives): real ${realSetup.toFixed(1)} ms, 1,000 guides ${bigSetup.toFixed(1)} ms`,
);

await runCases(`Search query time, over the ${queries.length} relevance queries in turn`, [
	{ name: 'real index: any query', fn: cycle(realEngine) },
	{ name: 'real index: "kne pain" (typo)', fn: () => realEngine.search('kne pain') },
	{ name: 'real index: "running" (matches every page)', fn: () => realEngine.search('running') },
	{ name: '1,000 guides: any query', fn: cycle(bigEngine) },
	{ name: '1,000 guides: "kne pain" (typo)', fn: () => bigEngine.search('kne pain') },
	{ name: '1,000 guides: "running" (matches every page)', fn: () => bigEngine.search('running') },
	{ name: '1,000 guides: "backwrds" (typo + synonym)', fn: () => bigEngine.search('backwrds') },
]);
