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
import { growLayout, mergeLayout, noLongerThan, shrinkLayout } from './dose-layouts';
import { AFTER_RECOVERY_FACTOR, LONG_RUN_MERGE_DIP, mergeBlockSec } from './rules';

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
 * A race plan's long run in two blocks, merged into one continuous run in
 * the week after a recovery week: one block half as long again as the
 * longest so far, at most `maxSec`, losing at most a recovery week's cut
 * on the last build week (rules.ts LONG_RUN_MERGE_DIP). Undefined when it
 * cannot.
 *
 * @example
 * continuousLongRun(facts, { longestBlockSec: 720 }, lastBuild, 1500) // 18 min continuous after 2 × 12 min
 */
export function continuousLongRun(
	facts: CurveFacts,
	soFar: Pick<BuildSoFar, 'longestBlockSec'>,
	build: WeekDose,
	maxSec: number,
): SizedLayout | undefined {
	if (!facts.race || build.main.reps !== 2) return undefined;
	return mergeLayout(
		build.main,
		Math.min(facts.curve.maxBlockSec, mergeBlockSec(soFar.longestBlockSec)),
		build.main.backwardSec * (1 - LONG_RUN_MERGE_DIP),
		maxSec,
		facts.mainStyle,
	);
}
