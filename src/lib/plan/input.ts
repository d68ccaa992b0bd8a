/**
 * Turning whatever a form, share link or import hands us into a valid,
 * normalised `PlanInput`, with messages a runner understands.
 */
import { validationStrings as v } from '../../i18n/validation';
import { createContext } from './context';
import { addDays, daysBetween, formatDayMonthYear, isIsoDate, nextOnOrAfter } from './dates';
import { isReady, minimumWeeks, readinessProblem, trainedWeeks } from './feasibility';
import { formatDuration } from './format';
import { runInputChecks } from './input-checks';
import { type Experience, type Goal, isRaceGoal, type Units, WEEKDAYS, type Weekday } from './options';
import {
	DEFAULT_CURRENT_RUN_MINUTES,
	DEFAULT_FORWARD_EASY_PACE,
	DEFAULT_PLAN_WEEKS,
	MAX_PLAN_WEEKS,
	MAX_SESSION_SEC,
	MIN_PLAN_WEEKS,
	READINESS_CAP_SEC,
} from './rules';
import { type PlanInput, planInputSchema, type Split, withoutJit } from './schema';
import { splitBeyondWeek } from './split';

/** A problem with one field; `path` is the field name ('' for the whole input). */
export interface FieldError {
	path: string;
	message: string;
}

export type ParseResult = { ok: true; value: PlanInput } | { ok: false; errors: FieldError[] };

/**
 * Defaults for fields the runner leaves out. `null` and `''` count as left
 * out, so an empty form field behaves like a missing one.
 * - goal `mix-in`, experience `new`, units `km`, surface `track` (the safest
 *   place to start: flat, even and traffic-free), hasGuide `false`;
 * - days Tuesday, Thursday, Saturday;
 * - weeks: 8 for mix-in, 6 for drills and knee-friendly, and for races the
 *   usual length or the race minimum, whichever is longer, then the fewest
 *   weeks from there whose race day is within 1.5 times the longest session;
 * - longRunDay: Sunday, else Saturday, else the last training day;
 * - forwardEasyPace: by experience and units (`DEFAULT_FORWARD_EASY_PACE`);
 * - race goals get `raceDate` = the long-run day of the last week;
 * - currentRunMinutes: 30 (a runner who can run 30 minutes forward);
 * - sessionTime, reminderMinutes, forwardWeeklyDistance and split stay absent.
 */
export const INPUT_DEFAULTS = {
	goal: 'mix-in',
	experience: 'new',
	units: 'km',
	surface: 'track',
	hasGuide: false,
	days: ['tue', 'thu', 'sat'],
	currentRunMinutes: DEFAULT_CURRENT_RUN_MINUTES,
} as const satisfies Partial<PlanInput>;

const FIELDS = [
	'goal',
	'experience',
	'startDate',
	'weeks',
	'raceDate',
	'days',
	'longRunDay',
	'units',
	'forwardEasyPace',
	'forwardWeeklyDistance',
	'surface',
	'hasGuide',
	'currentRunMinutes',
	'split',
	'sessionTime',
	'reminderMinutes',
] as const;

/** What the caller knows that the settings do not. */
export interface ParseOptions {
	/**
	 * The runner's local date (yyyy-mm-dd), where the caller has a clock: a
	 * refusal then never suggests starting before it ("start by 12 Sep" in
	 * December). The engine itself has no clock.
	 */
	readonly today?: string;
}

/**
 * Check and normalise raw plan settings. Never throws: any input gives either
 * a complete `PlanInput` with defaults filled in, or a list of field errors in
 * plain English (never echoing the input back, so it is safe to show).
 * Unknown keys are ignored. Numbers must be JSON numbers, not strings.
 *
 * @example
 * parsePlanInput({ startDate: '2026-03-02', days: ['mon'] })
 * // { ok: false, errors: [{ path: 'days', message: 'Choose at least 2 training days' }] }
 */
export function parsePlanInput(raw: unknown, options: ParseOptions = {}): ParseResult {
	try {
		return parseUnsafe(raw, options.today);
	} catch {
		return { ok: false, errors: [{ path: '', message: v.unreadable }] };
	}
}

