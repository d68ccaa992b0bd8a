/**
 * Reading what the runner typed: `formStateToRaw` turns a form into the raw
 * object `parsePlanInput` judges, with a message beside each box it cannot
 * read. Apart from form.ts because only the checks need it (they load when the
 * runner reaches for the form): the builder page first shows forms it built
 * itself, and a bundler splits shared code by module, not by export.
 * Pure: no DOM, no storage, no React.
 */
import { formStrings as f } from '../../i18n/form-validation';
import { isIsoDate } from '../plan/dates';
import { formatPace } from '../plan/format';
import type { FieldError } from '../plan/input';
import { isRaceGoal, takesSplit, type Units } from '../plan/options';
import { METRES_PER_UNIT } from '../plan/pace-basics';
import type { PlanInput, Split } from '../plan/schema';
import { SPLIT_EXAMPLES } from './form';
import type { PlanFormState } from './form-schema';

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

/** Text for a number rounded to 2 decimals, without trailing zeros ("12.4", "3"): no float dust. */
const decimalText = (value: number) => String(Number(value.toFixed(2)));

/**
 * The form in other units, with what the runner typed converted rather than
 * reinterpreted: a pace of 11:15 per mile is 7:00 per km, not 11:15 per km,
 * and 20 km a week is 12.4 mi. Paces round to the second (so switching back
 * moves a pace by 1 s at most), weekly distances to 0.1,
 * a split's distances to 0.1 km or 0.05 mi (2 mi is 3.2 km); text that is not
 * a number is left as typed, for its field to say so. A split by time is unchanged.
 *
 * Never throws.
 *
 * @example
 * withUnits({ ...state, units: 'mi', forwardEasyPace: '10:00' }, 'km').forwardEasyPace // '6:13'
 */
export function withUnits(state: PlanFormState, units: Units): PlanFormState {
	if (state.units === units) return state;
	// New units per old unit: 1 mi is 1.609344 km.
	const factor = METRES_PER_UNIT[state.units === 'mi' ? 'mi' : 'km'] / METRES_PER_UNIT[units];
	const distance = (text: string, step: number) => {
		const value = parseDecimal(text);
		return value === undefined ? text : decimalText(Math.round((value * factor) / step) * step);
	};
	const splitStep = units === 'mi' ? 0.05 : 0.1;
	const split =
		state.splitMeasure === 'time'
			? {}
			: {
					splitForward: distance(state.splitForward, splitStep),
					splitBackward: distance(state.splitBackward, splitStep),
					splitStep: distance(state.splitStep, splitStep),
				};
	const pace = parsePaceText(state.forwardEasyPace);
	return {
		...state,
		...split,
		units,
		forwardEasyPace: pace === undefined ? state.forwardEasyPace : formatPace(Math.round(pace / factor)),
		forwardWeeklyDistance: distance(state.forwardWeeklyDistance, 0.1),
	};
}
