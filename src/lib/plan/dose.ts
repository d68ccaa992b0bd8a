/**
 * Step 2 of the plan: the weekly dose. For mixed runs and race plans, how
 * much backward time the main session (the long one in a race plan) and the
 * other backward sessions hold each week, and the longest continuous block.
 *
 * The build is spread over the weeks there are: the main session climbs
 * along the fastest curve the rise cap allows (rules.ts
 * maxSessionBackwardSec), slowed down just enough to reach the aim in the
 * first peak week, so a long plan builds gently instead of racing up and
 * then standing still. Each session rises at most by the cap over the
 * longest earlier session and over its own last week, keeps its shape while
 * it grows (dose-layouts.ts), and never falls below week 1 outside recovery
 * and taper weeks. Recovery weeks cut the week by 20-30 %; the build then
 * restarts at 90 % of the week before them. Walking weeks and running weeks
 * are separate curves: minutes of backward walking never make room for a
 * jump in backward running.
 *
 * In parts: dose-curve.ts (what a dose is, the curve), dose-doser.ts (the
 * curve's running state, and which part doses each kind of week: start,
 * climb, fit, recovery, after-recovery, taper) and dose-layouts.ts (how
 * blocks grow).
 */
import type { PlanContext } from './context';
import { type Segment, WALK_DOSE, type WeekDose } from './dose-curve';
import { CurveDoser } from './dose-doser';
import { isBackwardWalkWeek } from './foundation';
import { START_SESSION_SEC } from './rules';
import type { Skeleton } from './skeleton';
import type { PlanTargets } from './targets';

export type { DoseStep, WeekDose } from './dose-curve';
export { weekTotal } from './dose-curve';
export { type DrillWeek, drillSchedule, kneeSchedule } from './dose-drills';

/**
 * The weekly doses of a mixed-run or race plan. Drills and knee-friendly
 * walking have their own, simpler schedules (dose-drills.ts).
 */
export function planRunningDoses(ctx: PlanContext, skeleton: Skeleton, targets: PlanTargets): WeekDose[] {
	const walking = skeleton.weeks.filter((w) => isBackwardWalkWeek(w.walkRunStage));
	const running = skeleton.weeks.filter((w) => !isBackwardWalkWeek(w.walkRunStage));
	const segments: Segment[] = [];
	if (walking.length > 0) {
		segments.push({ weeks: walking, curve: { ...WALK_DOSE, mode: 'walk', style: 'forward-recovery' } });
	}
	if (running.length > 0) {
		// After a walking start, backward running begins at a new runner's first dose.
		const startSec = walking.length > 0 ? Math.min(START_SESSION_SEC.new, targets.startSec) : targets.startSec;
		segments.push({
			weeks: running,
			curve: {
				startSec,
				aimSec: targets.aimSec,
				startBlockSec: Math.min(targets.startBlockSec, startSec),
				maxBlockSec: targets.maxBlockSec,
				mode: 'run',
				style: targets.race?.format === 'run-walk' ? 'walk-breaks' : 'forward-recovery',
			},
		});
	}
	return segments.flatMap((s) => new CurveDoser(ctx, s).doses());
}
