/**
 * A club's cohort: the part of a widget's settings that the club fixes for
 * every member (its event's date, the day the group starts, the time of its
 * group sessions, and a name for the group). Members then choose only their
 * level, pace and units, so everyone's sessions fall on the club's days and
 * the same race day.
 *
 * Checked here, like every other widget setting: a bad value is dropped and
 * named for the club (config.ts gathers the notices), never shown to members.
 */
import type { PlanFormState } from '../builder/form';
import { formatDayMonthYear, isIsoDate } from '../plan/dates';
import { type Goal, isRaceGoal } from '../plan/options';

/** The longest cohort name shown ("Riverside Harriers' spring retro 5K" is 35). */
export const MAX_COHORT_NAME = 80;

/** What a club fixes for its cohort; every field optional, each checked on its own. */
export interface CohortSettings {
	/** The group's name, shown above the plan: "Riverside Harriers' spring retro 5K". Plain text. */
	cohort?: string;
	/** The club's event (yyyy-mm-dd): every member's race day. Race goals only. */
	raceDate?: string;
	/** The day the cohort starts (yyyy-mm-dd): every member's week 1. */
	start?: string;
	/** The group sessions' start time (HH:mm, 24-hour): calendar events at that time. */
	time?: string;
}

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/**
 * Reads the cohort settings from the widget's query string. `clean` and
 * `shown` are config.ts's text helpers (invisible characters removed; a bad
 * value quoted short), passed in so both files quote values alike.
 *
 * Never throws: each bad value is left out and named in the returned notices.
 *
 * @example
 * parseCohort(new URLSearchParams('race-date=2027-05-30&time=18:30'), 'retro-5k', clean, shown)
 * // { cohort: { raceDate: '2027-05-30', time: '18:30' }, notices: [] }
 */
export function parseCohort(
	params: URLSearchParams,
	goal: Goal | undefined,
	clean: (value: string) => string,
	shown: (value: string) => string,
): { cohort: CohortSettings; notices: string[] } {
	const cohort: CohortSettings = {};
	const notices: string[] = [];

	const name = params.get('cohort');
	if (name !== null) {
		const text = clean(name);
		if (text === '') notices.push('The cohort name is empty, so none is shown.');
		else if ([...text].length > MAX_COHORT_NAME)
			notices.push(`The cohort name ${shown(text)} is longer than ${MAX_COHORT_NAME} characters, so none is shown.`);
		else cohort.cohort = text;
	}

	const raceDate = params.get('race-date');
	if (raceDate !== null) {
		const date = raceDate.trim();
		if (!isIsoDate(date)) {
			notices.push(`The race date ${shown(raceDate)} is not a date like 2027-05-30; members choose their own.`);
		} else if (!goal || !isRaceGoal(goal)) {
			notices.push(
				`The race date ${shown(raceDate)} needs a race goal (data-goal="retro-mile", "retro-5k", "retro-10k" or "retro-half"); it is ignored.`,
			);
		} else cohort.raceDate = date;
	}

	const start = params.get('start');
	if (start !== null) {
		const date = start.trim();
		if (!isIsoDate(date))
			notices.push(`The start date ${shown(start)} is not a date like 2027-03-01; members start next Monday.`);
		else if (cohort.raceDate && date >= cohort.raceDate)
			notices.push(`The start date ${shown(start)} is not before the race date; members start next Monday.`);
		else cohort.start = date;
	}

	const time = params.get('time');
	if (time !== null) {
		if (TIME.test(time.trim())) cohort.time = time.trim();
		else notices.push(`The session time ${shown(time)} is not a 24-hour time like 18:30; members choose their own.`);
	}
	return { cohort, notices };
}

/**
 * The form fields a club's settings fix, so the widget hides them and a
 * member chooses only the rest: the goal and days when the club set them,
 * every date field once the cohort has a start or a race date (the plan's
 * length follows from them), the session time when the club set one.
 *
 * Never throws.
 *
 * @example
 * cohortFixedFields({ goal: 'retro-5k', days: ['tue', 'sat'], raceDate: '2027-05-30' })
 * // ['goal', 'days', 'longRunDay', 'startDate', 'weeks', 'raceDate']
 */
