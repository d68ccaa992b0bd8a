/**
 * Judging a form: everything here runs `parsePlanInput` and so needs zod. The
 * builder loads it on demand through validation.ts.
 */

import { validationStrings as v } from '../../i18n/validation';
import { type EmbedConfig, withEmbedDefaults } from '../embed/config';
import { addDays, formatDayMonthYear, isIsoDate, nextOnOrAfter } from '../plan/dates';
import { type FieldError, parsePlanInput } from '../plan/input';
import { EXPERIENCE_OPTIONS, isRaceGoal } from '../plan/options';
import type { PlanInput } from '../plan/schema';
import { raceName } from '../plan/sessions';
import { defaultUnitsForLocale, formStateFromInput } from './form';
import { formStateToRaw } from './form-read';
import type { PlanFormState } from './form-schema';

/** The form judged: a valid input, or every error to show next to its field. */
export type FormEvaluation = { ok: true; input: PlanInput } | { ok: false; errors: FieldError[] };

/**
 * Judges the whole form at once: the form's own checks (text that is not a
 * number or a pace) and the engine's (`parsePlanInput`), with at most one
 * message per field, the form's first, since it says what to type.
 *
 * Never throws: every problem comes back as a field error with a message.
 *
 * @example
 * evaluateForm({ ...state, days: ['mon'] })
 * // { ok: false, errors: [{ path: 'days', message: 'Choose at least 2 training days' }] }
 */
export function evaluateForm(state: PlanFormState, today?: string): FormEvaluation {
	const { raw, errors } = formStateToRaw(state);
	const outside = today !== undefined ? startDateOutsideWindow(state.startDate, today) : undefined;
	if (outside) errors.unshift({ path: 'startDate', message: outside });
	const parsed = parsePlanInput(raw, today !== undefined ? { today } : {});
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
 * @throws {RangeError} when `today` is not a yyyy-mm-dd date (a bug in the caller, never user input).
 *
 * @example
 * defaultFormState('2026-11-25', 'en-US') // { startDate: '2026-11-30', units: 'mi', … }
 */
export function defaultFormState(today: string, locale: string): PlanFormState {
	const parsed = parsePlanInput({ startDate: nextOnOrAfter(today, 'mon'), units: defaultUnitsForLocale(locale) });
	if (!parsed.ok) throw new RangeError(`defaultFormState: not a yyyy-mm-dd date: ${today}`);
	return formStateFromInput(parsed.value);
}

/** The form refitted to a new goal, and the sentence that says what changed. */
export interface GoalFit {
	state: PlanFormState;
	message: string;
}

/**
 * When the runner picks a race (or changes experience, current running or
 * days) and the weeks in the form are too few for it, the weeks the race
 * needs, so choosing "backward 5K" gives a 5K plan at once instead of an
 * error. Only when the weeks box was not just edited and no race date is
 * set: a length or date the runner typed is theirs, and its error says why.
 * Undefined when nothing needs to change.
 *
 * Never throws: a form that cannot become a plan gives undefined.
 *
 * @example
 * fitWeeksToGoal(mixIn8Weeks, { ...mixIn8Weeks, goal: 'retro-5k' })
 * // { state: { …, weeks: '18' }, message: 'A backward 5K needs 18 weeks from where you are, so your plan now has 18 weeks instead of 8.' }
 */
export function fitWeeksToGoal(previous: PlanFormState, next: PlanFormState): GoalFit | undefined {
	const changed =
		previous.goal !== next.goal ||
		previous.experience !== next.experience ||
		previous.currentRunMinutes !== next.currentRunMinutes ||
		previous.days.join() !== next.days.join();
	if (!changed || previous.weeks !== next.weeks || next.raceDate !== '') return undefined;
	const goal = next.goal as PlanInput['goal'];
	if (!isRaceGoal(goal)) return undefined;
	const judged = evaluateForm(next);
	if (judged.ok || !judged.errors.every((e) => e.path === 'weeks')) return undefined;
	const { raw, errors } = formStateToRaw(next);
	if (errors.length > 0) return undefined;
	const { weeks: _typed, ...withoutWeeks } = raw;
	const fitted = parsePlanInput(withoutWeeks);
	if (!fitted.ok) return undefined;
	const weeks = String(fitted.value.weeks);
	return {
		state: { ...next, weeks },
		message: v.weeks.fitted(raceName(goal), weeks, next.weeks),
	};
}

/** How far a start date may sit from today in the builder: a plan is for the coming months, not a typo's year. */
export const START_DATE_WINDOW_DAYS = { past: 366, future: 731 } as const;

/**
 * Why a start date typed in the builder is not one a runner means, or
 * undefined. A date input fills its year digit by digit ("0002", "0202",
 * "2202"), so without this a half-typed year builds a plan and writes it into
 * the address. Files and share links are not held to it: an old plan still opens.
 *
 * Never throws.
 *
 * @example
 * startDateOutsideWindow('2202-03-02', '2026-12-03') // 'Choose a start date by Sun 3 Dec 2028, within two years of today'
 */
export function startDateOutsideWindow(startDate: string, today: string): string | undefined {
	if (!isIsoDate(startDate) || !isIsoDate(today)) return undefined;
	const latest = addDays(today, START_DATE_WINDOW_DAYS.future);
	const earliest = addDays(today, -START_DATE_WINDOW_DAYS.past);
	if (startDate > latest) return v.startDate.by(formatDayMonthYear(latest));
	if (startDate < earliest) return v.startDate.after(formatDayMonthYear(earliest));
	return undefined;
}

/**
 * The form a club's widget opens with: the runner's defaults with the club's
 * settings on top, and, when the club starts members on a race that needs
 * more weeks than the defaults hold, the weeks it needs. Without this a
 * `data-goal="retro-5k"` widget opened on an error and the default plan.
 *
 * Never throws.
 *
 * @example
 * embedStartState(defaults, { theme: 'auto', goal: 'retro-5k' }).weeks // '24' for a new runner
 */
export function embedStartState(defaults: PlanFormState, config: EmbedConfig): PlanFormState {
	const wanted = withEmbedDefaults(defaults, config);
	return fitWeeksToGoal(defaults, wanted)?.state ?? wanted;
}

/**
 * What a club's starting goal means for its members, one sentence per
 * experience level the goal cannot start for, in the words the member would
 * see. For the configurator: a race some members cannot build up to inside
 * the builder's longest plan (a backward 5K for a runner new to it) opens on
 * that message, and the club should know before it pastes the snippet.
 *
 * Never throws.
 *
 * @example
 * startGoalWarnings({ theme: 'auto', goal: 'retro-5k' }, '2026-12-04', 'en-GB')
 * // ['New to backward running: A backward 5K takes more than 26 weeks to build up to …']
 */
export function startGoalWarnings(config: EmbedConfig, today: string, language: string): string[] {
	if (!config.goal) return [];
	return EXPERIENCE_OPTIONS.flatMap(({ value, label }) => {
		const defaults: PlanFormState = { ...defaultFormState(today, language), experience: value };
		const evaluated = evaluateForm(embedStartState(defaults, config), today);
		if (evaluated.ok) return [];
		const problem = evaluated.errors.find((e) => e.path === 'goal') ?? evaluated.errors[0];
		return [`${label}: ${problem?.message ?? 'this goal cannot start from the defaults'}`];
	});
}
