/**
 * Validation text (English): what the plan builder, plan files and share
 * links say about input that cannot make a plan, keyed by field. The rules
 * live in src/lib (plan/schema.ts for one field, plan/input-checks.ts and
 * plan/input.ts across fields, builder/form.ts for text typed in the form);
 * these are their words. Each message says what to type, not what went
 * wrong inside. A translation is a copy of this file with the same keys.
 */
import { formStrings } from './form-validation';

/** The schema's, the cross-field checks' and parsePlanInput's messages, loaded with the checks. */
export const validationStrings = {
	unreadable: 'We could not read these plan settings.',
	goal: { choose: 'Choose a goal from the list' },
	experience: { choose: 'Choose how much backward running you have done' },
	startDate: {
		real: 'Enter the start date as a real date, written year-month-day (yyyy-mm-dd)',
		by: (latest: string) => `Choose a start date by ${latest}, within two years of today`,
		after: (earliest: string) => `Choose a start date after ${earliest}, within a year of today`,
	},
	raceDate: {
		real: 'Enter the race date as a real date, written year-month-day (yyyy-mm-dd)',
		afterStart: 'The race date must be after the start date',
		tooFar: (maxWeeks: number) =>
			`Your race is more than ${maxWeeks} weeks after the start date. Start the plan later, at most ${maxWeeks} weeks before race day.`,
		tooClose: (minWeeks: number, earliest?: string) =>
			earliest === undefined
				? `Your race is less than ${minWeeks} weeks away. Choose a later race or an earlier start date.`
				: `Your race is less than ${minWeeks} weeks away. Choose a race on or after ${earliest}.`,
	},
	weeks: {
		number: 'Enter the number of weeks as a number',
		whole: 'Choose a whole number of weeks',
		range: (min: number, max: number) => `Choose between ${min} and ${max} weeks`,
		fitted: (race: string, weeks: number | string, before: number | string) =>
			`A backward ${race} needs ${weeks} weeks from where you are, so your plan now has ${weeks} weeks instead of ${before}.`,
	},
	days: {
		weekday: 'Pick training days from Monday to Sunday',
		choose: 'Choose your training days',
		atLeastTwo: 'Choose at least 2 training days',
		atMostSix: 'Choose at most 6 training days, so you keep a rest day',
		once: 'Each training day can only be chosen once',
	},
	longRunDay: {
		weekday: 'Pick a long-run day from Monday to Sunday',
		onTrainingDay: 'Your long-run day must be one of your training days',
	},
	units: { choose: 'Choose kilometres or miles' },
	pace: {
		seconds: 'Enter your easy forward pace as a number of seconds',
		tooFast: (pace: string, units: string, range: string) =>
			`${pace} per ${units} is too fast for an easy run: enter a pace ${range}`,
		tooSlow: (pace: string, units: string, range: string) =>
			`${pace} per ${units} is slower than we plan for: enter a pace ${range}`,
		range: (min: string, max: string, units: string) => `between ${min} and ${max} per ${units}`,
	},
	weeklyDistance: {
		number: 'Enter your weekly forward distance as a number',
		aboveZero: 'Enter a weekly forward distance above zero',
		range: (min: number, max: number, units: string) =>
			`Enter a weekly forward distance between ${min} and ${max} ${units}`,
	},
	surface: { choose: 'Choose where you will run' },
	guide: { yesOrNo: 'Say yes or no: will someone guide you?' },
	currentRun: {
		number: 'Enter how long you can run as a number of minutes',
		whole: 'Enter how long you can run as a whole number of minutes',
		range: (min: number, max: number) => `Enter between ${min} and ${max} minutes`,
		regularRunner:
			'You said you run backward for 10 minutes or more, so you can run forward at least that long: check the minutes, or choose "Tried it a few times"',
	},
	sessionTime: { like: 'Enter a time like 07:30' },
	reminder: {
		number: 'Enter the reminder as a number of minutes',
		whole: formStrings.reminderWhole,
		range: 'Choose a reminder between 7 days before and the end of the session day',
		tooLate: 'A reminder after your session starts comes too late: choose one before it',
	},
	split: {
		measure: 'Choose whether the split is by distance or by time',
		forwardNumber: 'Enter the forward part as a number',
		forwardAboveZero: 'Enter a forward part above zero',
		backwardNumber: 'Enter the backward part as a number',
		backwardAboveZero: 'Enter a backward part above zero',
		stepNumber: 'Enter the step as a number',
		stepAboveZero: 'Enter a step above zero',
		everyNumber: 'Enter how often it grows as a number of weeks',
		everyWhole: 'Enter how often it grows as a whole number of weeks',
		everyRange: 'Grow it every 1 to 8 weeks',
		notForGoal: 'A split sets the mixed runs of a plan: choose "Mix backward into my runs" or a race to use one',
		forwardAtMost: (max: number, unit: string) => `Enter a forward part of at most ${max} ${unit}`,
		backwardAtMost: (max: number, unit: string) => `Enter a backward part of at most ${max} ${unit}`,
		stepAtMost: (max: number, unit: string) => `Enter a step of at most ${max} ${unit}`,
		distanceGrid: (units: string) => `Use steps of 0.05 ${units} in the split, like 0.5 or 0.75`,
		timeGrid: 'Use whole or quarter minutes in the split, like 5 or 2.5',
		wholeMinutesFrom10: (part: string) =>
			`Use whole minutes for a ${part} part of 10 minutes or more, like 20 or 21, as a coach writes it`,
		everyWithoutStep: 'Enter the step the backward part grows by, or leave "every" empty',
		backwardTooLong: (takes: string, max: string) =>
			`At your easy backward pace this backward part takes about ${takes}, more than the ${max} we ask of anyone backward in one session: enter a shorter backward part`,
		stepsTooFar: (week: number, backwardMax: string, sessionMax: string) =>
			`Your steps take this split past ${backwardMax} backward or ${sessionMax} in one session by week ${week} of this plan: enter a smaller step, more weeks between steps, or fewer weeks`,
		tooLong: (takes: string, max: string) =>
			`At your easy paces this split takes about ${takes} before the warm-up, more than the ${max} of the longest session we plan: enter a shorter forward or backward part`,
	},
} as const;
