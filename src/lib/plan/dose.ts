/**
 * Step 2 of the plan: the weekly dose. For mixed runs and race plans, how
 * much backward time the main session (the long one in a race plan) and the
 * other backward sessions hold each week, and the longest continuous block.
 *
 * The build is spread over the weeks there are: the dose climbs along the
 * fastest curve the rise cap allows (rules.ts maxSessionBackwardSec), slowed
 * down just enough to reach the aim in the first peak week, so a long plan
 * builds gently instead of racing up and then standing still. Recovery weeks
 * cut the week by a quarter and the build restarts below the week before
 * them. Every number is checked against the caps after rounding, so the caps
 * hold by construction and no cap can stall a plan: a capped week still rises
 * by the cap.
 */
import { type BlockStyle, layoutBlocks, type SizedLayout } from './blocks';
import type { PlanContext } from './context';
import { isBackwardWalkWeek } from './foundation';
import { isRaceGoal, type Phase } from './options';
import { roundDurationSec } from './rounding';
import {
	AFTER_RECOVERY_FACTOR,
	DRILL_HOLD_WEEKS,
	DRILL_STAGES,
	DRILL_START_STAGE,
	FORWARD_FACTOR,
	KNEE_FIRST_WEEK_SEC,
	KNEE_SESSION_SEC,
	MAX_WEEK_BACKWARD_SEC,
	maxSessionBackwardSec,
	maxWeekBackwardSec,
	nextBlockSec,
	RECOVERY_CUT,
	RECOVERY_FACTOR,
	START_SESSION_SEC,
	SUPPORT_SESSION_SHARE,
	TAPER_FACTORS,
} from './rules';
import { backwardSlots, type Skeleton, type WeekFrame } from './skeleton';
import type { PlanTargets } from './targets';

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
}

/** Backward walking for runners new to running: 4 × 30 s, building to 5 minutes (coaching convention). */
const WALK_DOSE = { startSec: 120, aimSec: 300, startBlockSec: 30, maxBlockSec: 60 } as const;

/** The fastest curve: `steps` up-weeks from `start` at the full rise cap, interpolated between weeks. */
function fastCurve(start: number, aim: number): (x: number) => number {
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
function stepsToAim(start: number, aim: number): number {
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

interface Curve {
	startSec: number;
	aimSec: number;
	startBlockSec: number;
	maxBlockSec: number;
	mode: 'walk' | 'run';
	style: BlockStyle;
}

/** The weeks of one curve (walking or running), with the up-week that should reach the aim. */
interface Segment {
	readonly curve: Curve;
	readonly weeks: readonly WeekFrame[];
}

/**
 * The weekly doses of a mixed-run or race plan. Drills and knee-friendly
 * walking have their own, simpler schedules (drillSchedule, kneeSchedule).
 */
export function planRunningDoses(ctx: PlanContext, skeleton: Skeleton, targets: PlanTargets): WeekDose[] {
	const walking = skeleton.weeks.filter((w) => isBackwardWalkWeek(w.walkRunStage));
	const running = skeleton.weeks.filter((w) => !isBackwardWalkWeek(w.walkRunStage));
	const raceFormat = targets.race?.format;
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
				style: raceFormat === 'run-walk' ? 'walk-breaks' : 'forward-recovery',
			},
		});
	}
	const state: RunState = { longestSec: 0, biggestWeekSec: 0 };
	return segments.flatMap((s) => doseSegment(ctx, s, state));
}

/** What carries over from week to week. */
interface RunState {
	/** The longest backward session so far, seconds. */
	longestSec: number;
	/** The biggest backward week so far, seconds. */
	biggestWeekSec: number;
}

