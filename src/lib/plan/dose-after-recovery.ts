/**
 * The week after a recovery week: lighter than the week before the
 * recovery, so each block of the build starts a little above the last one
 * rather than 1.7× it (README, Decisions). In a race plan the long run may
 * climb on from the last build week while the others ease, and a long run
 * in two blocks turns continuous here, in a week that eases anyway.
 */
import type { SizedLayout } from './blocks';
import { type Climb, raceRun } from './dose-climb';
import { type BuildSoFar, type CurveFacts, type WeekDose, weekTotal } from './dose-curve';
import { growLayout, mergeLayout, noLongerThan, shrinkLayout, unevenLongRun } from './dose-layouts';
import { roundDurationSec } from './rounding';
import { AFTER_RECOVERY_FACTOR, LONG_BLOCK_FROM_SEC, LONG_RUN_MERGE_DIP, mergeBlockSec, nextBlockSec } from './rules';

/**
 * After a recovery week: last build week's sessions at 90 % (rules.ts
 * AFTER_RECOVERY_FACTOR), in the same blocks; a race plan's long run in
 * two blocks turns continuous instead where it can (continuousLongRun).
 *
 * @example
 * afterRecovery(facts, soFar, lastBuild) // the last build week's blocks, each shorter: about 90 % of it
 */
export function afterRecovery(
	facts: CurveFacts,
	soFar: Pick<BuildSoFar, 'longestBlockSec'>,
	build: WeekDose,
): [SizedLayout, SizedLayout] {
	const lighter = build.main.backwardSec * AFTER_RECOVERY_FACTOR;
	const merged = continuousLongRun(facts, soFar, build, lighter);
	const main = merged ?? shrinkLayout(build.main, lighter, facts.mainStyle, { strictlyBelow: true });
	const shrunk = shrinkLayout(
		build.support,
		Math.max(facts.startSupportSec, build.support.backwardSec * AFTER_RECOVERY_FACTOR),
		facts.supportStyle,
	);
	// Never under week 1's: where 90 % would be, the other sessions hold.
	const support = shrunk.backwardSec < facts.startSupportSec ? build.support : shrunk;
	return [main, facts.race ? support : main];
}

/**
 * The week after a recovery week in a race plan: the long run climbs on
 * from the last build week (`climbed`, dose-climb.ts climb from `build`)
 * while the other sessions ease to 90 % of theirs, so the week stays below
 * the week before the recovery (`before`). Undefined when the long run's
 * rise would not leave it below (the plain lighter week, afterRecovery, is
 * used then).
 *
 * @example
 * climbAfterRecovery(facts, soFar, climbed, lastBuild, beforeRecovery, 3) // [long run a step up, others at 90 %]
 */
export function climbAfterRecovery(
	facts: CurveFacts,
	soFar: Pick<BuildSoFar, 'longestBlockSec'>,
	climbed: Climb,
	build: WeekDose,
	before: WeekDose,
	count: number,
): [SizedLayout, SizedLayout] | undefined {
	const { supportStyle } = facts;
	const ceiling = weekTotal(before.main, before.support, before.count) - 15;
	const support = shrinkLayout(build.support, build.support.backwardSec * AFTER_RECOVERY_FACTOR, supportStyle, {
		strictlyBelow: true,
	});
	const { blockSec } = climbed;
	let main = climbed.main;
	const room = ceiling - support.backwardSec * (count - 1);
	// A long run in two blocks becomes continuous here instead, in a week that eases anyway.
	const merged = continuousLongRun(facts, soFar, build, Math.min(room, main.backwardSec));
	if (merged) return [merged, noLongerThan(support, merged, supportStyle)];
	if (main.backwardSec > room) {
		if (room <= build.main.backwardSec) return undefined;
		main = growLayout(
			build.main,
			room,
			{ blockSec, capSec: Math.min(room, main.backwardSec), merge: 'blocks-first', ...raceRun(facts) },
			facts.mainStyle,
		);
	}
	return [main, noLongerThan(support, main, supportStyle)];
}

/**
 * A race plan's long run in two blocks, on its way to one continuous run in
 * the week after a recovery week, at most `maxSec`, losing at most a
 * recovery week's cut on the last build week (rules.ts LONG_RUN_MERGE_DIP):
 * blocks under 10 minutes merge into one half as long again as the longest
 * so far; longer ones keep a shorter second block while the first grows by
 * the block ladder (dose-layouts.ts unevenLongRun), which a coach asked for
 * after reading 2 × 11 min become 17 minutes unbroken. Undefined when it
 * cannot.
 *
 * @example
 * continuousLongRun(facts, { longestBlockSec: 480 }, lastBuild, 1000) // 12 min continuous after 2 × 8 min
 * continuousLongRun(facts, { longestBlockSec: 660 }, lastBuild, 1440) // 15 min + 9 min after 2 × 11 min
 */
export function continuousLongRun(
	facts: CurveFacts,
	soFar: Pick<BuildSoFar, 'longestBlockSec'>,
	build: WeekDose,
	maxSec: number,
): SizedLayout | undefined {
	if (!facts.race || build.main.reps !== 2) return undefined;
	const minSec = build.main.backwardSec * (1 - LONG_RUN_MERGE_DIP);
	// A run/walk's runs merge whole (its race is run in runs of 5 or 10 minutes), and so do blocks under
	// 10 minutes (2 × 6 min becomes 9 min: half as long again is a few minutes there).
	if (facts.mainStyle.style === 'walk-breaks' || build.main.repSec < LONG_BLOCK_FROM_SEC)
		return mergeLayout(
			build.main,
			Math.min(facts.curve.maxBlockSec, mergeBlockSec(soFar.longestBlockSec)),
			minSec,
			maxSec,
			facts.mainStyle,
		);
	// The unbroken block grows by the block ladder and what is left follows after a jog.
	const first = roundDurationSec(Math.min(facts.curve.maxBlockSec, nextBlockSec(soFar.longestBlockSec)), 'nearest');
	if (first <= build.main.repSec) return undefined;
	return unevenLongRun(first, first, minSec, maxSec, maxSec, facts.mainStyle);
}
