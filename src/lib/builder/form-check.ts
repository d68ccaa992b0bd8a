/**
 * Judging a form: everything here runs `parsePlanInput` and so needs zod. The
 * builder loads it on demand through validation.ts.
 */
import { nextOnOrAfter } from '../plan/dates';
import { type FieldError, parsePlanInput } from '../plan/input';
import type { PlanInput } from '../plan/schema';
import { defaultUnitsForLocale, formStateFromInput, formStateToRaw } from './form';
import type { PlanFormState } from './form-schema';

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
