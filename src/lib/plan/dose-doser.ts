/**
 * The doser: one curve's weeks, dosed in order. The class keeps the curve's
 * running state (the build so far, the last build week, the peak, the
 * count of steps up the curve) and chooses each week's kind; each kind of
 * week is a pure function in its own file, so a rule about one kind of week
 * changes in one place:
 *
 * - week 1, and the floor it sets: dose-start.ts
 * - a build week, one step up the curve: dose-climb.ts
 * - the week's caps, and a week that adds a session: dose-fit.ts
 * - recovery weeks: dose-recovery.ts
 * - the week after a recovery week: dose-after-recovery.ts
 * - taper weeks and race week: dose-taper.ts
 *
 * The curve and week vocabulary is in dose-curve.ts; how a session's blocks
 * grow and shrink is in dose-layouts.ts.
 */
import type { SizedLayout } from './blocks';
import type { PlanContext } from './context';
import { afterRecovery, climbAfterRecovery } from './dose-after-recovery';
import { type Climb, climb } from './dose-climb';
import {
	type BuildSoFar,
	type CurveFacts,
	type DoseStep,
	fastCurve,
	type Segment,
	stepsToAim,
	type WeekDose,
	weekStep,
	weekTotal,
} from './dose-curve';
import { addSession, holdWeek } from './dose-fit';
import { recoveryWeek } from './dose-recovery';
import { startWeek, supportStartSec, weekOneMain } from './dose-start';
import { raceWeekShakeout, taperFactor, taperWeek } from './dose-taper';
import { forwardAmount, forwardSec } from './forward';
import { isRaceGoal } from './options';
import { FORWARD_FACTOR, START_SESSION_SEC } from './rules';
import { backwardSlots, type WeekFrame } from './skeleton';

/** A week's dose from its step and sessions (the week's frame, count and forward factor filled in). */
type MakeDose = (step: DoseStep, main: SizedLayout, support: SizedLayout, blockSec: number) => WeekDose;

/**
 * The doses of one curve, week by week. A class only to keep the curve's
 * running state (longest session and block so far, the last build week,
 * the peak) in one named place; every kind of week is a pure function of
 * that state (see the file's header).
 */
export class CurveDoser {
	private readonly facts: CurveFacts;
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
	/** The longest session and block, and the biggest week, so far (dose-curve.ts BuildSoFar). */
	private soFar: BuildSoFar = { longestSec: 0, longestBlockSec: 0, biggestWeekSec: 0 };
	/** Steps taken up the curve so far. */
	private upCount = 0;
	/** Taper weeks dosed so far (the next one's factor, dose-taper.ts taperFactor). */
	private taperWeeks = 0;
	private lastBuild: WeekDose | undefined;
	private peak: WeekDose | undefined;
	/** Whether the last build week held its main session where it was (the next one must rise). */
	private stoodStill = false;
	private readonly ctx: PlanContext;
	private readonly segment: Segment;

	constructor(ctx: PlanContext, segment: Segment) {
		this.ctx = ctx;
		this.segment = segment;
		const { curve, weeks } = segment;
		const race = isRaceGoal(ctx.input.goal);
		const weekOne = weekOneMain(curve);
		this.facts = {
			race,
			curve,
			startSupportSec: race
				? supportStartSec(START_SESSION_SEC[ctx.input.experience], weekOne.backwardSec, weekOne.repSec)
				: Math.min(START_SESSION_SEC[ctx.input.experience], curve.startSec),
			mainStyle: { mode: curve.mode, style: curve.style },
			supportStyle: { mode: curve.mode, style: 'forward-recovery' },
			forwardRunSec: forwardSec(ctx, forwardAmount(ctx, 1)),
		};
		this.counts = weeks.map((w) => backwardSlots(w).filter((s) => s.role !== 'shakeout').length);
		this.kinds = weeks.map((w, i) => weekStep(w, weeks[i - 1], i === 0));
		this.rising = this.kinds.map((k, i) => k === 'up' || (k === 'after-recovery' && race && (this.counts[i] ?? 0) > 1));
		// A peak opened by the foundation's first continuous run holds the dose before it (weekStep).
		this.firstPeak = weeks.findIndex((w, i) => w.phase === 'peak' && (this.rising[i] || this.kinds[i] === 'hold'));
		const upToPeak = this.rising.filter((r, i) => r && (this.firstPeak < 0 || i <= this.firstPeak)).length;
		// The curve starts where week 1 really is: a run/walk session's walk breaks count as backward
		// time, so its week 1 holds more than the curve's start, and a curve from below would stand still.
		const startSec = Math.max(curve.startSec, startWeek(this.facts)[0].backwardSec);
		// Aim to arrive one rising week early: the weeks after a recovery week climb less than the curve
		// (they stay below the week before the recovery), and a build that arrives late misses its race.
		const slack = race && upToPeak > 4 ? 1 : 0;
		this.scale = upToPeak > 0 ? Math.min(1, stepsToAim(startSec, curve.aimSec) / (upToPeak - slack)) : 1;
		this.curveAt = fastCurve(startSec, curve.aimSec);
	}

