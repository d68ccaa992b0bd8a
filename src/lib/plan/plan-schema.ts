/**
 * The plan (output) format in zod: what `generatePlan` returns and what a plan
 * file holds. Kept apart from the input schema because only plan files need
 * it: the builder page validates inputs on every keystroke but loads this
 * module only when someone imports or exports a file (about 1 KB gzip saved
 * on a page with a 95 KB JavaScript budget).
 */
import * as z from 'zod/mini';
import { DIRECTIONS, EFFORTS, GUIDE_IDS, MODES, PHASES, SESSION_KINDS, WEEKDAYS } from './options';
import { planInputSchema } from './schema';

/** A pace range in seconds per plan unit; `min` is the faster end. */
export const paceRangeSchema = z.object({
	/** Faster end, seconds per unit. */
	min: z.number().check(z.nonnegative()),
	/** Slower end, seconds per unit. */
	max: z.number().check(z.nonnegative()),
});

/** What to do between repeats. */
export const recoverySchema = z.object({
	/** Length of each recovery, seconds. */
	durationSec: z.number().check(z.positive()),
	/** Walk or jog. */
	mode: z.enum(['walk', 'jog']),
	/** Usually forward, which also rests the neck. */
	direction: z.enum(DIRECTIONS),
});

/** One block of a session: e.g. "6 × 30 s backward jog, 1 min forward walk between". */
export const segmentSchema = z.object({
	/** Warm-up, main set or cool-down. */
	role: z.enum(['warm-up', 'main', 'cool-down']),
	/** Which way the runner faces while moving. */
	direction: z.enum(DIRECTIONS),
	/** Walk, jog, run, stride (quick, relaxed) or sprint. */
	mode: z.enum(MODES),
	/** How many times; 1 for a single block. */
	repeats: z.number().check(z.int(), z.positive()),
	/** Distance of each repeat in metres; a segment has a distance or a duration, not both. */
	distanceM: z.optional(z.number().check(z.positive())),
	/** Duration of each repeat in seconds; a segment has a distance or a duration, not both. */
	durationSec: z.optional(z.number().check(z.positive())),
	/** Recovery between repeats (there is none after the last). */
	recovery: z.optional(recoverySchema),
	/** The effort to hold; it overrules the pace. */
	effort: z.enum(EFFORTS),
	/** Guide pace range for running segments, seconds per unit. */
	pace: z.optional(paceRangeSchema),
});

/** One training day. */
export const sessionSchema = z.object({
	/** Stable id, `w03-s2` = week 3, second session. */
	id: z.string(),
	/** Date (yyyy-mm-dd). */
	date: z.iso.date(),
	/** Weekday of `date`. */
	weekday: z.enum(WEEKDAYS),
	/** What sort of session it is. */
	kind: z.enum(SESSION_KINDS),
	/** One-line human title, e.g. "Mixed run: 2 mi forward + 6 min backward". */
	title: z.string(),
	/** The blocks, in order. */
	segments: z.array(segmentSchema).check(z.minLength(1)),
	/** Estimated total time including recoveries, seconds. */
	estimatedDurationSec: z.number().check(z.nonnegative()),
	/** Estimated total distance, metres. */
	estimatedDistanceM: z.number().check(z.nonnegative()),
	/** Estimated time moving backward, seconds. */
	backwardSec: z.number().check(z.nonnegative()),
	/** Share of the session's time spent backward, 0-1. */
	backwardShare: z.number().check(z.minimum(0), z.maximum(1)),
	/** Short technique reminders for this session. */
	techniqueCues: z.array(z.string()),
	/** Safety notes for this session (surface, guide, stop rules). */
	safetyNotes: z.array(z.string()),
	/** Guide pages that explain this session. */
	guideIds: z.array(z.enum(GUIDE_IDS)),
});

/** Sums over a week's sessions. */
export const weekTotalsSchema = z.object({
	/** Number of sessions. */
	sessions: z.number().check(z.int(), z.nonnegative()),
	/** Number of sessions with backward movement. */
	backwardSessions: z.number().check(z.int(), z.nonnegative()),
	/** Backward time, seconds. */
	backwardSec: z.number().check(z.nonnegative()),
	/** Forward time, seconds (including recoveries). */
	forwardSec: z.number().check(z.nonnegative()),
	/** Backward distance, metres (estimated). */
	backwardDistanceM: z.number().check(z.nonnegative()),
	/** Forward distance, metres (estimated). */
	forwardDistanceM: z.number().check(z.nonnegative()),
});

/** Seven days of the plan. */
export const weekSchema = z.object({
	/** 1-based week number. */
	index: z.number().check(z.int(), z.positive()),
	/** First day of the week (yyyy-mm-dd). */
	startDate: z.iso.date(),
	/** Last day of the week (yyyy-mm-dd). */
	endDate: z.iso.date(),
	/** Training phase. */
	phase: z.enum(PHASES),
	/** Sums over the sessions. */
	totals: weekTotalsSchema,
	/** Sessions in date order. */
	sessions: z.array(sessionSchema),
});

/** A generated plan: everything needed to show, export or share it. */
export const planSchema = z.object({
	/** Version of this format; bump on breaking changes. */
	formatVersion: z.literal(1),
	/** Stable id: a hash of the normalised input, base36. */
	id: z.string(),
	/** Human title, e.g. "Backward 5K in 12 weeks". */
	title: z.string(),
	/** The normalised input the plan was built from. */
	input: planInputSchema,
	/** Read-before-you-start note on who should ask a professional first. */
	screening: z.string(),
	/** Things the runner should know about how the plan was fitted to them. */
	warnings: z.array(z.string()),
	/** The pace guide used throughout, seconds per plan unit. */
	paces: z.object({
		/** Easy forward pace range. */
		forwardEasy: paceRangeSchema,
		/** Easy backward pace range (forward × ratio by experience). */
		backwardEasy: paceRangeSchema,
	}),
	/** The weeks, in order. */
	weeks: z.array(weekSchema).check(z.minLength(1)),
});

export type PaceRangeValue = z.infer<typeof paceRangeSchema>;
export type Recovery = z.infer<typeof recoverySchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type WeekTotals = z.infer<typeof weekTotalsSchema>;
export type Week = z.infer<typeof weekSchema>;
export type Plan = z.infer<typeof planSchema>;
