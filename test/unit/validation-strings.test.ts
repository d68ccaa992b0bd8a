/**
 * Validation text lives in src/i18n/validation.ts, so the next language is a
 * file: the modules that judge input hold no message of their own. Reads
 * their sources for a message written in place (a quoted or template string
 * after `error:`, `message:` or `return`), and checks that the dictionary is
 * what the runner actually reads.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validationStrings as v } from '../../src/i18n/validation';
import { parsePlanInput } from '../../src/lib';

const JUDGES = [
	'src/lib/plan/schema.ts',
	'src/lib/plan/input.ts',
	'src/lib/plan/input-checks.ts',
	'src/lib/builder/form.ts',
	'src/lib/builder/form-check.ts',
];

/** Code lines (comments left out) with a sentence written in place as an error, a message or a returned string. */
function messagesInPlace(path: string): string[] {
	return readFileSync(path, 'utf8')
		.split('\n')
		.filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
		.filter((line) => /(error:|message:|return|\?|:)\s*['`][A-Z][a-z]+ [^'`]{8,}/.test(line));
}

describe('validation text', () => {
	it.each(JUDGES)('%s writes no message in place', (path) => {
		expect(messagesInPlace(path)).toEqual([]);
	});

	it('is the text a runner reads', () => {
		const bad = parsePlanInput({ startDate: '2026-03-02', weeks: 999999999999, days: ['mon'] });
		expect(bad.ok).toBe(false);
		if (bad.ok) return;
		const messages = bad.errors.map((e) => e.message);
		expect(messages).toContain(v.weeks.range(4, 26));
		expect(messages).toContain(v.days.atLeastTwo);
	});
});
