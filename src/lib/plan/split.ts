/**
 * The coach's split: mixed runs set by hand, "2 mi forward + 0.5 mi
 * backward", growing by a step every few weeks. It starts once the runner
 * runs without walk breaks; its steps count the weeks the runner builds at
 * it (splitSteps), and stop at the first peak week. A recovery week eases the
 * backward part by 20-30 % and a taper week by the taper's share, as every
 * session of the plan does; where the split breaks a rule of the plan (a
 * jump, a cap, more backward in one go than the runner's experience allows),
 * or the plan moves or shortens what the coach wrote, the plan says so in a
 * warning for each. A split no session could hold is refused (input.ts).
 */
import type { PlanContext } from './context';
import type { WeekDose } from './dose';
import { formatDistance, formatDuration, weeksText } from './format';
import { FOUNDATION_RUN_SEC, foundationStartStage, isWalkRunWeek } from './foundation';
import { isRaceGoal } from './options';
import { roundDistanceM, roundDurationSec } from './rounding';
import {
	MAX_SESSION_SEC,
	MAX_WEEK_BACKWARD_SEC,
	METRES_PER_UNIT,
	maxSessionBackwardSec,
	maxWeekBackwardSec,
	READINESS_CAP_SEC,
	RECOVERY_CUT,
	RECOVERY_FACTOR,
	SPLIT_DEFAULT_EVERY_WEEKS,
	TAPER_FACTORS,
} from './rules';
import type { Split, Week } from './schema';
import type { ForwardAmount } from './sessions';
import { planSkeleton, type WeekFrame } from './skeleton';

/** The two parts of a split mixed run in one week. */
export interface SplitWeek {
	readonly forward: ForwardAmount;
	readonly backward: ForwardAmount;
}

/**
 * The backward part as the coach wrote it for plan week `weekIndex`:
 * `backward + step × floor((week − 1) / everyWeeks)`.
 *
 * @example
 * splitBackwardAsWritten({ measure: 'distance', forward: 2, backward: 0.5, step: 0.25, everyWeeks: 2 }, 3) // 0.75
 */
export function splitBackwardAsWritten(split: Split, weekIndex: number): number {
	if (split.step === undefined) return split.backward;
	const every = split.everyWeeks ?? SPLIT_DEFAULT_EVERY_WEEKS;
	// Round away binary noise (0.1 + 0.2) so 0.75 stays 0.75.
	return Math.round((split.backward + split.step * Math.floor((weekIndex - 1) / every)) * 1e6) / 1e6;
}

/** Seconds (time split) or metres (distance split) of a split value in plan units or minutes. */
function toAmount(ctx: PlanContext, split: Split, value: number): ForwardAmount {
	return split.measure === 'time'
		? { durationSec: Math.round(value * 60) }
		: { distanceM: value * METRES_PER_UNIT[ctx.input.units] };
}

/** A split amount scaled for a recovery or taper week, rounded to the grid a coach writes. */
function scaled(
	ctx: PlanContext,
	amount: ForwardAmount,
	factor: number,
	mode: 'down' | 'nearest' = 'down',
): ForwardAmount {
	if (factor === 1) return amount;
	if ('durationSec' in amount) return { durationSec: roundDurationSec(amount.durationSec * factor, mode) };
	return { distanceM: roundDistanceM(amount.distanceM * factor, ctx.input.units, 'path', mode) };
}

/** A split amount in the split's own measure (plan units or minutes). */
function amountValue(ctx: PlanContext, amount: ForwardAmount): number {
	return 'durationSec' in amount ? amount.durationSec / 60 : amount.distanceM / METRES_PER_UNIT[ctx.input.units];
}

/** Which of the coach's weeks a plan week runs: `step` for its value, `unfrozen` for the one it would have without the peak's freeze. */
export interface SplitStep {
	/** The coach's week whose value this week runs (its backward part is `splitBackwardAsWritten(split, step)`). */
	readonly step: number;
	/** The coach's week this would be without the freeze at the peak: above `step` when the peak held the split. */
	readonly unfrozen: number;
}

/**
 * The coach's week for each plan week. The steps count the weeks the runner
 * builds at the split: not a recovery week (it eases the week before), not
 * the easy lead-in weeks, and not the weeks of a walk/run foundation (the
 * split starts after it: its forward part is a continuous run). The week
 * back from a recovery week counts, but never steps up: it repeats the week
 * before the recovery, so the build after a recovery week never starts above
 * it (0.75 → 0.5 → 0.75 → 1 mi, not 0.75 → 0.5 → 1 mi). From the first peak
 * week on, the split holds that week's value; the taper eases from it.
 *
 * @example
 * splitSteps([build, build, build, build, recovery, build, build, peak, peak, taper], 2).map((s) => s.step)
 * // [1, 2, 3, 4, 4, 4, 5, 6, 6, 6]: week 6 repeats week 4's 0.75 mi instead of stepping to 1 mi
 */
