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
import { addDays, formatDayMonthYear, nextOnOrAfter } from './dates';
import { planAndReadiness } from './generate';
import { isRaceGoal, RACE_GOALS, type RaceGoal, WEEKDAYS, type Weekday } from './options';
import { MAX_PLAN_WEEKS, MIN_PLAN_WEEKS, RACE_MIN_BACKWARD_SESSIONS } from './rules';
import { chooseBackwardWeekdays } from './schedule';
import type { PlanInput } from './schema';
import { raceName } from './sessions';

/**
 * True when a race plan for this input gets ready before its taper, with a
 * peak of at least 2 weeks and the backward sessions a week its race needs
 * (always true for other goals). With `leadIn` false, the plan as its weeks
 * fall, without the lead-in weeks generatePlan may add.
 */
export function isReady(input: PlanInput, leadIn = true): boolean {
	if (!isRaceGoal(input.goal)) return true;
	// A long race needs a second backward session, or the long one is the whole week.
	if (chooseBackwardWeekdays(input.days, 3, input.longRunDay).length < RACE_MIN_BACKWARD_SESSIONS[input.goal])
		return false;
	return planAndReadiness(input, leadIn).ready;
}

/** The input with `weeks` weeks and the race on the long-run day of the last one. */
function withWeeks(input: PlanInput, weeks: number): PlanInput {
	const { raceDate: _raceDate, ...rest } = input;
	const raceDate = nextOnOrAfter(addDays(input.startDate, 7 * (weeks - 1)), input.longRunDay);
	return { ...rest, weeks, ...(isRaceGoal(input.goal) ? { raceDate } : {}) };
}

/**
 * The fewest weeks (from `from`, 4 by default, to 26) with which this race
 * plan gets ready, keeping every other setting; undefined when even 26 weeks
 * are not enough. Other goals need no minimum beyond 4 weeks.
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
		// Without lead-in weeks: the fewest weeks that work are always a plan's own (generate.ts).
		if (isReady(withWeeks(input, weeks), false)) return weeks;
	}
	return undefined;
}

/** Three training days with a rest day between, keeping the long-run day: e.g. Tue, Thu, Sat. */
export function wellSpacedDays(longRunDay: Weekday): Weekday[] {
	const i = WEEKDAYS.indexOf(longRunDay);
	const pick = [i - 4, i - 2, i].map((d) => WEEKDAYS[(d + 7) % 7] ?? 'sat');
	return WEEKDAYS.filter((d) => pick.includes(d));
}

/** A problem with a race plan, and the field it belongs next to. */
export interface ReadinessProblem {
	readonly path: 'weeks' | 'raceDate' | 'days' | 'goal';
	readonly message: string;
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

/**
 * Why a race plan would not get ready, with what would work; undefined when
 * it is ready. `raceDateGiven` says whether the runner chose a race date (the
 * advice then moves the date) or a number of weeks.
 */
export function readinessProblem(input: PlanInput, raceDateGiven: boolean): ReadinessProblem | undefined {
	const goal = input.goal;
	if (!isRaceGoal(goal)) return undefined;
	const name = `A backward ${raceName(goal)}`;
	const needed = RACE_MIN_BACKWARD_SESSIONS[goal];
	const possible = chooseBackwardWeekdays(input.days, 3, input.longRunDay).length;
	const spaced = wellSpacedDays(input.longRunDay);
	const spacedText = spaced
		.map((d) => DAY_NAMES[d])
		.join(', ')
		.replace(/, ([^,]*)$/, ' and $1');
	if (possible < needed) {
		return {
			path: 'days',
			message: `${name} needs at least ${needed} backward sessions a week, and your days sit next to each other. Choose days with a rest day between, such as ${spacedText}.`,
		};
	}
	if (isReady(input)) return undefined;

	// Readiness grows with the weeks, so the fewest weeks that work are more than these.
	const min = minimumWeeks(input, input.weeks + 1);
	const withDays = { ...input, days: spaced };
	const daysHelp =
		possible < 3 && isReady(withDays) ? `, or train on 3 days with a rest day between (such as ${spacedText})` : '';
	if (min === undefined) {
		const shorter = shorterRaceThatFits(input);
		return {
			path: 'goal',
			message: `${name} takes more than ${MAX_PLAN_WEEKS} weeks to build up to from where you are${daysHelp ? ` on these days${daysHelp}` : ''}.${shorter ? ` Start with the backward ${raceName(shorter.goal)} (${shorter.weeks} weeks or more).` : ' Start by mixing backward running into your runs.'}`,
		};
	}
	if (raceDateGiven) {
		const latestStart = addDays(input.raceDate ?? input.startDate, -7 * (min - 1));
		const earliestRace = nextOnOrAfter(addDays(input.startDate, 7 * (min - 1)), input.longRunDay);
		return {
			path: 'raceDate',
			message: `${name} needs at least ${min} weeks of training from where you are; your race is ${input.weeks} weeks away. Choose a race on or after ${formatDayMonthYear(earliestRace)}, or start by ${formatDayMonthYear(latestStart)}${daysHelp}.`,
		};
	}
	return {
		path: 'weeks',
		message: `${name} needs at least ${min} weeks of training from where you are: choose at least ${min} weeks${daysHelp}.`,
	};
}

/** The longest race shorter than the input's that gets ready within 26 weeks, with its fewest weeks. */
function shorterRaceThatFits(input: PlanInput): { goal: RaceGoal; weeks: number } | undefined {
	const index = RACE_GOALS.indexOf(input.goal as RaceGoal);
	for (let i = index - 1; i >= 0; i--) {
		const goal = RACE_GOALS[i];
		if (goal === undefined) continue;
		const weeks = minimumWeeks({ ...input, goal });
		if (weeks !== undefined) return { goal, weeks };
	}
	return undefined;
}
