/**
 * Every rule names its source by a key of src/content/references.yaml, the
 * file the guides cite from, so a rule's source can be checked from a clone
 * and no comment points at a file outside the repository.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const references = parse(read('../../content/references.yaml')) as Record<string, unknown>;
const PLAN_FILES = [
	'rules.ts',
	'pace-basics.ts',
	'format.ts',
	'input.ts',
	'safety.ts',
	'targets.ts',
	'readiness.ts',
	'../log/rules.ts',
];

/** "[a-2001, b-2016]" and "[a-2001]" in comment lines, as keys (a key always has a hyphen). */
function citedKeys(text: string): string[] {
	const comments = text
		.split('\n')
		.filter((line) => /^\s*(\*|\/\/|\/\*\*)/.test(line))
		.join('\n');
	const key = '[a-z][a-z0-9]*(?:-[a-z0-9]+)+';
	return [...comments.matchAll(new RegExp(`\\[(${key}(?:, ${key})*)\\]`, 'g'))].flatMap((m) =>
		(m[1] ?? '').split(', '),
	);
}

describe('the plan rules cite their sources', () => {
	it('every key a rule cites is in references.yaml', () => {
		const cited = PLAN_FILES.flatMap((f) => citedKeys(read(f)));
		expect(cited.length).toBeGreaterThan(20);
		expect(cited.filter((k) => !(k in references))).toEqual([]);
	});

	it('cites the trial, the couch-to-5K programme and the load study the plan is built on', () => {
		const rules = citedKeys(read('rules.ts'));
		for (const key of ['alghadir-2019', 'nhs-couch-to-5k', 'nielsen-2014', 'higdon-plans', 'galloway-run-walk']) {
			expect(rules).toContain(key);
		}
	});

	it('no plan file points outside the repository', () => {
		for (const f of PLAN_FILES) expect(read(f), f).not.toMatch(/retro-facts|shared\/research|\bS2\b/);
	});

	it('nothing in src, scripts, test or the README points at the research files outside the repository', () => {
		const root = fileURLToPath(new URL('../../../', import.meta.url));
		const outside = /shared\/(research|seeds)|retro-facts\.md|peers\.md/;
		const files = ['src', 'scripts', 'test']
			.flatMap((dir) => readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)))
			.filter((f) => /\.(ts|tsx|mjs|js|astro|mdx|yaml|md|css|json)$/.test(f) && !f.endsWith('sources.test.ts'));
		expect(files.length).toBeGreaterThan(100);
		const pointing = [...files, 'README.md', 'astro.config.mjs', 'public/embed.js', 'public/_headers'].filter((f) =>
			outside.test(readFileSync(join(root, f), 'utf8')),
		);
		expect(pointing).toEqual([]);
	});
});
