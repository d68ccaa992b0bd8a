/**
 * Fetches the plans the server made for the builder (/plan/served-plans.json,
 * src/pages/plan/served-plans.json.ts). They are our own build's output, so a
 * light check suffices (no zod before the first paint): a list of plans. No
 * network and no worker cache, or anything else, gives undefined, and the
 * island makes its plan with the engine instead (PlanBuilderIsland.tsx).
 */
import type { Plan } from '../../lib';
import type { ServedPlans } from './plan-builder-state';

/** Where the island fetches them, under the base path: the route src/pages/plan/served-plans.json.ts. */
export const SERVED_PLANS_PATH = 'plan/served-plans.json';

const isPlan = (p: unknown): p is Plan =>
	typeof p === 'object' && p !== null && Array.isArray((p as Plan).weeks) && typeof (p as Plan).input === 'object';

/**
 * True when `value` is a non-empty list of plans.
 * Example: `isServedList(JSON.parse('[]')) === false`.
 */
export function isServedList(value: unknown): value is ServedPlans {
	return Array.isArray(value) && value.length > 0 && value.every(isPlan);
}

/**
 * The served plans at `url`, undefined on any failure; never throws.
 * Example: `await fetchServedPlans('/plan/served-plans.json')`.
 */
export async function fetchServedPlans(url: string): Promise<ServedPlans | undefined> {
	try {
		const response = await fetch(url);
		if (!response.ok) return undefined;
		const value: unknown = await response.json();
		return isServedList(value) ? value : undefined;
	} catch {
		return undefined;
	}
}