function parseUnsafe(raw: unknown, today: string | undefined): ParseResult {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return { ok: false, errors: [{ path: '', message: v.unreadable }] };
	}
	const given = readFields(raw as Record<string, unknown>);
	if (given.startDate === undefined) {
		// Reported here so the message says what to do rather than "wrong type".
		given.startDate = null;
	}
	if (Array.isArray(given.days) && given.days.length > WEEKDAYS.length) {
		return { ok: false, errors: [{ path: 'days', message: v.days.atMostSix }] };
	}

	const goal = (given.goal ?? INPUT_DEFAULTS.goal) as Goal;
	const experience = (given.experience ?? INPUT_DEFAULTS.experience) as Experience;
	const units = (given.units ?? INPUT_DEFAULTS.units) as Units;
	const days = given.days ?? [...INPUT_DEFAULTS.days];
	const candidate: Record<string, unknown> = {
		goal,
		experience,
		startDate: given.startDate,
		weeks: given.weeks,
		raceDate: given.raceDate,
		days,
		// Placeholders when a field they depend on is invalid: that field reports the problem.
		longRunDay: given.longRunDay ?? defaultLongRunDay(days) ?? 'sun',
		units,
		forwardEasyPace: given.forwardEasyPace ?? defaultPace(experience, units) ?? DEFAULT_FORWARD_EASY_PACE.new.km,
		forwardWeeklyDistance: given.forwardWeeklyDistance,
		surface: given.surface ?? INPUT_DEFAULTS.surface,
		hasGuide: given.hasGuide ?? INPUT_DEFAULTS.hasGuide,
		currentRunMinutes: given.currentRunMinutes ?? INPUT_DEFAULTS.currentRunMinutes,
		split: given.split,
		sessionTime: given.sessionTime,
		reminderMinutes: given.reminderMinutes,
	};
	const race = isRaceGoal(goal);
	if (!race) candidate.raceDate = undefined;
	// A race date decides the length; keep zod from judging a stale `weeks`.
	const weeksGiven = candidate.weeks !== undefined && !(race && candidate.raceDate !== undefined);
	if (race && candidate.raceDate !== undefined) candidate.weeks = MIN_PLAN_WEEKS;
	if (candidate.weeks === undefined) candidate.weeks = lookup(DEFAULT_PLAN_WEEKS, goal) ?? DEFAULT_PLAN_WEEKS['mix-in'];

	withoutJit();
	const parsed = planInputSchema.safeParse(candidate);
	if (!parsed.success) {
		const errors: FieldError[] = [];
		for (const issue of parsed.error.issues) {
			const path = typeof issue.path[0] === 'string' ? issue.path[0] : '';
			if (!errors.some((e) => e.path === path && e.message === issue.message)) {
				errors.push({ path, message: issue.message });
			}
		}
		return { ok: false, errors };
	}
	return checkAcrossFields(parsed.data, {
		weeksGiven,
		raceDateGiven: race && given.raceDate !== undefined,
		...(today !== undefined ? { today } : {}),
	});
}

/** Own enumerable fields only (so `__proto__` or inherited keys never leak in); null and '' mean "not given". */
function readFields(raw: Record<string, unknown>): Partial<Record<(typeof FIELDS)[number], unknown>> {
	const out: Partial<Record<(typeof FIELDS)[number], unknown>> = {};
	for (const key of FIELDS) {
		if (!Object.hasOwn(raw, key)) continue;
		const value = raw[key];
		if (value === null || value === '' || value === undefined) continue;
		out[key] = value;
	}
	return out;
}

/** What the runner gave, which the advice depends on. */
interface Given {
	/** The runner chose the number of weeks (else the default for the goal applies). */
	weeksGiven: boolean;
	/** The runner chose a race date. */
	raceDateGiven: boolean;
	/** The runner's local date, where the caller knows it (ParseOptions). */
	today?: string;
}