export function splitSteps(frames: readonly WeekFrame[], everyWeeks = SPLIT_DEFAULT_EVERY_WEEKS): SplitStep[] {
	let built = 0;
	let frozen: number | undefined;
	const index = (step: number) => Math.floor((step - 1) / everyWeeks);
	return frames.map((frame, i) => {
		const counts = frame.phase !== 'recovery' && !frame.leadIn && takesSplitRuns(frame);
		// The week back from a recovery week holds what the runner ran before it rather than step up.
		const holds = frames[i - 1]?.phase === 'recovery' && built > 0 && index(built + 1) > index(built);
		if (counts && !holds) built++;
		const unfrozen = Math.max(1, built);
		if (frame.phase === 'peak' && frozen === undefined) frozen = unfrozen;
		return { step: frozen ?? unfrozen, unfrozen };
	});
}

/**
 * True for a week that runs the coach's split: once the runner runs 20
 * minutes without a break (every week for a runner who can today). Its
 * forward part is a continuous run, so a runner in a walk/run foundation
 * starts it when the foundation reaches its 20-minute run.
 */
export function takesSplitRuns(frame: WeekFrame): boolean {
	return !isWalkRunWeek(frame.walkRunStage);
}

/**
 * Seconds the split's two parts take at the runner's easy paces, with the
 * backward part at `backward` (plan units or minutes; the first week's by
 * default): what decides whether one session can hold it.
 *
 * @example
 * splitPartsSec(ctxAt13m41PerMileNew, { measure: 'distance', forward: 2, backward: 10 })
 * // { forwardSec: 1642, backwardSec: 13125 }: 3 h 40 min backward
 */
export function splitPartsSec(
	ctx: PlanContext,
	split: Split,
	backward = split.backward,
): { forwardSec: number; backwardSec: number } {
	if (split.measure === 'time') return { forwardSec: split.forward * 60, backwardSec: backward * 60 };
	const unitM = METRES_PER_UNIT[ctx.input.units];
	return { forwardSec: split.forward * unitM * ctx.fwdSecPerM, backwardSec: backward * unitM * ctx.backSecPerM };
}

/**
 * True when one session cannot hold these parts: more than 90 minutes
 * backward (rules.ts READINESS_CAP_SEC, the most we ask of anyone) or 150 in
 * all (MAX_SESSION_SEC).
 *
 * @example
 * beyondOneSession({ forwardSec: 1642, backwardSec: 13125 }) // true
 */
export function beyondOneSession(parts: { forwardSec: number; backwardSec: number }): boolean {
	return parts.backwardSec > READINESS_CAP_SEC || parts.forwardSec + parts.backwardSec > MAX_SESSION_SEC;
}

/**
 * The first week in which the split, as this plan runs it (splitSteps: build
 * weeks only, held after a recovery week, frozen at the peak), is more than
 * one session holds; undefined when no week is. Read off the plan's own
 * weeks once its length is settled (input.ts), so a step that the peak or the
 * recovery weeks never reach is not refused.
 *
 * @example
 * splitBeyondWeek(createContext({ ...input, weeks: 26, split: { measure: 'time', forward: 20, backward: 5, step: 85, everyWeeks: 1 } }))
 * // 3: 5 + 85 + 85 minutes backward
 */
export function splitBeyondWeek(ctx: PlanContext): number | undefined {
	const split = ctx.input.split;
	if (split?.step === undefined) return undefined;
	const frames = planSkeleton(ctx).weeks;
	const steps = splitSteps(frames, split.everyWeeks);
	for (const [i, frame] of frames.entries()) {
		const step = steps[i];
		if (step === undefined || !takesSplitRuns(frame)) continue;
		if (beyondOneSession(splitPartsSec(ctx, split, splitBackwardAsWritten(split, step.step)))) return frame.index;
	}
	return undefined;
}

/** The first week the split runs (takesSplitRuns); undefined when none does. */
export function firstSplitWeek(frames: readonly WeekFrame[]): number | undefined {
	return frames.find(takesSplitRuns)?.index;
}

