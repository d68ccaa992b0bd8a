/**
 * The plan builder's form, as plain data. A form holds what the runner typed
 * (strings, so a half-typed "5:" is not lost); `formStateFromInput` turns a
 * valid input (from a share link or an import) back into a form, and
 * form-read.ts (`formStateToRaw`) turns a form into the raw object
 * `parsePlanInput` judges. Pure: no DOM, no storage, no React.
 */
import { formStrings as f } from '../../i18n/form-validation';
import { addDays, formatDayMonthYear, isIsoDate, nextOnOrAfter, toDayNumber } from '../plan/dates';
import { formatPace } from '../plan/format';
import { DEFAULT_FORWARD_EASY_PACE } from '../plan/measures';
import { type Units, WEEKDAYS, type Weekday } from '../plan/options';
import type { PlanInput, Split } from '../plan/schema';
import type { PlanFormState } from './form-schema';

export type { PlanFormState } from './form-schema';

/**
 * The form that produces `input`. A race date the engine derived from the
 * number of weeks (the long-run day of the last week) is left blank, so a
 * shared or restored form looks exactly as the runner left it.
 *
 * Never throws.
 */
export function formStateFromInput(input: PlanInput): PlanFormState {
	const derivedRaceDate = nextOnOrAfter(addDays(input.startDate, 7 * (input.weeks - 1)), input.longRunDay);
	return {
		goal: input.goal,
		experience: input.experience,
		startDate: input.startDate,
		raceDate: input.raceDate !== undefined && input.raceDate !== derivedRaceDate ? input.raceDate : '',
		weeks: String(input.weeks),
		days: [...input.days],
		longRunDay: input.longRunDay,
		units: input.units,
		forwardEasyPace: formatPace(input.forwardEasyPace),
		forwardWeeklyDistance: input.forwardWeeklyDistance !== undefined ? String(input.forwardWeeklyDistance) : '',
		surface: input.surface,
		hasGuide: input.hasGuide,
		sessionTime: input.sessionTime ?? '',
		reminderMinutes: input.reminderMinutes !== undefined ? String(input.reminderMinutes) : '',
		currentRunMinutes: input.currentRunMinutes !== undefined ? String(input.currentRunMinutes) : '',
		...splitToForm(input.split),
	};
}

/** The split fields of a form with no split: off, by distance, nothing typed. */
export const NO_SPLIT_FORM = {
	splitOn: false,
	splitMeasure: 'distance',
	splitForward: '',
	splitBackward: '',
	splitStep: '',
	splitEvery: '',
} as const satisfies Partial<PlanFormState>;

/** The split fields of a form showing `split` (or none). */
function splitToForm(split: Split | undefined): Pick<PlanFormState, keyof typeof NO_SPLIT_FORM> {
	if (split === undefined) return { ...NO_SPLIT_FORM };
	return {
		splitOn: true,
		splitMeasure: split.measure,
		splitForward: String(split.forward),
		splitBackward: String(split.backward),
		splitStep: split.step !== undefined ? String(split.step) : '',
		splitEvery: split.step !== undefined ? String(split.everyWeeks ?? 2) : '',
	};
}

/**
 * The split a coach ticking "Set the split yourself" starts from: the
 * product's own example, "2 mi forward, then 0.5 mi backward, 0.25 mi more
 * every 2 weeks", in the runner's units (3.2 km + 0.8 km, 0.4 km more), or
 * by time 20 min + 5 min, 1 min more.
 */
export const SPLIT_EXAMPLES = {
	mi: { forward: '2', backward: '0.5', step: '0.25', every: '2' },
	km: { forward: '3.2', backward: '0.8', step: '0.4', every: '2' },
	time: { forward: '20', backward: '5', step: '1', every: '2' },
} as const;

/**
 * The form with the split switched on or off, or measured another way; when
 * switched on with nothing typed, or measured another way, it shows the
 * example for that measure and units, so the boxes never mix miles and minutes.
 *
 * Never throws.
 *
 * @example
 * withSplit({ ...state, units: 'mi' }, { on: true }) // splitForward '2', splitBackward '0.5', …
 */
