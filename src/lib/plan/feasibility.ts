/**
 * Can this race plan get the runner ready, and if not, what would? The input
 * check uses it to refuse a race plan that would not train the race, with a
 * message that says what would work ("choose at least 18 weeks, or train on 3
 * days with a rest day between"), rather than generate a plan that stalls.
 *
 * It simply builds the plan and reads its readiness (readiness.ts): a plan
 * takes well under a millisecond, and one rule in one place beats a second,
 * faster model of the engine that could drift from it.
 */
import { addDays, daysBetween, formatDayMonthYear, nextOnOrAfter, weekdayOf } from './dates';
import { planAndReadiness } from './generate';
import { isRaceGoal, RACE_GOALS, type RaceGoal, WEEKDAYS, type Weekday } from './options';
import {
	MAX_LEAD_IN_WEEKS,
	MAX_PLAN_WEEKS,
	MIN_PLAN_WEEKS,
	RACE_MIN_BACKWARD_SESSIONS,
	RACE_OVER_LONGEST_WARN,
} from './rules';
import { chooseBackwardWeekdays } from './schedule';
import type { PlanInput } from './schema';
import { raceName } from './sessions';
import { raceBeyondTraining } from './warnings';

/**
 * True when a race plan for this input gets ready before its taper, with a
 * peak of at least 2 weeks and the backward sessions a week its race needs
 * (always true for other goals). With `leadIn` false, the plan as its weeks
 * fall, without the lead-in weeks generatePlan may add. Never throws for an
 * input from parsePlanInput (it builds the plan, with generatePlan's contract).
 */
export function isReady(input: PlanInput, leadIn = true): boolean {
	if (!isRaceGoal(input.goal)) return true;
	// A long race needs a second backward session, or the long one is the whole week.
	if (chooseBackwardWeekdays(input.days, 3, input.longRunDay).length < RACE_MIN_BACKWARD_SESSIONS[input.goal])
		return false;
	return planAndReadiness(input, leadIn).ready;
}

/**
 * The length a race plan without a chosen length or date gets: the fewest
 * weeks (from `from` to 26) whose plan gets ready and takes the runner within
 * 1.5 times their longest session to race day (rules.ts
 * RACE_OVER_LONGEST_WARN); where no length does, the ready length whose race
 * is closest to training (the fewest weeks among equals). The shortest plan
 * that is ready may still send a runner into a race 1.75 times their longest
 * session, which a coach would not hand out when a few more weeks close the
 * gap; and where none closes it, the usual length is no reason to stop
 * further from race day than 26 weeks would. Undefined when no length is
 * ready. Builds up to 23 plans, so it runs only when the length is the
 * parser's choice.
 *
 * @example
 * trainedWeeks({ ...input, goal: 'retro-5k', experience: 'some' }, 12) // e.g. 17
 * trainedWeeks(regularHalfAt730, 24) // 26: 1.76 times, where 24 weeks race at 1.96 and 25 at 1.84
 */
export function trainedWeeks(input: PlanInput, from: number): number | undefined {
	if (!isRaceGoal(input.goal)) return undefined;
	let closest: { weeks: number; ratio: number } | undefined;
	for (let weeks = Math.max(MIN_PLAN_WEEKS, from); weeks <= MAX_PLAN_WEEKS; weeks++) {
		const { plan, ready } = planAndReadiness(withWeeks(input, weeks));
		const beyond = raceBeyondTraining(plan.weeks);
		if (!ready || beyond === undefined) continue;
		if (beyond.ratio <= RACE_OVER_LONGEST_WARN) return weeks;
		// Only a real gain moves the race further out: 0.05 in the ratio (a twentieth of the longest
		// session), not rounding noise.
		if (closest === undefined || beyond.ratio < closest.ratio - RATIO_GAIN) closest = { weeks, ratio: beyond.ratio };
	}
	return closest?.weeks;
}

/** How much closer to training a race must come for the parser to choose a longer plan when none reaches 1.5 times. */
const RATIO_GAIN = 0.05;