/**
 * The refusal of a race closer than the shortest plan (`weeksAway` plan
 * weeks): what the race needs from where the runner is and every
 * alternative that works, as a race weeks away is told (a coach read "less
 * than 4 weeks away" for a 5K that needs 24). Where the shortest plan
 * itself would do, the earliest race day it gets ready for. Other
 * settings' messages come first: with them wrong, only the plain words.
 */
function tooClose(input: PlanInput, weeksAway: number, errors: readonly FieldError[], today?: string): FieldError {
	const plain = { path: 'raceDate', message: v.raceDate.tooClose(MIN_PLAN_WEEKS) };
	if (errors.length > 0) return plain;
	const problem = readinessProblem({ ...input, weeks: MIN_PLAN_WEEKS }, true, today, weeksAway);
	if (problem) return { path: problem.path, message: problem.message };
	const { raceDate: _tooClose, ...rest } = input;
	const draft = {
		...rest,
		weeks: MIN_PLAN_WEEKS,
		raceDate: lastWeekDate(input.startDate, MIN_PLAN_WEEKS, input.longRunDay),
	};
	const min = minimumWeeks(draft);
	if (min === undefined) return plain;
	const earliest = formatDayMonthYear(lastWeekDate(input.startDate, min, input.longRunDay));
	return { path: 'raceDate', message: v.raceDate.tooClose(MIN_PLAN_WEEKS, earliest) };
}

/**
 * Rules that involve more than one field, once each field is valid: the named
 * checks of input-checks.ts, then the race date (which sets the length) and
 * race readiness (which may lengthen the plan or refuse it).
 */
function checkAcrossFields(input: PlanInput, given: Given): ParseResult {
	const errors: FieldError[] = runInputChecks(input);
	const { goal, experience, units } = input;
	const running = input.currentRunMinutes ?? DEFAULT_CURRENT_RUN_MINUTES;

	let weeks = input.weeks;
	let raceDate = input.raceDate;
	if (isRaceGoal(goal) && raceDate !== undefined) {
		const span = daysBetween(input.startDate, raceDate);
		if (span <= 0) {
			errors.push({ path: 'raceDate', message: v.raceDate.afterStart });
		} else {
			weeks = Math.ceil((span + 1) / 7);
			if (weeks > MAX_PLAN_WEEKS) {
				errors.push({
					path: 'raceDate',
					message: v.raceDate.tooFar(MAX_PLAN_WEEKS),
				});
			} else if (weeks < MIN_PLAN_WEEKS) {
				errors.push(tooClose(input, weeks, errors, given.today));
			}
		}
	}
	if (errors.length > 0) return { ok: false, errors };

	if (isRaceGoal(goal)) {
		let draft: PlanInput = {
			...input,
			weeks,
			raceDate: raceDate ?? lastWeekDate(input.startDate, weeks, input.longRunDay),
		};
		if (!isReady(draft)) {
			// Without a chosen length, a race plan gets the fewest weeks beyond the usual length that get it ready.
			const longer = given.weeksGiven || given.raceDateGiven ? undefined : minimumWeeks(draft, weeks + 1);
			if (longer !== undefined) {
				weeks = longer;
				draft = { ...draft, weeks, raceDate: lastWeekDate(input.startDate, weeks, input.longRunDay) };
			} else {
				const problem = readinessProblem(draft, given.raceDateGiven, given.today);
				if (problem) return { ok: false, errors: [{ path: problem.path, message: problem.message }] };
			}
		}
		// Without a chosen length or date: the fewest weeks from there that also train the race, not only
		// get it ready (feasibility.ts trainedWeeks), or, where none does, the ready length closest to training.
		if (!given.weeksGiven && !given.raceDateGiven) {
			const trained = trainedWeeks(draft, weeks);
			if (trained !== undefined && trained !== weeks) {
				weeks = trained;
				draft = { ...draft, weeks, raceDate: lastWeekDate(input.startDate, weeks, input.longRunDay) };
			}
		}
		raceDate = draft.raceDate;
	}

	// Where a coach's split steps to, on the plan's own weeks at its settled length (split.ts).
	if (input.split?.step !== undefined) {
		const beyond = splitBeyondWeek(
			createContext({ ...input, weeks, ...(isRaceGoal(goal) && raceDate !== undefined ? { raceDate } : {}) }),
		);
		if (beyond !== undefined) {
			const message = v.split.stepsTooFar(beyond, formatDuration(READINESS_CAP_SEC), formatDuration(MAX_SESSION_SEC));
			return { ok: false, errors: [{ path: 'split', message }] };
		}
	}

	const value: PlanInput = {
		goal,
		experience,
		startDate: input.startDate,
		weeks,
		...(raceDate !== undefined && isRaceGoal(goal) ? { raceDate } : {}),
		days: sortWeekdays(input.days),
		longRunDay: input.longRunDay,
		units,
		forwardEasyPace: input.forwardEasyPace,
		...(input.forwardWeeklyDistance !== undefined ? { forwardWeeklyDistance: input.forwardWeeklyDistance } : {}),
		surface: input.surface,
		hasGuide: input.hasGuide,
		currentRunMinutes: running,
		...(input.split !== undefined ? { split: normaliseSplit(input.split) } : {}),
		...(input.sessionTime !== undefined ? { sessionTime: input.sessionTime } : {}),
		...(input.reminderMinutes !== undefined ? { reminderMinutes: input.reminderMinutes } : {}),
	};
	return { ok: true, value };
}

