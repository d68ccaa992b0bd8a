/**
 * The walk/run foundation for runners new to running (rules.ts,
 * WALK_RUN_STAGES): which stage each week uses, how backward blocks rest while it lasts, and when backward running
 * may start. A runner who can already run 30 minutes forward has none.
 */
import type { SizedLayout } from './blocks';
import type { Phase } from './options';
import { roundDurationSec } from './rounding';
import {
	BACKWARD_JOG_FROM_MINUTES,
	FORWARD_FACTOR,
	FOUNDATION_UNTIL_MINUTES,
	MIX_IN_MAX_BACKWARD_OF_FORWARD,
	WALK_RUN_STAGES,
	type WalkRunStage,
} from './rules';

/**
 * The stage a runner starts on: the hardest one whose runs are no longer
 * than what they can run today; none from 30 minutes up.
 *
 * @example
 * foundationStartStage(0)  // 0 (8 × 1 min)
 * foundationStartStage(10) // 5 (2 × 10 min)
 * foundationStartStage(12) // 6 (2 × 12 min)
 * foundationStartStage(16) // 7 (16 min)
 * foundationStartStage(30) // undefined
 */
export function foundationStartStage(currentRunMinutes: number): number | undefined {
	let stage = 0;
	for (let i = 0; i < WALK_RUN_STAGES.length; i++) {
		if ((WALK_RUN_STAGES[i]?.runSec ?? Infinity) <= currentRunMinutes * 60) stage = i;
	}
	const last = WALK_RUN_STAGES.at(-1);
	return last !== undefined && currentRunMinutes * 60 >= last.runSec ? undefined : stage;
}

/**
 * The walk/run stage of every week (index 0 = week 1), `undefined` once the
 * foundation is done. A stage moves on one step each week, except after a
 * recovery week's hold (`holds[w]` true), as Couch to 5K says: repeat a week
 * when you need to.
 *
 * @example
 * foundationStages(25, [false, false, false, true, false]) // [9, 10, 11, 11, undefined]
 */
export function foundationStages(currentRunMinutes: number, holds: readonly boolean[]): (number | undefined)[] {
	const start = foundationStartStage(currentRunMinutes);
	const out: (number | undefined)[] = [];
	let stage = start;
	for (let w = 0; w < holds.length; w++) {
		if (w > 0 && stage !== undefined && !holds[w]) stage = stage + 1 < WALK_RUN_STAGES.length ? stage + 1 : undefined;
		out.push(stage);
	}
	return out;
}

/** The stage itself, or undefined. */
export function walkRunStage(stage: number | undefined): WalkRunStage | undefined {
	return stage === undefined ? undefined : WALK_RUN_STAGES[stage];
}

/**
 * The walk/run a week runs: its stage, and in a recovery week that stage
 * with each run cut as recovery weeks cut easy runs (rules.ts
 * FORWARD_FACTOR), rounded as a coach writes a time, walks as they were.
 * Couch to 5K has no recovery weeks; ours repeat the stage (the runner
 * consolidates it), and holding it whole left the week no lighter than the
 * one before (a coach read a mile plan from 0 minutes at 23, 23, 23 minutes
 * a session across the build week and its recovery week). The stage number
 * itself (what the runner can do) is unchanged: only what the week asks for
 * is lighter.
 *
 * @example
 * weekWalkRun(3, 'build')     // 3 × (5 min run, 3 min walk)
 * weekWalkRun(3, 'recovery')  // 3 × (4 min run, 3 min walk)
 * weekWalkRun(11, 'recovery') // 24 min run (the 30-minute stage)
 */
export function weekWalkRun(stage: number | undefined, phase: Phase): WalkRunStage | undefined {
	const s = walkRunStage(stage);
	if (s === undefined || phase !== 'recovery') return s;
	return { ...s, runSec: roundDurationSec(s.runSec * FORWARD_FACTOR.recovery) };
}

/** The foundation's goal run, seconds: 20 minutes without a break (rules.ts FOUNDATION_UNTIL_MINUTES). */
export const FOUNDATION_RUN_SEC = FOUNDATION_UNTIL_MINUTES * 60;

/**
 * The most backward work a mixed run may hold while the walk/run foundation
 * lasts, seconds (unrounded): a third (rules.ts MIX_IN_MAX_BACKWARD_OF_FORWARD)
 * of the shortest continuous run still ahead from `stage` (16 minutes while
 * the runner still walks between runs), of the foundation's 20-minute run
 * without a stage, or of the plan's forward run when that is shorter. One
 * rule for the plan's aim (targets.ts) and each foundation week (the doser).
 * It takes the forward run's seconds, not the context, so that this file
 * needs nothing from forward.ts.
 *
 * @example
 * foundationMixedCapSec(1800) // 400: a third of the 20-minute run
 * foundationMixedCapSec(1800, stageOf2x12) // 320: a third of the 16-minute run that follows
 */
export function foundationMixedCapSec(forwardRunSec: number, stage?: number): number {
	const continuous =
		stage === undefined
			? FOUNDATION_RUN_SEC
			: (WALK_RUN_STAGES.slice(stage).find((s) => s.reps === 1)?.runSec ?? FOUNDATION_RUN_SEC);
	return Math.min(forwardRunSec, continuous, FOUNDATION_RUN_SEC) * MIX_IN_MAX_BACKWARD_OF_FORWARD;
}

/** True while the foundation still uses walk breaks (the runner cannot yet run 20 minutes). */
export function isWalkRunWeek(stage: number | undefined): boolean {
	const s = walkRunStage(stage);
	return s !== undefined && s.runSec < FOUNDATION_UNTIL_MINUTES * 60;
}

/** True while backward work is walking only: the runner cannot yet run 10 minutes forward. */
export function isBackwardWalkWeek(stage: number | undefined): boolean {
	const s = walkRunStage(stage);
	return s !== undefined && s.runSec < BACKWARD_JOG_FROM_MINUTES * 60;
}

/**
 * While the runner still walks between forward runs (a walk/run stage of
 * several runs), the breaks between backward blocks are walks too, of the
 * same length: a jog there would be more running than the week's own runs
 * allow (coaching convention; a coach reading our plans asked for it).
 *
 * @example
 * walkingBreaks(sizedLayout(4, 60), 6) // 4 × 1 min, 1 min forward walk between (stage 6: 2 × 12 min)
 */
export function walkingBreaks(layout: SizedLayout, stage: number | undefined): SizedLayout {
	const s = walkRunStage(stage);
	const r = layout.recovery;
	if (s === undefined || s.reps < 2 || r === undefined || r.mode !== 'jog') return layout;
	return { ...layout, recovery: { ...r, mode: 'walk' } };
}
