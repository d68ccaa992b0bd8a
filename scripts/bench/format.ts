/**
 * Shared by the benchmark scripts: run a function with tinybench and print
 * p50 and p99 in milliseconds, so every `npm run bench` table reads alike.
 */
import { Bench } from 'tinybench';

export interface Case {
	name: string;
	fn: () => unknown;
}

/**
 * Runs the cases and prints one line each: name, p50, p99, samples. `iterations`
 * lowers tinybench's minimum number of runs for cases that take seconds.
 */
export async function runCases(title: string, cases: Case[], time = 500, iterations?: number): Promise<void> {
	const bench = new Bench({
		time,
		warmupTime: 100,
		...(iterations !== undefined ? { iterations, warmupIterations: 1 } : {}),
	});
	for (const c of cases) bench.add(c.name, c.fn);
	await bench.run();
	console.log(`\n${title}\n`);
	console.log(`${'case'.padEnd(56)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)} ${'samples'.padStart(8)}`);
	for (const task of bench.tasks) {
		const r = task.result;
		if (!r || !('latency' in r)) {
			console.log(`${task.name.padEnd(56)} failed`);
			continue;
		}
		const { p50, p99, samplesCount } = r.latency;
		console.log(
			`${task.name.padEnd(56)} ${(p50 ?? Number.NaN).toFixed(3).padStart(9)} ${(p99 ?? Number.NaN).toFixed(3).padStart(9)} ${String(samplesCount).padStart(8)}`,
		);
	}
}
