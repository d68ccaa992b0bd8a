/**
 * Race readiness, read off a finished plan: the longest continuous backward
 * run and the longest backward session before the taper, against what the
 * race asks for (targets.ts, rules.ts READINESS_FRACTION). The input check
 * refuses a race plan that would not be ready, so every plan the builder
 * shows is; the builder and the tests read the numbers from here.
 */
import { createContext } from './context';
import { isRaceGoal } from './options';
import type { Plan, Segment, Week } from './schema';
import { type RaceTarget, raceTarget } from './targets';

/** How ready a race plan gets before its taper. */
export interface Readiness extends RaceTarget {
	/** Longest continuous backward run before the taper, seconds. */
	readonly longestBlockSec: number;
	/** Longest backward session before the taper, seconds. */
	readonly longestSessionSec: number;
	/** True when both reach their targets. */
	readonly ready: boolean;
}

/** Seconds of one repetition of a backward running segment (by time, or by distance at easy pace). */
function runBlockSec(segment: Segment, backSecPerM: number): number {
	if (segment.direction !== 'backward' || segment.mode !== 'run') return 0;
	return segment.durationSec ?? (segment.distanceM ?? 0) * backSecPerM;
}

/**
 * The readiness of a race plan; undefined for other goals.
 *
 * @example
 * raceReadiness(plan)?.ready // true for every plan parsePlanInput accepts
 *
 * Never throws for a plan from generatePlan or applyPlanEdits.
 */
export function raceReadiness(plan: Plan): Readiness | undefined {
	const { goal } = plan.input;
	if (!isRaceGoal(goal)) return undefined;
	const ctx = createContext(plan.input);
	return readinessOver(raceTarget(ctx, goal), plan.weeks, ctx.backSecPerM);
}

/**
 * Readiness of the weeks of a plan against a race target: what
 * generatePlan reads with the target it has just built toward, so it
 * never rebuilds the context or the target to check its own plan.
 *
 * @example
 * readinessOver(targets.race, weeks, ctx.backSecPerM).ready
 */
export function readinessOver(target: RaceTarget, weeks: readonly Week[], backSecPerM: number): Readiness {
	let longestBlockSec = 0;
	let longestSessionSec = 0;
	for (const week of weeks) {
		if (week.phase === 'taper' || week.phase === 'race') break;
		for (const s of week.sessions) {
			if (s.skipped) continue; // a skipped session trains nothing
			longestSessionSec = Math.max(longestSessionSec, s.backwardSec);
			for (const g of s.segments) longestBlockSec = Math.max(longestBlockSec, runBlockSec(g, backSecPerM));
		}
	}
	return {
		...target,
		longestBlockSec,
		longestSessionSec,
		ready: longestBlockSec >= target.readyBlockSec - 0.5 && longestSessionSec >= target.readySessionSec - 0.5,
	};
}
