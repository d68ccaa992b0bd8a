// Adds up the JSON reports of Vitest and Playwright and the non-runner gates
// into the single closing line CI reads: "N passed, N failed".
// A runner whose report is missing (it crashed before writing one) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const [gatesPassed = '0', gatesFailed = '0'] = process.argv.slice(2);
let passed = Number(gatesPassed);
let failed = Number(gatesFailed);

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);

const vitest = read('test-results/vitest.json');
if (vitest) {
	passed += vitest.numPassedTests;
	failed += vitest.numFailedTests;
	// A file that failed to load has no tests to count; it is still a failure.
	failed += vitest.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
} else {
	failed += 1;
}

const playwright = read('test-results/playwright.json');
if (playwright) {
	passed += playwright.stats.expected + playwright.stats.flaky;
	failed += playwright.stats.unexpected;
	failed += playwright.errors?.length ?? 0;
} else if (existsSync('test-results/playwright.ran')) {
	failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
