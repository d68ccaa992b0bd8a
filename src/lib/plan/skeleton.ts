/**
 * The frame of a plan before any dose: its weeks, their phases, and what
 * each training day is for (a long backward session, a mixed run, an easy
 * forward run...). The dates are yyyy-mm-dd day arithmetic (dates.ts).
 */
import type { PlanContext } from './context';
import { addDays, fromDayNumber, nextOnOrAfter, toDayNumber, weekdayIndexOfDay } from './dates';
import { foundationStages, isBackwardWalkWeek, walkRunStage } from './foundation';
import { type Goal, isRaceGoal, type Phase, WEEKDAYS, type Weekday } from './options';
import {
	dayComesBack,
	FOUNDATION_MAX_RUN_DAYS,
	MAX_BACKWARD_SESSIONS_PER_WEEK,
	maxBackwardSessions,
	RACE_PEAK_WEEKS,
	RECOVERY_EVERY_WEEKS,
	TAPER_FACTORS,
} from './rules';
import { backwardWeekdaySets } from './schedule';

/** What a training day is for. */
export type SlotRole =
	/** The long backward session of a race plan. */
	| 'long'
	/** Another backward session of a race plan (a mixed run when the coach set a split). */
	| 'support'
	/** A forward run finished with backward running. */
	| 'mixed'
	/** Backward strides and sprints. */
	| 'drills'
	/** Knee-friendly backward walking. */
	| 'walk'
	/** An easy forward run (walk/run in the foundation). */
	| 'easy'
	/** Race week's short easy backward run. */
	| 'shakeout';

/** One training day. */
export interface Slot {
	readonly date: string;
	readonly weekday: Weekday;
	readonly role: SlotRole;
	/** The first week this day runs again after the foundation (an easy run that starts easier). */
	readonly dayBack?: true;
}

/** One week of the frame. */
export interface WeekFrame {
	/** 1-based. */
	readonly index: number;
	readonly startDate: string;
	readonly endDate: string;
	readonly phase: Phase;
	/** Training days in date order (race day itself is added by the race week). */
	readonly slots: readonly Slot[];
	/** The walk/run foundation stage of this week, if any (foundation.ts). */
	readonly walkRunStage: number | undefined;
	/** An easy lead-in week at week 1's dose, before the build starts (planSkeleton's `lead`). */
	readonly leadIn?: true;
	/** Weeks since the walk/run foundation's last week (1 for the week after it); undefined in it or without one. */
	readonly weeksAfterFoundation?: number;
	/** The foundation's last run, seconds, when `weeksAfterFoundation` is set. */
	readonly foundationLastRunSec?: number;
}

/** The frame of a whole plan. */
export interface Skeleton {
	readonly weeks: readonly WeekFrame[];
	readonly raceDate: string | undefined;
	/** The most backward weekdays the chosen days allow without back-to-back days. */
	readonly backwardDaysPossible: number;
	/** Training days the plan leaves as rest days while the foundation lasts (rules.ts FOUNDATION_MAX_RUN_DAYS). */
	readonly foundationRestDays: number;
	/** The weeks, after the foundation, that bring one of those days back (rules.ts dayComesBack). */
	readonly daysBackIn: readonly number[];
}

/**
 * The phase of each week (index 0 = week 1).
 * - Race plans: the last week is `race`, the 1-2 before it `taper`, the 2-3
 *   before those `peak` (rules.ts RACE_PEAK_WEEKS).
 * - Every 4th week is `recovery` (isRecoveryWeek), in race plans counted
 *   back from the peak, never the last week, so a build always ends on a rise.
 * - Knee-friendly walking has no recovery weeks: the trial held one dose
 *   [alghadir-2019].
 * - Open-ended plans of 8 weeks or more end with 2 `peak` weeks; the first
 *   quarter is `foundation`, the rest `build`. Knee-friendly walking is
 *   `foundation` throughout: it holds one dose.
 *
 * @example
 * planPhases('retro-5k', 8) // ['foundation','foundation','build','build','peak','peak','taper','race']
 *
 * With `lead` weeks, the phases of a plan that many weeks shorter, after
 * that many foundation weeks.
 */
