/**
 * The plan format, defined once in zod 4. Types, runtime validation of
 * imports and share links, and the published JSON Schema
 * (`z.toJSONSchema(planSchema)`) all come from here.
 *
 * The schemas hold only per-field rules, so they convert to JSON Schema
 * cleanly. Rules between fields (long-run day among the training days, race
 * date in range, minimum weeks per race) live in `parsePlanInput`.
 */
import * as z from 'zod/mini';

import { validationStrings as v } from '../../i18n/validation';
import { EXPERIENCE_LEVELS, GOALS, SURFACES, UNITS, WEEKDAYS } from './options';
import { CURRENT_RUN_MINUTES_LIMITS, MAX_PLAN_WEEKS, MIN_PLAN_WEEKS } from './rules';

const isoDate = (message: string) => z.iso.date({ error: message });

/**
 * A coach's own split for mixed runs: "2 mi forward + 0.5 mi backward",
 * growing by `step` every `everyWeeks` weeks. Distances are in the plan's
 * unit, times in minutes. Honoured as written; where it breaks a rule of the
 * plan, the plan says so in a warning (split.ts).
 */
export const splitSchema = z.object({
	/** Whether the split is set by distance (plan units) or by time (minutes). */
	measure: z.enum(['distance', 'time'], { error: v.split.measure }),
	/** The forward part of each mixed run, in plan units or minutes. */
	forward: z.number({ error: v.split.forwardNumber }).check(z.positive({ error: v.split.forwardAboveZero })),
	/** The backward part of each mixed run in week 1, in plan units or minutes. */
	backward: z.number({ error: v.split.backwardNumber }).check(z.positive({ error: v.split.backwardAboveZero })),
	/** How much the backward part grows each time; absent = it stays as written. */
	step: z.optional(z.number({ error: v.split.stepNumber }).check(z.positive({ error: v.split.stepAboveZero }))),
	/** Grow the backward part every this many weeks (1-8); absent with a step = every 2 weeks. */
	everyWeeks: z.optional(
		z
			.number({ error: v.split.everyNumber })
			.check(
				z.int({ error: v.split.everyWhole }),
				z.minimum(1, { error: v.split.everyRange }),
				z.maximum(8, { error: v.split.everyRange }),
			),
	),
});

export type Split = z.infer<typeof splitSchema>;

/** The runner's choices, normalised: every default filled in. */
export const planInputSchema = z.object({
	/** What the plan builds towards; `mix-in` adds backward stretches to forward runs. */
	goal: z.enum(GOALS, { error: v.goal.choose }),
	/** Backward-running experience (not forward fitness); sets the first dose and the pace ratio. */
	experience: z.enum(EXPERIENCE_LEVELS, { error: v.experience.choose }),
	/** First day of week 1 (yyyy-mm-dd). Weeks run for 7 days from here. */
	startDate: isoDate(v.startDate.real),
	/** Plan length in weeks (4-26). For race goals it is derived from `raceDate`. */
	weeks: z
		.number({ error: v.weeks.number })
		.check(
			z.int({ error: v.weeks.whole }),
			z.minimum(MIN_PLAN_WEEKS, { error: v.weeks.range(MIN_PLAN_WEEKS, MAX_PLAN_WEEKS) }),
			z.maximum(MAX_PLAN_WEEKS, { error: v.weeks.range(MIN_PLAN_WEEKS, MAX_PLAN_WEEKS) }),
		),
	/** Race day (yyyy-mm-dd), race goals only; the race is the plan's last session. */
	raceDate: z.optional(isoDate(v.raceDate.real)),
	/** Weekdays the runner can train, Monday first, 2-6 distinct days. */
	days: z
		.array(z.enum(WEEKDAYS, { error: v.days.weekday }), {
			error: v.days.choose,
		})
		.check(z.minLength(2, { error: v.days.atLeastTwo }), z.maxLength(6, { error: v.days.atMostSix })),
	/** Day of the long backward session in race plans; one of `days`. */
	longRunDay: z.enum(WEEKDAYS, { error: v.longRunDay.weekday }),
	/** Units for distances and paces. */
	units: z.enum(UNITS, { error: v.units.choose }),
	/** Easy forward pace in seconds per unit (e.g. 390 = 6:30 per km). */
	forwardEasyPace: z
		// Zero and below pass here on purpose: the range check in input.ts says they are too fast.
		.number({ error: v.pace.seconds }),
	/** Usual forward distance per week, in the plan unit; without it forward runs are set by time. */
	forwardWeeklyDistance: z.optional(
		z.number({ error: v.weeklyDistance.number }).check(z.positive({ error: v.weeklyDistance.aboveZero })),
	),
	/** Where the runner will practise; drives safety notes. */
	surface: z.enum(SURFACES, { error: v.surface.choose }),
	/** True when a partner runs forward beside the runner and watches ahead. */
	hasGuide: z.boolean({ error: v.guide.yesOrNo }),
	/**
	 * Minutes the runner can run forward without stopping today (0-120). Under
	 * 20 the plan starts with a walk/run foundation. Always present after
	 * parsing; optional here so plan files from before it existed still read.
	 */
	currentRunMinutes: z.optional(
		z.number({ error: v.currentRun.number }).check(
			z.int({ error: v.currentRun.whole }),
			z.minimum(CURRENT_RUN_MINUTES_LIMITS.min, {
				error: v.currentRun.range(CURRENT_RUN_MINUTES_LIMITS.min, CURRENT_RUN_MINUTES_LIMITS.max),
			}),
			z.maximum(CURRENT_RUN_MINUTES_LIMITS.max, {
				error: v.currentRun.range(CURRENT_RUN_MINUTES_LIMITS.min, CURRENT_RUN_MINUTES_LIMITS.max),
			}),
		),
	),
	/** A coach's own split for mixed runs (mix-in, and the shorter sessions of race plans); absent = the engine sizes them. */
	split: z.optional(splitSchema),
	/** Usual start time (HH:mm, 24-hour) for calendar exports; absent = all-day events. */
	sessionTime: z.optional(
		z
			.string({ error: v.sessionTime.like })
			.check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: v.sessionTime.like })),
	),
	/**
	 * Minutes before a session starts for a calendar reminder (up to 10080, one week); absent = none.
	 * An all-day session starts at midnight, so 240 rings at 20:00 the evening before and a
	 * negative value (down to -1439) rings on the day itself: -420 at 07:00 (see reminders.ts).
	 */
	reminderMinutes: z.optional(
		z
			.number({ error: v.reminder.number })
			.check(
				z.int({ error: v.reminder.whole }),
				z.minimum(-1439, { error: v.reminder.range }),
				z.maximum(10080, { error: v.reminder.range }),
			),
	),
});

export type PlanInput = z.infer<typeof planInputSchema>;

// The plan (output) types live with their schemas; re-exported so `./schema` stays the one place to import types from.
export type { PaceRangeValue, Plan, Recovery, Segment, Session, Week, WeekTotals } from './plan-schema';

/**
 * Switches off zod's JIT before a parse. zod 4 probes `new Function` to speed
 * up object parsing, and under our strict CSP that probe is a reported
 * violation; plan inputs are not parsed often enough to need it. Called by
 * each parse rather than once at module load, so this module has no side
 * effects and bundlers can leave zod out of pages that never parse a plan.
 * (zod/mini rather than classic zod: it tree-shakes to a few KB.)
 */
export function withoutJit(): void {
	z.config({ jitless: true });
}
