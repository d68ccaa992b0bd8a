/**
 * What the browser benchmarks share (scripts/bench/lighthouse.mjs,
 * scripts/bench/search-latency.mjs): the median of a few runs, starting the
 * preview server over dist/, and waiting for it to answer.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** Starts `astro preview` of the project at `root` on 127.0.0.1:`port`; kill the returned process when done. */
export function startPreview(root, port) {
	return spawn(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port)],
		{ cwd: root, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
	);
}

/**
 * The middle value: one slow or fast run cannot move it.
 *
 * @example
 * median([300, 120, 140]) // 140
 */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Resolves once `url` answers 200, polling every 200 ms.
 *
 * @throws {Error} when it has not answered after `tries` polls (20 s by default).
 */
export async function waitForServer(url, tries = 100) {
	for (let i = 0; i < tries; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`${url} did not answer`);
}
