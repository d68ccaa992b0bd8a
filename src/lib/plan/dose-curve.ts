/**
 * The weekly dose, its vocabulary: what a week's dose holds, the curve a
 * build follows (the fastest the rise cap allows, slowed to fit the weeks),
 * what every kind of week reads (CurveFacts, BuildSoFar), and the small
 * pure helpers the doser uses (dose-doser.ts).
 */
import type { BlockStyle, SizedLayout } from './blocks';
import type { LayoutStyle } from './dose-layouts';
import { walkRunStage } from './foundation';
import type { Phase } from './options';
import { maxSessionBackwardSec } from './rules';
import type { WeekFrame } from './skeleton';

/** Why a week holds what it holds. */
export type DoseStep = 'start' | 'up' | 'hold' | 'recovery' | 'after-recovery' | 'taper' | 'race';

/** The dose of one week. */
export interface WeekDose {
	readonly index: number;
	readonly phase: Phase;
	readonly step: DoseStep;
	/** Backward walking while the runner cannot yet run 10 minutes forward; running after. */
	readonly mode: 'walk' | 'run';
	/** The main session: the long one in a race plan, every mixed run otherwise. */
	readonly main: SizedLayout;
	/** Each other backward session of a race plan (equal to `main` in other plans). */
	readonly support: SizedLayout;
	/** Backward sessions this week. */
	readonly count: number;
	/** The longest continuous block allowed this week. */
	readonly blockSec: number;
	/** Forward running this week relative to a normal week. */
	readonly forwardFactor: number;
	/** Race week's shakeout: smaller than the last taper session (rules.ts SHAKEOUT_OF_TAPER). */
	readonly shakeout?: SizedLayout;
}

/** Backward walking for runners new to running: 4 × 30 s, building to 5 minutes (coaching convention). */
export const WALK_DOSE = { startSec: 120, aimSec: 300, startBlockSec: 30, maxBlockSec: 60 } as const;

/** The fastest curve: up-weeks from `start` at the full rise cap, interpolated between weeks. */
export function fastCurve(start: number, aim: number): (x: number) => number {
	const points = [start];
	while ((points.at(-1) ?? aim) < aim && points.length < 200) {
		points.push(maxSessionBackwardSec(points.at(-1) ?? aim));
	}
	return (x) => {
		if (x <= 0) return start;
		const i = Math.floor(x);
		const a = points[Math.min(i, points.length - 1)] ?? aim;
		const b = points[Math.min(i + 1, points.length - 1)] ?? aim;
		return Math.min(aim, a + (b - a) * (x - i));
	};
}

/** How many up-steps the fast curve needs to reach `aim` (fractional). */
export function stepsToAim(start: number, aim: number): number {
	let value = start;
	let steps = 0;
	while (value < aim && steps < 200) {
		const next = maxSessionBackwardSec(value);
		if (next >= aim) return steps + (aim - value) / (next - value);
		value = next;
		steps++;
	}
	return steps;
}

export interface Curve {
	startSec: number;
	aimSec: number;
	startBlockSec: number;
	maxBlockSec: number;
	mode: 'walk' | 'run';
	style: BlockStyle;
}

/** The weeks of one curve (walking or running). */
export interface Segment {
	readonly curve: Curve;
	readonly weeks: readonly WeekFrame[];
}

/**
 * What one curve's weeks all read and never change, fixed before week 1
 * (dose-doser.ts builds it): the parts that dose each kind of week take it
 * instead of a class's state, so each reads as a pure function.
 */
export interface CurveFacts {
	/** A race plan: a long session and other, shorter ones; otherwise every session is alike (mixed runs). */
	readonly race: boolean;
	readonly curve: Curve;
	/** Week 1's other sessions, seconds: the floor they keep outside recovery and taper weeks. */
	readonly startSupportSec: number;
	/** How the main session's blocks are made (the curve's mode and style). */
	readonly mainStyle: LayoutStyle;
	/** How the other sessions' blocks are made: blocks with forward recoveries. */
	readonly supportStyle: LayoutStyle;
	/** The plan's forward run, seconds: a mixed run's backward part stays within a third of it (dose-fit.ts thirdOfRuns). */
	readonly forwardRunSec: number;
}

/** What the build has done so far (the weeks before this one), which each week's caps read. */
export interface BuildSoFar {
	/** The longest backward session so far, seconds. */
	readonly longestSec: number;
	/** The longest continuous block so far, seconds. */
	readonly longestBlockSec: number;
	/** The biggest backward week so far, seconds. */
	readonly biggestWeekSec: number;
}

/**
 * True for the week the walk/run foundation first runs without walk breaks
 * (16 minutes, the foundation's biggest step), after a week with them.
 *
 * @example
 * firstContinuousWeek({ ...frame, walkRunStage: 7 }, { ...frame, walkRunStage: 6 }) // true: 2 × 12 min, then 16 min
 */
export function firstContinuousWeek(week: WeekFrame, before: WeekFrame): boolean {
	const now = walkRunStage(week.walkRunStage);
	const then = walkRunStage(before.walkRunStage);
	return now !== undefined && then !== undefined && now.reps === 1 && then.reps > 1;
}

/**
 * The kind of a week within a curve. The week of the foundation's first
 * continuous run holds its backward work ('hold'): a runner new to
 * running gets one big thing harder a week, never that step and more
 * backward at once (coaching convention), even when that week opens the
 * peak (the peak then holds the dose before it, and stays one dose). The foundation's smaller steps
 * (a minute more per run) may come with the backward build, or a runner
 * starting from zero would wait nine weeks for any.
 *
 * @example
 * weekStep(frame, before, false) // 'hold' in the week of the first continuous run
 */
export function weekStep(week: WeekFrame, before: WeekFrame | undefined, first: boolean): DoseStep {
	if (week.phase === 'race') return 'race';
	if (week.phase === 'taper') return 'taper';
	if (first || week.leadIn || before?.leadIn) return 'start';
	if (week.phase === 'recovery') return 'recovery';
	if (before?.phase === 'recovery') return 'after-recovery';
	// One thing gets harder a week: the week of the first continuous run forward holds backward work.
	if (before !== undefined && firstContinuousWeek(week, before)) return 'hold';
	return 'up';
}

/** Backward seconds of a week: the main session and the others. */
export function weekTotal(main: SizedLayout, support: SizedLayout, count: number): number {
	if (count <= 0) return 0;
	return main.backwardSec + support.backwardSec * (count - 1);
}
