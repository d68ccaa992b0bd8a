/**
 * The closed vocabularies of the plan builder, each with the human label a
 * form select shows. Values are the stable strings stored in plans and share
 * links; labels may change freely.
 */

/** What the runner wants from backward running. `mix-in` is the default. */
export const GOALS = [
	'mix-in',
	'drills',
	'knee-friendly',
	'retro-mile',
	'retro-5k',
	'retro-10k',
	'retro-half',
] as const;
export type Goal = (typeof GOALS)[number];

/** The goals that end in a backward race on race day. */
export const RACE_GOALS = ['retro-mile', 'retro-5k', 'retro-10k', 'retro-half'] as const;
export type RaceGoal = (typeof RACE_GOALS)[number];

/** How much backward running the runner has done (not forward fitness). */
export const EXPERIENCE_LEVELS = ['new', 'some', 'regular'] as const;
export type Experience = (typeof EXPERIENCE_LEVELS)[number];

/** Where the runner will practise; drives the safety notes. */
export const SURFACES = ['track', 'grass', 'path', 'treadmill'] as const;
export type Surface = (typeof SURFACES)[number];

// In pace-basics.ts, which the guide's pace converter loads without these options.
import { UNITS, type Units } from './pace-basics';

export { UNITS, type Units };

/**
 * Training days are weekday names, Monday first (ISO 8601 order). Names, not
 * 0-6 numbers, so a share link or JSON export reads unambiguously (is 0
 * Sunday or Monday?).
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const PHASES = ['foundation', 'build', 'recovery', 'peak', 'taper', 'race'] as const;
export type Phase = (typeof PHASES)[number];

export const SESSION_KINDS = [
	'drills',
	'intervals',
	'mixed',
	'continuous',
	'long',
	'walk',
	'easy-forward',
	'race',
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const DIRECTIONS = ['forward', 'backward'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const MODES = ['walk', 'jog', 'run', 'stride', 'sprint'] as const;
export type Mode = (typeof MODES)[number];

/** Effort in words a runner can feel; it overrules any pace shown. */
export const EFFORTS = ['very-easy', 'easy', 'moderate', 'hard', 'race'] as const;
export type Effort = (typeof EFFORTS)[number];

/** Ids of the guide pages a session links to (the guides team owns the pages). */
export const GUIDE_IDS = [
	'what-is-retro-running',
	'posture-and-lean',
	'foot-contact-and-cadence',
	'arms-and-looking-back',
	'where-to-practise',
	'treadmill-safety',
	'who-should-be-careful',
	'knees',
	'energy-cost',
	'first-session',
	'mixing-into-forward-runs',
	'drills-and-warm-ups',
	'first-steps-to-5k',
	'how-the-plan-builder-works',
	'group-sessions',
	'retro-mile',
] as const;
export type GuideId = (typeof GUIDE_IDS)[number];

/** A value with the text a form select shows and an optional one-line hint. */
export interface Option<T extends string> {
	readonly value: T;
	readonly label: string;
	readonly hint?: string;
}

export const GOAL_OPTIONS: readonly Option<Goal>[] = [
	{
		value: 'mix-in',
		label: 'Mix backward into my runs',
		hint: 'Finish some forward runs with a short backward stretch.',
	},
	{ value: 'drills', label: 'Backward drills and strides', hint: 'Short backward strides and sprints in warm-ups.' },
	{
		value: 'knee-friendly',
		label: 'Knee-friendly backward walking',
		hint: 'Backward walking, later with slow jogging, 3 times a week.',
	},
	{ value: 'retro-mile', label: 'Run a backward mile', hint: 'Finish a mile running backward on race day.' },
	{ value: 'retro-5k', label: 'Run a backward 5K', hint: 'Finish a 5 km race running backward.' },
	{ value: 'retro-10k', label: 'Run a backward 10K', hint: 'Finish a 10 km race running backward.' },
	{ value: 'retro-half', label: 'Run a backward half marathon', hint: 'Finish 21.1 km running backward.' },
];

export const EXPERIENCE_OPTIONS: readonly Option<Experience>[] = [
	{ value: 'new', label: 'New to backward running', hint: 'You have never run backward, or only a few steps.' },
	{ value: 'some', label: 'Tried it a few times', hint: 'You can run backward for a minute or two.' },
	{ value: 'regular', label: 'I run backward regularly', hint: 'You can run backward for 10 minutes or more.' },
];

export const SURFACE_OPTIONS: readonly Option<Surface>[] = [
	{ value: 'track', label: 'Running track', hint: 'Flat, even and traffic-free: the safest place to start.' },
	{ value: 'grass', label: 'Grass or playing field', hint: 'Soft, but check it for holes first.' },
	{ value: 'path', label: 'Path or quiet road', hint: 'Pick a flat stretch you know well.' },
	{ value: 'treadmill', label: 'Treadmill', hint: 'Only if your gym allows backward use.' },
];

export const UNIT_OPTIONS: readonly Option<Units>[] = [
	{ value: 'km', label: 'Kilometres' },
	{ value: 'mi', label: 'Miles' },
];

export const WEEKDAY_OPTIONS: readonly Option<Weekday>[] = [
	{ value: 'mon', label: 'Monday' },
	{ value: 'tue', label: 'Tuesday' },
	{ value: 'wed', label: 'Wednesday' },
	{ value: 'thu', label: 'Thursday' },
	{ value: 'fri', label: 'Friday' },
	{ value: 'sat', label: 'Saturday' },
	{ value: 'sun', label: 'Sunday' },
];

/** Session kinds as schedules and printed sheets name them. */
export const SESSION_KIND_LABELS: Readonly<Record<SessionKind, string>> = {
	drills: 'Drills',
	intervals: 'Intervals',
	mixed: 'Mixed run',
	continuous: 'Continuous',
	long: 'Long session',
	walk: 'Backward walk',
	'easy-forward': 'Easy forward',
	race: 'Race',
};

export const PHASE_LABELS: Readonly<Record<Phase, string>> = {
	foundation: 'Foundation',
	build: 'Build',
	recovery: 'Recovery',
	peak: 'Peak',
	taper: 'Taper',
	race: 'Race week',
};

/** Effort words, so a runner can feel the effort rather than chase a pace. */
export const EFFORT_LABELS: Readonly<Record<Effort, string>> = {
	'very-easy': 'very easy (could sing)',
	easy: 'easy (can talk in full sentences)',
	moderate: 'moderate (short sentences only)',
	hard: 'hard (a few words at a time)',
	race: 'race effort (steady, strong, in control)',
};

/** Look up the label of an option value. */
export function optionLabel<T extends string>(options: readonly Option<T>[], value: T): string {
	return options.find((o) => o.value === value)?.label ?? value;
}

/**
 * True when the goal ends in a backward race.
 *
 * Never throws: an unknown goal is false.
 */
export function isRaceGoal(goal: Goal): goal is RaceGoal {
	return (RACE_GOALS as readonly string[]).includes(goal);
}

/**
 * True when a plan for `goal` has mixed runs a coach can set by hand ("2 mi
 * forward + 0.5 mi backward"): mixing in and the race plans; drills and
 * knee-friendly walking have none.
 *
 * Never throws.
 *
 * @example
 * takesSplit('retro-5k') // true
 * takesSplit('drills')   // false
 */
export function takesSplit(goal: Goal): boolean {
	return goal === 'mix-in' || isRaceGoal(goal);
}