/**
 * A recovery week's backward part, from the week before's `written`: the
 * value on the coach's own grid that cuts 25 %, or else 20 %, when that is
 * within 20-30 % (rules.ts RECOVERY_CUT: 2 mi → 1.5 mi, 1.25 mi → 1 mi), or
 * within 5 points of it (RECOVERY_CUT.keepingBlocks: 0.75 mi → 0.5 mi, a
 * third, the coach's own step, where a coach read "0.55 mi" as a number they
 * would never write); else the plan's grid rounded down or to the nearest
 * value in the band; else the plan's grid rounded down.
 */
function recoveryAmount(ctx: PlanContext, split: Split, written: number): ForwardAmount {
	const full = toAmount(ctx, split, written);
	const inBand = (slack: number) => (a: ForwardAmount | undefined) => {
		if (a === undefined) return false;
		const cut = 1 - amountValue(ctx, a) / written;
		return cut >= RECOVERY_CUT.min - slack - 1e-9 && cut <= RECOVERY_CUT.max + slack + 1e-9;
	};
	const coach = [
		onCoachGrid(ctx, split, written * RECOVERY_FACTOR),
		// The coach's own step at the band's lighter end: 1.25 mi eases to 1 mi (20 %), not 0.9 mi.
		onCoachGrid(ctx, split, written * (1 - RECOVERY_CUT.min)),
	];
	const plan = [scaled(ctx, full, RECOVERY_FACTOR, 'down'), scaled(ctx, full, RECOVERY_FACTOR, 'nearest')];
	return (
		coach.find(inBand(0)) ??
		coach.find(inBand(RECOVERY_CUT.keepingBlocks)) ??
		plan.find(inBand(0)) ??
		scaled(ctx, full, RECOVERY_FACTOR)
	);
}

/**
 * The split of one week: the coach's value for its step (splitSteps),
 * eased in recovery (by 20-30 % of the week before) and taper weeks.
 *
 * @example
 * splitWeek(ctx, split, week3, { step: 3, unfrozen: 3 }).backward // { distanceM: 1207.008 } (0.75 mi)
 */
export function splitWeek(
	ctx: PlanContext,
	split: Split,
	week: WeekFrame,
	{ step }: SplitStep,
	taperWeek = 0,
): SplitWeek {
	const { goal } = ctx.input;
	const written = splitBackwardAsWritten(split, step);
	const forward = toAmount(ctx, split, split.forward);
	// A recovery week eases what the runner ran the week before: its step is the week before's.
	if (week.phase === 'recovery') return { forward, backward: recoveryAmount(ctx, split, written) };
	const factor = week.phase === 'taper' && isRaceGoal(goal) ? (TAPER_FACTORS[goal][taperWeek] ?? 0.5) : 1;
	return {
		forward,
		backward:
			factor === 1
				? toAmount(ctx, split, written)
				: (onCoachGrid(ctx, split, written * factor) ?? scaled(ctx, toAmount(ctx, split, written), factor)),
	};
}

/**
 * An eased split value on the coach's own grid (the split's backward value
 * plus whole steps), the largest at most `value`: a recovery week after
 * 0.75 mi is 0.5 mi, as the coach would write it, not "0.55 mi". Undefined
 * without a step, or when even the first value is more.
 *
 * @example
 * onCoachGrid(ctx, { measure: 'distance', forward: 2, backward: 0.5, step: 0.25 }, 1) // 1 mi: 1.25 mi eased by 20 %
 */
function onCoachGrid(ctx: PlanContext, split: Split, value: number): ForwardAmount | undefined {
	if (split.step === undefined || split.step <= 0 || value < split.backward) return undefined;
	const steps = Math.floor((value - split.backward) / split.step + 1e-9);
	return toAmount(ctx, split, Math.round((split.backward + steps * split.step) * 1e6) / 1e6);
}

/** "0.5 mi" or "5 min" for a split value. */
export function splitAmountText(ctx: PlanContext, amount: ForwardAmount): string {
	return 'durationSec' in amount
		? formatDuration(amount.durationSec)
		: formatDistance(amount.distanceM, ctx.input.units);
}

type Breach =
	| 'eased'
	| 'held'
	| 'resumed'
	| 'forward-cut'
	| 'jump'
	| 'block'
	| 'session-cap'
	| 'week-cap'
	| 'week-rise'
	| 'after-recovery'
	| 'forward'
	| 'backward-over-forward';

/**
 * One warning per breach of the plan's rules by the split, naming the weeks
 * (runs of weeks in one sentence). `splitSessionIds` are the sessions made
 * from the split; `doses` say what the engine would have asked for.
 */
