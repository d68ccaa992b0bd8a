/**
 * The plan as a spreadsheet (RFC 4180 CSV), for coaches and runners who track
 * training in Excel, Numbers or Google Sheets (GoldenCheetah/GoldenCheetah#4816).
 * Written by papaparse's `unparse` (quoting, escaping and formula
 * neutralising are its job, and the roster import reads CSV with it too).
 */
import Papa from 'papaparse';
import { describeSegment } from '../plan/describe';
import { editMark } from '../plan/edit-marks';
import { metresToUnits } from '../plan/format';
import { PHASE_LABELS, WEEKDAY_OPTIONS } from '../plan/options';
import type { Plan } from '../plan/schema';

/**
 * Cells a spreadsheet would run as a formula, or strip (tab, CR) and then run
 * (OWASP "CSV injection"); and cells that already start with the guard
 * quote, so a reader that takes one guard quote off gets the text back
 * exactly ("'-5" is written "''-5").
 */
const FORMULA_START = /^[=+\-@\t\r']/;

/** U+FEFF first, so Excel opens the file as UTF-8 and accents survive. */
export const BOM = '\uFEFF';

/**
 * How cells are separated. Excel in languages that write decimals with a
 * comma (German, French, Spanish…) splits a CSV on semicolons, so `;` also
 * writes decimal commas ("2,5").
 */
export type CsvSeparator = ',' | ';';

/**
 * The separator a spreadsheet in `locale` expects: `;` where that language
 * writes 1.5 as "1,5", else `,`. Read from Intl, not from a hand-kept list.
 *
 * Never throws: an unknown locale gives `,`.
 *
 * @example
 * csvSeparatorFor('de-DE') // ';'
 * csvSeparatorFor('en-GB') // ','
 */
export function csvSeparatorFor(locale: string): CsvSeparator {
	try {
		const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
		return decimal === ',' ? ';' : ',';
	} catch {
		return ',';
	}
}

/**
 * Rows as CSV text: cells that a spreadsheet would run as a formula (starting
 * with = + - @ tab or CR: OWASP "CSV injection"), or with `'` itself, get a leading `'`, cells with
 * the separator, a quote or a line break are quoted with quotes doubled
 * (RFC 4180 §2.6-2.7), lines end in CRLF (§2.1).
 *
 * Never throws.
 *
 * @example
 * csvLines([['=HYPERLINK("x")', 'a,b']]) // '"\'=HYPERLINK(""x"")","a,b"'
 */
export function csvLines(rows: readonly (readonly (string | number)[])[], separator: CsvSeparator = ','): string {
	return Papa.unparse(
		rows.map((r) => [...r]),
		// Our own pattern, not `true`: papaparse's built-in one ends in `.*$`, which misses a
		// formula cell that holds a line break ("=cmd" then a newline).
		{ delimiter: separator, newline: '\r\n', escapeFormulae: FORMULA_START, header: false },
	);
}

/** Round to one decimal, so minutes read 2.5 rather than 2.4999999. */
function round1(n: number): number {
	return Math.round(n * 10) / 10;
}

const DAY_NAMES = Object.fromEntries(WEEKDAY_OPTIONS.map((o) => [o.value, o.label.slice(0, 3)]));

/** Day of the week of a yyyy-mm-dd date ("Mon"), without time zones. */
function weekdayShort(date: string): string {
	const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
	const index = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday first
	return DAY_NAMES[WEEKDAY_OPTIONS[index]?.value ?? 'mon'] ?? '';
}

/** The Status column: the schedule's mark in words (edit-marks.ts). */
const STATUS_WORDS = { skipped: 'Skipped', repeat: 'Repeat', edited: 'Edited', planned: 'Planned' } as const;

/**
 * The plan as CSV: a header row, then one row per session with date
 * (yyyy-mm-dd, which every spreadsheet reads as a date), day, start time
 * (empty for all-day sessions), week, phase, title, backward and forward
 * minutes, distance (the unit is in the header, so the column stays numeric
 * and sums), and the segments, one per line in the cell. A UTF-8 BOM first.
 *
 * Never throws.
 *
 * @example
 * planToCsv(plan).split('\r\n')[0]
 * // '\uFEFFDate,Day,Start,Week,Phase,Session,Backward (min),Forward (min),Distance (km),Details,Status,Note'
 * planToCsv(plan, { separator: ';' }) // semicolons and decimal commas, for German or French Excel
 */
export function planToCsv(plan: Plan, options: { separator?: CsvSeparator } = {}): string {
	const separator = options.separator ?? ',';
	const units = plan.input.units;
	const number = (n: number) => (separator === ';' ? String(n).replace('.', ',') : n);
	const rows: (string | number)[][] = [
		[
			'Date',
			'Day',
			'Start',
			'Week',
			'Phase',
			'Session',
			'Backward (min)',
			'Forward (min)',
			`Distance (${units})`,
			'Details',
			'Status',
			'Note',
		],
	];
	for (const week of plan.weeks) {
		for (const s of week.sessions) {
			rows.push([
				s.date,
				weekdayShort(s.date),
				plan.input.sessionTime ?? '',
				week.index,
				PHASE_LABELS[week.phase],
				s.title,
				number(round1(s.backwardSec / 60)),
				number(round1(Math.max(0, s.estimatedDurationSec - s.backwardSec) / 60)),
				number(Math.round(metresToUnits(s.estimatedDistanceM, units) * 100) / 100),
				s.segments.map((seg) => describeSegment(seg, units)).join('\n'),
				STATUS_WORDS[editMark(s) ?? 'planned'],
				s.note ?? '',
			]);
		}
	}
	return `${BOM}${csvLines(rows, separator)}\r\n`;
}
