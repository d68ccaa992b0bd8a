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
 */
import { type BlockStyle, layoutBlocks, type SizedLayout } from './blocks';
import type { PlanContext } from './context';
import { growLayout, type LayoutStyle, mergeLayout, shrinkCandidates, shrinkLayout } from './dose-layouts';
import { isBackwardWalkWeek } from './foundation';
import { isRaceGoal, type Phase } from './options';
import { roundDurationSec } from './rounding';
import {
	AFTER_RECOVERY_FACTOR,
	FORWARD_FACTOR,
	LONG_RUN_MERGE_DIP,
	MAX_WEEK_BACKWARD_SEC,
	maxSessionBackwardSec,
	maxWeekBackwardSec,
	nextBlockSec,
	RACE_WEEK_SHAKEOUT_SEC,
	RECOVERY_CUT,
	RECOVERY_FACTOR,
	SHAKEOUT_OF_TAPER,
	START_SESSION_SEC,
	SUPPORT_SESSION_SHARE,
	SUPPORT_WEEKLY_GROWTH,
	TAPER_FACTORS,
} from './rules';
import { backwardSlots, type Skeleton, type WeekFrame } from './skeleton';
import type { PlanTargets } from './targets';

export { type DrillWeek, drillSchedule, kneeSchedule } from './dose-drills';

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
const WALK_DOSE = { startSec: 120, aimSec: 300, startBlockSec: 30, maxBlockSec: 60 } as const;

/** The fastest curve: up-weeks from `start` at the full rise cap, interpolated between weeks. */
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

/** The weeks of one curve (walking or running). */
interface Segment {
	readonly curve: Curve;
	readonly weeks: readonly WeekFrame[];
}

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

/** The kind of a week within a curve. */
function weekStep(week: WeekFrame, before: WeekFrame | undefined, first: boolean): DoseStep {
	if (week.phase === 'race') return 'race';
	if (week.phase === 'taper') return 'taper';
	if (first) return 'start';
	if (week.phase === 'recovery') return 'recovery';
	if (before?.phase === 'recovery') return 'after-recovery';
	return 'up';
}

/** Backward seconds of a week: the main session and the others. */
export function weekTotal(main: SizedLayout, support: SizedLayout, count: number): number {
	if (count <= 0) return 0;
	return main.backwardSec + support.backwardSec * (count - 1);
}

/**
 * The doses of one curve, week by week. A class only to keep the curve's
 * running state (longest session and block so far, the last build week,
 * the peak) in one named place; every step is a small method.
 */
class CurveDoser {
	private readonly race: boolean;
	private readonly startSupport: number;
	private readonly counts: number[];
	private readonly kinds: DoseStep[];
	private readonly firstPeak: number;
	private readonly curveAt: (x: number) => number;
	private readonly scale: number;
	private readonly mainStyle: LayoutStyle;
	private readonly supportStyle: LayoutStyle;
	/** The longest backward session so far, seconds. */
	private longestSec = 0;
	/** The longest continuous block so far, seconds. */
	private longestBlockSec = 0;
	/** The biggest backward week so far, seconds. */
	private biggestWeekSec = 0;
	private upCount = 0;
	private taperWeek = 0;
	private lastBuild: WeekDose | undefined;
	private peak: WeekDose | undefined;

	constructor(
		private readonly ctx: PlanContext,
		private readonly segment: Segment,
	) {
		const { curve, weeks } = segment;
		this.race = isRaceGoal(ctx.input.goal);
		this.startSupport = Math.min(START_SESSION_SEC[ctx.input.experience], curve.startSec);
		this.counts = weeks.map((w) => backwardSlots(w).filter((s) => s.role !== 'shakeout').length);
		this.kinds = weeks.map((w, i) => weekStep(w, weeks[i - 1], i === 0));
		this.firstPeak = weeks.findIndex((w, i) => w.phase === 'peak' && this.kinds[i] === 'up');
		const upToPeak = this.kinds.filter((k, i) => k === 'up' && (this.firstPeak < 0 || i <= this.firstPeak)).length;
		this.scale = upToPeak > 0 ? Math.min(1, stepsToAim(curve.startSec, curve.aimSec) / upToPeak) : 1;
		this.curveAt = fastCurve(curve.startSec, curve.aimSec);
		this.mainStyle = { mode: curve.mode, style: curve.style };
		this.supportStyle = { mode: curve.mode, style: 'forward-recovery' };
	}

	doses(): WeekDose[] {
		const out: WeekDose[] = [];
		this.segment.weeks.forEach((week, i) => {
			const dose = this.week(week, i, out.at(-1));
			out.push(dose);
			if (dose.step === 'race') return;
			this.longestSec = Math.max(this.longestSec, dose.main.backwardSec, dose.support.backwardSec);
			this.longestBlockSec = Math.max(this.longestBlockSec, dose.main.repSec, dose.support.repSec);
			this.biggestWeekSec = Math.max(this.biggestWeekSec, weekTotal(dose.main, dose.support, dose.count));
			if (dose.step === 'start' || dose.step === 'up') {
				this.lastBuild = dose;
				if (!this.peak || dose.main.backwardSec >= this.peak.main.backwardSec) this.peak = dose;
			}
		});
		return out;
	}