function doseSegment(ctx: PlanContext, segment: Segment, state: RunState): WeekDose[] {
	const { curve, weeks } = segment;
	const race = isRaceGoal(ctx.input.goal) ? ctx.input.goal : undefined;
	const startSupport = Math.min(START_SESSION_SEC[ctx.input.experience], curve.startSec);
	const counts = weeks.map((w) => backwardSlots(w).filter((s) => s.role !== 'shakeout').length);
	// After a recovery week a race plan's long session may rise again while its other sessions
	// shrink, so the week still starts below the week before the recovery (as Higdon's long runs
	// resume after a step-back week); a plan whose sessions are all alike restarts 10 % lower.
	const kinds = weeks.map((w, i) => weekStep(w, weeks[i - 1], i === 0));
	const rising = (k: DoseStep, i: number) =>
		k === 'up' || (k === 'after-recovery' && race !== undefined && (counts[i] ?? 0) > 1);
	const firstPeak = weeks.findIndex((w, i) => w.phase === 'peak' && rising(kinds[i] ?? 'up', i));
	const upToPeak = kinds.filter((k, i) => rising(k, i) && (firstPeak < 0 || i <= firstPeak)).length;
	const scale = upToPeak > 0 ? Math.min(1, stepsToAim(curve.startSec, curve.aimSec) / upToPeak) : 1;
	const curveAt = fastCurve(curve.startSec, curve.aimSec);

	const doses: WeekDose[] = [];
	let block = curve.startBlockSec;
	let upCount = 0;
	let lastBuild: WeekDose | undefined;
	let peakDose: WeekDose | undefined;
	let taperWeek = 0;

	weeks.forEach((week, i) => {
		const count = counts[i] ?? 0;
		const kind = kinds[i] ?? 'up';
		const previous = doses.at(-1);
		if (kind !== 'start' && kind !== 'recovery' && kind !== 'taper' && kind !== 'race') {
			block = Math.min(curve.maxBlockSec, roundDurationSec(nextBlockSec(block), 'down'));
		}
		// Recovery and taper weeks never run a longer stretch than the week before (short blocks may
		// change length, so a cut of 6 × 30 s can still land at a quarter).
		const blockSec =
			(kind === 'recovery' || kind === 'taper') && previous
				? Math.min(block, Math.max(60, previous.main.repSec))
				: block;
		const lay = (target: number, round: 'nearest' | 'down' | 'up' = 'nearest') =>
			layoutBlocks(target, { maxBlockSec: blockSec, mode: curve.mode, style: curve.style, round });
		const supportLay = (target: number, round: 'nearest' | 'down' | 'up' = 'nearest') =>
			layoutBlocks(target, { maxBlockSec: blockSec, mode: curve.mode, round });
		// A support session never holds less than week 1's: at that floor, round up to whole
		// blocks (3 × 45 s would fall below 5 × 30 s), unless that outgrows the main session.
		const supportFor = (main: SizedLayout) => {
			if (race === undefined) return main;
			const target = Math.min(main.backwardSec, Math.max(startSupport, main.backwardSec * SUPPORT_SESSION_SHARE));
			const nearest = supportLay(target);
			if (nearest.backwardSec >= startSupport || target < startSupport) return nearest;
			const up = supportLay(target, 'up');
			return up.backwardSec <= main.backwardSec ? up : nearest;
		};

		let step: DoseStep = kind;
		let main: SizedLayout;
		let support: SizedLayout;
		if (kind === 'start') {
			main = lay(curve.startSec, 'down');
			support = race === undefined ? main : supportLay(startSupport, 'down');
		} else if (kind === 'recovery' && previous) {
			// Prefer blocks no longer than last week's; allow the current block if that is the only way to a 20-30 % cut.
			const withBlock = (limit: number) => ({
				lay: (t: number, r?: 'nearest' | 'down') =>
					layoutBlocks(t, { maxBlockSec: limit, mode: curve.mode, style: curve.style, round: r ?? 'nearest' }),
				supportLay: (t: number, r?: 'nearest' | 'down') =>
					layoutBlocks(t, { maxBlockSec: limit, mode: curve.mode, round: r ?? 'nearest' }),
			});
			// Shorter blocks too: 6 × 30 s is a quarter cut where 3 × 1 min 15 s cannot be.
			const limits = [blockSec, block, 30, 45, 60, 90].filter((b, k, all) => b <= block && all.indexOf(b) === k);
			[main, support] = recoveryWeek(previous, count, limits.map(withBlock));
		} else if (kind === 'taper' && peakDose) {
			const factor = race ? (TAPER_FACTORS[race][taperWeek] ?? 0.5) : 0.6;
			taperWeek++;
			main = lay(peakDose.main.backwardSec * factor);
			support = supportLay(peakDose.support.backwardSec * factor);
		} else if (kind === 'race' || (kind === 'after-recovery' && !rising(kind, i) && lastBuild)) {
			const from = lastBuild?.main.backwardSec ?? curve.startSec;
			main = lay(kind === 'race' ? Math.min(curve.startSec, from) : from * AFTER_RECOVERY_FACTOR, 'down');
			support = supportFor(main);
		} else {
			// A rising week, or a peak week after the first, which holds the peak.
			const holding = firstPeak >= 0 && i > firstPeak && peakDose !== undefined;
			if (holding && peakDose && peakDose.count === count) {
				doses.push({ ...peakDose, index: week.index, phase: week.phase, step: 'hold', blockSec });
				return;
			}
			if (!holding) upCount++;
			const want = holding ? (peakDose?.main.backwardSec ?? curve.aimSec) : curveAt(upCount * scale);
			const cap = maxSessionBackwardSec(state.longestSec);
			const floor = lastBuild?.main.backwardSec ?? 0;
			main = lay(Math.max(floor, Math.min(want, cap, curve.aimSec)));
			if (main.backwardSec > cap) main = lay(Math.min(want, cap), 'down');
			// Every rising week rises, by one rounding step at least, until the aim: a hold is not a build.
			if (!holding && main.backwardSec <= floor && floor < curve.aimSec) {
				const nudged = lay(Math.min(curve.aimSec, floor + 15), 'up');
				if (nudged.backwardSec <= cap && nudged.backwardSec > floor) main = nudged;
			}
			// At the aim, round up rather than stop a few seconds short of it.
			if (want >= curve.aimSec && main.backwardSec < curve.aimSec) {
				const up = lay(curve.aimSec, 'up');
				if (up.backwardSec <= cap) main = up;
			}
			support = supportFor(main);
			// The week obeys the same rise cap, and after a recovery week it stays below the week before
			// the recovery: shrink the other sessions first, then all.
			let weekCap = Math.min(
				MAX_WEEK_BACKWARD_SEC,
				state.biggestWeekSec > 0 ? maxWeekBackwardSec(state.biggestWeekSec, count) : Infinity,
			);
			if (kind === 'after-recovery' && lastBuild) {
				weekCap = Math.min(weekCap, weekTotal(lastBuild.main, lastBuild.support, lastBuild.count) - 30);
			}
			[main, support] = fitWeek(main, support, count, weekCap, race !== undefined, lay, supportLay);
			step =
				holding || main.backwardSec <= (lastBuild?.main.backwardSec ?? 0)
					? 'hold'
					: kind === 'after-recovery'
						? kind
						: 'up';
		}
		const dose: WeekDose = {
			index: week.index,
			phase: week.phase,
			step,
			mode: curve.mode,
			main,
			support,
			count,
			blockSec,
			forwardFactor:
				kind === 'recovery'
					? FORWARD_FACTOR.recovery
					: kind === 'taper'
						? FORWARD_FACTOR.taper
						: kind === 'race'
							? FORWARD_FACTOR.race
							: 1,
		};
		doses.push(dose);
		if (kind !== 'race') {
			state.longestSec = Math.max(state.longestSec, main.backwardSec, support.backwardSec);
			state.biggestWeekSec = Math.max(state.biggestWeekSec, weekTotal(main, support, count));
		}
		if (kind === 'start' || kind === 'up' || (kind === 'after-recovery' && rising(kind, i))) {
			lastBuild = dose;
			if (!peakDose || main.backwardSec >= peakDose.main.backwardSec) peakDose = dose;
		}
	});
	return doses;
}

