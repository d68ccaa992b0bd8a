/**
 * A build week: one step up the curve. The main session grows toward where
 * the curve is this week, within the rise caps over the longest session so
 * far and over its own last week; in a race plan the other sessions grow
 * toward half of it; then the week fits its caps (dose-fit.ts). The doser
 * (dose-doser.ts) chooses the week to climb from and keeps the count of
 * steps; this file only takes the step.
 */
import type { SizedLayout } from './blocks';
import type { BuildSoFar, CurveFacts, WeekDose } from './dose-curve';
import { addSession, fitWeek, thirdOfRuns } from './dose-fit';
import { growLayout } from './dose-layouts';
import { roundDurationSec } from './rounding';
import {
	LONG_BLOCK_FROM_SEC,
	maxSessionBackwardSec,
	nextBlockSec,
	SUPPORT_GROWTH_UP_TO,
	SUPPORT_SESSION_SHARE,
	SUPPORT_WEEKLY_GROWTH,
} from './rules';

/** What a build week reads besides the weeks before it: the build so far and where the curve is. */
export interface ClimbState extends BuildSoFar {
	/** Where the curve puts the main session this week, seconds (dose-curve.ts fastCurve at this step). */
	readonly curveSec: number;
	/** Whether the last build week held its main session where it was: this one must rise. */
	readonly stoodStill: boolean;
	/** Whether this week opens the peak, which comes back to the longest session so far at least. */
	readonly opensPeak: boolean;
	/** The week's walk/run stage while the foundation lasts (a mixed run's cap, dose-fit.ts thirdOfRuns). */
	readonly walkRunStage: number | undefined;
}

/** One step up the curve: the week's sessions and block limit. */
export interface Climb {
	readonly main: SizedLayout;
	readonly support: SizedLayout;
	/** The longest continuous block allowed this week, seconds. */
	readonly blockSec: number;
	/** Whether the main session stayed where it was: the next build week must rise by a step. */
	readonly stoodStill: boolean;
}

/**
 * One step up the curve from `base` (last week, or the last build week
 * after a recovery week): the main session and the others, and the week's
 * block limit. The block limit grows by half or 30 s a week (rules.ts
 * nextBlockSec); a week that adds a session over `previous` keeps the
 * week's rise within the weekly cap (dose-fit.ts addSession).
 *
 * @example
 * climb(facts, state, lastWeek, lastWeek, 3) // the long run a step up the curve, the others toward half of it
 */
export function climb(facts: CurveFacts, state: ClimbState, base: WeekDose, previous: WeekDose, count: number): Climb {
	const { curve, race } = facts;
	const blockSec = Math.min(
		curve.maxBlockSec,
		Math.max(roundDurationSec(nextBlockSec(state.longestBlockSec), 'down'), base.main.repSec),
	);
	// At a race's aim, the long run may round up past it rather than stop a few seconds short (3 % at
	// most). Each session rises within the cap over its own last week too, but may always come back
	// to the longest session so far (after a long run turned continuous with a dip), except a long
	// run already unbroken from LONG_BLOCK_FROM_SEC: it stays one block and grows by the block ladder
	// (a coach read 2 × 14 min, then 21 and 28 minutes unbroken).
	const unbroken = race && base.main.reps === 1 && !base.main.tailSec && base.main.repSec >= LONG_BLOCK_FROM_SEC;
	const mainCap = Math.min(
		race ? curve.aimSec * 1.03 : curve.aimSec,
		thirdOfRuns(facts, state.walkRunStage),
		maxSessionBackwardSec(state.longestSec),
		Math.max(maxSessionBackwardSec(base.main.backwardSec), roundDurationSec(state.longestSec, 'up')),
		unbroken ? Math.max(blockSec, base.main.backwardSec) : Number.POSITIVE_INFINITY,
	);
	// A build may hold one week where the curve climbs less than a step of the grid, never two
	// running: then it rises by one step at least, until the aim. The peak holds the plan's
	// longest session: the first peak week comes back to it at least.
	const want = Math.max(
		state.curveSec,
		state.stoodStill && base.main.backwardSec < curve.aimSec ? base.main.backwardSec + 1 : 0,
		state.opensPeak ? roundDurationSec(state.longestSec, 'up') : 0,
	);
	let main = growLayout(
		base.main,
		Math.max(want, base.main.backwardSec),
		{
			blockSec,
			capSec: Math.max(mainCap, base.main.backwardSec),
			merge: race ? 'blocks-first' : 'lossless',
			...raceRun(facts),
		},
		facts.mainStyle,
	);
	let support = race ? supportBeside(facts, main, base, blockSec) : main;
	[main, support] = fitWeek(facts, state, main, support, count, base);
	if (count > previous.count) [main, support] = addSession(facts, state, [main, support], previous, count, base);
	return { main, support, blockSec, stoodStill: main.backwardSec <= base.main.backwardSec };
}

/**
 * A race plan's other session in a build week, beside a long run of
 * `main`: at least half the long run, and never standing still in a build
 * week: a tenth more than last week's, up to nine tenths of the long run
 * (rules.ts SUPPORT_GROWTH_UP_TO; never under week 1's), within the rise cap
 * over its own last week and never longer than the long run.
 */
function supportBeside(facts: CurveFacts, main: SizedLayout, base: WeekDose, blockSec: number): SizedLayout {
	const floor = Math.max(facts.startSupportSec, base.support.backwardSec);
	const cap = Math.max(floor, Math.min(main.backwardSec, maxSessionBackwardSec(base.support.backwardSec)));
	const share = main.backwardSec * SUPPORT_SESSION_SHARE;
	const growing = Math.min(base.support.backwardSec * SUPPORT_WEEKLY_GROWTH, main.backwardSec * SUPPORT_GROWTH_UP_TO);
	const target = Math.min(cap, Math.max(floor, share, growing));
	return growLayout(base.support, target, { blockSec, capSec: cap, merge: 'never' }, facts.supportStyle);
}

/**
 * A run/walk race's run length, for growLayout: the runs stay there once
 * they reach it (dose-layouts.ts growRunWalk); nothing for other styles.
 *
 * @example
 * raceRun(runWalkFacts) // { raceRunSec: 600 } in a race of 10-minute runs
 */
export function raceRun(facts: CurveFacts): { raceRunSec?: number } {
	return facts.mainStyle.style === 'walk-breaks' ? { raceRunSec: facts.curve.maxBlockSec } : {};
}
