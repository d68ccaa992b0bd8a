/**
 * What the browser benchmarks share (scripts/bench/lighthouse.mjs,
 * scripts/bench/search-latency.mjs): the median of a few runs, and waiting
 * for the preview server they start to answer.
 */

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