export function splitWarnings(
	ctx: PlanContext,
	weeks: readonly Week[],
	splitSessionIds: ReadonlySet<string>,
	doses: readonly (WeekDose | undefined)[],
	steps: readonly SplitStep[],
): string[] {
	const found = new Map<Breach, number[]>();
	const note = (b: Breach, week: number) => {
		const list = found.get(b) ?? [];
		if (list.at(-1) !== week) list.push(week);
		found.set(b, list);
	};
	let longest = 0;
	let firstSplit: number | undefined;
	const split = ctx.input.split;
	// What the runner can run without a break when the split starts: today's run, or after a walk/run
	// foundation, its 20 minutes.
	const foundation = foundationStartStage(ctx.currentRunMinutes) !== undefined;
	const continuousRunSec = Math.max(ctx.currentRunMinutes * 60, foundation ? FOUNDATION_RUN_SEC : 0, 600);
	// The longest unbroken backward stretch the plan's own sessions have asked for so far, this week's too.
	let ownLongestBlock = 0;
	for (const week of weeks) {
		const dose = doses[week.index - 1];
		for (const s of week.sessions)
			if (!splitSessionIds.has(s.id) && s.kind !== 'race')
				ownLongestBlock = Math.max(ownLongestBlock, ...backwardRuns(s).map((g) => blockSec(ctx, g)));
		let weekBackward = 0;
		let hasSplit = false;
		for (const s of week.sessions) {
			if (s.kind === 'race') continue;
			weekBackward += s.backwardSec;
			if (splitSessionIds.has(s.id)) {
				hasSplit = true;
				if (longest > 0 && s.backwardSec > maxSessionBackwardSec(longest)) note('jump', week.index);
				if (s.estimatedDurationSec > MAX_SESSION_SEC) note('session-cap', week.index);
				// Half again the longest stretch the plan itself asks for by now (its own sessions', or the block
				// it would have put in this mixed run): a coach read 12 minutes unbroken midweek beside a long
				// run of 2 × 7 min 30 s, unwarned because the ladder would have allowed more.
				const block = Math.max(0, ...backwardRuns(s).map((g) => blockSec(ctx, g)));
				if (dose !== undefined && block > Math.max(ownLongestBlock, dose.main.repSec) * 1.5) note('block', week.index);
				const forward = s.segments.find((g) => g.direction === 'forward' && g.role === 'main');
				// The plan shortens the forward part to keep the session within its cap: said, never silent.
				if (forward && split !== undefined && splitPartValue(ctx, split, forward) < split.forward - 1e-6)
					note('forward-cut', week.index);
				if (forward && blockSec(ctx, forward) > continuousRunSec) note('forward', week.index);
				// A split whose steps carry the backward part past the forward part is no longer a mixed run.
				if (forward && backwardPartSec(ctx, s) > blockSec(ctx, forward)) note('backward-over-forward', week.index);
			}
			longest = Math.max(longest, s.backwardSec);
		}
		if (hasSplit && weekBackward > MAX_WEEK_BACKWARD_SEC) note('week-cap', week.index);
		// Easing is the plan's own change to what the coach wrote: said, never silent.
		const step = steps[week.index - 1];
		if (!hasSplit || split === undefined || step === undefined) continue;
		// The coach's weeks count from the split's first week (after any walk/run foundation).
		firstSplit ??= week.index;
		const runs = splitBackwardAsWritten(split, step.step);
		if (week.phase === 'recovery' || week.phase === 'taper') note('eased', week.index);
		else if (splitBackwardAsWritten(split, step.unfrozen) > runs) note('held', week.index);
		else if (splitBackwardAsWritten(split, week.index - firstSplit + 1) > runs) note('resumed', week.index);
	}
	for (const [breach, week] of splitWeekBreaches(weeks, splitSessionIds)) note(breach, week);
	const out: string[] = [];
	for (const [breach, list] of found) out.push(`${weeksText(list)}: ${BREACH_TEXT[breach]}`);
	return out;
}

/**
 * The week rules a split can break with the plan's help, as [breach, week]
 * in week order: a week that adds a mixed run while the split stays as
 * written, growing the week's backward time past the weekly rise cap
 * (rules.ts maxWeekBackwardSec; a coach read a week double from 33 to 66
 * minutes when a third mixed run came in the week the split stepped up); and
 * a week after a recovery week above the week before the recovery (the split
 * picks up where it left off while the long run climbs on, as it does after
 * a step-back week; level with it is where the split picks up, said by the
 * "eased" and "resumed" warnings).
 *
 * @example
 * splitWeekBreaches(weeks, ids) // [['week-rise', 6], ['after-recovery', 11]]
 */