export function planPhases(goal: Goal, weeks: number, lead = 0): Phase[] {
	if (lead > 0) return [...Array.from({ length: lead }, (): Phase => 'foundation'), ...planPhases(goal, weeks - lead)];
	const race = isRaceGoal(goal);
	const taper = race ? TAPER_FACTORS[goal].length : 0;
	// Open-ended plans shorter than 8 weeks have no peak: they build to their last week.
	const peak = goal === 'knee-friendly' || goal === 'drills' ? 0 : race ? RACE_PEAK_WEEKS : weeks >= 8 ? 2 : 0;
	const raceWeeks = race ? 1 : 0;
	const firstPeak = weeks - raceWeeks - taper - peak + 1;
	const foundation = Math.max(1, Math.round(weeks / 4));
	const phases: Phase[] = [];
	for (let w = 1; w <= weeks; w++) {
		if (race && w === weeks) phases.push('race');
		else if (race && w > weeks - 1 - taper) phases.push('taper');
		else if (peak > 0 && w >= firstPeak && w > 1) phases.push('peak');
		else if (goal !== 'knee-friendly' && isRecoveryWeek(w, weeks, peak > 0 ? firstPeak : undefined, race))
			phases.push('recovery');
		// Knee-friendly walking holds the trial's dose: all of it is foundation, none of it a build.
		else if (w <= foundation || goal === 'knee-friendly') phases.push('foundation');
		else phases.push('build');
	}
	return phases;
}

/**
 * Whether week `w` is a recovery week: every 4th week (rules.ts
 * RECOVERY_EVERY_WEEKS), never the last, never in the 2 weeks before an
 * open-ended plan's peak. In a race plan the weeks are
 * counted back from the first peak week, so the last recovery week comes 3
 * weeks before it (a lighter week, two that climb, then the peak). No
 * recovery week comes before three weeks of training, so one week more can
 * put a recovery week three weeks in and climb one rise less: lead-in.ts
 * then starts the plan with an easy week instead.
 *
 * @example
 * isRecoveryWeek(4, 10)      // true: every 4th week
 * isRecoveryWeek(10, 20, 13) // true: a race plan's, 3 weeks before the first peak
 */
export function isRecoveryWeek(w: number, weeks: number, firstPeak?: number, race = true): boolean {
	if (w >= weeks || w < RECOVERY_EVERY_WEEKS) return false;
	if (firstPeak === undefined) return w % RECOVERY_EVERY_WEEKS === 0;
	// Open-ended plans count from the start, and keep the last 2 weeks before their peak for building.
	if (!race) return w % RECOVERY_EVERY_WEEKS === 0 && w <= firstPeak - 2;
	const before = firstPeak - w;
	return before >= 3 && (before - 3) % RECOVERY_EVERY_WEEKS === 0;
}

/**
 * The race date of a race plan: the input's, or the long-run day of the last
 * week. Undefined for other goals.
 */
export function raceDateOf(ctx: PlanContext): string | undefined {
	const { goal, raceDate, startDate, weeks, longRunDay } = ctx.input;
	if (!isRaceGoal(goal)) return undefined;
	return raceDate ?? nextOnOrAfter(addDays(startDate, 7 * (weeks - 1)), longRunDay);
}

/**
 * Build the frame of a plan: phases, foundation stages, and each training
 * day's role. Backward days never touch (schedule.ts); in race week no
 * backward session falls on the day before the race. With `lead`, the
 * first `lead` weeks are easy lead-in weeks at week 1's dose (generate.ts
 * uses them when a race plan would otherwise peak too early to be ready).
 */