	private week(week: WeekFrame, i: number, previous: WeekDose | undefined): WeekDose {
		const count = this.counts[i] ?? 0;
		const kind = this.kinds[i] ?? 'up';
		const make = (step: DoseStep, main: SizedLayout, support: SizedLayout, blockSec: number): WeekDose => ({
			index: week.index,
			phase: week.phase,
			step,
			mode: this.segment.curve.mode,
			main,
			support: this.race ? support : main,
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
		});
		const heldBlock = Math.max(this.longestBlockSec, this.segment.curve.startBlockSec);
		if (kind === 'start' || !previous || !this.lastBuild) {
			const [main, support] = this.start();
			return make('start', main, support, this.segment.curve.startBlockSec);
		}
		if (kind === 'recovery') return make('recovery', ...this.recovery(previous, count), heldBlock);
		if (kind === 'taper') return make('taper', ...this.taper(), heldBlock);
		if (kind === 'race')
			return { ...make('race', previous.main, previous.support, heldBlock), ...this.raceWeek(previous) };
		if (kind === 'after-recovery') return make('after-recovery', ...this.afterRecovery(), heldBlock);
		// A peak week after the first holds the peak; a week that adds a session holds the sessions.
		const holdingPeak = this.firstPeak >= 0 && i > this.firstPeak && this.peak !== undefined;
		const addsSession = count > previous.count;
		if (holdingPeak || addsSession) {
			const held = holdingPeak && this.peak ? this.peak : this.lastBuild;
			if (!addsSession) return make('hold', held.main, held.support, heldBlock);
			return make('hold', ...this.addSession(held, previous, count), heldBlock);
		}
		return this.up(make, previous, count);
	}

	/** Week 1: the curve's start, in blocks no longer than the runner's first block. */
	private start(): [SizedLayout, SizedLayout] {
		const { curve } = this.segment;
		const main = layoutBlocks(curve.startSec, {
			maxBlockSec: curve.startBlockSec,
			mode: curve.mode,
			style: curve.style,
			round: 'down',
		});
		const support = this.race
			? layoutBlocks(this.startSupport, { maxBlockSec: curve.startBlockSec, mode: curve.mode, round: 'down' })
			: main;
		return [main, support];
	}

	/**
	 * A rising week: the main session toward the curve, the other sessions
	 * at half of it (never under week 1's), each within the rise cap over the
	 * longest earlier session and over its own last week.
	 */
	private up(
		make: (step: DoseStep, main: SizedLayout, support: SizedLayout, blockSec: number) => WeekDose,
		previous: WeekDose,
		count: number,
	): WeekDose {
		const { curve } = this.segment;
		this.upCount++;
		// After a recovery week and the lighter week that follows it, the build goes on from the last build week.
		const base =
			previous.step === 'recovery' || previous.step === 'taper' || previous.step === 'after-recovery'
				? (this.lastBuild ?? previous)
				: previous;
		const blockSec = Math.min(
			curve.maxBlockSec,
			Math.max(roundDurationSec(nextBlockSec(this.longestBlockSec), 'down'), base.main.repSec),
		);
		const mainCap = Math.min(
			curve.aimSec,
			maxSessionBackwardSec(this.longestSec),
			maxSessionBackwardSec(base.main.backwardSec),
		);
		const want = this.curveAt(this.upCount * this.scale);
		let main = growLayout(
			base.main,
			Math.max(want, base.main.backwardSec),
			{ blockSec, capSec: Math.max(mainCap, base.main.backwardSec), merge: this.race ? 'blocks-first' : 'lossless' },
			this.mainStyle,
		);
		let support = main;
		if (this.race) {
			const floor = Math.max(this.startSupport, base.support.backwardSec);
			const cap = Math.max(floor, Math.min(main.backwardSec, maxSessionBackwardSec(base.support.backwardSec)));
			// Half the long run; while under that share, never standing still in a build week: a tenth
			// more than last week's, up to half of the long run again (never under week 1's).
			const share = main.backwardSec * SUPPORT_SESSION_SHARE;
			const growing = Math.min(base.support.backwardSec * SUPPORT_WEEKLY_GROWTH, main.backwardSec * 0.6);
			const target = Math.min(cap, Math.max(floor, share, growing));
			support = growLayout(base.support, target, { blockSec, capSec: cap, merge: 'never' }, this.supportStyle);
		}
		[main, support] = this.fitWeek(main, support, count, base);
		return make('up', main, support, blockSec);
	}

