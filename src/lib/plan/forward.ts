/**
 * The forward running of a plan: easy runs, the forward part of mixed runs,
 * and the walk/run foundation for runners new to running.
 */
import type { PlanContext } from './context';
import { foundationStartStage, walkRunStage } from './foundation';
import { roundDurationSec, roundForwardDistanceM } from './rounding';
import {
	DEFAULT_CURRENT_RUN_MINUTES,
	EASY_RUN_MAX_SEC,
	EASY_RUN_MIN_SEC,
	easyRunSec,
	FOUNDATION_WALK_SEC,
	MAX_SESSION_SEC,
	METRES_PER_UNIT,
	MIX_IN_MAX_BACKWARD_OF_FORWARD,
	type WalkRunStage,
} from './rules';
import type { ForwardAmount } from './sessions';

/**
 * The forward part of a run. With a weekly forward distance, each training day
 * gets an equal share of it (backward sessions take the place of forward
 * runs, so the week stays near the runner's usual volume); otherwise a time
 * from what the runner can run today (rules.ts easyRunSec). Between
 * EASY_RUN_MIN_SEC and EASY_RUN_MAX_SEC, less `minusSec` (a warm-up already run).
 *
 * @example
 * forwardAmount(ctx, 1) // { durationSec: 1800 } for a runner who runs 30 minutes
 */
export function forwardAmount(ctx: PlanContext, factor: number, minusSec = 0): ForwardAmount {
	const { forwardWeeklyDistance, units, days } = ctx.input;
	if (forwardWeeklyDistance !== undefined) {
		const share = (forwardWeeklyDistance * METRES_PER_UNIT[units] * factor) / days.length;
		const metres = Math.max(
			EASY_RUN_MIN_SEC / ctx.fwdSecPerM,
			Math.min(share, EASY_RUN_MAX_SEC / ctx.fwdSecPerM) - minusSec / ctx.fwdSecPerM,
		);
		const rounded = roundForwardDistanceM(metres, units);
		// Rounding never takes a run under EASY_RUN_MIN_SEC.
		const step = roundForwardDistanceM(1, units);
		return { distanceM: rounded * ctx.fwdSecPerM < EASY_RUN_MIN_SEC - 1e-6 ? rounded + step : rounded };
	}
	// After a walk/run foundation the runner runs 30 minutes, whatever they could do at the start.
	const minutes =
		foundationStartStage(ctx.currentRunMinutes) === undefined
			? ctx.currentRunMinutes
			: Math.max(ctx.currentRunMinutes, DEFAULT_CURRENT_RUN_MINUTES);
	const sec = Math.max(EASY_RUN_MIN_SEC, roundDurationSec(easyRunSec(minutes) * factor - minusSec));
	return { durationSec: Math.round(sec / 300) * 300 || EASY_RUN_MIN_SEC };
}

/** Seconds of a forward amount at easy pace. */
export function forwardSec(ctx: PlanContext, amount: ForwardAmount): number {
	return 'durationSec' in amount ? amount.durationSec : amount.distanceM * ctx.fwdSecPerM;
}

/** A forward amount shortened so a session with `otherSec` more stays under MAX_SESSION_SEC. */
export function withinSessionCap(ctx: PlanContext, amount: ForwardAmount, otherSec: number): ForwardAmount {
	const room = MAX_SESSION_SEC - otherSec;
	if (forwardSec(ctx, amount) <= room) return amount;
	// Trimming never lengthens: a coach's short forward part stays as written
	// even when the backward part alone already fills the session.
	if ('durationSec' in amount) {
		return { durationSec: Math.min(amount.durationSec, Math.max(EASY_RUN_MIN_SEC, Math.floor(room / 300) * 300)) };
	}
	const metres = Math.max(EASY_RUN_MIN_SEC, room) / ctx.fwdSecPerM;
	const step = roundForwardDistanceM(1, ctx.input.units);
	return { distanceM: Math.min(amount.distanceM, Math.max(step, Math.floor(metres / step) * step)) };
}

/** The walk/run stage of a week, when the runner is still in the foundation. */
export function foundationStage(stage: number | undefined): WalkRunStage | undefined {
	return walkRunStage(stage);
}

/** Brisk forward walking before and after a walk/run session. */
export const FOUNDATION_WARM_UP_SEC = FOUNDATION_WALK_SEC;

/**
 * The forward factor of a mixed run: the week's own (less in a recovery
 * week), raised in 5 % steps up to a full week's forward run while the
 * backward part would be more than a third of the forward part. A recovery
 * week cuts the forward runs by a third and the backward work by a quarter,
 * so without this a slow runner's mixed run in a recovery week was 1 km
 * forward (10 min) + 3 min 45 s backward, over the one-third rule.
 *
 * Never throws.
 *
 * @example
 * mixedForwardFactor(ctx, 0.67, 225) // 0.75 or more: 1 km forward at 10:00/km is under 3 × 3 min 45 s
 */
export function mixedForwardFactor(ctx: PlanContext, weekFactor: number, backwardSec: number): number {
	const needed = backwardSec / MIX_IN_MAX_BACKWARD_OF_FORWARD;
	let factor = weekFactor;
	while (factor < 1 && forwardSec(ctx, forwardAmount(ctx, factor)) < needed) factor = Math.min(1, factor + 0.05);
	return factor;
}
