/**
 * Components and pages reach src/lib only through its doors (biome.json,
 * `noRestrictedImports`). These cases run Biome on code passed on stdin, so a
 * change to the rule that lets a deep import through fails here, not in review.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const biome = resolve('node_modules/.bin/biome');
/** A scratch project with our biome.json, so the cases never touch src/. */
const scratch = mkdtempSync(join(tmpdir(), 'doors-'));
copyFileSync('biome.json', join(scratch, 'biome.json'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Lints `code` written at `path` in the scratch project; true when Biome
 * raises no restricted-import diagnostic. (Biome's stdin mode prints no
 * diagnostics, hence a real file.)
 */
function lintPasses(path: string, code: string): boolean {
	const file = join(scratch, path);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, code);
	const run = spawnSync(biome, ['lint', '--vcs-enabled=false', path], { cwd: scratch, encoding: 'utf8' });
	rmSync(file);
	if (run.error) throw run.error;
	return !`${run.stdout}${run.stderr}`.includes('noRestrictedImports');
}

describe('doors into src/lib', () => {
	it.each([
		['src/components/plan/X.tsx', "import { generatePlan } from '../../lib';\nexport const g = generatePlan;\n"],
		['src/components/plan/X.tsx', "import { planToIcs } from '../../lib/export';\nexport const g = planToIcs;\n"],
		['src/components/guide/X.tsx', "import { UNITS } from '../../lib/pace';\nexport const g = UNITS;\n"],
		['src/pages/x.ts', "import { buildSearchIndex } from '../lib/search';\nexport const g = buildSearchIndex;\n"],
		['src/components/coach/X.tsx', "import { buildSquad } from '../../lib/roster';\nexport const g = buildSquad;\n"],
		['src/components/plan/X.ts', "export const g = () => import('../../lib/engine');\n"],
	])('lets %s import through a door', (path, code) => {
		expect(lintPasses(path, code)).toBe(true);
	});

	it.each([
		['src/components/guide/X.tsx', "import { UNITS } from '../../lib/plan/options';\nexport const g = UNITS;\n"],
		['src/components/plan/X.tsx', "import { rules } from '../../lib/plan/rules';\nexport const g = rules;\n"],
		['src/pages/x.ts', "import { shapes } from '../lib/plan/shapes';\nexport const g = shapes;\n"],
		['src/components/player/X.tsx', "import { t } from '../../lib/player/timeline';\nexport const g = t;\n"],
		['src/components/coach/X.tsx', "import { squadZip } from '../../lib/roster/zip';\nexport const g = squadZip;\n"],
	])('refuses a deep import in %s', (path, code) => {
		expect(lintPasses(path, code)).toBe(false);
	});

	it('leaves src/lib free to import its own modules', () => {
		expect(
			lintPasses('src/lib/guides/x.ts', "import { UNITS } from '../plan/options';\nexport const g = UNITS;\n"),
		).toBe(true);
	});
});