	/**
	 * A week that adds a session holds the sessions' size, and the week rises
	 * no more than the weekly cap (rules.ts maxWeekBackwardSec) allows: the
	 * mixed runs, or the other sessions, shrink to fit, never under week 1's
	 * in a race plan.
	 */
	private addSession(held: WeekDose, previous: WeekDose, count: number): [SizedLayout, SizedLayout] {
		const before = Math.max(weekTotal(previous.main, previous.support, previous.count), this.biggestWeekSec);
		const cap = maxWeekBackwardSec(before, previous.count);
		if (weekTotal(held.main, held.support, count) <= cap) return [held.main, held.support];
		if (!this.race) {
			const each = shrinkLayout(held.main, cap / Math.max(1, count), this.mainStyle);
			return [each, each];
		}
		const room = Math.max(this.startSupport, (cap - held.main.backwardSec) / Math.max(1, count - 1));
		return [held.main, shrinkLayout(held.support, room, this.supportStyle)];
	}

	/** Over the 4-hour week (rules.ts MAX_WEEK_BACKWARD_SEC): last week's sessions again. */
	private fitWeek(main: SizedLayout, support: SizedLayout, count: number, base: WeekDose): [SizedLayout, SizedLayout] {
		if (weekTotal(main, support, count) <= MAX_WEEK_BACKWARD_SEC) return [main, support];
		if (weekTotal(base.main, support, count) <= MAX_WEEK_BACKWARD_SEC) return [base.main, support];
		return [base.main, base.support];
	}

	/**
	 * A recovery week: the shortest blocks and the mix of sessions whose week
	 * lands closest to a quarter's cut, inside the 20-30 % band, with the
	 * long session shorter than last week's.
	 */
	private recovery(previous: WeekDose, count: number): [SizedLayout, SizedLayout] {
		const before = weekTotal(previous.main, previous.support, count);
		const mains = shrinkCandidates(previous.main, this.mainStyle);
		const supports = this.race ? shrinkCandidates(previous.support, this.supportStyle) : [undefined];
		let best: [SizedLayout, SizedLayout] | undefined;
		let bestError = Infinity;
		for (const main of mains) {
			for (const s of supports) {
				const support = s ?? main;
				const cut = 1 - weekTotal(main, support, count) / before;
				const inBand = cut >= RECOVERY_CUT.min - 1e-9 && cut <= RECOVERY_CUT.max + 1e-9;
				const error = Math.abs(cut - (1 - RECOVERY_FACTOR)) + (inBand ? 0 : 10);
				if (error < bestError) {
					best = [main, support];
					bestError = error;
				}
			}
		}
		return best ?? [previous.main, previous.support];
	}

	/** After a recovery week: last build week's sessions at 90 %, in the same blocks. */
	private afterRecovery(): [SizedLayout, SizedLayout] {
		const build = this.lastBuild;
		if (!build) return this.start();
		const lighter = build.main.backwardSec * AFTER_RECOVERY_FACTOR;
		// A long run in two blocks becomes continuous here, in a week that is lighter anyway: one
		// block half as long again as the longest so far, losing at most a recovery week's cut.
		const merged =
			this.race && build.main.reps === 2
				? mergeLayout(
						build.main,
						Math.min(this.segment.curve.maxBlockSec, nextBlockSec(this.longestBlockSec)),
						build.main.backwardSec * (1 - LONG_RUN_MERGE_DIP),
						lighter,
						this.mainStyle,
					)
				: undefined;
		const main = merged ?? shrinkLayout(build.main, lighter, this.mainStyle, { strictlyBelow: true });
		const shrunk = shrinkLayout(
			build.support,
			Math.max(this.startSupport, build.support.backwardSec * AFTER_RECOVERY_FACTOR),
			this.supportStyle,
		);
		// Never under week 1's: where 90 % would be, the other sessions hold.
		const support = shrunk.backwardSec < this.startSupport ? build.support : shrunk;
		return [main, this.race ? support : main];
	}

	/** A taper week: the peak's sessions cut by the race's taper factor (rules.ts TAPER_FACTORS). */
	private taper(): [SizedLayout, SizedLayout] {
		const peak = this.peak ?? this.lastBuild;
		if (!peak) return this.start();
		const goal = this.ctx.input.goal;
		const factor = isRaceGoal(goal) ? (TAPER_FACTORS[goal][this.taperWeek] ?? 0.5) : 0.6;
		this.taperWeek++;
		const main = shrinkLayout(peak.main, peak.main.backwardSec * factor, this.mainStyle);
		const support = shrinkLayout(peak.support, peak.support.backwardSec * factor, this.supportStyle);
		return [main, support];
	}

	/** Race week: a shakeout smaller than the last taper session, in its blocks. */
	private raceWeek(previous: WeekDose): Pick<WeekDose, 'shakeout'> {
		const from = previous.count > 1 ? previous.support : previous.main;
		const target = Math.min(RACE_WEEK_SHAKEOUT_SEC, from.backwardSec * SHAKEOUT_OF_TAPER);
		return { shakeout: shrinkLayout(from, target, this.supportStyle) };
	}
}
