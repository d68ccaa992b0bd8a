/**
 * The dose of the two goals that do not build a backward run: drills
 * (strides and sprints, by stage) and knee-friendly walking (the trial's
 * dose, held).
 */
import type { PlanContext } from './context';
import type { Experience } from './options';
import {
	DRILL_HOLD_WEEKS,
	DRILL_STAGES,
	DRILL_START_STAGE,
	DRILL_WALK_REPS,
	FORWARD_FACTOR,
	KNEE_FIRST_WEEK_SEC,
	KNEE_SESSION_SEC,
	RECOVERY_CUT,
	RECOVERY_FACTOR,
} from './rules';
import { type DrillReps, drillSegments, sessionMetrics } from './sessions';
import type { Skeleton } from './skeleton';

/** A week of drills: the stage, and how many of each drill (fewer in a recovery week). */
export interface DrillWeek {
	readonly stage: number;
	readonly reps: DrillReps;
	readonly forwardFactor: number;
}

/**
 * The drills schedule: each stage held for as many training weeks as the
 * plan's length spreads them over (at least DRILL_HOLD_WEEKS), so a long
 * plan keeps moving instead of repeating its last stage for months. A
 * recovery week keeps the stage and takes away repetitions until the week's
 * backward time drops by 20-30 %, like every other recovery week.
 *
 * @example
 * drillSchedule(ctx, skeleton).map((w) => w.stage) // [0, 0, 1, 1, 1, ...] with recovery weeks holding
 */
export function drillSchedule(ctx: PlanContext, skeleton: Skeleton): DrillWeek[] {
	const first = DRILL_START_STAGE[ctx.input.experience];
	const stages = DRILL_STAGES.length - first;
	const training = skeleton.weeks.filter((w) => w.phase !== 'recovery').length;
	const hold = Math.max(DRILL_HOLD_WEEKS, Math.floor(training / stages));
	const treadmill = ctx.input.surface === 'treadmill';
	let stage = first;
	let held = 0;
	return skeleton.weeks.map((week) => {
		if (week.phase === 'recovery') {
			return { stage, reps: recoveryReps(ctx, stage, treadmill), forwardFactor: FORWARD_FACTOR.recovery };
		}
		if (held >= hold && stage < DRILL_STAGES.length - 1) {
			stage++;
			held = 0;
		}
		held++;
		return { stage, reps: fullReps(stage), forwardFactor: 1 };
	});
}

/** Every repetition of a stage. */
function fullReps(stage: number): DrillReps {
	const s = DRILL_STAGES[stage];
	return { walk: DRILL_WALK_REPS, strides: s?.strideReps ?? 0, sprints: s?.sprintReps ?? 0 };
}

/**
 * A recovery week's repetitions: the mix whose backward time is closest to
 * a quarter less than the stage's full week, inside the 20-30 % band where
 * the repetitions allow it.
 */
function recoveryReps(ctx: PlanContext, stage: number, treadmill: boolean): DrillReps {
	const s = DRILL_STAGES[stage];
	const full = fullReps(stage);
	if (!s) return full;
	const backSec = (r: DrillReps) =>
		sessionMetrics(
			ctx,
			drillSegments(s, r).filter((g) => !(treadmill && g.mode === 'sprint')),
		).backwardSec;
	const before = backSec(full);
	let best = full;
	let bestError = Infinity;
	for (let walk = 1; walk <= full.walk; walk++) {
		for (let strides = 2; strides <= full.strides; strides++) {
			for (let sprints = Math.min(2, full.sprints); sprints <= full.sprints; sprints++) {
				const reps = { walk, strides, sprints };
				const cut = 1 - backSec(reps) / before;
				const inBand = cut >= RECOVERY_CUT.min - 1e-9 && cut <= RECOVERY_CUT.max + 1e-9;
				const error = Math.abs(cut - (1 - RECOVERY_FACTOR)) + (inBand ? 0 : 10);
				if (error < bestError) {
					best = reps;
					bestError = error;
				}
			}
		}
	}
	return best;
}

/**
 * Knee-friendly walking: the trial's 10 minutes from week 1, or from week 2
 * for a runner new to backward movement (8 minutes first), then held
 * [alghadir-2019].
 *
 * @example
 * kneeSchedule(skeleton, 'new') // [480, 600, 600, 600, 600, 600]
 */
export function kneeSchedule(skeleton: Skeleton, experience: Experience): number[] {
	return skeleton.weeks.map((week) => (week.index === 1 ? KNEE_FIRST_WEEK_SEC[experience] : KNEE_SESSION_SEC));
}
