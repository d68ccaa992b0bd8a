/**
 * The builder shows today's default plan by moving the server's plan, not by
 * running the engine (redate.ts): that is only right if a moved plan is the
 * plan the engine makes for the moved input, for any input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planOf, SOME, validInput } from '../../../test/support/plan-properties';
import { quickDefaultInput } from '../builder/form';
import { servedPlans } from '../builder/served-plans';
import { addDays } from './dates';
import { generatePlan } from './generate';
import { defaultPlanInput } from './input';
import type { Plan } from './plan-schema';
import { madeFrom, planFromServed, redatePlan } from './redate';
import type { PlanInput } from './schema';

const moved = (input: PlanInput, days: number): PlanInput => ({
	...input,
	startDate: addDays(input.startDate, days),
	...(input.raceDate === undefined ? {} : { raceDate: addDays(input.raceDate, days) }),
});

describe('redatePlan', () => {
	it('a plan moved by whole weeks is the plan the engine makes for the moved input, for any input', () => {
		fc.assert(
			fc.property(validInput, fc.integer({ min: -60, max: 60 }), (input, weeks) => {
				const target = moved(input, 7 * weeks);
				// Through JSON, as the browser gets it from /plan/served-plans.json.
				const served: Plan = JSON.parse(JSON.stringify(planOf(input)));
				expect(redatePlan(served, target.startDate)).toEqual(generatePlan(target));
			}),
			SOME(300),
		);
	});

	it('moves a plan across a year end and a leap day', () => {
		const input = defaultPlanInput('2027-12-20'); // Monday 20 Dec 2027; the plan runs into 2028
		const later = redatePlan(generatePlan(input), '2028-02-21');
		expect(later).toEqual(generatePlan({ ...input, startDate: '2028-02-21' }));
		expect(later?.weeks[1]?.endDate).toBe('2028-03-05');
		expect(later?.weeks.flatMap((w) => w.sessions.map((s) => s.date))).toContain('2028-02-29');
	});

	it('refuses a start that is not whole weeks away: the weekdays would change', () => {
		const plan = generatePlan(defaultPlanInput('2026-11-30'));
		expect(redatePlan(plan, '2026-12-08')).toBeUndefined();
		expect(redatePlan(plan, 'not a date')).toBeUndefined();
	});

	it('leaves edits behind: they were made on the plan it came from', () => {
		const plan = generatePlan(defaultPlanInput('2026-11-30'));
		const edited: Plan = { ...plan, edits: [{ type: 'move', session: 'w01-s1', to: '2026-12-01' }] };
		expect(redatePlan(edited, '2026-12-07')).not.toHaveProperty('edits');
	});
});

describe('planFromServed', () => {
	const base = defaultPlanInput('2026-11-30');
	const served = servedPlans(base);

	it('the server serves its own plan first, then the defaults in each other unit', () => {
		expect(served[0]).toEqual(generatePlan(base));
		expect(served.map((p) => p.input.units).sort()).toEqual(['km', 'mi']);
	});

	it('gives today’s defaults, in either unit, months after the server made them', () => {
		for (const locale of ['en-GB', 'en-US']) {
			const today = quickDefaultInput(base, '2027-04-14', locale);
			expect(planFromServed(served, today)).toEqual(generatePlan(today));
		}
	});

	it('for any served plan, gives the engine’s plan for its input moved by whole weeks, and nothing for a changed one', () => {
		fc.assert(
			fc.property(
				validInput,
				fc.integer({ min: -60, max: 60 }),
				fc.integer({ min: 1, max: 6 }),
				(input, weeks, day) => {
					const plans = [planOf(input)];
					const target = moved(input, 7 * weeks);
					expect(planFromServed(plans, target)).toEqual(generatePlan(target));
					expect(planFromServed(plans, moved(input, 7 * weeks + day))).toBeUndefined();
					expect(planFromServed(plans, { ...target, hasGuide: !target.hasGuide })).toBeUndefined();
				},
			),
			SOME(150),
		);
	});

	it('gives nothing for any other input: the engine must make it', () => {
		const today = quickDefaultInput(base, '2027-04-14', 'en-GB');
		expect(planFromServed(served, { ...today, weeks: today.weeks + 1 })).toBeUndefined();
		expect(planFromServed(served, { ...today, startDate: '2027-04-20' })).toBeUndefined();
		expect(planFromServed(served, { ...today, days: ['tue', 'thu', 'sun'] })).toBeUndefined();
		expect(planFromServed([], today)).toBeUndefined();
	});
});

describe('madeFrom', () => {
	it('knows a plan by its input, whatever the key order, and not by another input', () => {
		const input = defaultPlanInput('2026-11-30');
		const plan: Plan = JSON.parse(JSON.stringify(generatePlan(input)));
		const reordered = Object.fromEntries(Object.entries(input).reverse()) as PlanInput;
		expect(madeFrom(plan, reordered)).toBe(true);
		expect(madeFrom(plan, { ...input, weeks: input.weeks + 1 })).toBe(false);
	});
});
