/**
 * The roster's columns: what each holds, the header the template writes, and
 * the other headers a coach's own spreadsheet may use for it. One table, so
 * the template, the reader, the writer and the page's table never disagree.
 */

/** The columns, in the template's order. */
export const ROSTER_COLUMNS = [
	'name',
	'experience',
	'currentRunMinutes',
	'easyPace',
	'days',
	'goal',
	'startDate',
	'raceDate',
	'weeks',
	'units',
	'time',
	'split',
] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];

/** How a column is written and read. */
export interface ColumnInfo {
	/** The template's header, and the column's name in every message. */
	header: string;
	/** Other headers that mean the same column (compared without case, spaces or punctuation). */
	aliases: readonly string[];
	/** What to type, for the template's hints and the typing table's descriptions. */
	hint: string;
	/** True when a row without it cannot make a plan. */
	required: boolean;
}

/** Every column's header, aliases and hint. */
export const COLUMN_INFO: Readonly<Record<RosterColumn, ColumnInfo>> = {
	name: { header: 'Name', aliases: ['athlete', 'runner', 'athlete name'], hint: 'as you call them', required: true },
	experience: {
		header: 'Experience',
		aliases: ['level', 'backward experience'],
		hint: 'new, some or regular',
		required: false,
	},
	currentRunMinutes: {
		header: 'Current run (min)',
		aliases: ['current run minutes', 'current run', 'run minutes', 'can run minutes'],
		hint: 'minutes they can run forward today, 0-120',
		required: false,
	},
	easyPace: {
		header: 'Easy forward pace',
		aliases: ['easy pace', 'pace', 'forward pace', 'easy forward pace min:ss'],
		hint: 'minutes:seconds per km or mile, like 6:30',
		required: false,
	},
	days: {
		header: 'Days',
		aliases: ['training days', 'weekdays'],
		hint: '2 to 6 days, like tue thu sat',
		required: false,
	},
	goal: {
		header: 'Goal',
		aliases: ['plan', 'target'],
		hint: 'mix-in, drills, knee-friendly, retro-mile, retro-5k, retro-10k or retro-half',
		required: false,
	},
	startDate: {
		header: 'Start date',
		aliases: ['start', 'first day'],
		hint: 'yyyy-mm-dd, like 2026-03-02',
		required: false,
	},
	raceDate: {
		header: 'Race date',
		aliases: ['race', 'race day'],
		hint: 'yyyy-mm-dd, race goals only',
		required: false,
	},
	weeks: { header: 'Weeks', aliases: ['plan weeks', 'length'], hint: '4 to 26, or empty', required: false },
	units: { header: 'Units', aliases: ['unit'], hint: 'km or mi', required: false },
	time: {
		header: 'Session time',
		aliases: ['time', 'start time'],
		hint: 'HH:mm for timed calendar events, or empty for all-day',
		required: false,
	},
	split: {
		header: 'Split',
		aliases: ['coach split', 'own split'],
		hint: 'optional: forward+backward, like 2+0.5 step 0.25 every 2, or 20+5 min',
		required: false,
	},
};

/** A header as compared: lower case, letters and digits only ("Start date" and "start_date" match). */
function headerKey(text: string): string {
	return text
		.toLowerCase()
		.replace(/\(.*?\)/g, '')
		.replace(/[^a-z0-9]/g, '');
}

const BY_HEADER: ReadonlyMap<string, RosterColumn> = new Map(
	ROSTER_COLUMNS.flatMap((c) => {
		const info = COLUMN_INFO[c];
		return [info.header, c, ...info.aliases].map((h) => [headerKey(h), c] as const);
	}),
);

/**
 * The column a spreadsheet header names, or undefined for a header we do not
 * read. Case, spaces, punctuation and a unit in brackets do not matter.
 *
 * Never throws.
 *
 * @example
 * columnForHeader('Start_Date') // 'startDate'
 * columnForHeader('Current run (minutes)') // 'currentRunMinutes'
 * columnForHeader('Shoe size') // undefined
 */
export function columnForHeader(header: string): RosterColumn | undefined {
	return BY_HEADER.get(headerKey(header));
}
