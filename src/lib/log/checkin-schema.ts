/**
 * A check-in: how a session went, in the runner's words and numbers. The
 * training log is a list of these, kept on the device (never sent anywhere)
 * and read by `adaptPlan` (adapt.ts) to ease the plan when it goes badly.
 */
import * as z from 'zod/mini';
import { sessionIdSchema } from '../plan/edit-schema';

/** Where it hurts: the places backward running loads most (calves, Achilles, shins) and the usual others. */
export const PAIN_SITES = ['knee', 'calf', 'achilles', 'shin', 'hamstring', 'back', 'other'] as const;
export type PainSite = (typeof PAIN_SITES)[number];

/** How much of the session was done. */
export const CHECKIN_STATUSES = ['done', 'partly', 'skipped'] as const;
export type CheckInStatus = (typeof CHECKIN_STATUSES)[number];

/** Each status in words, for the check-in form and the "Checked in: …" line. */
export const CHECKIN_STATUS_WORDS: Readonly<Record<CheckInStatus, string>> = {
	done: 'Done',
	partly: 'Partly done',
	skipped: 'Skipped',
};

/** Longest note on a check-in. */
export const MAX_CHECKIN_NOTE = 280;
/** Most check-ins a log keeps: a year of six sessions a week, with room to spare. */
export const MAX_CHECKINS = 1000;

const score = z.optional(
	z
		.number({ error: 'Give a whole number from 0 to 10' })
		.check(
			z.int({ error: 'Give a whole number from 0 to 10' }),
			z.minimum(0, { error: 'Give a whole number from 0 to 10' }),
			z.maximum(10, { error: 'Give a whole number from 0 to 10' }),
		),
);

/** One check-in, after one session. */
export const checkInSchema = z.object({
	/** The session's id as in the plan (`w03-s2`, `w03-s2-r1`). */
	session: sessionIdSchema,
	/** The day of the session, yyyy-mm-dd. */
	date: z.iso.date({ error: 'Give the date as yyyy-mm-dd' }),
	/** Done, partly done or skipped. */
	status: z.enum(CHECKIN_STATUSES, { error: 'Say whether you did it, partly, or skipped it' }),
	/** How hard it felt, 0-10 on the CR10 scale (EFFORT_WORDS). */
	effort: score,
	/** Pain during or after, 0 (none) to 10 (worst imaginable). */
	pain: score,
	/** Where it hurt. */
	painAt: z.optional(z.array(z.enum(PAIN_SITES))),
	/** Any dizziness, loss of balance or fall. */
	dizzy: z.optional(z.boolean()),
	/** A short note. */
	note: z.optional(
		z.string().check(z.maxLength(MAX_CHECKIN_NOTE, { error: `Keep the note under ${MAX_CHECKIN_NOTE} characters` })),
	),
});

/** The training log, oldest first. */
export const checkInLogSchema = z
	.array(checkInSchema)
	.check(z.maxLength(MAX_CHECKINS, { error: `A log keeps at most ${MAX_CHECKINS} check-ins` }));

export type CheckIn = z.infer<typeof checkInSchema>;

/**
 * The CR10 scale's words for each effort (Borg's category-ratio scale, as
 * used for session effort by Foster et al.), so a runner rates a feeling, not
 * a number.
 */
export const EFFORT_WORDS: readonly string[] = [
	'Nothing at all (rest)',
	'Very light',
	'Light',
	'Moderate',
	'Somewhat hard',
	'Hard',
	'Hard, and more',
	'Very hard',
	'Very hard, and more',
	'Almost as hard as you can',
	'As hard as you can',
];

/** Words for the pain scale's ends and middle, for the form. */
export const PAIN_WORDS: Readonly<Record<number, string>> = {
	0: 'No pain',
	3: 'Mild: you notice it',
	5: 'Moderate: it changes how you move',
	10: 'The worst you can imagine',
};
