import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { BIG_INPUT, DST_SPAN_INPUT, planOf } from '../../../test/support/plan-fixtures';
import { generatePlan } from '../plan/generate';
import { MAX_PLAN_JSON_LENGTH, parsePlanJson, planJsonSchema, planToJson } from './json';

const plan = planOf(DST_SPAN_INPUT);
const small = planOf({ goal: 'drills', startDate: '2026-03-02', weeks: 4, days: ['tue', 'sat'] });

function refused(text: string): string {
	const result = parsePlanJson(text);
	if (result.ok) throw new Error('expected a refusal');
	return result.message;
}

describe('planToJson', () => {
	it('wraps the plan in a versioned envelope', () => {
		const file = JSON.parse(planToJson(plan));
		expect(file).toEqual({
			$schema: 'https://retrostride.example/schema/plan.v2.json',
			format: 'retrostride-plan',
			version: 2,
			plan,
		});
		expect(JSON.parse(planToJson(plan, { siteUrl: 'https://club.example/' })).$schema).toBe(
			'https://club.example/schema/plan.v2.json',
		);
	});
	it('keeps the largest plan well under the import limit', () => {
		expect(planToJson(planOf(BIG_INPUT)).length).toBeLessThan(MAX_PLAN_JSON_LENGTH / 4);
	});
});

describe('parsePlanJson', () => {
	it('round-trips an export, unchanged', () => {
		expect(parsePlanJson(planToJson(plan))).toEqual({ ok: true, value: plan, changed: false });
		expect(parsePlanJson(`\uFEFF${planToJson(small)}`)).toEqual({ ok: true, value: small, changed: false });
	});

	it('rebuilds a tampered body from its input and says it changed', () => {
		const file = JSON.parse(planToJson(plan));
		file.plan.weeks[0].sessions[0].safetyNotes = [];
		file.plan.weeks[1].sessions[0].segments[0].repeats = 40;
		const result = parsePlanJson(JSON.stringify(file));
		expect(result).toEqual({ ok: true, value: generatePlan(plan.input), changed: true });
	});

	it('refuses settings the builder would not accept', () => {
		const file = JSON.parse(planToJson(plan));
		file.plan.input.longRunDay = 'fri'; // valid alone, not among the training days
		expect(refused(JSON.stringify(file))).toMatch(/settings we cannot use: Your long-run day must be one of/);
		file.plan.input.days = ['mon'];
		expect(refused(JSON.stringify(file))).toMatch(/plan\.input\.days: Choose at least 2 training days/);
	});

	it('still reads version 1 files, made before edits existed', () => {
		const file = JSON.parse(planToJson(plan));
		const v1 = { ...file, $schema: 'https://retrostride.example/schema/plan.v1.json', version: 1 };
		expect(parsePlanJson(JSON.stringify(v1))).toEqual({ ok: true, value: plan, changed: false });
	});

	it('refuses other versions', () => {
		const file = JSON.parse(planToJson(plan));
		expect(refused(JSON.stringify({ ...file, version: 3 }))).toMatch(/newer version/);
		expect(refused(JSON.stringify({ ...file, version: 0 }))).toMatch(/version Retrostride cannot read/);
		expect(refused(JSON.stringify({ ...file, version: '1' }))).toMatch(/version Retrostride cannot read/);
		expect(refused(JSON.stringify({ ...file, version: undefined }))).toMatch(/version/);
	});

	it('refuses the wrong kind of file', () => {
		expect(refused(JSON.stringify(plan))).toMatch(/not a Retrostride plan file/); // a bare plan, no envelope
		expect(refused('[1,2,3]')).toMatch(/not a Retrostride plan file/);
		expect(refused('"retrostride-plan"')).toMatch(/not a Retrostride plan file/);
		expect(refused('{"format":"ics"}')).toMatch(/not a Retrostride plan file/);
		expect(refused('')).toMatch(/empty/);
	});

	it('refuses the wrong shape, naming the field but not its value', () => {
		const file = JSON.parse(planToJson(plan));
		file.plan.weeks[2].sessions[1].date = '<img src=x onerror=alert(1)>';
		const message = refused(JSON.stringify(file));
		expect(message).toMatch(/damaged.*plan\.weeks\.2\.sessions\.1\.date/);
		expect(message).not.toContain('<img');
		expect(refused(JSON.stringify({ ...file, plan: { ...file.plan, weeks: 'many' } }))).toMatch(/plan\.weeks/);
	});

	it('refuses a truncated file', () => {
		const text = planToJson(plan);
		expect(refused(text.slice(0, text.length / 2))).toMatch(/cut short/);
	});

	it('refuses a 10 MB file before parsing it', () => {
		const huge = `{"format":"retrostride-plan","version":1,"plan":"${'x'.repeat(10 * 1024 * 1024)}"}`;
		// Refused by its length alone: the JSON parser never sees it (a check, not a timing).
		const parse = vi.spyOn(JSON, 'parse');
		expect(refused(huge)).toMatch(/too big/);
		expect(parse).not.toHaveBeenCalled();
		parse.mockRestore();
	});

	it('never throws on non-string input from untyped callers', () => {
		for (const junk of [null, undefined, 42, {}]) expect(parsePlanJson(junk as unknown as string).ok).toBe(false);
	});
});

describe('parsePlanJson (properties)', () => {
	it('never throws on random JSON values and strings', () => {
		fc.assert(
			fc.property(fc.oneof(fc.json(), fc.string(), fc.string({ unit: 'binary' })), (text) => {
				expect(typeof parsePlanJson(text).ok).toBe('boolean');
			}),
			{ numRuns: 1000 },
		);
	});

	it('never throws on mutated exports, and accepts only what rebuilds cleanly', () => {
		const text = planToJson(small);
		const mutated = fc
			.tuple(fc.nat(text.length), fc.nat(12), fc.string({ unit: 'binary-ascii', maxLength: 4 }))
			.map(([at, len, insert]) => text.slice(0, at) + insert + text.slice(at + len));
		fc.assert(
			fc.property(mutated, (candidate) => {
				const result = parsePlanJson(candidate);
				if (result.ok) expect(result.value).toEqual(generatePlan(result.value.input));
			}),
			{ numRuns: 1000 },
		);
	});
});

describe('planJsonSchema', () => {
	const schema = planJsonSchema() as {
		$id: string;
		$schema: string;
		properties: Record<string, Record<string, unknown>>;
		required: string[];
	};
	it('is the JSON Schema of the envelope, generated from zod', () => {
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.$id).toBe('https://retrostride.example/schema/plan.v2.json');
		expect(planJsonSchema('https://retrostride.example', 1).$id).toBe(
			'https://retrostride.example/schema/plan.v1.json',
		);
		expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'plan']));
		expect(schema.properties.format).toMatchObject({ const: 'retrostride-plan' });
		expect(schema.properties.version).toMatchObject({ const: 2 });
		expect(JSON.stringify(schema)).toContain('"startDate"');
	});
	it('serialises to plain JSON', () => {
		expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
	});
});
