/**
 * The doser: one curve's weeks, dosed in order. Each kind of week (start,
 * up, after-recovery, taper, race) is one method (recovery weeks are
 * dose-recovery.ts), so a rule about
 * one kind of week changes in one place. The curve and week vocabulary is in
 * dose-curve.ts; how a session's blocks grow and shrink is in dose-layouts.ts.
 */
import { layoutBlocks, type SizedLayout } from './blocks';
import type { PlanContext } from './context';
import { type DoseStep, fastCurve, type Segment, stepsToAim, type WeekDose, weekStep, weekTotal } from './dose-curve';
import { growLayout, keepBlocks, type LayoutStyle, mergeLayout, noLongerThan, shrinkLayout } from './dose-layouts';
import { recoveryWeek } from './dose-recovery';
import { forwardAmount, forwardSec } from './forward';
import { foundationMixedCapSec } from './foundation';
import { isRaceGoal } from './options';
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
	SHAKEOUT_OF_TAPER,
	START_SESSION_SEC,
	SUPPORT_GROWTH_UP_TO,
	SUPPORT_SESSION_SHARE,
	SUPPORT_WEEKLY_GROWTH,
	TAPER_FACTORS,
} from './rules';
import { backwardSlots, type WeekFrame } from './skeleton';

/**
 * The doses of one curve, week by week. A class only to keep the curve's
 * running state (longest session and block so far, the last build week,
 * the peak) in one named place; every step is a small method.
 */
export class CurveDoser {
	private readonly race: boolean;
	private readonly startSupport: number;
	private readonly counts: number[];
	private readonly kinds: DoseStep[];
	private readonly firstPeak: number;
	/**
	 * Weeks on which the main session climbs the curve: every build week, and
	 * in a race plan with other sessions the week after a recovery week too,
	 * whose other sessions ease instead (the long run keeps climbing after a
	 * step-back week, as in Higdon's plans).
	 */
	private readonly rising: boolean[];
	/** The week before the last recovery week, which the week after it stays under. */
	private beforeRecovery: WeekDose | undefined;
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
	private readonly ctx: PlanContext;
	private readonly segment: Segment;

