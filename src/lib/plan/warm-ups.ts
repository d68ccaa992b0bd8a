/**
 * What comes before a race plan's backward work: the week's walk/run while
 * the runner is in the foundation, the forward run it built (giving way to
 * the backward work as it grows: forward-after.ts works out how long), else
 * the usual warm-up. Its own file so the rule for a session's start reads in
 * one place (shapes.ts builds the sessions around it).
 */
import type { PlanContext } from './context';
import { formatDuration } from './format';
import { showsRun } from './forward-after';
import { walkRunStage, weekWalkRun } from './foundation';
import { FOUNDATION_WALK_SEC, WARM_UP_SEC } from './rules';
import type { Segment } from './schema';
import { forwardRun, forwardWalk, walkRun } from './sessions';
import type { WeekFrame } from './skeleton';

/**
 * What comes before a race plan's backward work. While the runner is in the
 * walk/run foundation, the week's walk/run itself (as Couch to 5K has it),
 * so the forward build-up goes on in every session even when every training
 * day is a backward day; after it, the forward run the foundation built, as
 * long as `forwardAfterSec` (forwardRunsAfterFoundation) is longer than the
 * warm-up; else the usual warm-up. The run starts with a brisk walk unless
 * `walkFirst` is false (the session cap took it: forward-after.ts).
 *
 * @example
 * foundationWarmUp(ctx, weekAfterFoundation, 1200).text // "20 min forward, then "
 */
export function foundationWarmUp(
	ctx: PlanContext,
	frame: WeekFrame,
	forwardAfterSec?: number,
	walkFirst = true,
): { segments: Segment[]; text: string } {
	const stage = weekWalkRun(frame.walkRunStage, frame.phase);
	if (stage !== undefined && stage.reps > 1) {
		return {
			segments: [forwardWalk('warm-up', FOUNDATION_WALK_SEC), walkRun(ctx, stage)],
			text: `Walk/run ${stage.reps} × (${formatDuration(stage.runSec)} run, ${formatDuration(stage.walkSec)} walk), then `,
		};
	}
	// The foundation's continuous stages (16 to 30 minutes) come before the backward work of every
	// session too, as Couch to 5K runs each stage three times a week: with the stage on the easy day
	// alone, a runner ran 16 minutes once that week and 25 minutes three times the week it had no easy
	// day.
	const runSec = stage !== undefined ? Math.min(stage.runSec, forwardAfterSec ?? stage.runSec) : (forwardAfterSec ?? 0);
	if (showsRun(runSec)) {
		return {
			segments: [
				...(walkFirst ? [forwardWalk('warm-up', FOUNDATION_WALK_SEC)] : []),
				forwardRun(ctx, 'main', { durationSec: runSec }),
			],
			text: `${formatDuration(runSec)} forward, then `,
		};
	}
	return { segments: [warmUp(ctx, frame)], text: '' };
}

/**
 * The warm-up before backward work: a 10-minute forward jog, or a brisk
 * 10-minute walk while the runner cannot yet run 10 minutes without
 * stopping (the walk/run foundation; a runner starting from 0 minutes is
 * never told to jog 10 minutes in week 1).
 *
 * @example
 * warmUp(ctx, frame) // 10 min forward jog, or a 10 min brisk walk in an early foundation week
 */
export function warmUp(ctx: PlanContext, frame: WeekFrame): Segment {
	const stage = walkRunStage(frame.walkRunStage);
	return stage !== undefined && stage.runSec < WARM_UP_SEC
		? forwardWalk('warm-up', WARM_UP_SEC)
		: forwardRun(ctx, 'warm-up', { durationSec: WARM_UP_SEC }, 'jog');
}
