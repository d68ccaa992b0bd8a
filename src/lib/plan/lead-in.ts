/**
 * Lead-in weeks: where a race plan one week longer would climb less far
 * than the plan a week shorter, it starts with an easy week instead and
 * builds as the shorter plan does, so a longer plan never trains the race
 * less (a coach's finding: a 5K in 26 weeks peaked at 40 minutes, in 25
 * at 47). Read off the frame of weeks alone, before any dose, so choosing
 * costs two frames, not two plans.
 */
import type { PlanContext } from './context';
import { weekStep } from './dose-curve';
import { isBackwardWalkWeek } from './foundation';
import { isRaceGoal } from './options';
import { MIN_PLAN_WEEKS } from './rules';
import { backwardSlots, planSkeleton, type WeekFrame } from './skeleton';

/**
 * How many weeks of a race plan climb the running curve up to its first peak week:
 * build weeks (dose-curve.ts weekStep 'up'), but not a recovery week, nor
 * the week after it, which returns to the last build week's level (so a
 * recovery week costs the build two rises), nor a week that adds a backward
 * session, which holds the long run (dose-fit.ts addSession).
 *
 * @example
 * climbingWeeks(planSkeleton(ctx25).weeks) // 13 for a two-day 5K: a 6-week first block, then 4 recovery weeks
 * climbingWeeks(planSkeleton(ctx26).weeks) // 12: a recovery week in week 4 costs a rise
 */
export function climbingWeeks(frames: readonly WeekFrame[]): number {
	// The running curve's weeks, as the doser sees them (dose.ts): a runner starting from walking walks
	// backward first, on a curve of its own, and the first running week is a start, not a climb.
	const weeks = frames.filter((w) => !isBackwardWalkWeek(w.walkRunStage));
	let count = 0;
	for (const [i, week] of weeks.entries()) {
		const before = weeks[i - 1];
		if (weekStep(week, before, i === 0) !== 'up') continue;
		if (before !== undefined && backwardSlots(week).length > backwardSlots(before).length) continue;
		count++;
		if (week.phase === 'peak') break;
	}
	return count;
}

/**
 * Easy lead-in weeks a race plan starts with so that it never trains the
 * race less than the plan a week shorter: 1 where that plan climbs further
 * (one week more can put a recovery week three weeks in, every 4th week
 * counted back from the peak, and cost a rise), else 0. One is enough: a new
 * recovery week comes once in four weeks, so two weeks more climb at least
 * as far as one week less. One lead-in week holds week 1's sessions for
 * 2 weeks, an easy start, never a stall (3 weeks).
 *
 * @example
 * climbingLead(ctx) // 1 for a two-day 5K in 26 weeks: the 25-week plan after an easy first week
 */
export function climbingLead(ctx: PlanContext): number {
	const { goal, weeks } = ctx.input;
	if (!isRaceGoal(goal) || weeks - 1 < MIN_PLAN_WEEKS) return 0;
	const own = climbingWeeks(planSkeleton(ctx, 0).weeks);
	const shorter = climbingWeeks(planSkeleton(ctx, 1).weeks);
	return shorter > own ? 1 : 0;
}
