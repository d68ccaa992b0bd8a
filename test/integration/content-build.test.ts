/**
 * A guide that cites a source we do not have must never reach readers. These
 * tests build a throwaway copy of the site with one bad citation and check that
 * `astro build` refuses it, with a message that names the bad id.
 *
 * They build for real (no mocks): that is the behaviour we promise authors.
 * The same holds for a build that does not say where the site will live.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const guide = 'src/content/guides/what-is-retro-running.mdx';
const dirs: string[] = [];

/** Copies the site's sources into a temp dir (node_modules linked, not copied). */
async function fixture(): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'retrostride-build-'));
	dirs.push(dir);
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
		await cp(join(root, entry), join(dir, entry), { recursive: true });
	}
	await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}

/**
 * Runs `astro build` in dir and returns its exit code and combined output;
 * for the placeholder address unless `env` says otherwise.
 */
async function build(
	dir: string,
	env: NodeJS.ProcessEnv = { ...process.env, ALLOW_PLACEHOLDER_SITE: '1' },
): Promise<{ code: number; output: string }> {
	try {
		const { stdout, stderr } = await run(process.execPath, [astroBin, 'build'], {
			cwd: dir,
			env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
			maxBuffer: 32 * 1024 * 1024,
		});
		return { code: 0, output: stdout + stderr };
	} catch (error) {
		const e = error as { code?: number; stdout?: string; stderr?: string };
		return { code: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
	}
}

afterEach(async () => {
	await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('a guide citing a missing reference', () => {
	it('fails the build when the frontmatter lists an id that is not in references.yaml', async () => {
		const dir = await fixture();
		const path = join(dir, guide);
		const text = await readFile(path, 'utf8');
		await writeFile(path, text.replace('references: [', 'references: [no-such-study-1999, '));
		const { code, output } = await build(dir);
		expect(code).not.toBe(0);
		expect(output).toContain('no-such-study-1999');
	});

	it('fails the build when <Cite> names an id the guide does not list', async () => {
		const dir = await fixture();
		const path = join(dir, guide);
		const text = await readFile(path, 'utf8');
		await writeFile(path, `${text}\nOne more claim <Cite id="made-up-2024" />.\n`);
		const { code, output } = await build(dir);
		expect(code).not.toBe(0);
		expect(output).toContain('made-up-2024');
	});

	it('builds the unmodified copy, so the failures above are caused by the bad ids alone', async () => {
		const dir = await fixture();
		const { code, output } = await build(dir);
		expect(output).not.toMatch(/\[ERROR\]/);
		expect(code).toBe(0);
	});
});

describe('a production build without its address', () => {
	it('stops and says how to set SITE_URL, rather than publish links to a placeholder', async () => {
		const dir = await fixture();
		const { SITE_URL: _site, ALLOW_PLACEHOLDER_SITE: _allow, ...env } = process.env;
		const { code, output } = await build(dir, env);
		expect(code).not.toBe(0);
		expect(output).toContain('Set SITE_URL to the address the site will be served from');
		expect(output).toContain('SITE_URL=http://localhost:4321');
	});
});