/**
 * Shrink a week until it fits `weekCap`: the other sessions first (never
 * under a third of the main one), then every session.
 */
function fitWeek(
	main: SizedLayout,
	support: SizedLayout,
	count: number,
	weekCap: number,
	race: boolean,
	lay: (t: number, r?: 'nearest' | 'down') => SizedLayout,
	supportLay: (t: number, r?: 'nearest' | 'down') => SizedLayout,
): [SizedLayout, SizedLayout] {
	if (weekTotal(main, support, count) <= weekCap) return [main, support];
	if (!race) {
		const each = lay(weekCap / Math.max(1, count), 'down');
		return [each, each];
	}
	if (count > 1) {
		const room = (weekCap - main.backwardSec) / (count - 1);
		if (room >= main.backwardSec / 3) return [main, supportLay(room, 'down')];
		support = supportLay(main.backwardSec / 3, 'down');
	}
	// The main session gives way too, keeping its share of the week.
	const share = main.backwardSec / weekTotal(main, support, count);
	const smaller = lay(weekCap * share, 'down');
	return [smaller, count > 1 ? supportLay((weekCap - smaller.backwardSec) / (count - 1), 'down') : support];
}

/** Backward seconds of a week: the main session and the others. */
export function weekTotal(main: SizedLayout, support: SizedLayout, count: number): number {
	if (count <= 0) return 0;
	return main.backwardSec + support.backwardSec * (count - 1);
}

