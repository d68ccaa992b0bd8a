/**
 * The measures a plan is shown in, apart from the rules that make it: how
 * numbers round as a coach writes them, the race distances and the defaults a
 * form starts from. A module of its own (rules.ts re-exports everything here)
 * because the builder page shows a plan before the engine loads (redate.ts)
 * and needs these lines, not the engine's rules: a bundler splits shared code
 * by module, not by export (README "Page weight").
 *
 * @example
 * RACE_DISTANCE_M['retro-5k'] // 5000
 */
import type { Experience, RaceGoal, Units } from './options';

/**
 * Durations round to 15 s below 10 minutes and to whole minutes from 10
 * minutes up ("8 × 19 min 30 s" and "27 min 2 s" are not what a coach
 * writes). Coaching convention.
 */
export const DURATION_STEP_SEC = { short: 15, long: 60, longFromSec: 600 } as const;

/**
 * Distances round to 50 m in kilometres and to 0.05 mi in miles; on a track
 * to 100 m, 200 m or whole 400 m laps; short efforts (sprints) to 50 m in
 * both. Coaching convention.
 */
export const DISTANCE_STEP_M = { km: 50, mi: 80.4672, trackLapM: 400, trackShortM: [100, 200] } as const;

/** Forward distances (easy runs from a weekly distance) round to 0.25 mi or 0.5 km: nobody runs 3.37 km easy. */
export const FORWARD_DISTANCE_STEP_M: Readonly<Record<Units, number>> = { km: 500, mi: 402.336 };

/** Race distances in metres. */
export const RACE_DISTANCE_M: Readonly<Record<RaceGoal, number>> = {
	'retro-mile': 1609.344,
	'retro-5k': 5000,
	'retro-10k': 10000,
	'retro-half': 21097.5,
};

/** Default forward easy pace, seconds per unit, when the runner gives none (coaching convention). */
export const DEFAULT_FORWARD_EASY_PACE: Readonly<Record<Experience, Readonly<Record<Units, number>>>> = {
	new: { km: 420, mi: 675 }, // 7:00/km, 11:15/mi
	some: { km: 390, mi: 630 }, // 6:30/km, 10:30/mi
	regular: { km: 360, mi: 580 }, // 6:00/km, 9:40/mi
};

/** How long a runner can run forward without stopping, when they do not say: 30 minutes (a Couch to 5K graduate). */
export const DEFAULT_CURRENT_RUN_MINUTES = 30;