export function planSkeleton(ctx: PlanContext, lead = 0): Skeleton {
	const { goal, experience, days, longRunDay } = ctx.input;
	const race = isRaceGoal(goal);
	const raceDate = raceDateOf(ctx);
	const planned = planPhases(goal, ctx.input.weeks, lead);
	// A recovery week repeats its stage, as Couch to 5K does (its runs cut by a fifth: foundation.ts
	// weekWalkRun). Taper and race weeks end the foundation:
	// they ease toward the race, cutting its last run as they cut easy runs (a coach read a short mile
	// plan's first 20- and 25-minute runs in its taper week, which ran more than the peak, and a held
	// 30-minute stage as race week's easy run two days before the race).
	const stages = foundationStages(
		ctx.currentRunMinutes,
		planned.map((p) => p === 'recovery'),
	).map((stage, i) => (planned[i] === 'taper' || planned[i] === 'race' ? undefined : stage));
	const phases = race ? planned : withoutEarlyPeak(planned, stages);
	const sets = backwardWeekdaySets(days, MAX_BACKWARD_SESSIONS_PER_WEEK, race ? longRunDay : undefined);
	const fullSet = sets[MAX_BACKWARD_SESSIONS_PER_WEEK] ?? [];
	// The foundation runs on FOUNDATION_MAX_RUN_DAYS well-spaced days: the nested set that also holds the
	// week's backward days while the foundation lasts.
	const foundationDays = sets[Math.min(FOUNDATION_MAX_RUN_DAYS, sets.length - 1)] ?? [];
	// A new runner's first weeks are counted after any lead-in weeks, and neither a recovery week nor
	// the lighter week after it adds the session the limit has just allowed: a build week does.
	const limits: number[] = [];
	for (const [i, phase] of phases.entries()) {
		const allowed = maxBackwardSessions(goal, experience, Math.max(1, i + 1 - lead));
		const easing = i > 0 && (phase === 'recovery' || phases[i - 1] === 'recovery');
		limits.push(easing ? Math.min(allowed, limits[i - 1] ?? allowed) : allowed);
	}
	const sessionAdded = limits.map((n, i) => i > 0 && n > (limits[i - 1] ?? n));
	const running = runningDaysByWeek(goal === 'knee-friendly' ? [] : stages, phases, days, foundationDays, sessionAdded);
	const startDay = toDayNumber(ctx.input.startDate);
	const raceDay = raceDate === undefined ? undefined : toDayNumber(raceDate);

	const weeks: WeekFrame[] = phases.map((phase, i) => {
		const index = i + 1;
		const startDate = addDays(ctx.input.startDate, 7 * i);
		const stage = stages[i];
		const limit = limits[i] ?? MAX_BACKWARD_SESSIONS_PER_WEEK;
		const backwardSet = sets[Math.min(limit, sets.length - 1)] ?? [];
		const runDays = running.days[i] ?? days;
		const slots: Slot[] = [];
		let shakeoutDone = false;
		const firstDay = startDay + 7 * i;
		for (let day = firstDay; day < firstDay + 7; day++) {
			const weekday = WEEKDAYS[weekdayIndexOfDay(day)] ?? 'mon';
			if (!runDays.includes(weekday)) continue;
			if (raceDay !== undefined && raceDay - day <= 0) continue;
			const date = fromDayNumber(day);
			const backward = backwardSet.includes(weekday) && (raceDay === undefined || raceDay - day > 1);
			let role: SlotRole;
			if (!backward) {
				if (goal === 'knee-friendly') continue;
				role = 'easy';
			} else if (phase === 'race') {
				role = shakeoutDone ? 'easy' : 'shakeout';
				shakeoutDone = true;
			} else if (goal === 'mix-in') role = 'mixed';
			else if (goal === 'drills') role = 'drills';
			else if (goal === 'knee-friendly') role = 'walk';
			else role = 'support';
			// A day back after the foundation starts easier (rules.ts DAY_BACK_FORWARD_FACTOR).
			const dayBack = running.daysBackIn.includes(index) && !(running.days[i - 1] ?? days).includes(weekday);
			slots.push({ date, weekday, role, ...(dayBack ? { dayBack: true as const } : {}) });
		}
		return {
			index,
			startDate,
			endDate: addDays(startDate, 6),
			phase,
			slots: race && phase !== 'race' ? withLongSession(slots, longRunDay) : slots,
			walkRunStage: goal === 'knee-friendly' ? undefined : stage,
			...(index <= lead ? { leadIn: true as const } : {}),
			...afterFoundation(stages, i),
		};
	});
	return {
		weeks,
		raceDate,
		backwardDaysPossible: fullSet.length,
		foundationRestDays: running.restDays,
		daysBackIn: running.daysBackIn,
	};
}

/**
 * How far week `i` is past the walk/run foundation, and the foundation's
 * last run: what a race plan's sessions ease their forward running from
 * (forward-after.ts forwardRunsAfterFoundation). Empty in the foundation or without one.
 *
 * @example
 * afterFoundation([0, 1, 11, undefined, undefined], 4) // { weeksAfterFoundation: 2, foundationLastRunSec: 1800 }
 */
function afterFoundation(
	stages: readonly (number | undefined)[],
	i: number,
): { weeksAfterFoundation?: number; foundationLastRunSec?: number } {
	if (stages[i] !== undefined) return {};
	const last = stages.slice(0, i).findLastIndex((st) => st !== undefined);
	const run = walkRunStage(stages[last])?.runSec;
	return last < 0 || run === undefined ? {} : { weeksAfterFoundation: i - last, foundationLastRunSec: run };
}

