/**
 * The plan builder's form, as plain data. A form holds what the runner typed
 * (strings, so a half-typed "5:" is not lost); `formStateToRaw` turns it into
 * the raw object `parsePlanInput` judges, and `formStateFromInput` turns a
 * valid input (from a share link or an import) back into a form.
 * Pure: no DOM, no storage, no React.
 */
import * as z from 'zod/mini';
import { addDays, nextOnOrAfter } from '../plan/dates';
import { formatPace } from '../plan/format';
import { type FieldError, parsePlanInput } from '../plan/input';
import { isRaceGoal, type Units, WEEKDAYS, type Weekday } from '../plan/options';
import type { PlanInput } from '../plan/schema';

/** What the form holds; every text field is the runner's own text. */
export const planFormStateSchema = z.object({
	/** Goal value (see GOAL_OPTIONS). */
	goal: z.string(),
	/** Experience value (see EXPERIENCE_OPTIONS). */
	experience: z.string(),
	/** yyyy-mm-dd from a date input. */
	startDate: z.string(),
	/** yyyy-mm-dd or '' (race goals only; '' means "after the number of weeks"). */
	raceDate: z.string(),
	/** Number of weeks as typed. */
	weeks: z.string(),
	/** Chosen training days, Monday first. */
	days: z.array(z.enum(WEEKDAYS)).check(z.maxLength(7)),
	/** Long-run day, one of `days`. */
	longRunDay: z.string(),
	/** 'km' or 'mi'. */
	units: z.string(),
	/** Easy forward pace as typed, "m:ss" per unit. */
	forwardEasyPace: z.string(),
	/** Usual weekly forward distance as typed, or ''. */
	forwardWeeklyDistance: z.string(),
	/** Surface value (see SURFACE_OPTIONS). */
	surface: z.string(),
	/** "I run with a guide". */
	hasGuide: z.boolean(),
	/** "HH:mm" or '' for all-day. */
	sessionTime: z.string(),
	/** Minutes before, as typed, or '' for none. */
	reminderMinutes: z.string(),
});

export type PlanFormState = z.infer<typeof planFormStateSchema>;

/**
 * Reads "m:ss" (or plain minutes, "6") as seconds. Returns undefined for text
 * that is not a pace, so the caller can say so next to the field.
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

/** Parses a whole number typed in a field; undefined for anything else. */
function parseWhole(text: string): number | undefined {
	return /^\s*\d{1,6}\s*$/.test(text) ? Number(text) : undefined;
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
	const race = isRaceGoal(state.goal as PlanInput['goal']);
	if (race && state.raceDate !== '') raw.raceDate = state.raceDate;
	if (!(race && state.raceDate !== '')) {
		const weeks = parseWhole(state.weeks);
		if (weeks === undefined) errors.push({ path: 'weeks', message: 'Enter the number of weeks as a whole number' });
		else raw.weeks = weeks;
	}
	if (state.forwardEasyPace.trim() !== '') {
		const pace = parsePaceText(state.forwardEasyPace);
		if (pace === undefined)
			errors.push({ path: 'forwardEasyPace', message: 'Enter your pace as minutes:seconds, like 6:30' });
		else raw.forwardEasyPace = pace;
	}
	if (state.forwardWeeklyDistance.trim() !== '') {
		const distance = parseDecimal(state.forwardWeeklyDistance);
		if (distance === undefined) {
			errors.push({ path: 'forwardWeeklyDistance', message: 'Enter your weekly distance as a number, like 15' });
		} else raw.forwardWeeklyDistance = distance;
	}
	if (state.sessionTime !== '') raw.sessionTime = state.sessionTime;
	if (state.reminderMinutes.trim() !== '') {
		const minutes = parseWhole(state.reminderMinutes);
		if (minutes === undefined)
			errors.push({ path: 'reminderMinutes', message: 'Enter the reminder as a whole number of minutes' });
		else raw.reminderMinutes = minutes;
	}
	return { raw, errors };
}

/**
 * The form that produces `input`. A race date the engine derived from the
 * number of weeks (the long-run day of the last week) is left blank, so a
 * shared or restored form looks exactly as the runner left it.
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
	};
}

/** Countries whose runners think in miles (BCP 47 region subtags). */
const MILE_REGIONS = new Set(['US', 'LR', 'MM']);

/**
 * The unit a runner most likely expects from their browser's locale: miles in
 * the United States (and Liberia and Myanmar), kilometres elsewhere.
 *
 * @example
 * defaultUnitsForLocale('en-US') // 'mi'
 * defaultUnitsForLocale('en-GB') // 'km'
 */
export function defaultUnitsForLocale(locale: string): Units {
	const region = /^[a-z]{2,3}(?:-[A-Za-z]{4})?-([A-Z]{2})\b/i.exec(locale)?.[1]?.toUpperCase();
	return region !== undefined && MILE_REGIONS.has(region) ? 'mi' : 'km';
}

/** Toggles a training day, keeping Monday-first order. */
export function toggleDay(days: readonly Weekday[], day: Weekday): Weekday[] {
	const next = days.includes(day) ? days.filter((d) => d !== day) : [...days, day];
	return WEEKDAYS.filter((d) => next.includes(d));
}

/** The form judged: a valid input, or every error to show next to its field. */
export type FormEvaluation = { ok: true; input: PlanInput } | { ok: false; errors: FieldError[] };

/**
 * Judges the whole form at once: the form's own checks (text that is not a
 * number or a pace) and the engine's (`parsePlanInput`), with at most one
 * message per field, the form's first, since it says what to type.
 *
 * @example
 * evaluateForm({ ...state, days: ['mon'] })
 * // { ok: false, errors: [{ path: 'days', message: 'Choose at least 2 training days' }] }
 */
export function evaluateForm(state: PlanFormState): FormEvaluation {
	const { raw, errors } = formStateToRaw(state);
	const parsed = parsePlanInput(raw);
	const all = [...errors, ...(parsed.ok ? [] : parsed.errors)];
	const firstPerField = all.filter((e, i) => all.findIndex((f) => f.path === e.path) === i);
	if (firstPerField.length > 0 || !parsed.ok) return { ok: false, errors: firstPerField };
	return { ok: true, input: parsed.value };
}

/**
 * The form a first-time visitor sees: the engine's defaults, starting on the
 * first Monday on or after `today` (their local date), in the units their
 * locale suggests.
 *
 * @example
 * defaultFormState('2026-11-25', 'en-US') // { startDate: '2026-11-30', units: 'mi', … }
 */
export function defaultFormState(today: string, locale: string): PlanFormState {
	const parsed = parsePlanInput({ startDate: nextOnOrAfter(today, 'mon'), units: defaultUnitsForLocale(locale) });
	if (!parsed.ok) throw new RangeError(`defaultFormState: not a yyyy-mm-dd date: ${today}`);
	return formStateFromInput(parsed.value);
}
