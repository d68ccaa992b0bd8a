/**
 * The shape of the builder's form, in zod: used to check a form read back
 * from storage. Kept apart from form.ts so pages that only convert forms never
 * load zod.
 */
import * as z from 'zod/mini';
import { WEEKDAYS } from '../plan/options';

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
	/** Minutes the runner can run forward without stopping, as typed ('' = the engine's default). */
	currentRunMinutes: z.optional(z.string()),
	/** "Set the split yourself" is ticked. */
	splitOn: z.optional(z.boolean()),
	/** 'distance' or 'time'. */
	splitMeasure: z.optional(z.string()),
	/** Forward part of each mixed run, as typed (plan units or minutes). */
	splitForward: z.optional(z.string()),
	/** Backward part in week 1, as typed. */
	splitBackward: z.optional(z.string()),
	/** How much the backward part grows, as typed ('' = it stays as written). */
	splitStep: z.optional(z.string()),
	/** Grow every this many weeks, as typed. */
	splitEvery: z.optional(z.string()),
});

/**
 * The fields added after the first release: optional in storage, so settings
 * saved before them still load, and filled from `FORM_EXTRAS_DEFAULTS`.
 */
type Extras =
	| 'currentRunMinutes'
	| 'splitOn'
	| 'splitMeasure'
	| 'splitForward'
	| 'splitBackward'
	| 'splitStep'
	| 'splitEvery';

type Stored = z.infer<typeof planFormStateSchema>;

/** What the form holds, every field present. */
export type PlanFormState = Omit<Stored, Extras> & { [K in Extras]-?: Exclude<Stored[K], undefined> };