/** The input with `weeks` weeks and the race on the long-run day of the last one. */
function withWeeks(input: PlanInput, weeks: number): PlanInput {
	const { raceDate: _raceDate, ...rest } = input;
	const raceDate = nextOnOrAfter(addDays(input.startDate, 7 * (weeks - 1)), input.longRunDay);
	return { ...rest, weeks, ...(isRaceGoal(input.goal) ? { raceDate } : {}) };
}

/**
 * The fewest weeks (from `from`, 4 by default, to 26) with which this race
 * plan gets ready, keeping every other setting; undefined when even 26 weeks
 * are not enough. Other goals need no minimum beyond 4 weeks. Never throws
 * for an input from parsePlanInput; an unready race is `undefined`, not an
 * error. Builds up to 23 plans, so call it for a refusal, not on every keystroke.
 *
 * @example
 * minimumWeeks({ ...input, goal: 'retro-5k', experience: 'some' }) // e.g. 13
 */
export function minimumWeeks(input: PlanInput, from = MIN_PLAN_WEEKS): number | undefined {
	if (!isRaceGoal(input.goal)) return MIN_PLAN_WEEKS;
	// Week by week, not by halving: a longer plan moves its recovery and peak weeks, so readiness is
	// not monotonic in the length (16 weeks may work where 17 does not), and a message must name a
	// length that really works. At most 23 plans of well under a millisecond each.
	for (let weeks = Math.max(MIN_PLAN_WEEKS, from); weeks <= MAX_PLAN_WEEKS; weeks++) {
		// Without lead-in weeks: a plan with them builds as a shorter plan does (generate.ts), so the
		// fewest weeks that work are a plan's own, except in the first lengths searched, whose shorter
		// plans were not (a runner at 25 weeks is offered 26 where 26 works only after an easy week).
		if (isReady(withWeeks(input, weeks), weeks < from + MAX_LEAD_IN_WEEKS && from > MIN_PLAN_WEEKS)) return weeks;
	}
	return undefined;
}

/** Three training days with a rest day between, keeping the long-run day: e.g. Tue, Thu, Sat. Never throws. */
export function wellSpacedDays(longRunDay: Weekday): Weekday[] {
	const i = WEEKDAYS.indexOf(longRunDay);
	const pick = [i - 4, i - 2, i].map((d) => WEEKDAYS[(d + 7) % 7] ?? 'sat');
	return WEEKDAYS.filter((d) => pick.includes(d));
}

/** What a runner could change for a refused race plan to work, as form fields. */
export interface AlternativeChange {
	readonly weeks?: number;
	readonly raceDate?: string;
	readonly startDate?: string;
	readonly days?: readonly Weekday[];
	readonly goal?: RaceGoal;
}

/** One alternative that works, checked by building its plan, and the words that offer it. */
export interface Alternative {
	readonly change: AlternativeChange;
	/** Lower-case words that fit after "What would work:", e.g. "choose at least 18 weeks". */
	readonly text: string;
}

/** A problem with a race plan, the field it belongs next to, and every alternative that works. */
export interface ReadinessProblem {
	readonly path: 'weeks' | 'raceDate' | 'days' | 'goal';
	readonly message: string;
	/** Each alternative the message names, in its order (empty when none works within 26 weeks). */
	readonly alternatives: readonly Alternative[];
}

const DAY_NAMES: Readonly<Record<Weekday, string>> = {
	mon: 'Mon',
	tue: 'Tue',
	wed: 'Wed',
	thu: 'Thu',
	fri: 'Fri',
	sat: 'Sat',
	sun: 'Sun',
};

/** "Tue, Thu and Sat". */
function dayList(days: readonly Weekday[]): string {
	return days
		.map((d) => DAY_NAMES[d])
		.join(', ')
		.replace(/, ([^,]*)$/, ' and $1');
}