export function withSplit(
	state: PlanFormState,
	change: { on?: boolean; measure?: 'distance' | 'time' },
): PlanFormState {
	const on = change.on ?? state.splitOn;
	const measure = change.measure ?? (state.splitMeasure === 'time' ? 'time' : 'distance');
	const remeasured = measure !== state.splitMeasure;
	const empty = state.splitForward === '' && state.splitBackward === '';
	if (!on || (!remeasured && !empty)) return { ...state, splitOn: on, splitMeasure: measure };
	const ex = SPLIT_EXAMPLES[measure === 'time' ? 'time' : state.units === 'mi' ? 'mi' : 'km'];
	return {
		...state,
		splitOn: on,
		splitMeasure: measure,
		splitForward: ex.forward,
		splitBackward: ex.backward,
		splitStep: ex.step,
		splitEvery: ex.every,
	};
}

/** Countries whose runners think in miles (BCP 47 region subtags). */
const MILE_REGIONS = new Set(['US', 'LR', 'MM']);

/**
 * The unit a runner most likely expects from their browser's locale: miles in
 * the United States (and Liberia and Myanmar), kilometres elsewhere.
 *
 * Never throws.
 *
 * @example
 * defaultUnitsForLocale('en-US') // 'mi'
 * defaultUnitsForLocale('en-GB') // 'km'
 */
export function defaultUnitsForLocale(locale: string): Units {
	const region = /^[a-z]{2,3}(?:-[A-Za-z]{4})?-([A-Z]{2})\b/i.exec(locale)?.[1]?.toUpperCase();
	return region !== undefined && MILE_REGIONS.has(region) ? 'mi' : 'km';
}

/**
 * Toggles a training day, keeping Monday-first order.
 *
 * Never throws.
 */
export function toggleDay(days: readonly Weekday[], day: Weekday): Weekday[] {
	const next = days.includes(day) ? days.filter((d) => d !== day) : [...days, day];
	return WEEKDAYS.filter((d) => next.includes(d));
}

/**
 * Today's defaults without a parse: `base` (a valid, non-race input such as
 * the one the server rendered) moved to the first Monday on or after `today`,
 * in the units the runner's locale suggests, with the default pace for them.
 * It stays valid by construction, so the builder can show it before the
 * validation code (zod) has loaded. `defaultFormState` gives the same form
 * through the full parse (a test holds them equal).
 *
 * Never throws.
 *
 * @example
 * quickDefaultInput(defaultPlanInput('2026-01-05'), '2026-11-25', 'en-US').startDate // '2026-11-30'
 */
export function quickDefaultInput(base: PlanInput, today: string, locale: string): PlanInput {
	return { ...inUnits(base, defaultUnitsForLocale(locale)), startDate: nextOnOrAfter(today, 'mon') };
}

/**
 * `base` in other units, with the default pace for them (a pace in minutes
 * per km means nothing in miles). The server makes the builder's plan in each
 * unit this way (builder/served-plans.ts), so the page has today's default plan for
 * any reader before the engine loads.
 *
 * Never throws.
 *
 * @example
 * inUnits(defaultPlanInput('2026-01-05'), 'mi').forwardEasyPace // the default easy pace per mile
 */
export function inUnits(base: PlanInput, units: Units): PlanInput {
	return { ...base, units, forwardEasyPace: DEFAULT_FORWARD_EASY_PACE[base.experience][units] };
}

/** What the builder says about a start date in the past, and the dates it offers instead. */
export interface PastStartAdvice {
	message: string;
	/** "Start today" and "Start next Monday" (one choice when today is a Monday). */
	choices: readonly { label: string; date: string }[];
}

/**
 * A start date before today is allowed (a runner may log a plan begun last
 * week) but never silent: the builder says so and offers today or next
 * Monday. Undefined for today or later, or for text that is not a date.
 *
 * Never throws.
 *
 * @example
 * pastStartAdvice('2026-11-30', '2026-12-03')
 * // { message: 'This plan started on Mon 30 Nov 2026, 3 days ago, so its first sessions are behind you.', choices: [...] }
 */
export function pastStartAdvice(startDate: string, today: string): PastStartAdvice | undefined {
	if (!isIsoDate(startDate) || !isIsoDate(today) || startDate >= today) return undefined;
	const ago = toDayNumber(today) - toDayNumber(startDate);
	const monday = nextOnOrAfter(today, 'mon');
	const choices =
		monday === today
			? [{ label: f.startTodayMonday, date: today }]
			: [
					{ label: f.startToday, date: today },
					{ label: f.startNextMonday(formatDayMonthYear(monday)), date: monday },
				];
	return {
		message: f.past(formatDayMonthYear(startDate), ago),
		choices,
	};
}
