/**
 * The plan builder's form, as plain data. A form holds what the runner typed
 * (strings, so a half-typed "5:" is not lost); `formStateToRaw` turns it into
 * the raw object `parsePlanInput` judges, and `formStateFromInput` turns a
 * valid input (from a share link or an import) back into a form.
 * Pure: no DOM, no storage, no React.
 */
import { formStrings as f } from '../../i18n/form-validation';
import { addDays, formatDayMonthYear, isIsoDate, nextOnOrAfter, toDayNumber } from '../plan/dates';
import { formatPace } from '../plan/format';
import type { FieldError } from '../plan/input';
import { isRaceGoal, takesSplit, type Units, WEEKDAYS, type Weekday } from '../plan/options';
import { DEFAULT_FORWARD_EASY_PACE } from '../plan/rules';
import type { PlanInput, Split } from '../plan/schema';
import type { PlanFormState } from './form-schema';

export type { PlanFormState } from './form-schema';

/**
 * Reads "m:ss" (or plain minutes, "6") as seconds. Returns undefined for text
 * that is not a pace, so the caller can say so next to the field.
 *
 * Never throws: text that is not a pace gives undefined.
 *
 * @example
 * parsePaceText('5:30') // 330
 * parsePaceText('6')    // 360
 * parsePaceText('5:75') // undefined
 */
export function parsePaceText(text: string): number | undefined {
	const t = text.trim();
	const m = /^(\d{1,2})(?::([0-5]\d))?$/.exec(t);
	if (!m) return undefined;
	return Number(m[1]) * 60 + Number(m[2] ?? 0);
}

/**
 * Parses a whole number typed in a field; undefined for anything else. Any
 * length of digits is a number, so 999999999999 weeks gets the engine's
 * "between 4 and 26", which says what to type, not "a whole number".
 */
function parseWhole(text: string): number | undefined {
	return /^\s*\d{1,15}\s*$/.test(text) ? Number(text) : undefined;
}

/** Parses a decimal typed in a field ("12.5" or "12,5"); undefined for anything else. */
function parseDecimal(text: string): number | undefined {
	const t = text.trim().replace(',', '.');
	return /^\d{1,4}(\.\d{1,2})?$/.test(t) ? Number(t) : undefined;
}

/**
 * Turns the form into the raw settings object that `parsePlanInput` checks,
 * plus the errors only the form can see (text that is not a number or a pace).
 * Empty optional fields are left out, so the engine's defaults apply.
 *
 * Never throws: a field it cannot read becomes a field error, never an exception.
 */
export function formStateToRaw(state: PlanFormState): { raw: Record<string, unknown>; errors: FieldError[] } {
	const errors: FieldError[] = [];
	const raw: Record<string, unknown> = {
		goal: state.goal,
		experience: state.experience,
		startDate: state.startDate,
		days: state.days,
		longRunDay: state.longRunDay,
		units: state.units,
		surface: state.surface,
		hasGuide: state.hasGuide,
	};
	if (!isIsoDate(state.startDate)) errors.push({ path: 'startDate', message: f.startDateInFull });
	const race = isRaceGoal(state.goal as PlanInput['goal']);
	if (race && state.raceDate !== '') {
		if (isIsoDate(state.raceDate)) raw.raceDate = state.raceDate;
		else errors.push({ path: 'raceDate', message: f.raceDateInFull });
	}
	if (!(race && state.raceDate !== '')) {
		const weeks = parseWhole(state.weeks);
		if (weeks === undefined) errors.push({ path: 'weeks', message: f.weeksWhole });
		else raw.weeks = weeks;
	}
	if (state.forwardEasyPace.trim() !== '') {
		const pace = parsePaceText(state.forwardEasyPace);
		if (pace === undefined) errors.push({ path: 'forwardEasyPace', message: f.pace });
		else raw.forwardEasyPace = pace;
	}
	if (state.forwardWeeklyDistance.trim() !== '') {
		const distance = parseDecimal(state.forwardWeeklyDistance);
		if (distance === undefined) {
			errors.push({ path: 'forwardWeeklyDistance', message: f.weeklyDistance });
		} else raw.forwardWeeklyDistance = distance;
	}
	if (state.currentRunMinutes.trim() !== '') {
		const minutes = parseWhole(state.currentRunMinutes);
		if (minutes === undefined) {
			errors.push({
				path: 'currentRunMinutes',
				message: f.currentRun,
			});
		} else raw.currentRunMinutes = minutes;
	}
	if (state.splitOn && takesSplit(state.goal as PlanInput['goal'])) {
		const split = splitFromForm(state);
		if (typeof split === 'string') errors.push({ path: 'split', message: split });
		else raw.split = split;
	}
	if (state.sessionTime !== '') raw.sessionTime = state.sessionTime;
	if (state.reminderMinutes.trim() !== '') {
		// Negative: minutes after midnight, an all-day session's reminder on the day itself.
		const minutes = /^\s*-?\d{1,5}\s*$/.test(state.reminderMinutes) ? Number(state.reminderMinutes) : undefined;
		if (minutes === undefined) errors.push({ path: 'reminderMinutes', message: f.reminderWhole });
		else raw.reminderMinutes = minutes;
	}
	return { raw, errors };
}

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
 * The split a form describes, or a sentence saying which box holds what is
 * not a number. Empty step = the backward part stays as written; the range
 * and grid checks are the engine's (`parsePlanInput`).
 *
 * Never throws: a value it cannot use comes back as the message to show beside the field.
 *
 * @example
 * splitFromForm({ ...state, splitForward: '2', splitBackward: '0.5', splitStep: '0.25', splitEvery: '2' })
 * // { measure: 'distance', forward: 2, backward: 0.5, step: 0.25, everyWeeks: 2 }
 */
export function splitFromForm(state: PlanFormState): Split | string {
	const measure = state.splitMeasure === 'time' ? 'time' : 'distance';
	const like = SPLIT_EXAMPLES[measure === 'time' ? 'time' : state.units === 'mi' ? 'mi' : 'km'];
	const forward = parseDecimal(state.splitForward);
	if (forward === undefined) return f.splitForward(like.forward);
	const backward = parseDecimal(state.splitBackward);
	if (backward === undefined) return f.splitBackward(like.backward);
	if (state.splitStep.trim() === '') return { measure, forward, backward };
	const step = parseDecimal(state.splitStep);
	if (step === undefined) return f.splitStep(like.step);
	const every = state.splitEvery.trim() === '' ? 2 : parseWhole(state.splitEvery);
	if (every === undefined) return f.splitEvery;
	return { measure, forward, backward, step, everyWeeks: every };
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
	const units = defaultUnitsForLocale(locale);
	return {
		...base,
		startDate: nextOnOrAfter(today, 'mon'),
		units,
		forwardEasyPace: DEFAULT_FORWARD_EASY_PACE[base.experience][units],
	};
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