/** The input with a change applied, as parsePlanInput would normalise it (a date sets the length). Never throws. */
export function withChange(input: PlanInput, change: AlternativeChange): PlanInput {
	const startDate = change.startDate ?? input.startDate;
	const raceDate = change.raceDate ?? (change.startDate !== undefined ? input.raceDate : undefined);
	const moved = {
		...input,
		startDate,
		...(change.days ? { days: [...change.days] } : {}),
		...(change.goal ? { goal: change.goal } : {}),
	};
	if (raceDate !== undefined)
		return { ...moved, raceDate, weeks: Math.ceil((daysBetween(startDate, raceDate) + 1) / 7) };
	return withWeeks(moved, change.weeks ?? input.weeks);
}

/** True when the race plan of this input has the sessions it needs and gets ready. */
function works(input: PlanInput): boolean {
	return input.weeks >= MIN_PLAN_WEEKS && input.weeks <= MAX_PLAN_WEEKS && hasSessions(input) && isReady(input);
}

function hasSessions(input: PlanInput): boolean {
	if (!isRaceGoal(input.goal)) return true;
	return chooseBackwardWeekdays(input.days, 3, input.longRunDay).length >= RACE_MIN_BACKWARD_SESSIONS[input.goal];
}

/**
 * The alternatives that make the length work: `min` weeks, as a number of
 * weeks, or (when the runner chose a race date) a later race or an earlier
 * start. Each is checked by building its plan.
 */
function lengthAlternatives(
	input: PlanInput,
	min: number,
	raceDateGiven: boolean,
	change: AlternativeChange = {},
	today?: string,
) {
	const out: Alternative[] = [];
	const add = (c: AlternativeChange, text: string) => {
		if (works(withChange(input, { ...change, ...c }))) out.push({ change: { ...change, ...c }, text });
	};
	if (raceDateGiven) {
		const earliestRace = nextOnOrAfter(addDays(input.startDate, 7 * (min - 1)), input.longRunDay);
		// On the weekday the runner chose to start (a Monday, say), not the race's: "start by Mon 7 Sep".
		const latestStart = nextOnOrAfter(
			addDays(input.raceDate ?? input.startDate, -7 * (min - 1) - 6),
			weekdayOf(input.startDate),
		);
		add({ raceDate: earliestRace }, `choose a race on or after ${formatDayMonthYear(earliestRace)}`);
		// Never a start in the past: a coach read "start by 12 Sep" offered in December.
		if (today === undefined || latestStart >= today)
			add({ startDate: latestStart }, `start by ${formatDayMonthYear(latestStart)}`);
	} else add({ weeks: min }, `choose at least ${min} weeks`);
	return out;
}

/**
 * The same change with the fewest weeks that make it work: as it is, or
 * with more weeks (up to 26); undefined when neither works. `what` names the
 * change ("train on Tue, Thu and Sat"); the weeks are added in words.
 */
function withFewestWeeks(
	input: PlanInput,
	change: AlternativeChange,
	what: string,
	raceDateGiven: boolean,
	today?: string,
): Alternative | undefined {
	if (works(withChange(input, change))) return { change, text: what };
	const changed = withChange(input, change);
	if (!hasSessions(changed)) return undefined;
	const min = minimumWeeks(changed, input.weeks + 1);
	if (min === undefined) return undefined;
	const [longer] = lengthAlternatives(input, min, raceDateGiven, change, today);
	if (!longer) return undefined;
	const text = longer.text.startsWith('choose ')
		? `${what}, with ${longer.text.slice(7)}`
		: `${what}, and ${longer.text}`;
	return { change: longer.change, text };
}

/**
 * Why a race plan would not get ready, with every alternative that works,
 * each checked by building its plan: more weeks (a later race or an earlier
 * start when the runner chose a race date), 3 training days with a rest day
 * between, or the longest shorter race; undefined when it is ready. There is
 * no gentler start to offer: the start dose is set by experience and the
 * rise cap (rules.ts), and loosening either would break a safety rule.
 *
 * Never throws for a normalised input; at most a few length searches of up
 * to 23 plans each, so only for a refused input. `weeksAway` is the race's
 * distance in plan weeks when it is closer than the shortest plan (the
 * input then has the shortest plan's weeks, so the search starts there).
 *
 * @example
 * readinessProblem({ ...input, goal: 'retro-10k', experience: 'regular', weeks: 8 }, false)?.message
 * // 'A backward 10K needs at least 13 weeks of training from where you are: choose at least 13 weeks, or choose the backward 5K instead.'
 */
