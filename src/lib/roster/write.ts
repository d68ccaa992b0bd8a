/**
 * The roster back out as CSV, and the template a coach starts from. Written
 * by the plan's own CSV writer (`csvLines` in src/lib/export/csv.ts), so a
 * name that starts with "=" gets the same guard quote as a plan's note, and
 * the roster reader takes it off again (cells.ts).
 */
import { BOM, type CsvSeparator, csvLines } from '../export/csv';
import { isIsoDate, nextOnOrAfter } from '../plan/dates';
import { COLUMN_INFO, ROSTER_COLUMNS } from './columns';
import { EMPTY_ROW, type RosterRow } from './row-schema';

/** The header row: each column's template header, in the template's order. */
export const ROSTER_HEADER: readonly string[] = ROSTER_COLUMNS.map((c) => COLUMN_INFO[c].header);

/**
 * The roster as CSV: the header row, then one row per athlete, a UTF-8 BOM
 * first so Excel keeps accents. `;` for spreadsheets in languages that write
 * decimal commas (csvSeparatorFor).
 *
 * Never throws.
 *
 * @example
 * rosterToCsv([{ ...EMPTY_ROW, name: 'Ada' }]).split('\r\n')[1] // 'Ada,,,,,,,,,,,'
 */
export function rosterToCsv(rows: readonly RosterRow[], separator: CsvSeparator = ','): string {
	const body = rows.map((row) => ROSTER_COLUMNS.map((c) => row[c]));
	return `${BOM}${csvLines([ROSTER_HEADER, ...body], separator)}\r\n`;
}

/** The template's example row: a new runner mixing backward into three runs a week. */
export const TEMPLATE_ROW: RosterRow = {
	...EMPTY_ROW,
	name: 'Ada Quinn',
	experience: 'new',
	currentRunMinutes: '30',
	easyPace: '6:30',
	days: 'tue thu sat',
	goal: 'mix-in',
	startDate: '2026-03-02',
	weeks: '8',
	units: 'km',
	time: '18:30',
};

/**
 * The downloadable template: the header and one example row, which the
 * coach overwrites, starting on the Monday on or after `today` (the coach's
 * local date) so the example builds a plan as it stands.
 *
 * Never throws.
 *
 * @example
 * rosterTemplate('2026-02-25').split('\r\n')[1] // 'Ada Quinn,new,30,6:30,tue thu sat,mix-in,2026-03-02,,8,km,18:30,'
 */
export function rosterTemplate(today: string, separator: CsvSeparator = ','): string {
	const startDate = isIsoDate(today) ? nextOnOrAfter(today, 'mon') : TEMPLATE_ROW.startDate;
	return rosterToCsv([{ ...TEMPLATE_ROW, startDate }], separator);
}
