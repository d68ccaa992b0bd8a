/**
 * The end of a plan: taper weeks cut the peak's sessions by the race's
 * taper factor, and race week keeps only a shakeout smaller than the last
 * taper session. A run/walk tapers in the runs the race is run in: whole
 * runs fewer, never shorter runs (README, Decisions).
 */
import type { SizedLayout } from './blocks';
import type { CurveFacts, WeekDose } from './dose-curve';
import { shrinkLayout } from './dose-layouts';
import { type Goal, isRaceGoal } from './options';
import { RACE_WEEK_SHAKEOUT_SEC, SHAKEOUT_OF_TAPER, TAPER_FACTORS } from './rules';

/**
 * The share of the peak a taper week keeps: the race's factor for that
 * taper week (rules.ts TAPER_FACTORS), half past the race's list, and 60 %
 * in a plan without a race.
 *
 * @example
 * taperFactor('retro-half', 1) // 0.5: the second taper week before a half
 * taperFactor('mix-in', 0) // 0.6
 */
export function taperFactor(goal: Goal, taperIndex: number): number {
	return isRaceGoal(goal) ? (TAPER_FACTORS[goal][taperIndex] ?? 0.5) : 0.6;
}

/**
 * A taper week: the peak's sessions cut by `factor` (taperFactor), each in
 * the peak's own blocks; a run/walk drops whole runs.
 *
 * @example
 * taperWeek(facts, peak, 0.75) // a run/walk long run of 12 × 10 min becomes 9 × 10 min
 */
export function taperWeek(facts: CurveFacts, peak: WeekDose, factor: number): [SizedLayout, SizedLayout] {
	const main = shrinkLayout(peak.main, peak.main.backwardSec * factor, facts.mainStyle, { wholeRuns: true });
	const support = shrinkLayout(peak.support, peak.support.backwardSec * factor, facts.supportStyle, {
		wholeRuns: true,
	});
	return [main, support];
}

/**
 * Race week's shakeout: smaller than the last taper session (rules.ts
 * SHAKEOUT_OF_TAPER, at most RACE_WEEK_SHAKEOUT_SEC), in its blocks; taken
 * from the other sessions where the last week had more than one.
 *
 * @example
 * raceWeekShakeout(facts, lastTaperWeek) // { shakeout: a few short blocks }
 */
export function raceWeekShakeout(facts: CurveFacts, previous: WeekDose): Pick<WeekDose, 'shakeout'> {
	const from = previous.count > 1 ? previous.support : previous.main;
	const target = Math.min(RACE_WEEK_SHAKEOUT_SEC, from.backwardSec * SHAKEOUT_OF_TAPER);
	return { shakeout: shrinkLayout(from, target, facts.supportStyle) };
}
