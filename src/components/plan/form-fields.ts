/**
 * The builder's form as data: one row per field, in the order the runner
 * meets them. Adding an option or a field is adding a row here; PlanForm
 * renders every row with one small field component. Rows that are more than
 * a labelled control (the day toggles, units, the guide tick box, the coach's
 * split, the note about a past start) are named `custom` and drawn by PlanForm.
 */
import {
	ALL_DAY_REMINDERS,
	EXPERIENCE_OPTIONS,
	GOAL_OPTIONS,
	isRaceGoal,
	type PlanFormState,
	reminderLabel,
	SURFACE_OPTIONS,
	TIMED_REMINDERS,
	takesSplit,
	WEEKDAY_OPTIONS,
} from '../../lib';

/** The form's text-valued fields (every field a control edits as a string). */
export type TextKey = { [K in keyof PlanFormState]: PlanFormState[K] extends string ? K : never }[keyof PlanFormState];

type Goal = (typeof GOAL_OPTIONS)[number]['value'];
const isRace = (s: PlanFormState) => isRaceGoal(s.goal as Goal);

/** A labelled control. */
interface ControlRow {
	/** The form field it edits. */
	readonly key: TextKey;
	/** Element id suffix, after the form's own prefix (kept stable for links into the form). */
	readonly id: string;
	readonly label: (s: PlanFormState) => string;
	readonly hint?: (s: PlanFormState) => string | undefined;
	/** Shown only when this holds. */
	readonly when?: (s: PlanFormState) => boolean;
}

export type FieldRow =
	| (ControlRow & {
			readonly kind: 'select';
			readonly options: (s: PlanFormState) => readonly { value: string; label: string }[];
	  })
	| (ControlRow & {
			readonly kind: 'text';
			readonly inputMode: 'numeric' | 'decimal';
			readonly placeholder?: string;
			readonly readOnly?: (s: PlanFormState) => boolean;
	  })
	| (ControlRow & { readonly kind: 'date' | 'time' })
	| { readonly kind: 'row'; readonly fields: readonly FieldRow[] }
	| {
			readonly kind: 'custom';
			readonly name: 'past-start' | 'days' | 'units' | 'split' | 'guide';
			readonly when?: (s: PlanFormState) => boolean;
	  };

/**
 * Reminder choices that fit the session: "N minutes before" when a session
 * time is set, clock times ("On the day at 07:00") for all-day sessions. A
 * value that is not listed (an older link, or a time just cleared) is shown as
 * its own option, in words that say when it would really ring.
 */
export function reminderOptions(s: PlanFormState): { value: string; label: string }[] {
	const timed = s.sessionTime !== '';
	const choices = (timed ? TIMED_REMINDERS : ALL_DAY_REMINDERS).map((m) => ({
		value: String(m),
		label: reminderLabel(m, timed),
	}));
	const current = s.reminderMinutes.trim();
	const extra =
		current !== '' && !choices.some((c) => c.value === current) && /^-?\d+$/.test(current)
			? [{ value: current, label: reminderLabel(Number(current), timed) }]
			: [];
	return [{ value: '', label: 'No reminder' }, ...choices, ...extra];
}

const hintOf =
	<T extends string>(options: readonly { value: T; hint?: string }[], key: 'goal' | 'experience' | 'surface') =>
	(s: PlanFormState) =>
		options.find((o) => o.value === s[key])?.hint;

const unitWord = (s: PlanFormState) => (s.units === 'mi' ? 'mile' : 'km');

/** Every field of the builder, in order. */
export const FORM_FIELDS: readonly FieldRow[] = [
	{
		kind: 'select',
		key: 'goal',
		id: 'goal',
		label: () => 'Goal',
		hint: hintOf(GOAL_OPTIONS, 'goal'),
		options: () => GOAL_OPTIONS,
	},
	{
		kind: 'select',
		key: 'experience',
		id: 'experience',
		label: () => 'Backward running experience',
		hint: hintOf(EXPERIENCE_OPTIONS, 'experience'),
		options: () => EXPERIENCE_OPTIONS,
	},
	{
		kind: 'row',
		fields: [
			{
				kind: 'date',
				key: 'startDate',
				id: 'start',
				label: () => 'Start date',
				hint: () => 'Week 1 begins on this day.',
			},
			{
				kind: 'text',
				key: 'weeks',
				id: 'weeks',
				label: () => 'Number of weeks',
				hint: (s) => (isRace(s) && s.raceDate !== '' ? 'Set by your race date.' : 'Between 4 and 26.'),
				inputMode: 'numeric',
				readOnly: (s) => isRace(s) && s.raceDate !== '',
			},
		],
	},
	{ kind: 'custom', name: 'past-start' },
	{
		kind: 'date',
		key: 'raceDate',
		id: 'race',
		label: () => 'Race date (optional)',
		hint: () => 'Leave empty to race at the end of the weeks above.',
		when: isRace,
	},
	{ kind: 'custom', name: 'days' },
	{
		kind: 'select',
		key: 'longRunDay',
		id: 'long',
		label: () => 'Long-run day',
		hint: () => 'Your longest backward session of the week.',
		options: (s) => WEEKDAY_OPTIONS.filter((o) => s.days.includes(o.value)),
		when: isRace,
	},
	{ kind: 'custom', name: 'units' },
	{
		kind: 'row',
		fields: [
			{
				kind: 'text',
				key: 'forwardEasyPace',
				id: 'pace',
				label: (s) => `Easy forward pace (min:sec per ${unitWord(s)})`,
				hint: () => 'The pace of a relaxed forward run. Leave empty for a typical one.',
				inputMode: 'numeric',
				placeholder: '6:30',
			},
			{
				kind: 'text',
				key: 'forwardWeeklyDistance',
				id: 'distance',
				label: (s) => `Weekly forward distance (${s.units}, optional)`,
				hint: () => 'What you usually run forward in a week.',
				inputMode: 'decimal',
			},
		],
	},
	{
		kind: 'text',
		key: 'currentRunMinutes',
		id: 'running',
		label: () => 'Minutes you can run forward without stopping',
		hint: () =>
			'Leave empty for 30. Under 20 (0 if you walk), the plan starts with walk/run before any backward running.',
		inputMode: 'numeric',
		placeholder: '30',
	},
	{ kind: 'custom', name: 'split', when: (s) => takesSplit(s.goal as Goal) },
	{
		kind: 'select',
		key: 'surface',
		id: 'surface',
		label: () => 'Where you will run',
		hint: hintOf(SURFACE_OPTIONS, 'surface'),
		options: () => SURFACE_OPTIONS,
	},
	{ kind: 'custom', name: 'guide' },
	{
		kind: 'row',
		fields: [
			{
				kind: 'time',
				key: 'sessionTime',
				id: 'time',
				label: () => 'Session time (optional)',
				hint: () => 'For calendar events; leave empty for all-day events.',
			},
			{
				kind: 'select',
				key: 'reminderMinutes',
				id: 'reminder',
				label: () => 'Reminder',
				hint: (s) =>
					s.sessionTime === ''
						? 'Added to calendar files. Without a session time, reminders ring at a clock time.'
						: 'Added to calendar files.',
				options: reminderOptions,
			},
		],
	},
];