/** The split with only the fields it uses (no `everyWeeks` without a step). */
function normaliseSplit(split: Split): Split {
	return {
		measure: split.measure,
		forward: split.forward,
		backward: split.backward,
		...(split.step !== undefined ? { step: split.step } : {}),
		...(split.step !== undefined && split.everyWeeks !== undefined ? { everyWeeks: split.everyWeeks } : {}),
	};
}

/** Look up `key` only if it is one of the table's own string keys (no `__proto__`, no objects). */
function lookup<T>(table: Readonly<Record<string, T>>, key: unknown): T | undefined {
	return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}

function defaultPace(experience: unknown, units: unknown): number | undefined {
	const byUnits = lookup(DEFAULT_FORWARD_EASY_PACE, experience);
	return byUnits === undefined ? undefined : lookup(byUnits, units);
}

/** Sunday, else Saturday, else the last training day (Monday-first order). */
export function defaultLongRunDay(days: unknown): Weekday | undefined {
	if (!Array.isArray(days)) return undefined;
	const valid = days.filter((d): d is Weekday => (WEEKDAYS as readonly unknown[]).includes(d));
	if (valid.includes('sun')) return 'sun';
	if (valid.includes('sat')) return 'sat';
	return sortWeekdays(valid).at(-1);
}

/** Monday-first order. */
export function sortWeekdays(days: readonly Weekday[]): Weekday[] {
	return [...days].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
}

/** The date of `weekday` in the last week of a plan (weeks run 7 days from startDate). */
function lastWeekDate(startDate: string, weeks: number, weekday: Weekday): string {
	const lastWeekStart = addDays(startDate, 7 * (weeks - 1));
	return nextOnOrAfter(lastWeekStart, weekday);
}

/**
 * A ready-to-use input for a form's first render: the defaults above, starting
 * on the first Monday on or after `today`. `today` is the caller's local date
 * (yyyy-mm-dd), kept out of this module so it stays pure. Throws a RangeError
 * if `today` is not a real date: that is a programming error, not user input.
 *
 * @throws {RangeError} when `today` is not a yyyy-mm-dd date (a bug in the caller, never user input).
 *
 * @example
 * defaultPlanInput('2026-03-04').startDate // '2026-03-09'
 */
export function defaultPlanInput(today: string): PlanInput {
	if (!isIsoDate(today)) throw new RangeError(`defaultPlanInput: not a yyyy-mm-dd date: ${String(today)}`);
	const result = parsePlanInput({ startDate: nextOnOrAfter(today, 'mon') });
	if (!result.ok) throw new RangeError('defaultPlanInput: defaults are invalid (a bug)');
	return result.value;
}