export function cohortFixedFields(
	config: CohortSettings & { goal?: Goal; days?: readonly string[] },
): (keyof PlanFormState)[] {
	const fixed: (keyof PlanFormState)[] = [];
	if (config.goal && isCohort(config)) fixed.push('goal');
	if (config.days && isCohort(config)) fixed.push('days', 'longRunDay');
	if (isCohort(config)) fixed.push('startDate', 'weeks', 'raceDate');
	if (config.time) fixed.push('sessionTime');
	return fixed;
}

/**
 * True when the club fixed the cohort's dates (a start or a race date): then
 * the goal and days it set are the cohort's too, not just starting choices.
 *
 * Never throws.
 */
export function isCohort(config: CohortSettings): boolean {
	return config.raceDate !== undefined || config.start !== undefined;
}

/**
 * A club's cohort applied to a member's form: the club's start, race date and
 * session time over what the member had. The member's level, pace and units
 * stay theirs. Without a start date the cohort starts on the form's own start
 * (next Monday in a new form).
 *
 * Never throws.
 *
 * @example
 * withCohort(form, { raceDate: '2027-05-30', time: '18:30' }).sessionTime // '18:30'
 */
export function withCohort(state: PlanFormState, cohort: CohortSettings): PlanFormState {
	return {
		...state,
		...(cohort.start ? { startDate: cohort.start } : {}),
		...(cohort.raceDate ? { raceDate: cohort.raceDate } : {}),
		...(cohort.time ? { sessionTime: cohort.time } : {}),
	};
}

/**
 * The line a cohort's widget shows above the member's plan, from the plan the
 * member got: "Riverside Harriers' spring retro 5K: 12 weeks from Mon 1 Mar 2027".
 * Undefined when the club set no cohort.
 *
 * Never throws.
 *
 * @example
 * cohortHeadline({ cohort: 'Spring retro 5K', raceDate: '2027-05-30' }, { weeks: 12, startDate: '2027-03-08' })
 * // 'Spring retro 5K: 12 weeks from Mon 8 Mar 2027, race day Sun 30 May 2027'
 */
export function cohortHeadline(
	cohort: CohortSettings,
	plan: { weeks: number; startDate: string } | undefined,
): string | undefined {
	if (!cohort.cohort && !isCohort(cohort)) return undefined;
	const name = cohort.cohort ?? 'Your club’s group';
	if (!plan) return name;
	const race = cohort.raceDate ? `, race day ${formatDayMonthYear(cohort.raceDate)}` : '';
	return `${name}: ${plan.weeks} ${plan.weeks === 1 ? 'week' : 'weeks'} from ${formatDayMonthYear(plan.startDate)}${race}`;
}

/** What a club typed into the configurator's cohort fields, as typed ('' = not set). */
export interface CohortDraft {
	cohort: string;
	raceDate: string;
	start: string;
	time: string;
}

/**
 * The messages each cohort field gets before the widget would read it: a past
 * date, a race date without a race goal, a start on or after the race.
 * Example: `cohortFieldErrors({ ...EMPTY_COHORT, raceDate: '2020-05-30' }, 'retro-5k', '2026-12-04').raceDate`
 * is 'The race date is in the past: members could not train for it.'
 *
 * Never throws.
 */
export function cohortFieldErrors(
	draft: CohortDraft,
	goal: Goal | '',
	today: string,
): Partial<Record<keyof CohortDraft, string>> {
	const errors: Partial<Record<keyof CohortDraft, string>> = {};
	if (draft.raceDate) {
		if (!goal || !isRaceGoal(goal)) errors.raceDate = 'A race date needs a race as the starting goal above.';
		else if (draft.raceDate <= today) errors.raceDate = 'The race date is in the past: members could not train for it.';
	}
	if (draft.start) {
		if (draft.start < today) errors.start = 'The start date is in the past: choose today or a later day.';
		else if (draft.raceDate && draft.start >= draft.raceDate)
			errors.start = 'The start date must come before the race date.';
	}
	return errors;
}
