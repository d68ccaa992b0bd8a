/**
 * The published JSON Schema is a real contract: a JSON Schema validator (ajv,
 * draft 2020-12) accepts every plan file we write and rejects broken ones, so
 * anyone can check a plan file without our code.
 */
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validInput } from '../../../test/support/plan-fixtures';
import { generatePlan, parsePlanInput } from '../index';
import { planJsonSchema, planToJson } from './index';

const validate = new Ajv2020({ strict: false, allErrors: true }).compile(planJsonSchema('https://retrostride.example'));

describe('the published plan JSON Schema', () => {
	it('accepts the plan file of any valid plan', () => {
		fc.assert(
			fc.property(validInput, (input) => {
				const file = JSON.parse(planToJson(generatePlan(input)));
				expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
			}),
			{ numRuns: 200 },
		);
	});

	it('rejects a file with the wrong format, version or a broken session', () => {
		const parsed = parsePlanInput({ startDate: '2026-03-02' });
		if (!parsed.ok) throw new Error('fixture');
		const file = JSON.parse(planToJson(generatePlan(parsed.value)));
		expect(validate({ ...file, format: 'other' })).toBe(false);
		expect(validate({ ...file, version: 3 })).toBe(false);
		const broken = structuredClone(file);
		broken.plan.weeks[0].sessions[0].date = 'Monday';
		expect(validate(broken)).toBe(false);
	});

	it('names its own address', () => {
		expect(planJsonSchema('https://clubs.example/retro').$id).toBe('https://clubs.example/retro/schema/plan.v2.json');
	});
});