	doses(): WeekDose[] {
		const out: WeekDose[] = [];
		this.segment.weeks.forEach((week, i) => {
			const dose = this.week(week, i, out.at(-1));
			out.push(dose);
			if (dose.step === 'race') return;
			const { longestSec, longestBlockSec, biggestWeekSec } = this.soFar;
			this.soFar = {
				longestSec: Math.max(longestSec, dose.main.backwardSec, dose.support.backwardSec),
				longestBlockSec: Math.max(longestBlockSec, dose.main.repSec, dose.support.repSec),
				biggestWeekSec: Math.max(biggestWeekSec, weekTotal(dose.main, dose.support, dose.count)),
			};
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

	/** The dose of week `i`: its kind (dose-curve.ts weekStep) decides which part doses it. */
	private week(week: WeekFrame, i: number, previous: WeekDose | undefined): WeekDose {
		const { facts } = this;
		const count = this.counts[i] ?? 0;
		const kind = this.kinds[i] ?? 'up';
		const make: MakeDose = (step, main, support, blockSec) => ({
			index: week.index,
			phase: week.phase,
			step,
			mode: this.segment.curve.mode,
			main,
			support: facts.race ? support : main,
			count,
			blockSec,
			forwardFactor: kind === 'recovery' || kind === 'taper' || kind === 'race' ? FORWARD_FACTOR[kind] : 1,
		});
		const heldBlock = Math.max(this.soFar.longestBlockSec, this.segment.curve.startBlockSec);
		const build = this.lastBuild;
		if (kind === 'start' || !previous || !build) {
			return make('start', ...startWeek(facts), this.segment.curve.startBlockSec);
		}
		if (kind === 'recovery') {
			this.beforeRecovery = previous;
			const supportStyle = facts.race ? facts.supportStyle : undefined;
			return make('recovery', ...recoveryWeek(previous, count, facts.mainStyle, supportStyle), heldBlock);
		}
		if (kind === 'taper') {
			const factor = taperFactor(this.ctx.input.goal, this.taperWeeks);
			this.taperWeeks++;
			return make('taper', ...taperWeek(facts, this.peak ?? build, factor), heldBlock);
		}
		if (kind === 'race')
			return { ...make('race', previous.main, previous.support, heldBlock), ...raceWeekShakeout(facts, previous) };
		if (kind === 'after-recovery') {
			const climbing = this.rising[i] ? this.climbAfterRecovery(week, make, build, count) : undefined;
			return climbing ?? make('after-recovery', ...afterRecovery(facts, this.soFar, build), heldBlock);
		}
		if (kind === 'hold') return make('hold', ...holdWeek(facts, previous, count), heldBlock);
		// A peak week after the first holds the peak (a week that adds a session keeps the week's rise
		// within the weekly cap, addSession).
		const holdingPeak = this.firstPeak >= 0 && i > this.firstPeak && this.peak !== undefined;
		if (holdingPeak && this.peak) {
			const held: [SizedLayout, SizedLayout] =
				count > previous.count
					? addSession(facts, this.soFar, [this.peak.main, this.peak.support], previous, count)
					: [this.peak.main, this.peak.support];
			return make('hold', ...held, heldBlock);
		}
		return this.up(week, make, previous, build, count);
	}

	/**
	 * A rising week: the main session toward the curve, the other sessions
	 * at half of it (never under week 1's), each within the rise cap over the
	 * longest earlier session and over its own last week (dose-climb.ts).
	 */
	private up(week: WeekFrame, make: MakeDose, previous: WeekDose, build: WeekDose, count: number): WeekDose {
		// After a recovery week and the lighter week that follows it, the build goes on from the last build week.
		const base =
			previous.step === 'recovery' || previous.step === 'taper' || previous.step === 'after-recovery'
				? build
				: previous;
		const climbed = this.climb(week, base, previous, count);
		this.upCount++;
		return make('up', climbed.main, climbed.support, climbed.blockSec);
	}

	/**
	 * The week after a recovery week in a race plan, when its long run can
	 * climb on and the week still stays below the week before the recovery
	 * (dose-after-recovery.ts climbAfterRecovery); undefined otherwise.
	 */
	private climbAfterRecovery(week: WeekFrame, make: MakeDose, build: WeekDose, count: number): WeekDose | undefined {
		const climbed = this.climb(week, build, build, count);
		const sessions = climbAfterRecovery(this.facts, this.soFar, climbed, build, this.beforeRecovery ?? build, count);
		if (!sessions) return undefined;
		// Only a climb that is used counts as a step up the curve.
		this.upCount++;
		return make('after-recovery', ...sessions, climbed.blockSec);
	}

	/**
	 * One step up the curve from `base` (dose-climb.ts climb), at the curve's
	 * next step. Records whether the main session stood still, even for an
	 * after-recovery climb that is not used: the next build week reads it.
	 */
	private climb(week: WeekFrame, base: WeekDose, previous: WeekDose, count: number): Climb {
		const climbed = climb(
			this.facts,
			{
				...this.soFar,
				curveSec: this.curveAt((this.upCount + 1) * this.scale),
				stoodStill: this.stoodStill,
				opensPeak: this.segment.weeks[this.firstPeak] === week,
				walkRunStage: week.walkRunStage,
			},
			base,
			previous,
			count,
		);
		this.stoodStill = climbed.stoodStill;
		return climbed;
	}
}
