/**
 * scripts/find-chromium.sh, which every browser test run starts with: it
 * finds a Chromium in the documented order, and when there is none it says
 * exactly what to install instead of failing somewhere inside Playwright.
 * Each case runs the script with a PATH of our making, so the machine's own
 * Chromium cannot answer for it.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = resolve('scripts/find-chromium.sh');
const dirs: string[] = [];
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A bin directory holding only the tools the script needs (no node, no browser, no apt-get). */
function bareBin(): string {
	const dir = mkdtempSync(join(tmpdir(), 'find-chromium-'));
	dirs.push(dir);
	for (const tool of ['id', 'cat']) {
		const found = spawnSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
		symlinkSync(found, join(dir, tool));
	}
	return dir;
}

function fakeBrowser(dir: string, name: string): string {
	const path = join(dir, name);
	writeFileSync(path, '#!/bin/sh\nexit 0\n');
	chmodSync(path, 0o755);
	return path;
}

function run(env: Record<string, string>) {
	return spawnSync('/bin/bash', [script], { env, encoding: 'utf8' });
}

describe('find-chromium.sh', () => {
	it('names what to install when no browser can be found, and exits 1', () => {
		const bin = bareBin();
		const result = run({ PATH: bin, CHROMIUM_PATH: join(bin, 'missing'), CHROMIUM_NO_INSTALL: '1' });
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('No Chromium or Chrome was found');
		expect(result.stderr).toContain('sudo apt-get install -y chromium');
		expect(result.stderr).toContain('brew install --cask chromium');
		expect(result.stderr).toContain('CHROMIUM_PATH');
	});

	it('takes CHROMIUM_PATH first when it is an executable', () => {
		const bin = bareBin();
		const chosen = fakeBrowser(bin, 'my-chrome');
		fakeBrowser(bin, 'chromium');
		const result = run({ PATH: bin, CHROMIUM_PATH: chosen, CHROMIUM_NO_INSTALL: '1' });
		expect(result.status).toBe(0);
		expect(result.stdout.trim()).toBe(chosen);
	});

	it('falls back to a Chromium on PATH', () => {
		const bin = bareBin();
		const chromium = fakeBrowser(bin, 'chromium');
		const result = run({ PATH: bin, CHROMIUM_NO_INSTALL: '1' });
		expect(result.status).toBe(0);
		expect(result.stdout.trim()).toBe(chromium);
	});
});
