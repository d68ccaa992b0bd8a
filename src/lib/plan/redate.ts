/**
 * A plan moved to another start, without the engine. The builder page shows
 * today's default plan the moment it hydrates, before anyone touches the
 * form; running the engine for that would put it (about 18 KB gzip) on every
 * visit. A plan's weeks depend on its start only through the weekdays, so the
 * server's plan moved by whole weeks is the plan the engine would make
 * (redate.test.ts holds that for any valid input). The engine loads when the
 * runner reaches for the form.
 */
import { addDays, daysBetween, type IsoDate } from './dates';
import { canonicalJson, hashValue } from './hash';
import type { Plan } from './plan-schema';
import type { PlanInput } from './schema';

/** The input moved by `days`: its start and race day. */
function shiftInput(input: PlanInput, days: number): PlanInput {
	const moved: PlanInput = { ...input, startDate: addDays(input.startDate, days) };
	if (input.raceDate !== undefined) moved.raceDate = addDays(input.raceDate, days);
	return moved;
}

/**
 * The plan moved to start on `startDate`, which must be whole weeks away
 * (same weekday), or undefined. Every date moves (weeks, sessions, the input's
 * start and race day) and the id follows the input; nothing else changes.
 * Edits are dropped: they belong to the plan they were made on.
 *
 * Never throws: a start that is not a date, or not whole weeks away, gives undefined.
 *
 * @example
 * redatePlan(generatePlan(input), addDays(input.startDate, 14))
 * // deep-equals generatePlan({ ...input, startDate: addDays(input.startDate, 14) })
 */
export function redatePlan(plan: Plan, startDate: IsoDate): Plan | undefined {
	const days = daysBetween(plan.input.startDate, startDate);
	if (days % 7 !== 0) return undefined;
	const input = shiftInput(plan.input, days);
	const { edits: _edits, ...generated } = plan;
	return {
		...generated,
		id: hashValue(input),
		input,
		weeks: plan.weeks.map((w) => ({
			...w,
			startDate: addDays(w.startDate, days),
			endDate: addDays(w.endDate, days),
			sessions: w.sessions.map((s) => ({ ...s, date: addDays(s.date, days) })),
		})),
	};
}

/**
 * The plan for `input` from plans made before (the server's), when one of
 * them differs from it only by a start whole weeks away; undefined otherwise,
 * and the engine must make it.
 *
 * Never throws.
 *
 * @example
 * planFromServed([generatePlan(a)], { ...a, startDate: addDays(a.startDate, 7) }) // a's plan, a week later
 * planFromServed([generatePlan(a)], { ...a, weeks: a.weeks + 1 }) // undefined
 */
export function planFromServed(served: readonly Plan[], input: PlanInput): Plan | undefined {
	const wanted = canonicalJson(input);
	for (const plan of served) {
		const days = daysBetween(plan.input.startDate, input.startDate);
		if (days % 7 === 0 && canonicalJson(shiftInput(plan.input, days)) === wanted) {
			return redatePlan(plan, input.startDate);
		}
	}
	return undefined;
}

/**
 * True when `plan` was made from `input`: its id is the input's hash, as
 * `generatePlan` sets it, so key order and a trip through JSON do not matter.
 * The builder uses it to tell this build's served plans from a file cached
 * from another deploy.
 *
 * Never throws.
 *
 * @example
 * madeFrom(generatePlan(input), input) // true
 */
export function madeFrom(plan: Plan, input: PlanInput): boolean {
	return plan.id === hashValue(input);
}
