/**
 * A coach's edits to a generated plan, in zod: what a share link, a plan
 * file and saved state carry beside the input. A plan is its input plus
 * these edits, applied in order by `applyPlanEdits` (edits.ts).
 *
 * Sessions are named by their stable ids (`w03-s2`, or `w03-s2-r1` for the
 * first repeat of a repeated week), never by position, so an edit still
 * names the same session after the form changes, or says it no longer
 * applies.
 */
import * as z from 'zod/mini';
import { segmentSchema } from './segment-schema';

/** Longest note a coach can add to a session (a share link must stay short enough for a QR code). */
export const MAX_NOTE_LENGTH = 280;
/** Longest title of a rewritten session. */
export const MAX_TITLE_LENGTH = 80;
/** Most blocks in a rewritten session. */
export const MAX_EDIT_SEGMENTS = 8;
/** Most edits a plan keeps; far more than a season of changes, and a bound on links and files. */
export const MAX_EDITS = 200;

/** A session id as the engine writes it: week, session, and a repeat number for each repeat of a week (`w03-s2-r1`). */
export const SESSION_ID = /^w\d{2}-s\d{1,2}(?:-r\d{1,2})*$/;

/** A session id, checked. */
export const sessionIdSchema = z
	.string({ error: 'Name the session by its id' })
	.check(z.regex(SESSION_ID, { error: 'Name the session by its id, like w03-s2' }));

/** The form's label of the session when the edit was made ("week 3's Thursday session"), for messages. */
const label = z.optional(z.string().check(z.maxLength(80)));

/** A block of a rewritten session: the plan's segment with one amount and sane sizes. */
export const editSegmentSchema = segmentSchema.check(
	z.refine((s) => (s.distanceM === undefined) !== (s.durationSec === undefined), {
		error: 'Give each block a distance or a time, not both',
	}),
	z.refine((s) => s.repeats <= 50, { error: 'Use at most 50 repeats in a block' }),
	z.refine((s) => (s.durationSec ?? 0) <= 4 * 3600 && (s.distanceM ?? 0) <= 50_000, {
		error: 'Keep each repeat under 4 hours and 50 km',
	}),
);

/** Move a session to another date inside the plan. */
const moveEdit = z.object({
	type: z.literal('move'),
	/** The session's id. */
	session: sessionIdSchema,
	/** The new date, yyyy-mm-dd, inside the plan's weeks. */
	to: z.iso.date({ error: 'Enter the new date as a real date, written year-month-day (yyyy-mm-dd)' }),
	label,
});

/** Swap the dates of two sessions. */
const swapEdit = z.object({
	type: z.literal('swap'),
	/** One session's id. */
	a: sessionIdSchema,
	/** The other session's id. */
	b: sessionIdSchema,
	label,
});

/** Skip a session: it stays in the plan, struck through, and calendars cancel it. */
const skipEdit = z.object({
	type: z.literal('skip'),
	/** The session's id. */
	session: sessionIdSchema,
	label,
});

/**
 * Bring a skipped session back. An edit of its own rather than removing the
 * skip, so the calendar event's SEQUENCE still rises and a calendar that
 * cancelled the event restores it.
 */
const restoreEdit = z.object({
	type: z.literal('restore'),
	/** The session's id. */
	session: sessionIdSchema,
	label,
});

/** Rewrite a session's blocks (a club relay instead of intervals), and optionally its title. */
const replaceEdit = z.object({
	type: z.literal('replace'),
	/** The session's id. */
	session: sessionIdSchema,
	/** The new blocks, in order. */
	segments: z
		.array(editSegmentSchema)
		.check(
			z.minLength(1, { error: 'Keep at least one block in the session' }),
			z.maxLength(MAX_EDIT_SEGMENTS, { error: `Use at most ${MAX_EDIT_SEGMENTS} blocks` }),
		),
	/** The new title; absent = one written from the blocks. */
	title: z.optional(
		z.string().check(z.maxLength(MAX_TITLE_LENGTH, { error: `Keep the title under ${MAX_TITLE_LENGTH} characters` })),
	),
	label,
});

/** A note on a session, shown on the schedule, the sheet, the player and in calendars; empty text removes it. */
const noteEdit = z.object({
	type: z.literal('note'),
	/** The session's id. */
	session: sessionIdSchema,
	/** The note. */
	text: z.string().check(z.maxLength(MAX_NOTE_LENGTH, { error: `Keep the note under ${MAX_NOTE_LENGTH} characters` })),
	label,
});

/** Do a week again: a copy follows it and later weeks move 7 days (race plans keep the race date). */
const repeatWeekEdit = z.object({
	type: z.literal('repeat-week'),
	/** The week's number as the plan shows it when the edit is made. */
	week: z.number().check(z.int(), z.minimum(1), z.maximum(60)),
});

/** One edit to a plan. */
export const planEditSchema = z.discriminatedUnion('type', [
	moveEdit,
	swapEdit,
	skipEdit,
	restoreEdit,
	replaceEdit,
	noteEdit,
	repeatWeekEdit,
]);

/** A plan's edits, oldest first. */
export const planEditsSchema = z
	.array(planEditSchema)
	.check(z.maxLength(MAX_EDITS, { error: `A plan keeps at most ${MAX_EDITS} edits` }));

export type PlanEdit = z.infer<typeof planEditSchema>;
export type PlanEditType = PlanEdit['type'];