	constructor(ctx: PlanContext, segment: Segment) {
		this.ctx = ctx;
		this.segment = segment;
		const { curve, weeks } = segment;
		this.race = isRaceGoal(ctx.input.goal);
		this.startSupport = Math.min(START_SESSION_SEC[ctx.input.experience], curve.startSec);
		this.counts = weeks.map((w) => backwardSlots(w).filter((s) => s.role !== 'shakeout').length);
		this.kinds = weeks.map((w, i) => weekStep(w, weeks[i - 1], i === 0));
		this.rising = this.kinds.map(
			(k, i) => k === 'up' || (k === 'after-recovery' && this.race && (this.counts[i] ?? 0) > 1),
		);
		// A peak opened by the foundation's first continuous run holds the dose before it (weekStep).
		this.firstPeak = weeks.findIndex((w, i) => w.phase === 'peak' && (this.rising[i] || this.kinds[i] === 'hold'));
		const upToPeak = this.rising.filter((r, i) => r && (this.firstPeak < 0 || i <= this.firstPeak)).length;
		// The curve starts where week 1 really is: a run/walk session's walk breaks count as backward
		// time, so its week 1 holds more than the curve's start, and a curve from below would stand still.
		const startSec = Math.max(curve.startSec, this.start()[0].backwardSec);
		// Aim to arrive one rising week early: the weeks after a recovery week climb less than the curve
		// (they stay below the week before the recovery), and a build that arrives late misses its race.
		const slack = this.race && upToPeak > 4 ? 1 : 0;
		this.scale = upToPeak > 0 ? Math.min(1, stepsToAim(startSec, curve.aimSec) / (upToPeak - slack)) : 1;
		this.curveAt = fastCurve(startSec, curve.aimSec);
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
			if (dose.step === 'start' || dose.step === 'up' || (dose.step === 'after-recovery' && this.rising[i])) {
				// The peak is the last week that climbed: a long run that became continuous may hold a
				// little less than the same run in two blocks weeks before.
				this.lastBuild = dose;
				this.peak = dose;
			}
			// A peak that opens on a held week (the first continuous run) holds that week's dose.
			if (i === this.firstPeak && dose.step === 'hold') this.peak = dose;
		});
		return out;
	}

	/** Whether the last build week held its main session where it was (the next one must rise). */
	private stoodStill = false;
	/** The week being dosed. */
	private current: WeekFrame | undefined;

	private week(week: WeekFrame, i: number, previous: WeekDose | undefined): WeekDose {
		this.current = week;
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
			forwardFactor: kind === 'recovery' || kind === 'taper' || kind === 'race' ? FORWARD_FACTOR[kind] : 1,
		});
		const heldBlock = Math.max(this.longestBlockSec, this.segment.curve.startBlockSec);
		if (kind === 'start' || !previous || !this.lastBuild) {
			const [main, support] = this.start();
			return make('start', main, support, this.segment.curve.startBlockSec);
		}
		if (kind === 'recovery') {
			this.beforeRecovery = previous;
			return make(
				'recovery',
				...recoveryWeek(previous, count, this.mainStyle, this.race ? this.supportStyle : undefined),
				heldBlock,
			);
		}
		if (kind === 'taper') return make('taper', ...this.taper(), heldBlock);
		if (kind === 'race')
			return { ...make('race', previous.main, previous.support, heldBlock), ...this.raceWeek(previous) };
		if (kind === 'after-recovery') {
			const climbing = this.rising[i] ? this.climbAfterRecovery(make, count) : undefined;
			return climbing ?? make('after-recovery', ...this.afterRecovery(), heldBlock);
		}
		if (kind === 'hold') return make('hold', ...this.holdWeek(previous, count), heldBlock);
		// A peak week after the first holds the peak (a week that adds a session keeps the week's rise
		// within the weekly cap, addSession).
		const holdingPeak = this.firstPeak >= 0 && i > this.firstPeak && this.peak !== undefined;
		if (holdingPeak && this.peak) {
			const held: [SizedLayout, SizedLayout] =
				count > previous.count
					? this.addSession([this.peak.main, this.peak.support], previous, count)
					: [this.peak.main, this.peak.support];
			return make('hold', ...held, heldBlock);
		}
		return this.up(make, previous, count);
	}

	/**
	 * A week whose walk/run foundation steps up: last week's sessions again,
	 * and where the week adds a session, each a little smaller so the week's
	 * backward time does not rise (never under week 1's sessions).
	 */
	private holdWeek(previous: WeekDose, count: number): [SizedLayout, SizedLayout] {
		if (count <= previous.count) return [previous.main, previous.support];
		const total = weekTotal(previous.main, previous.support, previous.count);
		if (!this.race) {
			const each = shrinkLayout(previous.main, total / count, this.mainStyle, { atMost: true });
			const held = each.backwardSec >= this.segment.curve.startSec ? each : previous.main;
			return [held, held];
		}
		const room = (total - previous.main.backwardSec) / Math.max(1, count - 1);
		const support = shrinkLayout(previous.support, room, this.supportStyle, { atMost: true });
		return [previous.main, this.atLeastWeekOne(support)];
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
		// After a recovery week and the lighter week that follows it, the build goes on from the last build week.
		const base =
			previous.step === 'recovery' || previous.step === 'taper' || previous.step === 'after-recovery'
				? (this.lastBuild ?? previous)
				: previous;
		const [main, support, blockSec] = this.climb(base, previous, count);
		return make('up', main, support, blockSec);
	}

	/**
	 * The week after a recovery week in a race plan: the long run climbs on
	 * from the last build week while the other sessions ease to 90 % of
	 * theirs, so the week stays below the week before the recovery. Undefined
	 * when the long run's rise would not leave it below (the plain lighter
	 * week is used then).
	 */
	private climbAfterRecovery(
		make: (step: DoseStep, main: SizedLayout, support: SizedLayout, blockSec: number) => WeekDose,
		count: number,
	): WeekDose | undefined {
		const build = this.lastBuild;
		const before = this.beforeRecovery ?? build;
		if (!build || !before) return undefined;
		const ceiling = weekTotal(before.main, before.support, before.count) - 15;
		const support = shrinkLayout(build.support, build.support.backwardSec * AFTER_RECOVERY_FACTOR, this.supportStyle, {
			strictlyBelow: true,
		});
		const upCount = this.upCount;
		let [main, , blockSec] = this.climb(build, build, count);
		const room = ceiling - support.backwardSec * (count - 1);
		// A long run in two blocks becomes continuous here instead, in a week that eases anyway.
		const merged = this.continuousLongRun(build, Math.min(room, main.backwardSec));
		if (merged) return make('after-recovery', merged, noLongerThan(support, merged, this.supportStyle), blockSec);
		if (main.backwardSec > room) {
			if (room <= build.main.backwardSec) {
				this.upCount = upCount;
				return undefined;
			}
			main = growLayout(
				build.main,
				room,
				{ blockSec, capSec: Math.min(room, main.backwardSec), merge: 'blocks-first', ...this.raceRun() },
				this.mainStyle,
			);
		}
		return make('after-recovery', main, noLongerThan(support, main, this.supportStyle), blockSec);
	}

	/** One step up the curve from `base`: the main session and the others, and the week's block limit. */
	private climb(base: WeekDose, previous: WeekDose, count: number): [SizedLayout, SizedLayout, number] {
		const { curve } = this.segment;
		this.upCount++;
		const blockSec = Math.min(
			curve.maxBlockSec,
			Math.max(roundDurationSec(nextBlockSec(this.longestBlockSec), 'down'), base.main.repSec),
		);
		// At a race's aim, the long run may round up past it rather than stop a few seconds short (3 % at
		// most). Each session rises within the cap over its own last week too, but may always come back
		// to the longest session so far (after a long run turned continuous with a dip).
		const mainCap = Math.min(
			this.race ? curve.aimSec * 1.03 : curve.aimSec,
			this.thirdOfRuns(),
			maxSessionBackwardSec(this.longestSec),
			Math.max(maxSessionBackwardSec(base.main.backwardSec), roundDurationSec(this.longestSec, 'up')),
		);
		// A build may hold one week where the curve climbs less than a step of the grid, never two
		// running: then it rises by one step at least, until the aim. The peak holds the plan's
		// longest session: the first peak week comes back to it at least.
		const stood = this.stoodStill;
		const want = Math.max(
			this.curveAt(this.upCount * this.scale),
			stood && base.main.backwardSec < curve.aimSec ? base.main.backwardSec + 1 : 0,
			this.segment.weeks[this.firstPeak] === this.current ? roundDurationSec(this.longestSec, 'up') : 0,
		);
		let main = growLayout(
			base.main,
			Math.max(want, base.main.backwardSec),
			{
				blockSec,
				capSec: Math.max(mainCap, base.main.backwardSec),
				merge: this.race ? 'blocks-first' : 'lossless',
				...this.raceRun(),
			},
			this.mainStyle,
		);
		let support = main;
		if (this.race) {
			const floor = Math.max(this.startSupport, base.support.backwardSec);
			const cap = Math.max(floor, Math.min(main.backwardSec, maxSessionBackwardSec(base.support.backwardSec)));
			// Half the long run; while under that share, never standing still in a build week: a tenth
			// more than last week's, up to half of the long run again (never under week 1's).
			const share = main.backwardSec * SUPPORT_SESSION_SHARE;
			const growing = Math.min(
				base.support.backwardSec * SUPPORT_WEEKLY_GROWTH,
				main.backwardSec * SUPPORT_GROWTH_UP_TO,
			);
			const target = Math.min(cap, Math.max(floor, share, growing));
			support = growLayout(base.support, target, { blockSec, capSec: cap, merge: 'never' }, this.supportStyle);
		}
		[main, support] = this.fitWeek(main, support, count, base);
		if (count > previous.count) [main, support] = this.addSession([main, support], previous, count, base);
		this.stoodStill = main.backwardSec <= base.main.backwardSec;
		return [main, support, blockSec];
	}

	/**
	 * A week that adds a session rises no more than the weekly cap allows
	 * over the biggest week so far (rules.ts maxWeekBackwardSec, counted on
	 * last week's sessions): the other sessions shrink first (never under
	 * week 1's in a race plan), then the main one gives up its rise; mixed
	 * runs, all alike, shrink together but never under last week's.
	 */
	private addSession(
		[main, support]: [SizedLayout, SizedLayout],
		previous: WeekDose,
		count: number,
		base: WeekDose = previous,
	): [SizedLayout, SizedLayout] {
		const before = Math.max(weekTotal(previous.main, previous.support, previous.count), this.biggestWeekSec);
		const cap = maxWeekBackwardSec(before, previous.count);
		if (weekTotal(main, support, count) <= cap) return [main, support];
		if (!this.race) {
			// All alike: each a little smaller for the week that adds one, never under the first week's.
			const each = shrinkLayout(main, cap / Math.max(1, count), this.mainStyle, { atMost: true });
			const held = each.backwardSec < this.segment.curve.startSec ? base.main : each;
			return [held, held];
		}
		const room = (m: SizedLayout) => Math.max(this.startSupport, (cap - m.backwardSec) / Math.max(1, count - 1));
		// Fewer blocks rather than shorter ones: a week that adds a session keeps last week's blocks.
		const supportBeside = (m: SizedLayout) =>
			this.atLeastWeekOne(
				keepBlocks(
					shrinkLayout(support, room(m), this.supportStyle, { atMost: true }),
					base.support,
					room(m),
					this.supportStyle,
				),
			);
		const fitted = supportBeside(main);
		if (weekTotal(main, fitted, count) <= cap || main.backwardSec <= base.main.backwardSec) return [main, fitted];
		return [base.main, supportBeside(base.main)];
	}

	/**
	 * While the walk/run foundation lasts, a mixed run's backward part stays
	 * within a third of the shortest continuous run still ahead in it (rules.ts
	 * MIX_IN_MAX_BACKWARD_OF_FORWARD): 16 minutes while the runner still walks
	 * between runs (2 × 12 min is followed by 16 min without a break), then the
	 * week's own run, up to 20 minutes. So the week of the first continuous run
	 * can hold last week's backward work (weekStep) within the rule. Below a
	 * plan's aim when the plan goes on past the foundation (targets.ts); no
	 * limit after it or in race plans, whose backward sessions stand alone.
	 *
	 * @example
	 * this.thirdOfRuns() // 315 in a week of 2 × 12 min (a third of 16 minutes, on the 15 s grid)
	 */
	private thirdOfRuns(): number {
		const stage = this.current?.walkRunStage;
		if (this.race || stage === undefined) return Number.POSITIVE_INFINITY;
		return roundDurationSec(foundationMixedCapSec(forwardSec(this.ctx, forwardAmount(this.ctx, 1)), stage), 'down');
	}

	/** A run/walk race's run length, for growLayout: the runs stay there once they reach it. */
	private raceRun(): { raceRunSec?: number } {
		return this.mainStyle.style === 'walk-breaks' ? { raceRunSec: this.segment.curve.maxBlockSec } : {};
	}

	/** Week 1's other session when a smaller layout would fall under it. */
	private atLeastWeekOne(support: SizedLayout): SizedLayout {
		if (support.backwardSec >= this.startSupport) return support;
		const { curve } = this.segment;
		return layoutBlocks(this.startSupport, { maxBlockSec: curve.startBlockSec, mode: curve.mode, round: 'down' });
	}

	/**
	 * The week within its caps: the 4-hour week (rules.ts
	 * MAX_WEEK_BACKWARD_SEC) and the weekly rise cap over the biggest week so
	 * far (maxWeekBackwardSec). The other sessions give up their rise first,
	 * then the main one; never below last week's (`base`), which fits by
	 * construction.
	 */
	private fitWeek(main: SizedLayout, support: SizedLayout, count: number, base: WeekDose): [SizedLayout, SizedLayout] {
		const cap = Math.min(
			MAX_WEEK_BACKWARD_SEC,
			this.biggestWeekSec > 0 ? maxWeekBackwardSec(this.biggestWeekSec, count) : Number.POSITIVE_INFINITY,
		);
		if (weekTotal(main, support, count) <= cap) return [main, support];
		const supportFloor = Math.max(this.startSupport, base.support.backwardSec);
		if (this.race && count > 1) {
			const room = (cap - main.backwardSec) / (count - 1);
			const fitted = shrinkLayout(support, Math.max(supportFloor, room), this.supportStyle, { atMost: true });
			const kept =
				fitted.backwardSec >= supportFloor
					? fitted
					: base.support.backwardSec >= supportFloor
						? base.support
						: this.atLeastWeekOne(fitted);
			if (weekTotal(main, kept, count) <= cap) return [main, kept];
			const mainRoom = cap - kept.backwardSec * (count - 1);
			const smaller = shrinkLayout(main, Math.max(base.main.backwardSec, mainRoom), this.mainStyle, { atMost: true });
			const mainKept = smaller.backwardSec >= base.main.backwardSec ? smaller : base.main;
			return weekTotal(mainKept, kept, count) <= cap ? [mainKept, kept] : [base.main, base.support];
		}
		const each = shrinkLayout(main, Math.max(base.main.backwardSec, cap / Math.max(1, count)), this.mainStyle, {
			atMost: true,
		});
		const kept = each.backwardSec >= base.main.backwardSec ? each : base.main;
		return weekTotal(kept, kept, count) <= cap ? [kept, kept] : [base.main, base.support];
	}

	/** After a recovery week: last build week's sessions at 90 %, in the same blocks. */
	private afterRecovery(): [SizedLayout, SizedLayout] {
		const build = this.lastBuild;
		if (!build) return this.start();
		const lighter = build.main.backwardSec * AFTER_RECOVERY_FACTOR;
		const merged = this.continuousLongRun(build, lighter);
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

	/**
	 * A race plan's long run in two blocks, merged into one continuous run in
	 * the week after a recovery week: one block half as long again as the
	 * longest so far, at most `maxSec`, losing at most a recovery week's cut
	 * on the last build week (rules.ts LONG_RUN_MERGE_DIP). Undefined when it
	 * cannot.
	 */
	private continuousLongRun(build: WeekDose, maxSec: number): SizedLayout | undefined {
		if (!this.race || build.main.reps !== 2) return undefined;
		return mergeLayout(
			build.main,
			Math.min(this.segment.curve.maxBlockSec, nextBlockSec(this.longestBlockSec)),
			build.main.backwardSec * (1 - LONG_RUN_MERGE_DIP),
			maxSec,
			this.mainStyle,
		);
	}

	/** A taper week: the peak's sessions cut by the race's taper factor (rules.ts TAPER_FACTORS). */
	private taper(): [SizedLayout, SizedLayout] {
		const peak = this.peak ?? this.lastBuild;
		if (!peak) return this.start();
		const goal = this.ctx.input.goal;
		const factor = isRaceGoal(goal) ? (TAPER_FACTORS[goal][this.taperWeek] ?? 0.5) : 0.6;
		this.taperWeek++;
		// A run/walk tapers in the runs the race is run in: whole runs fewer, never shorter runs.
		const main = shrinkLayout(peak.main, peak.main.backwardSec * factor, this.mainStyle, { wholeRuns: true });
		const support = shrinkLayout(peak.support, peak.support.backwardSec * factor, this.supportStyle, {
			wholeRuns: true,
		});
		return [main, support];
	}

	/** Race week: a shakeout smaller than the last taper session, in its blocks. */
	private raceWeek(previous: WeekDose): Pick<WeekDose, 'shakeout'> {
		const from = previous.count > 1 ? previous.support : previous.main;
		const target = Math.min(RACE_WEEK_SHAKEOUT_SEC, from.backwardSec * SHAKEOUT_OF_TAPER);
		return { shakeout: shrinkLayout(from, target, this.supportStyle) };
	}
}
