/**
 * How much backward work each week holds: phases, recovery weeks, taper, and
 * how a week's backward time is shared between its sessions. The numbers
 * come from rules.ts; this file only combines them.
 */

import type { Experience } from './options';
import { type Goal, isRaceGoal, type Phase, type RaceGoal } from './options';
import {
	LONG_RUN_PEAK_FRACTION,
	LONG_SESSION_SHARE_TWO,
	OTHER_SESSION_PEAK_SHARE,
	RACE_DISTANCE_M,
	RECOVERY_EVERY_WEEKS,
	START_SESSION_BACKWARD_SEC,
	TAPER_FACTORS,
} from './rules';

/**
 * The phase of each week (index 0 = week 1).
 * - Race plans: the last week is `race`, the 1-2 before it `taper`, the two
 *   before those `peak`.
 * - Every 4th week is `recovery`, except in a race plan's last 2 training
 *   weeks before the taper (the peak needs them, and the taper already
 *   brings the rest). A recovery week always has training weeks on each side.
 * - The first quarter is `foundation`; the rest `build`.
 *
 * @example
 * planPhases('retro-5k', 6) // ['foundation','build','peak','peak','taper','race']
 */
export function planPhases(goal: Goal, weeks: number): Phase[] {
	const taper = isRaceGoal(goal) ? TAPER_FACTORS[goal].length : 0;
	const race = isRaceGoal(goal);
	const foundation = Math.max(1, Math.round(weeks / 4));
	const phases: Phase[] = [];
	for (let w = 1; w <= weeks; w++) {
		if (race && w === weeks) phases.push('race');
		else if (race && w > weeks - 1 - taper) phases.push('taper');
		else if (w % RECOVERY_EVERY_WEEKS === 0 && (!race || w <= weeks - taper - 3)) phases.push('recovery');
		else if (race && w > weeks - 3 - taper) phases.push('peak');
		else if (w <= foundation) phases.push('foundation');
		else phases.push('build');
	}
	return phases;
}

/** Backward seconds for the long session at its peak: 80 % of race distance (the mile: all of it) at easy backward pace. */
export function longRunPeakSec(goal: RaceGoal, backSecPerM: number): number {
	return RACE_DISTANCE_M[goal] * LONG_RUN_PEAK_FRACTION[goal] * backSecPerM;
}

/** Peak backward seconds for the other sessions of a race plan. */
export function otherSessionPeakSec(longPeakSec: number, experience: Experience): number {
	return Math.max(START_SESSION_BACKWARD_SEC[experience], longPeakSec * OTHER_SESSION_PEAK_SHARE);
}

/**
 * Split a week's backward seconds between sessions. `longIndex` (or -1) marks
 * the long session, which takes `longShare` of the week (at least 65 % with
 * two sessions) but never more than `longCap`; the others share the rest, each up
 * to `otherCap`; whatever the others cannot take goes back to the long one.
 * Without a long session the split is even.
 *
 * @example
 * splitWeek(3000, 3, 2, 0.5, 3000, 1000) // [750, 750, 1500]
 */
export function splitWeek(
	total: number,
	count: number,
	longIndex: number,
	longShare = 0.5,
	longCap = Infinity,
	otherCap = Infinity,
): number[] {
	if (count <= 0) return [];
	if (longIndex < 0 || count === 1) {
		const each = Math.min(total / count, count === 1 ? longCap : otherCap);
		return Array.from({ length: count }, () => each);
	}
	const share = count >= 3 ? longShare : Math.max(longShare, LONG_SESSION_SHARE_TWO);
	let long = Math.min(longCap, Math.max(total * share, total / count));
	const other = Math.min(otherCap, (total - long) / (count - 1));
	long = Math.min(longCap, total - other * (count - 1));
	return Array.from({ length: count }, (_, i) => (i === longIndex ? long : other));
}
