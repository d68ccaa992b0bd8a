/**
 * What the roster page's file buttons do, loaded on the first use with the
 * CSV reader (papaparse), the ZIP writer (fflate) and the export code, so
 * none of them weighs on the page's load.
 */
import { type CsvSeparator, csvSeparatorFor, defaultTimeZone } from '../../lib/export';
import {
	parseRosterCsv,
	type RosterFile,
	type RosterRow,
	rosterTemplate,
	rosterToCsv,
	type SquadAthlete,
	squadZip,
} from '../../lib/roster';

import { download } from '../download';

/** The separator the coach's spreadsheet expects, from the browser's language. */
function separator(): CsvSeparator {
	return csvSeparatorFor(navigator.language);
}

/** Reads a roster's text (a chosen file or a paste). */
export function readRoster(text: string): RosterFile {
	return parseRosterCsv(text);
}

/** Downloads the template with one example row starting next Monday. */
export function downloadTemplate(today: string) {
	download('retrostride-roster-template.csv', 'text/csv;charset=utf-8', rosterTemplate(today, separator()));
}

/** Downloads the roster as CSV: the file the coach keeps and reopens. */
export function downloadRoster(rows: readonly RosterRow[]) {
	download('retrostride-roster.csv', 'text/csv;charset=utf-8', rosterToCsv(rows, separator()));
}

/**
 * Downloads the squad's ZIP: calendars in the coach's time zone, links back
 * to the address the page was served from. Returns a message when a
 * calendar could not be written, else undefined.
 */
export function downloadZip(athletes: readonly SquadAthlete[], rows: readonly RosterRow[], siteUrl: string) {
	const result = squadZip(athletes, rows, {
		calendar: { timeZone: defaultTimeZone(), siteUrl },
		separator: separator(),
		siteUrl,
	});
	if (!result.ok) return result.message;
	download('retrostride-squad.zip', 'application/zip', new Uint8Array(result.value));
	return undefined;
}