/**
 * An open-ended plan whose backward running only starts at its peak (a
 * runner starting from zero walks backward until they can run 10 minutes
 * forward) has no peak: its last weeks are build weeks, so "peak" never
 * names a first week of backward running or two different doses. Recovery
 * weeks are unchanged, so the foundation stages stay as they were.
 *
 * @example
 * withoutEarlyPeak(['foundation', 'build', 'peak', 'peak'], [0, 1, 2, 3]) // ['foundation', 'build', 'build', 'build']
 */
export function withoutEarlyPeak(phases: readonly Phase[], stages: readonly (number | undefined)[]): Phase[] {
	const firstPeak = phases.indexOf('peak');
	if (firstPeak < 1 || !isBackwardWalkWeek(stages[firstPeak - 1])) return [...phases];
	return phases.map((p) => (p === 'peak' ? 'build' : p));
}

/**
 * The days each week runs on, for a plan with a foundation: only the
 * well-spaced days (`spaced`) while it lasts, as Couch to 5K runs 3 times a
 * week with rest days between; after it, the runner's other days come back
 * one at a time, every other building week (rules.ts dayComesBack). Only a
 * building week followed by another brings a day back, and not where a
 * backward session comes in that week or the next (`sessionAdded`):
 * recovery, peak, taper and race weeks, and the week before the peak, keep
 * the days of the week before. Without a foundation (no stage in `stages`), every week runs
 * on `days`.
 *
 * @example
 * runningDaysByWeek([7, 8, undefined, undefined], phases, sixDays, ['tue', 'thu', 'sat'])
 * // days: 3, 3, 3, 4 of them; daysBackIn: [4]
 */
export function runningDaysByWeek(
	stages: readonly (number | undefined)[],
	phases: readonly Phase[],
	days: readonly Weekday[],
	spaced: readonly Weekday[],
	sessionAdded: readonly boolean[] = [],
): { days: (readonly Weekday[])[]; restDays: number; daysBackIn: number[] } {
	if (stages.every((st) => st === undefined)) return { days: phases.map(() => days), restDays: 0, daysBackIn: [] };
	let sinceLastDay = 0;
	let back = 0;
	const daysBackIn: number[] = [];
	const out = phases.map((phase, i) => {
		const after = stages[i] === undefined && stages.slice(0, i).some((st) => st !== undefined);
		if (after && (phase === 'build' || phase === 'foundation')) {
			sinceLastDay++;
			// A day comes back only where the next week builds too: its easy run doubles to the usual
			// then, which must not be the peak (a coach read a day come back the week before the peak
			// and its easy run double in the peak week). A day held back waits for the next such week.
			const nextBuilds = phases[i + 1] === 'build' || phases[i + 1] === 'foundation';
			// Nor in a week that adds a backward session, or before one (a coach read a day come back, or
			// its run double, in the week a third backward session came in: three things harder at once).
			const quiet = !sessionAdded[i] && !sessionAdded[i + 1];
			if (dayComesBack(sinceLastDay) && nextBuilds && quiet && runningDays(days, spaced, back) !== days) {
				daysBackIn.push(i + 1);
				back++;
				sinceLastDay = 0;
			}
		}
		return runningDays(days, spaced, back);
	});
	return { days: out, restDays: Math.max(0, ...out.map((d) => days.length - d.length)), daysBackIn };
}

/**
 * The days a week runs on: the well-spaced set the foundation runs on
 * (`spaced`, which holds every backward day; rules.ts FOUNDATION_MAX_RUN_DAYS),
 * and `back` of the runner's other days, in week order.
 *
 * @example
 * runningDays(['tue','wed','thu','fri','sat','sun'], ['tue','thu','sat'], 1) // ['tue','wed','thu','sat']
 */
export function runningDays(days: readonly Weekday[], spaced: readonly Weekday[], back: number): readonly Weekday[] {
	const others = days.filter((d) => !spaced.includes(d));
	if (back >= others.length) return days;
	const extra = others.slice(0, back);
	return days.filter((d) => spaced.includes(d) || extra.includes(d));
}

/** In a race plan, the backward session on the long-run day (else the week's last) is the long one. */
function withLongSession(slots: readonly Slot[], longRunDay: Weekday): Slot[] {
	const backward = slots.filter((s) => s.role === 'support');
	if (backward.length === 0) return [...slots];
	const long = backward.find((s) => s.weekday === longRunDay) ?? backward.at(-1);
	return slots.map((s) => (s === long ? { ...s, role: 'long' } : s));
}

/** The backward slots of a week, in date order. */
export function backwardSlots(week: WeekFrame): Slot[] {
	return week.slots.filter((s) => s.role !== 'easy');
}
