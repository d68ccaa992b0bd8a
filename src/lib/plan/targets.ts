/**
 * Step 1 of the plan: what it builds toward. From the runner and the goal:
 * the dose each session starts at, the dose it aims for at the peak, and for
 * a race the race's own structure and what "ready" means (rules.ts, Races).
 */
import { type SizedLayout, sizedLayout } from './blocks';
import type { PlanContext } from './context';
import { forwardAmount, forwardSec } from './forward';
import { foundationMixedCapSec, foundationStartStage } from './foundation';
import { isRaceGoal, type RaceGoal } from './options';
import { roundDurationSec } from './rounding';
import {
	FORWARD_DISTANCE_STEP_M,
	KNEE_FIRST_WEEK_SEC,
	KNEE_SESSION_SEC,
	LONG_SESSION_AIM,
	LONG_SESSION_FRAME_SEC,
	MAX_REPS,
	MAX_SESSION_SEC,
	MIX_IN_MAX_BACKWARD_OF_FORWARD,
	RACE_DISTANCE_M,
	RACE_OVER_LONGEST_MAX,
	RACE_OVER_LONGEST_WARN,
	READINESS_CAP_SEC,
	READINESS_FRACTION,
	RUN_WALK,
	RUN_WALK_FROM_SEC,
	RUN_WALK_MIN_LAST_RUN_SEC,
	RUN_WALK_READY_FRACTION,
	RUN_WALK_RUN_SEC,
	START_BLOCK_SEC,
	START_SESSION_SEC,
} from './rules';
import type { Skeleton } from './skeleton';

/** How the race is run, and what the plan must reach before its taper. */
export interface RaceTarget {
	readonly goal: RaceGoal;
	readonly distanceM: number;
	/** The race at easy backward pace, seconds: an estimate, shown with "about". */
	readonly estimatedSec: number;
	/** Continuous, or backward run/walk (RUN_WALK) for races over 90 minutes (30 for a runner new to it). */
	readonly format: 'continuous' | 'run-walk';
	/** The race session as the plan shows it, seconds: a run/walk race's runs and walks (raceRunWalk). */
	readonly raceSessionSec: number;
	/** The most a long session can hold: the session cap less warm-up and cool-down, and MAX_REPS runs of a run/walk. */
	readonly longSessionCapSec: number;
	/** The race's longest continuous backward block, seconds: in a run/walk race, each run (RUN_WALK_RUN_SEC). */
	readonly raceBlockSec: number;
	/** Readiness: the continuous block training must reach before the taper. */
	readonly readyBlockSec: number;
	/** Readiness: the long session's backward time must reach this before the taper. */
	readonly readySessionSec: number;
}

/** What the plan builds toward. */
export interface PlanTargets {
	/** Backward seconds of the main session (the long one in a race plan) in the first running week. */
	readonly startSec: number;
	/** Its longest continuous block in that week. */
	readonly startBlockSec: number;
	/** What the main session aims for at the peak (the top of the plan). */
	readonly aimSec: number;
	/** The longest block the plan builds: the race's run block in a run/walk race. */
	readonly maxBlockSec: number;
	readonly race: RaceTarget | undefined;
}

/**
 * A run/walk race as the runner runs it: runs of `runSec`, a minute's
 * backward walk after each, and what is left of the race's estimated time
 * as a last, shorter run to the finish (the long sessions grow the same way,
 * dose-layouts.ts growRunWalk). Walks count as race time, as they count as
 * backward time everywhere in the plan. Counting whole cycles instead read
 * the race up to a cycle long (a coach read 9 × 10 min with walks for a race
 * of 1 h 35), which inflated how far it lies beyond training.
 *
 * @example
 * raceRunWalk(5700, 600) // 8 × 10 min + 7 min, 1 min walks between: 5700 s
 * raceRunWalk(6000, 600) // 9 × 10 min + 1 min (the last run is never under a minute)
 */
export function raceRunWalk(estimatedSec: number, runSec: number): SizedLayout {
	const walk = RUN_WALK.walkSec;
	const style = { mode: 'run', style: 'walk-breaks' } as const;
	const runs = Math.max(1, Math.floor((estimatedSec + walk) / (runSec + walk) + 1e-9));
	const rest = estimatedSec - runs * (runSec + walk);
	if (rest <= 0) return sizedLayout(runs, runSec, style);
	const last = Math.max(RUN_WALK_MIN_LAST_RUN_SEC, roundDurationSec(rest, 'up'));
	return last >= runSec ? sizedLayout(runs + 1, runSec, style) : sizedLayout(runs, runSec, style, last);
}

/**
 * Race day as the long sessions trained it: a run/walk race run in the
 * longest run they held before the taper, where that is shorter than the
 * race's own (a runner who ran 9 min 30 s between walks races in 9 min 30 s
 * runs, not 10-minute ones never run in training). The rest of the target
 * (readiness, the estimate) is unchanged.
 *
 * @example
 * asTrained(tenKRunWalk, 570).raceBlockSec // 570: "9 min 30 s run, 1 min walk, to the finish"
 */
export function asTrained(race: RaceTarget, trainedRunSec: number): RaceTarget {
	if (race.format !== 'run-walk' || trainedRunSec <= 0 || trainedRunSec >= race.raceBlockSec) return race;
	return {
		...race,
		raceBlockSec: trainedRunSec,
		raceSessionSec: raceRunWalk(race.estimatedSec, trainedRunSec).backwardSec,
	};
}

/**
 * The race target for a race goal at the runner's easy backward pace.
 *
 * @example
 * raceTarget(ctx, 'retro-5k').readyBlockSec // 60 % of the 5K at easy backward pace, rounded up
 */