/** The kind of a week within a curve. */
function weekStep(week: WeekFrame, before: WeekFrame | undefined, first: boolean): DoseStep {
	if (week.phase === 'race') return 'race';
	if (week.phase === 'taper') return 'taper';
	if (first) return 'start';
	if (week.phase === 'recovery') return 'recovery';
	if (before?.phase === 'recovery') return 'after-recovery';
	return 'up';
}

/**
 * A recovery week: every session at about 75 % of the week before, then
 * nudged until the week's cut lands inside 20-30 % after rounding, and the
 * longest session is shorter than the week before's.
 */
function recoveryWeek(
	previous: WeekDose,
	count: number,
	layouts: readonly {
		lay: (t: number, r?: 'nearest' | 'down') => SizedLayout;
		supportLay: (t: number, r?: 'nearest' | 'down') => SizedLayout;
	}[],
): [SizedLayout, SizedLayout] {
	const before = weekTotal(previous.main, previous.support, previous.count);
	let best: [SizedLayout, SizedLayout] | undefined;
	let bestError = Infinity;
	layouts.forEach(({ lay, supportLay }, preference) => {
		for (const f of [RECOVERY_FACTOR, 0.78, 0.72, 0.8, 0.7, 0.74, 0.76]) {
			for (const round of ['nearest', 'down'] as const) {
				const main = lay(previous.main.backwardSec * f, round);
				const support = supportLay(previous.support.backwardSec * f, round);
				if (main.backwardSec >= previous.main.backwardSec) continue;
				const cut = 1 - weekTotal(main, support, count) / before;
				const inBand = cut >= RECOVERY_CUT.min - 1e-9 && cut <= RECOVERY_CUT.max + 1e-9;
				// In the band beats out of it; then the first (shorter-block) layout; then closest to a quarter.
				const error = Math.abs(cut - (1 - RECOVERY_FACTOR)) + (inBand ? 0 : 10) + preference;
				if (error < bestError) {
					best = [main, support];
					bestError = error;
				}
			}
		}
	});
	const fallback = layouts[0];
	return (
		best ??
		(fallback
			? [
					fallback.lay(previous.main.backwardSec * RECOVERY_FACTOR, 'down'),
					fallback.supportLay(previous.support.backwardSec * RECOVERY_FACTOR, 'down'),
				]
			: [previous.main, previous.support])
	);
}

// ---------------------------------------------------------------------------
// Drills and knee-friendly walking
// ---------------------------------------------------------------------------

/** A week of drills: the stage, and repetitions taken away in a recovery week. */
export interface DrillWeek {
	readonly stage: number;
	readonly repsDelta: number;
	readonly forwardFactor: number;
}

/**
 * The drills schedule: each stage held DRILL_HOLD_WEEKS training weeks, then
 * the next (rules.ts DRILL_STAGES); a recovery week keeps the stage with one
 * repetition fewer. Strides and sprints stay out of the rise cap's arithmetic,
 * and their lengths never shrink.
 *
 * @example
 * drillSchedule(skeleton, 'new').map((w) => w.stage) // [0, 0, 1, 1, 2, ...] with recovery weeks holding
 */
export function drillSchedule(skeleton: Skeleton, experience: keyof typeof DRILL_START_STAGE): DrillWeek[] {
	let stage = DRILL_START_STAGE[experience];
	let held = 0;
	return skeleton.weeks.map((week) => {
		if (week.phase === 'recovery') return { stage, repsDelta: -1, forwardFactor: FORWARD_FACTOR.recovery };
		if (held >= DRILL_HOLD_WEEKS && stage < DRILL_STAGES.length - 1) {
			stage++;
			held = 0;
		}
		held++;
		return { stage, repsDelta: 0, forwardFactor: 1 };
	});
}

/**
 * Knee-friendly walking: the trial's 10 minutes from week 1, or from week 2
 * for a runner new to backward movement (8 minutes first), then held
 * [alghadir-2019].
 *
 * @example
 * kneeSchedule(skeleton, 'new') // [480, 600, 600, 600, 600, 600]
 */
export function kneeSchedule(skeleton: Skeleton, experience: keyof typeof KNEE_FIRST_WEEK_SEC): number[] {
	return skeleton.weeks.map((week) => (week.index === 1 ? KNEE_FIRST_WEEK_SEC[experience] : KNEE_SESSION_SEC));
}
