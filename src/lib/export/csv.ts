/**
 * The plan as a spreadsheet (RFC 4180 CSV), for coaches and runners who track
 * training in Excel, Numbers or Google Sheets (peers.md, GoldenCheetah#4816).
 */

import { describeSegment } from '../plan/describe';
import { metresToUnits } from '../plan/format';
import { PHASE_LABELS } from '../plan/options';
import type { Plan } from '../plan/schema';

/** U+FEFF first, so Excel opens the file as UTF-8 and accents survive. */
const BOM = '\uFEFF';

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and
 * CR, that some apps strip before doing so): OWASP "CSV injection".
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: neutralised against formula injection with a leading `'`,
 * then quoted when it holds a comma, quote, CR or LF, with quotes doubled
 * (RFC 4180 §2.6-2.7).
 *
 * @example
 * csvCell('Easy, then "strides"') // '"Easy, then ""strides"""'
 * csvCell('=HYPERLINK("x")')       // '"\'=HYPERLINK(""x"")"'
 */
export function csvCell(value: string | number): string {
	let text = String(value);
	if (FORMULA_START.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Round to one decimal, so minutes read 2.5 rather than 2.4999999. */
function round1(n: number): number {
	return Math.round(n * 10) / 10;
}

/**
 * The plan as CSV: a header row, then one row per session with date
 * (yyyy-mm-dd, which every spreadsheet reads as a date), week, phase, title,
 * backward and forward minutes, distance (the unit is in the header, so the
 * column stays numeric and sums), and the segments, one per line in the cell.
 * CRLF line ends (RFC 4180 §2.1) after a UTF-8 BOM.
 *
 * @example
 * planToCsv(plan).split('\r\n')[0]
 * // '\uFEFFDate,Week,Phase,Session,Backward (min),Forward (min),Distance (km),Details'
 */
export function planToCsv(plan: Plan): string {
	const units = plan.input.units;
	const rows: (string | number)[][] = [
		['Date', 'Week', 'Phase', 'Session', 'Backward (min)', 'Forward (min)', `Distance (${units})`, 'Details'],
	];
	for (const week of plan.weeks) {
		for (const s of week.sessions) {
			rows.push([
				s.date,
				week.index,
				PHASE_LABELS[week.phase],
				s.title,
				round1(s.backwardSec / 60),
				round1(Math.max(0, s.estimatedDurationSec - s.backwardSec) / 60),
				Math.round(metresToUnits(s.estimatedDistanceM, units) * 100) / 100,
				s.segments.map((seg) => describeSegment(seg, units)).join('\n'),
			]);
		}
	}
	return `${BOM}${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