export function raceTarget(ctx: PlanContext, goal: RaceGoal): RaceTarget {
	const distanceM = RACE_DISTANCE_M[goal];
	const estimatedSec = distanceM * ctx.backSecPerM;
	const { experience } = ctx.input;
	const format = estimatedSec > RUN_WALK_FROM_SEC[experience] ? 'run-walk' : 'continuous';
	const runSec = RUN_WALK_RUN_SEC[experience];
	// The race as the plan shows it: a run/walk race ends on a shorter last run, to the finish.
	const raceSec = format === 'run-walk' ? raceRunWalk(estimatedSec, runSec).backwardSec : estimatedSec;
	// Continuous: 60 % of the race or 90 minutes, and never less than 4/7 of it (RACE_OVER_LONGEST_MAX).
	// Run/walk: 4/7 of the race session, walk breaks included, as its walks rest balance and neck.
	const least = roundDurationSec(raceSec / RACE_OVER_LONGEST_MAX, 'up');
	const readySessionSec =
		format === 'run-walk'
			? least
			: Math.max(Math.min(READINESS_CAP_SEC, roundDurationSec(estimatedSec * READINESS_FRACTION, 'up')), least);
	const raceBlockSec = format === 'continuous' ? estimatedSec : runSec;
	const longSessionCapSec = Math.min(
		MAX_SESSION_SEC - LONG_SESSION_FRAME_SEC,
		format === 'run-walk' ? MAX_REPS * runSec + (MAX_REPS - 1) * RUN_WALK.walkSec : Number.POSITIVE_INFINITY,
	);
	return {
		goal,
		distanceM,
		estimatedSec,
		raceSessionSec: raceSec,
		longSessionCapSec,
		format,
		raceBlockSec,
		// A run/walk race's runs are short: training runs them nearly in full before race day.
		readyBlockSec: format === 'continuous' ? readySessionSec : roundDurationSec(runSec * RUN_WALK_READY_FRACTION, 'up'),
		readySessionSec,
	};
}

/**
 * The targets of a plan. The start never exceeds 60 % of the aim, so every
 * plan builds; a runner who can already do more starts there.
 */
export function planTargets(ctx: PlanContext, skeleton?: Skeleton): PlanTargets {
	const { goal, experience } = ctx.input;
	if (goal === 'knee-friendly') {
		const start = KNEE_FIRST_WEEK_SEC[experience];
		return {
			startSec: start,
			startBlockSec: start,
			aimSec: KNEE_SESSION_SEC,
			maxBlockSec: KNEE_SESSION_SEC,
			race: undefined,
		};
	}
	const race = isRaceGoal(goal) ? raceTarget(ctx, goal) : undefined;
	let aimSec: number;
	if (race) {
		// Never past what a session may hold (MAX_SESSION_SEC less its warm-up and cool-down): a race that
		// would need more cannot get ready, and is refused.
		// Past 90 minutes only toward two thirds of a long run/walk race (RACE_OVER_LONGEST_WARN): its walks
		// rest balance and neck, and a coach builds a slow runner's long run toward the cap rather than
		// send them into a race 1.75 times their longest session.
		aimSec = Math.min(
			race.longSessionCapSec,
			Math.max(
				race.readySessionSec,
				Math.min(READINESS_CAP_SEC, roundDurationSec(race.estimatedSec * LONG_SESSION_AIM[race.goal])),
				race.format === 'run-walk' ? roundDurationSec(race.raceSessionSec / RACE_OVER_LONGEST_WARN, 'up') : 0,
			),
		);
	} else {
		// Mixed runs: a third of their forward part; while a walk/run foundation lasts, of its first
		// 20-minute run, and past it, in a plan whose peak comes after the foundation, of the full run (the
		// doser keeps the foundation weeks to the first): a 26-week plan from 10 minutes builds to its end
		// instead of reaching a third of 20 minutes by week 22 and holding it.
		const forward = forwardSec(ctx, forwardAmount(ctx, 1));
		const top = skeleton?.weeks.find((w) => w.phase === 'peak') ?? skeleton?.weeks.at(-1);
		const fullRuns =
			foundationStartStage(ctx.currentRunMinutes) === undefined ||
			(top !== undefined && top.walkRunStage === undefined);
		const firstRunsThird = fullRuns ? forward * MIX_IN_MAX_BACKWARD_OF_FORWARD : foundationMixedCapSec(forward);
		// ...and never so much that a mixed run passes MAX_SESSION_SEC: 5 minutes of recoveries, and one
		// step of the forward distance grid, which a slow runner's forward part may lose to fit.
		const forwardStepSec = FORWARD_DISTANCE_STEP_M[ctx.input.units] * ctx.fwdSecPerM;
		aimSec = roundDurationSec(Math.min(firstRunsThird, (MAX_SESSION_SEC - 300 - forwardStepSec) / 4), 'down');
	}
	// A walk/run foundation starts from its own aim (a third of its 20-minute run), not the plan's.
	const foundationAim =
		race === undefined && foundationStartStage(ctx.currentRunMinutes) !== undefined
			? foundationMixedCapSec(forwardSec(ctx, forwardAmount(ctx, 1)))
			: aimSec;
	const startSec = Math.min(
		START_SESSION_SEC[experience],
		roundDurationSec(Math.min(aimSec, foundationAim) * 0.6, 'down'),
	);
	const maxBlockSec = race?.format === 'run-walk' ? race.raceBlockSec : aimSec;
	return {
		startSec,
		startBlockSec: Math.min(START_BLOCK_SEC[experience], startSec),
		aimSec,
		maxBlockSec,
		race,
	};
}
