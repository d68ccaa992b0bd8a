/**
 * The checks that judge fields together, as a table layered on the plain
 * field schema (`planInputSchema`, which also feeds the published JSON
 * Schema): each row names a rule, the field its message goes to, and the
 * message, so adding a rule is adding a row. Race dates and race readiness
 * are not here: they change the plan's length, so input.ts runs them after.
 */
import { formatPace } from './format';
import { takesSplit } from './options';
import {
	DEFAULT_CURRENT_RUN_MINUTES,
	FORWARD_PACE_LIMITS,
	FORWARD_WEEKLY_DISTANCE_LIMITS,
	SPLIT_LIMITS,
} from './rules';
import type { PlanInput, Split } from './schema';

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
		check: (i) => (new Set(i.days).size !== i.days.length ? 'Each training day can only be chosen once' : undefined),
	},
	{
		name: 'the long run on a training day',
		path: 'longRunDay',
		check: (i) => (i.days.includes(i.longRunDay) ? undefined : 'Your long-run day must be one of your training days'),
	},
	{
		name: 'an easy pace in range for the units',
		path: 'forwardEasyPace',
		check: ({ forwardEasyPace: pace, units }) => {
			const limits = FORWARD_PACE_LIMITS[units];
			if (pace >= limits.min && pace <= limits.max) return undefined;
			const range = `between ${formatPace(limits.min)} and ${formatPace(limits.max)} per ${units}`;
			return pace < limits.min
				? `${formatPace(Math.max(0, pace))} per ${units} is too fast for an easy run: enter a pace ${range}`
				: `${formatPace(pace)} per ${units} is slower than we plan for: enter a pace ${range}`;
		},
	},
	{
		name: 'a weekly distance in range for the units',
		path: 'forwardWeeklyDistance',
		check: ({ forwardWeeklyDistance: d, units }) => {
			const limits = FORWARD_WEEKLY_DISTANCE_LIMITS[units];
			if (d === undefined || (d >= limits.min && d <= limits.max)) return undefined;
			return `Enter a weekly forward distance between ${limits.min} and ${limits.max} ${units}`;
		},
	},
	{
		name: 'a regular backward runner can run 10 minutes forward',
		path: 'currentRunMinutes',
		check: (i) =>
			i.experience === 'regular' && (i.currentRunMinutes ?? DEFAULT_CURRENT_RUN_MINUTES) < 10
				? 'You said you run backward for 10 minutes or more, so you can run forward at least that long: check the minutes, or choose "Tried it a few times"'
				: undefined,
	},
	{
		name: 'a timed session reminds before it starts',
		path: 'reminderMinutes',
		check: (i) =>
			i.sessionTime !== undefined && i.reminderMinutes !== undefined && i.reminderMinutes < 0
				? 'A reminder after your session starts comes too late: choose one before it'
				: undefined,
	},
	{
		name: "a coach's split that fits the goal, the units and the grid",
		path: 'split',
		check: (i) => (i.split === undefined ? undefined : splitProblem(i.split, i.goal, i.units)),
	},
];

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
 * quarter minutes for times (rules.ts SPLIT_LIMITS gives the largest).
 */
function splitProblem(split: Split, goal: PlanInput['goal'], units: PlanInput['units']): string | undefined {
	if (!takesSplit(goal)) {
		return 'A split sets the mixed runs of a plan: choose "Mix backward into my runs" or a race to use one';
	}
	if (split.measure === 'distance') {
		const limits = SPLIT_LIMITS.distance[units];
		if (split.forward > limits.forward) return `Enter a forward part of at most ${limits.forward} ${units}`;
		if (split.backward > limits.backward) return `Enter a backward part of at most ${limits.backward} ${units}`;
		if (split.step !== undefined && split.step > limits.backward) {
			return `Enter a step of at most ${limits.backward} ${units}`;
		}
		for (const v of [split.forward, split.backward, split.step]) {
			if (v !== undefined && !onGrid(v, 0.05)) return `Use steps of 0.05 ${units} in the split, like 0.5 or 0.75`;
		}
	} else {
		const limits = SPLIT_LIMITS.time;
		if (split.forward > limits.forward) return `Enter a forward part of at most ${limits.forward} minutes`;
		if (split.backward > limits.backward) return `Enter a backward part of at most ${limits.backward} minutes`;
		if (split.step !== undefined && split.step > limits.backward) {
			return `Enter a step of at most ${limits.backward} minutes`;
		}
		for (const v of [split.forward, split.backward, split.step]) {
			if (v !== undefined && !onGrid(v, 0.25)) return 'Use whole or quarter minutes in the split, like 5 or 2.5';
		}
	}
	if (split.everyWeeks !== undefined && split.step === undefined) {
		return 'Enter the step the backward part grows by, or leave "every" empty';
	}
	return undefined;
}
