/**
 * The plan (output) format in zod: what `generatePlan` returns and what a plan
 * file holds. Kept apart from the input schema because only plan files need
 * it: the builder page validates inputs on every keystroke but loads this
 * module only when someone imports or exports a file (about 1 KB gzip saved
 * on a page with a 95 KB JavaScript budget).
 */
import * as z from 'zod/mini';
import { planEditsSchema } from './edit-schema';
import { GUIDE_IDS, PHASES, SESSION_KINDS, WEEKDAYS } from './options';
import { planInputSchema } from './schema';
import { paceRangeSchema, segmentSchema } from './segment-schema';

export type { PaceRangeValue, Recovery, Segment } from './segment-schema';
export { paceRangeSchema, recoverySchema, segmentSchema } from './segment-schema';

/**
 * What an edit can do to a session: `shifted` when a repeated week moved it
 * 7 days, `repeated` for the copy of a repeated week. Each change raises the
 * calendar event's SEQUENCE, so a calendar that imported the plan before
 * updates the event.
 */
export const SESSION_CHANGES = ['moved', 'replaced', 'noted', 'skipped', 'restored', 'shifted', 'repeated'] as const;
export type SessionChange = (typeof SESSION_CHANGES)[number];

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
	/** What the coach's edits did to this session, oldest first; absent = as generated (edits.ts). */
	changes: z.optional(z.array(z.enum(SESSION_CHANGES))),
	/** True when the runner skips it: it stays on the schedule and calendars cancel it. */
	skipped: z.optional(z.boolean()),
	/** The coach's note. */
	note: z.optional(z.string()),
	/** For a session of a repeated week: the id of the session it repeats. */
	repeatOf: z.optional(z.string()),
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
	/**
	 * The coach's edits this plan was made with, oldest first (edits.ts):
	 * links and files carry them, so the plan can be rebuilt from its input
	 * and these. Absent = the plan as generated.
	 */
	edits: z.optional(planEditsSchema),
});

export type Session = z.infer<typeof sessionSchema>;
export type WeekTotals = z.infer<typeof weekTotalsSchema>;
export type Week = z.infer<typeof weekSchema>;
export type Plan = z.infer<typeof planSchema>;
