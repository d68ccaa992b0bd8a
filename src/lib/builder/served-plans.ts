/**
 * The plans the builder page is served with, made on the server: the one it
 * renders and the same defaults in every unit. On a first visit the builder
 * moves the reader's one to today (plan/redate.ts) instead of running the
 * engine, which loads only when the runner reaches for the form: a reader who
 * only looks never downloads it (about 18 KB gzip, README "Page weight").
 */
import { generatePlan } from '../plan/generate';
import { canonicalJson } from '../plan/hash';
import { UNITS } from '../plan/options';
import type { Plan } from '../plan/plan-schema';
import type { PlanInput } from '../plan/schema';
import { inUnits } from './form';

/**
 * `base`'s plan first (the one the server renders), then its defaults in each
 * other unit; no input twice. The build writes them to /plan/served-plans.json.
 *
 * Never throws for a valid input.
 *
 * @example
 * servedPlans(defaultPlanInput('2026-11-30')).map((p) => p.input.units) // ['km', 'mi']
 */
export function servedPlans(base: PlanInput): [Plan, ...Plan[]] {
	const made = new Set([canonicalJson(base)]);
	const others: PlanInput[] = [];
	for (const input of UNITS.map((units) => inUnits(base, units))) {
		const key = canonicalJson(input);
		if (!made.has(key)) others.push(input);
		made.add(key);
	}
	return [generatePlan(base), ...others.map((input) => generatePlan(input))];
}