export function splitWeekBreaches(
	weeks: readonly Week[],
	splitSessionIds: ReadonlySet<string>,
): Array<[Breach, number]> {
	const out: Array<[Breach, number]> = [];
	// Race weeks end the loop, so a week's totals are its training sessions' (sessions.ts weekTotals).
	const backward = (w: Week | undefined) => w?.totals.backwardSec ?? 0;
	const splits = (w: Week | undefined) => (w?.sessions ?? []).filter((s) => splitSessionIds.has(s.id)).length;
	let biggest = 0;
	for (const [i, week] of weeks.entries()) {
		if (week.phase === 'race') break;
		const total = backward(week);
		const before = weeks[i - 1];
		if (
			i > 0 &&
			splits(week) > splits(before) &&
			total > maxWeekBackwardSec(biggest, week.totals.backwardSessions) + 0.5
		)
			out.push(['week-rise', week.index]);
		const beforeRecovery = weeks[i - 2];
		if (before?.phase === 'recovery' && beforeRecovery && splits(week) > 0 && week.phase !== 'taper')
			if (total > backward(beforeRecovery) + 30)
				// Level is where the split picks up ("eased" and "resumed" say so); above is the breach.
				out.push(['after-recovery', week.index]);
		biggest = Math.max(biggest, total);
	}
	return out;
}

/** The backward running segments of a session (its walks and strides aside). */
function backwardRuns(s: Week['sessions'][number]): Week['sessions'][number]['segments'] {
	return s.segments.filter((g) => g.direction === 'backward' && g.mode === 'run');
}

/** A segment's amount in the split's own measure (plan units or minutes). */
function splitPartValue(ctx: PlanContext, split: Split, g: Week['sessions'][number]['segments'][number]): number {
	return split.measure === 'time'
		? (g.durationSec ?? 0) / 60
		: (g.distanceM ?? (g.durationSec ?? 0) / ctx.fwdSecPerM) / METRES_PER_UNIT[ctx.input.units];
}

/** Seconds of backward running in a session's main part (every repetition). */
function backwardPartSec(ctx: PlanContext, s: Week['sessions'][number]): number {
	return s.segments
		.filter((g) => g.direction === 'backward' && g.role === 'main')
		.reduce((sum, g) => sum + blockSec(ctx, g) * g.repeats, 0);
}

/** Seconds of one repetition of a segment, from its time or its distance at easy pace. */
function blockSec(ctx: PlanContext, g: Week['sessions'][number]['segments'][number]): number {
	if (g.durationSec !== undefined) return g.durationSec;
	const secPerM = g.direction === 'backward' ? ctx.backSecPerM : ctx.fwdSecPerM;
	return (g.distanceM ?? 0) * secPerM;
}

const BREACH_TEXT: Readonly<Record<Breach, string>> = {
	eased:
		'the plan eases the backward part of your split here, as it eases every session in recovery and taper weeks (a recovery week by 20-30 %, onto your own steps where they cut that much); after a recovery week your split picks up where it left off.',
	resumed:
		'after each lighter week (a recovery week, or the easy first weeks) the plan picks up at what you ran before it, so your steps come later than written.',
	held: 'the plan holds your split at its first peak week instead of stepping on: the biggest weeks hold one dose, and the taper eases from there.',
	jump: 'your split raises the backward part by more than the 15 % or 2 minutes a session should grow at once. Consider a smaller step.',
	block:
		'the backward part of your split’s mixed runs is a longer unbroken stretch than we would ask of a runner with your experience at this point. Break it into shorter stretches with a forward jog between if it feels hard.',
	'session-cap': 'your split makes a session longer than 150 minutes, the longest we plan.',
	'week-cap': 'your split takes the week over 4 hours of backward running, the most we plan.',
	'week-rise':
		'the plan adds a mixed run here and your split is kept as written, so the week’s backward running grows by more than a week should at once (15 %, or 2 minutes a session). Consider holding your step that week.',
	'after-recovery':
		'after the recovery week your split picks up where it left off while the plan’s own sessions climb on, so the week holds more backward running than the week before the recovery (the week after a recovery week should start below it). Consider easing your split that week.',
	forward: 'the forward part of your split is longer than you can run without stopping yet; walk breaks are fine.',
	'forward-cut':
		'the plan shortens the forward part of your split to keep the session within 150 minutes, the longest we plan.',
	'backward-over-forward':
		'your split’s mixed runs take more time backward than forward (backward is slower, so a shorter distance can take longer); the mixed runs we plan ourselves keep backward to a third of the forward time. Your split is kept as written; consider holding the backward part or lengthening the forward part.',
};
