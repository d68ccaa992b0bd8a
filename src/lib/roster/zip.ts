/**
 * The squad's files in one ZIP, made in the browser with fflate (about 8 KB,
 * synchronous, no workers needed for a few hundred small text files): for
 * each athlete a folder with the plan's calendar (.ics), spreadsheet (.csv)
 * and plan file (.json), written by the same export functions the builder
 * uses, and the roster back as CSV beside them.
 */
import { strToU8, type Zippable, zipSync } from 'fflate';
import type { CalendarOptions } from '../export/calendar';
import type { CsvSeparator } from '../export/csv';
import { planToCsv } from '../export/csv';
import { planToIcs } from '../export/ics';
import { planToJson } from '../export/json';
import type { RosterRow } from './row-schema';
import { athleteFileName, type SquadAthlete } from './squad';
import { rosterToCsv } from './write';

/** Options for {@link squadZip}. */
export interface SquadZipOptions {
	/** Calendar options for every athlete (time zone, site address, the moment of export). */
	calendar?: CalendarOptions;
	/** The spreadsheets' separator [`,`]. */
	separator?: CsvSeparator;
	/** The site's address for links in the files [the default site]. */
	siteUrl?: string;
}

/** The ZIP, or the athletes whose calendar could not be written and why. */
export type SquadZipResult = { ok: true; value: Uint8Array; files: string[] } | { ok: false; message: string };

/**
 * Every athlete's .ics, .csv and .json in a folder named for their row and
 * name ("03-Ada-Quinn/03-Ada-Quinn.ics"), and `roster.csv`. The files are
 * exactly what the builder exports for each plan.
 *
 * Never throws: a calendar option that cannot be used (an unknown time zone)
 * gives `{ ok: false, message }` naming the athlete.
 *
 * @example
 * squadZip(squad.athletes, rows, { calendar: { timeZone: 'Europe/London' } })
 * // { ok: true, value: Uint8Array [PK…], files: ['02-Ada-Quinn/02-Ada-Quinn.ics', …, 'roster.csv'] }
 */
export function squadZip(
	athletes: readonly SquadAthlete[],
	rows: readonly RosterRow[],
	options: SquadZipOptions = {},
): SquadZipResult {
	const tree: Zippable = {};
	const files: string[] = [];
	const siteUrl = options.siteUrl ?? options.calendar?.siteUrl;
	for (const a of athletes) {
		const base = athleteFileName(a.row, a.name);
		const ics = planToIcs(a.plan, {
			...options.calendar,
			...(siteUrl ? { siteUrl } : {}),
			calendarName: `${a.plan.title} (${a.name})`,
		});
		if (!ics.ok) return { ok: false, message: `${a.name} (row ${a.row}): ${ics.message}` };
		const csv = planToCsv(a.plan, options.separator ? { separator: options.separator } : {});
		const json = planToJson(a.plan, siteUrl ? { siteUrl } : {});
		tree[base] = {
			[`${base}.ics`]: strToU8(ics.value),
			[`${base}.csv`]: strToU8(csv),
			[`${base}.json`]: strToU8(json),
		};
		files.push(`${base}/${base}.ics`, `${base}/${base}.csv`, `${base}/${base}.json`);
	}
	tree['roster.csv'] = strToU8(rosterToCsv(rows, options.separator));
	files.push('roster.csv');
	return { ok: true, value: zipSync(tree, { level: 6 }), files };
}
