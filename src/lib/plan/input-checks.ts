/**
 * The checks that judge fields together, as a table layered on the plain
 * field schema (`planInputSchema`, which also feeds the published JSON
 * Schema): each row names a rule, the field its message goes to, and the
 * message, so adding a rule is adding a row. Race dates and race readiness
 * are not here: they change the plan's length, so input.ts runs them after.
 */
import { validationStrings as v } from '../../i18n/validation';
import { createContext } from './context';
import { formatDuration, formatPace } from './format';
import { takesSplit } from './options';
import {
	DEFAULT_CURRENT_RUN_MINUTES,
	FORWARD_PACE_LIMITS,
	FORWARD_WEEKLY_DISTANCE_LIMITS,
	MAX_SESSION_SEC,
	READINESS_CAP_SEC,
	SPLIT_LIMITS,
} from './rules';
import type { PlanInput, Split } from './schema';
import { beyondOneSession, splitPartsSec } from './split';

/** One rule across fields. */
export interface InputCheck {
	/** What the rule is, for a reader of this table and of failing tests. */
	readonly name: string;
	/** The field whose message it is, shown next to that field. */
	readonly path: keyof PlanInput;
	/** The message when the rule is broken; undefined when it holds. */
	readonly check: (input: PlanInput) => string | undefined;
}

/** Every cross-field rule, in the order their messages are shown. */
export const INPUT_CHECKS: readonly InputCheck[] = [
	{
		name: 'each training day once',
		path: 'days',
		check: (i) => (new Set(i.days).size !== i.days.length ? v.days.once : undefined),
	},
	{
		name: 'the long run on a training day',
		path: 'longRunDay',
		check: (i) => (i.days.includes(i.longRunDay) ? undefined : v.longRunDay.onTrainingDay),
	},
	{
		name: 'an easy pace in range for the units',
		path: 'forwardEasyPace',
		check: ({ forwardEasyPace: pace, units }) => {
			const limits = FORWARD_PACE_LIMITS[units];
			if (pace >= limits.min && pace <= limits.max) return undefined;
			const range = v.pace.range(formatPace(limits.min), formatPace(limits.max), units);
			return pace < limits.min
				? v.pace.tooFast(formatPace(Math.max(0, pace)), units, range)
				: v.pace.tooSlow(formatPace(pace), units, range);
		},
	},
	{
		name: 'a weekly distance in range for the units',
		path: 'forwardWeeklyDistance',
		check: ({ forwardWeeklyDistance: d, units }) => {
			const limits = FORWARD_WEEKLY_DISTANCE_LIMITS[units];
			if (d === undefined || (d >= limits.min && d <= limits.max)) return undefined;
			return v.weeklyDistance.range(limits.min, limits.max, units);
		},
	},
	{
		name: 'a regular backward runner can run 10 minutes forward',
		path: 'currentRunMinutes',
		check: (i) =>
			i.experience === 'regular' && (i.currentRunMinutes ?? DEFAULT_CURRENT_RUN_MINUTES) < 10
				? v.currentRun.regularRunner
				: undefined,
	},
	{
		name: 'a timed session reminds before it starts',
		path: 'reminderMinutes',
		check: (i) =>
			i.sessionTime !== undefined && i.reminderMinutes !== undefined && i.reminderMinutes < 0
				? v.reminder.tooLate
				: undefined,
	},
	{
		name: "a coach's split that fits the goal, the units and the grid",
		path: 'split',
		check: (i) => (i.split === undefined ? undefined : splitProblem(i.split, i.goal, i.units)),
	},
	{
		// Where its steps lead is judged on the plan's own weeks once the length is settled (input.ts,
		// split.ts splitBeyondWeek); a split that no session holds in its first week ("2 mi forward +
		// 10 mi backward", 5 h 44 a week) is no plan at all.
		name: "a coach's split that one session can hold at the runner's paces",
		path: 'split',
		check: (i) => {
			if (i.split === undefined || splitProblem(i.split, i.goal, i.units) !== undefined) return undefined;
			const parts = splitPartsSec(createContext(i), i.split);
			if (!beyondOneSession(parts)) return undefined;
			const takes = parts.forwardSec + parts.backwardSec;
			return parts.backwardSec > READINESS_CAP_SEC
				? v.split.backwardTooLong(formatDuration(upToFive(parts.backwardSec)), formatDuration(READINESS_CAP_SEC))
				: v.split.tooLong(formatDuration(upToFive(takes)), formatDuration(MAX_SESSION_SEC));
		},
	},
];

/** Up to the next 5 minutes, for an estimate read as "about" that never understates. */
function upToFive(sec: number): number {
	return Math.ceil(sec / 300) * 300;
}

/**
 * The messages of every broken check, one per rule.
 *
 * @example
 * runInputChecks({ ...input, longRunDay: 'mon', days: ['tue', 'thu'] })
 * // [{ path: 'longRunDay', message: 'Your long-run day must be one of your training days' }]
 */
export function runInputChecks(input: PlanInput): { path: string; message: string }[] {
	return INPUT_CHECKS.flatMap((c) => {
		const message = c.check(input);
		return message === undefined ? [] : [{ path: c.path, message }];
	});
}

/** True when `value` is a whole number of `step`s (within rounding noise). */
function onGrid(value: number, step: number): boolean {
	return Math.abs(value / step - Math.round(value / step)) < 1e-6;
}

/**
 * What is wrong with a coach's split, in words; undefined when nothing is.
 * Values sit on the grid a coach writes: 0.05 of a unit for distances,
 * quarter minutes for times under 10 minutes and whole minutes from 10
 * (rules.ts SPLIT_LIMITS gives the largest).
 */
function splitProblem(split: Split, goal: PlanInput['goal'], units: PlanInput['units']): string | undefined {
	if (!takesSplit(goal)) {
		return v.split.notForGoal;
	}
	if (split.measure === 'distance') {
		const limits = SPLIT_LIMITS.distance[units];
		if (split.forward > limits.forward) return v.split.forwardAtMost(limits.forward, units);
		if (split.backward > limits.backward) return v.split.backwardAtMost(limits.backward, units);
		if (split.step !== undefined && split.step > limits.backward) {
			return v.split.stepAtMost(limits.backward, units);
		}
		for (const value of [split.forward, split.backward, split.step]) {
			if (value !== undefined && !onGrid(value, 0.05)) return v.split.distanceGrid(units);
		}
	} else {
		const limits = SPLIT_LIMITS.time;
		if (split.forward > limits.forward) return v.split.forwardAtMost(limits.forward, 'minutes');
		if (split.backward > limits.backward) return v.split.backwardAtMost(limits.backward, 'minutes');
		if (split.step !== undefined && split.step > limits.backward) {
			return v.split.stepAtMost(limits.backward, 'minutes');
		}
		for (const value of [split.forward, split.backward, split.step]) {
			if (value !== undefined && !onGrid(value, 0.25)) return v.split.timeGrid;
		}
		// Times on the grid the plan prints (rounding.ts): quarter minutes below 10, whole minutes above.
		if (split.forward >= 10 && !onGrid(split.forward, 1)) return v.split.wholeMinutesFrom10('forward');
		if (split.backward >= 10 && !onGrid(split.backward, 1)) return v.split.wholeMinutesFrom10('backward');
	}
	if (split.everyWeeks !== undefined && split.step === undefined) {
		return v.split.everyWithoutStep;
	}
	return undefined;
}
