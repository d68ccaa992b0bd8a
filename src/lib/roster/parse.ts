/**
 * A roster file (CSV text) into rows. papaparse does the CSV (quotes, line
 * breaks in cells, `,` or `;` or tab guessed from the file, a UTF-8 byte
 * order mark); here we match the header to our columns and keep every cell as
 * text. Nothing in a cell is ever evaluated: a formula is only text, refused
 * where a number or a date belongs (athlete.ts) and guarded again on the way
 * out (write.ts). Problems with the file as a whole come back as sentences;
 * problems with cells are found per row by `readRosterRow`.
 */
import Papa from 'papaparse';
import { unguardCell } from './cells';
import { COLUMN_INFO, columnForHeader, type RosterColumn } from './columns';
import { EMPTY_ROW, MAX_CELL_LENGTH, MAX_ROSTER_ROWS, type RosterRow } from './row-schema';

/** The largest roster file we read: 1,000 athletes take about 100 KB, so 1 MB is not a roster. */
export const MAX_ROSTER_BYTES = 1_000_000;

/** A roster file read: its rows (good and bad alike) and what was wrong with the file itself. */
export interface RosterFile {
	rows: RosterRow[];
	problems: string[];
}

/** A header cell, shortened for a message (it is the coach's own text, shown as text). */
function quoteHeader(text: string): string {
	const t = text.trim();
	return `“${t.length > 40 ? `${t.slice(0, 40)}…` : t}”`;
}

/** Which column each position of the header row fills, and the headers we left out. */
function mapHeader(header: readonly string[]): { columns: (RosterColumn | undefined)[]; problems: string[] } {
	const problems: string[] = [];
	const seen = new Set<RosterColumn>();
	const columns = header.map((h) => {
		const column = columnForHeader(h);
		if (column === undefined) {
			if (h.trim() !== '') problems.push(`The column ${quoteHeader(h)} is not one we read, so it was left out.`);
			return undefined;
		}
		if (seen.has(column)) {
			problems.push(`Two columns are ${COLUMN_INFO[column].header}; we read the first.`);
			return undefined;
		}
		seen.add(column);
		return column;
	});
	return { columns, problems };
}

/**
 * Reads a roster's CSV text: the first row names the columns (in any order,
 * with the template's headers or common other names), each later row is an
 * athlete. Empty lines are skipped, cells are kept as text (cut at 200
 * characters), and at most 1,000 athletes are read; the rest is named in
 * `problems`, never dropped in silence.
 *
 * Never throws: text that is not a roster gives no rows and a problem.
 *
 * @example
 * parseRosterCsv('Name;Days;Start date\nAda;tue thu sat;2026-03-02\n')
 * // { rows: [{ name: 'Ada', days: 'tue thu sat', startDate: '2026-03-02', … }], problems: [] }
 */
export function parseRosterCsv(text: string): RosterFile {
	if (text.length > MAX_ROSTER_BYTES)
		return {
			rows: [],
			problems: ['This file is over 1 MB; a roster of 1,000 athletes is about 100 KB. Is it the roster?'],
		};
	let data: string[][];
	try {
		const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
			skipEmptyLines: 'greedy',
			delimitersToGuess: [',', ';', '\t'],
		});
		data = parsed.data.filter((r) => Array.isArray(r));
	} catch {
		return {
			rows: [],
			problems: ['We could not read this file as CSV. Save it from your spreadsheet as CSV and try again.'],
		};
	}
	const [header = [], ...body] = data;
	const { columns, problems } = mapHeader(header);
	if (!columns.includes('name')) {
		return {
			rows: [],
			problems: [
				'The first row must name the columns, and we found no Name column. Start from the template, or add the headers it has.',
			],
		};
	}
	if (body.length > MAX_ROSTER_ROWS)
		problems.push(
			`The roster has ${body.length} athletes; we read the first ${MAX_ROSTER_ROWS}. Split it into two rosters.`,
		);
	const rows = body.slice(0, MAX_ROSTER_ROWS).map((cells) => {
		const row: RosterRow = { ...EMPTY_ROW };
		columns.forEach((column, i) => {
			if (column !== undefined) row[column] = unguardCell(String(cells[i] ?? '')).slice(0, MAX_CELL_LENGTH);
		});
		return row;
	});
	return { rows, problems };
}