export function readinessProblem(
	input: PlanInput,
	raceDateGiven: boolean,
	today?: string,
	weeksAway: number = input.weeks,
): ReadinessProblem | undefined {
	const goal = input.goal;
	if (!isRaceGoal(goal)) return undefined;
	const name = `A backward ${raceName(goal)}`;
	const needed = RACE_MIN_BACKWARD_SESSIONS[goal];
	const possible = chooseBackwardWeekdays(input.days, 3, input.longRunDay).length;
	if (possible >= needed && isReady(input)) return undefined;

	const spaced = wellSpacedDays(input.longRunDay);
	const daysWords = possible < needed ? 'choose days' : 'train on 3 days';
	const days =
		possible < 3 && spaced.some((d) => !input.days.includes(d))
			? withFewestWeeks(
					input,
					{ days: spaced },
					`${daysWords} with a rest day between (such as ${dayList(spaced)})`,
					raceDateGiven,
					today,
				)
			: undefined;
	const shorter = shorterRace(input, raceDateGiven, today);
	const others = [days, shorter].filter((a): a is Alternative => a !== undefined);

	if (possible < needed) {
		return problem(
			'days',
			`${name} needs at least ${needed} backward sessions a week, and your days sit next to each other.`,
			others,
		);
	}
	const min = minimumWeeks(input, input.weeks + 1);
	if (min === undefined) {
		return problem(
			'goal',
			`${name} takes more than ${MAX_PLAN_WEEKS} weeks to build up to from where you are${days ? ' on these days' : ''}.`,
			others,
		);
	}
	const length = lengthAlternatives(input, min, raceDateGiven, {}, today);
	// Other days are worth saying only when they need fewer weeks than these days do ("or train on 3 days, with at
	// least 13 weeks" after "choose at least 13 weeks" adds nothing).
	const [first] = length;
	const fewerWeeks = (a: Alternative) =>
		a !== days ||
		first === undefined ||
		(a.change.weeks ?? input.weeks) < (first.change.weeks ?? input.weeks) ||
		(a.change.raceDate !== undefined && a.change.raceDate < (first.change.raceDate ?? a.change.raceDate)) ||
		(a.change.startDate !== undefined && a.change.startDate > (first.change.startDate ?? a.change.startDate));
	const kept = others.filter(fewerWeeks);
	if (raceDateGiven) {
		return problem(
			'raceDate',
			`${name} needs at least ${min} weeks of training from where you are; your race is ${weeksAway} week${weeksAway === 1 ? '' : 's'} away.`,
			[...length, ...kept],
		);
	}
	return problem('weeks', `${name} needs at least ${min} weeks of training from where you are:`, [...length, ...kept]);
}

/** The message: the problem, then every alternative ("Choose ..., or ..."), or mixing in when none works. */
function problem(path: ReadinessProblem['path'], what: string, alternatives: readonly Alternative[]): ReadinessProblem {
	const list = alternatives.map((a) => a.text).join(', or ');
	const advice =
		list === ''
			? ' Start by mixing backward running into your runs.'
			: what.endsWith(':')
				? ` ${list}.`
				: ` ${list.charAt(0).toUpperCase()}${list.slice(1)}.`;
	return { path, message: `${what}${advice}`, alternatives };
}

/** The longest race shorter than the input's that works, as it is or with more weeks (up to 26). */
function shorterRace(input: PlanInput, raceDateGiven: boolean, today?: string): Alternative | undefined {
	const index = RACE_GOALS.indexOf(input.goal as RaceGoal);
	for (let i = index - 1; i >= 0; i--) {
		const goal = RACE_GOALS[i];
		if (goal === undefined) continue;
		const alt = withFewestWeeks(input, { goal }, `choose the backward ${raceName(goal)} instead`, raceDateGiven, today);
		if (alt) return alt;
	}
	return undefined;
}
