/**
 * A session's blocks in zod: the segment schema shared by the plan format
 * (plan-schema.ts) and a coach's edits (edit-schema.ts), kept apart so
 * neither imports the other.
 */
import * as z from 'zod/mini';
import { DIRECTIONS, EFFORTS, MODES } from './options';

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

export type PaceRangeValue = z.infer<typeof paceRangeSchema>;
export type Recovery = z.infer<typeof recoverySchema>;
export type Segment = z.infer<typeof segmentSchema>;
