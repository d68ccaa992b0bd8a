/**
 * The dose of the two goals that do not build a backward run: drills
 * (strides and sprints, by stage) and knee-friendly walking (the trial's
 * dose, held).
 */
import type { PlanContext } from './context';
import { firstContinuousWeek } from './dose-curve';
import type { Experience } from './options';
import {
	AFTER_RECOVERY_FACTOR,
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
import type { Skeleton, WeekFrame } from './skeleton';

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
 * backward time drops by 20-30 %, like every other recovery week. The
 * week after it keeps the stage too and starts below the week before the
 * recovery (about 90 % of it, rules.ts AFTER_RECOVERY_FACTOR), as every
 * other build does: the strides hold, a repetition or two waits a week.
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
	const out: DrillWeek[] = [];
	for (const [i, week] of skeleton.weeks.entries()) out.push(drillWeek(week, i));
	return out;

	function drillWeek(week: WeekFrame, i: number): DrillWeek {
		if (week.phase === 'recovery') {
			return { stage, reps: recoveryReps(ctx, stage, treadmill), forwardFactor: FORWARD_FACTOR.recovery };
		}
		const before = skeleton.weeks[i - 1];
		const last = out.at(-1);
		if (before !== undefined && last && before.phase !== 'recovery' && firstContinuousWeek(week, before)) {
			// The week of the first continuous run forward: the drills hold (one thing harder a week).
			return last;
		}
		if (i > 0 && skeleton.weeks[i - 1]?.phase === 'recovery') {
			// The stage before the recovery week is this one (a recovery week holds it), so its full week is the bar.
			held++;
			return { stage, reps: afterRecoveryReps(ctx, stage, treadmill), forwardFactor: 1 };
		}
		if (held >= hold && stage < DRILL_STAGES.length - 1) {
			stage++;
			held = 0;
		}
		held++;
		return { stage, reps: fullReps(stage), forwardFactor: 1 };
	}
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
	return repsNear(ctx, stage, treadmill, (cut) => {
		const inBand = cut >= RECOVERY_CUT.min - 1e-9 && cut <= RECOVERY_CUT.max + 1e-9;
		return Math.abs(cut - (1 - RECOVERY_FACTOR)) + (inBand ? 0 : 10);
	});
}

/**
 * The week after a recovery week: the mix closest to 90 % of the stage's
 * full week and always below it (the full week returns a week later).
 *
 * @example
 * afterRecoveryReps(ctx, 0, false) // { walk: 2, strides: 3, sprints: 0 }: 105 s against the full 120 s
 */
function afterRecoveryReps(ctx: PlanContext, stage: number, treadmill: boolean): DrillReps {
	return repsNear(ctx, stage, treadmill, (cut) =>
		cut <= 1e-9 ? Infinity : Math.abs(cut - (1 - AFTER_RECOVERY_FACTOR)),
	);
}

/**
 * The repetitions of a stage (at least 2 strides, and 2 sprints where the
 * stage has them) whose cut from the full week scores lowest.
 */
function repsNear(ctx: PlanContext, stage: number, treadmill: boolean, score: (cut: number) => number): DrillReps {
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
				const error = score(1 - backSec(reps) / before);
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
