/**
 * A roster row as the coach wrote it: every cell is text, as in the plan
 * builder's form, so a half-typed "6:" or a date Excel mangled is kept and
 * named, never dropped. The checks that turn text into a plan live in
 * athlete.ts; this schema only guards what is read back from storage or a
 * file (shape and size), so it stays plain and publishable.
 */
import * as z from 'zod/mini';

/** The longest cell we keep; a roster cell is a name, a date or a few words. */
export const MAX_CELL_LENGTH = 200;

/** The most athletes a roster holds: a club's whole membership, and what a phone can print. */
export const MAX_ROSTER_ROWS = 1000;

const cell = z.string().check(z.maxLength(MAX_CELL_LENGTH));

/** An athlete's id: random letters and digits, never derived from the name (it goes into links). */
export const athleteIdSchema = z.string().check(z.regex(/^[a-z0-9]{8,24}$/));

/** One athlete's row, each cell as typed ('' = empty, the builder's default applies). */
export const rosterRowSchema = z.object({
	/** What the coach calls the athlete; printed and filed, never put in a link. */
	name: cell,
	/** Backward-running experience: new, some or regular (or the builder's words for them). */
	experience: cell,
	/** Minutes the athlete can run forward without stopping today, 0-120. */
	currentRunMinutes: cell,
	/** Easy forward pace, minutes:seconds per unit. */
	easyPace: cell,
	/** Training days, 2-6 weekday names or their first three letters. */
	days: cell,
	/** The plan's goal: a goal value or its label. */
	goal: cell,
	/** First day of week 1, yyyy-mm-dd (or dd.mm.yyyy). */
	startDate: cell,
	/** Race day for race goals, yyyy-mm-dd (or dd.mm.yyyy). */
	raceDate: cell,
	/** Plan length in weeks when there is no race date. */
	weeks: cell,
	/** km or mi. */
	units: cell,
	/** HH:mm the sessions start, for timed calendar events. */
	time: cell,
	/** A coach's own split, "2+0.5 step 0.25 every 2" or "20+5 min". */
	split: cell,
	/**
	 * The athlete's opaque id, given when the row joins the roster (athlete-edits.ts): the builder
	 * link carries it, so edits made there find their row. Not a cell: never typed, never in the CSV.
	 */
	id: z.optional(athleteIdSchema),
});

/** One athlete's row, every cell text. */
export type RosterRow = z.infer<typeof rosterRowSchema>;

/** What the roster keeps on the device: its version and its rows. */
export const storedRosterSchema = z.object({
	/** Format version; bump on a breaking change to the row. */
	version: z.literal(1),
	/** The rows, in the coach's order. */
	rows: z.array(rosterRowSchema).check(z.maxLength(MAX_ROSTER_ROWS)),
});

/** A row with every cell empty: the typing table's new row. */
export const EMPTY_ROW: RosterRow = {
	name: '',
	experience: '',
	currentRunMinutes: '',
	easyPace: '',
	days: '',
	goal: '',
	startDate: '',
	raceDate: '',
	weeks: '',
	units: '',
	time: '',
	split: '',
};
