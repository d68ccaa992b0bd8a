/**
 * The plan as an iCalendar file (RFC 5545), written by hand: the format needs
 * only a few rules, and each one below is a bug other plan tools shipped
 * (time-to-run wrote bare LF line ends and no escaping; calendar-hack had no
 * stable UID): CRLF line ends, folding by octets, TEXT escaping, stable UIDs,
 * METHOD:PUBLISH, and exclusive all-day ends (spatie/icalendar-generator#128).
 */
import { allDayReminderAt } from '../plan/reminders';
import type { Plan, Session } from '../plan/schema';
import {
	type CalendarOptions,
	type EventTime,
	type ExportResult,
	eventTime,
	eventUid,
	formatUtc,
	type ResolvedCalendarOptions,
	resolveCalendarOptions,
	zonedInstant,
} from './calendar';
import { planLink, sessionDetails } from './text';

/** RFC 5545 §3.7.3: who made the file. */
export const PRODID = '-//Retrostride//Plan export 1//EN';

/** RFC 5545 §3.1: a content line is at most 75 octets, not counting the CRLF. */
const MAX_OCTETS = 75;

/**
 * Make text safe for a TEXT value: lone UTF-16 surrogates become U+FFFD (they
 * have no UTF-8 form), and control characters other than tab and line breaks
 * are dropped, because RFC 5545 §3.3.11 allows none in TEXT.
 *
 * @example
 * sanitizeText('a\u0000b') // 'ab'
 */
export function sanitizeText(text: string): string {
	return (
		text
			.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
			// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the controls RFC 5545 forbids is the point
			.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
	);
}

/**
 * Escape a TEXT value (RFC 5545 §3.3.11): backslash first (or it would double
 * the escapes added after it), then `;` and `,`, and every line break as `\n`.
 *
 * Never throws.
 *
 * @example
 * escapeText('Hills; easy, then\nstrides \\o/') // 'Hills\\; easy\\, then\\nstrides \\\\o/'
 */
export function escapeText(text: string): string {
	return sanitizeText(text)
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Fold a content line (RFC 5545 §3.1): at most 75 octets per line, breaking
 * only between code points so no UTF-8 character is ever split
 * (sebbo2002/ical-generator#221); each continuation starts with one space,
 * which counts towards its 75. Counts UTF-8 octets from UTF-16 code units:
 * below U+0080 one octet, below U+0800 two, a surrogate pair four, else three.
 *
 * Never throws.
 *
 * @example
 * foldLine('DESCRIPTION:' + 'é'.repeat(40)).split('\r\n').length // 2
 */
export function foldLine(line: string): string {
	if (line.length * 3 <= MAX_OCTETS) return line; // cannot exceed 75 octets
	const parts: string[] = [];
	let start = 0;
	let octets = 0;
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		const pair = c >= 0xd800 && c <= 0xdbff && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
		const n = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
		if (octets + n > MAX_OCTETS) {
			parts.push(line.slice(start, i));
			start = i;
			octets = 1; // the leading space
		}
		octets += n;
		if (pair) i++;
	}
	parts.push(line.slice(start));
	return parts.join('\r\n ');
}

/** One folded content line `NAME;PARAMS:value` (value already escaped as its type needs). */
function line(name: string, value: string): string {
	return foldLine(`${name}:${value}`);
}

/** DTSTART and DTEND for the event's kind: DATE without TZID, or UTC DATE-TIME. */
function timeLines(time: EventTime): string[] {
	if (time.allDay) {
		// RFC 5545 §3.6.1: an all-day event ends (exclusively) the next day; a
		// DATE never takes a TZID (§3.2.19 applies to DATE-TIME only).
		return [
			line('DTSTART;VALUE=DATE', time.startDate),
			line('DTEND;VALUE=DATE', time.endDate),
			line('TRANSP', 'TRANSPARENT'), // a day-long marker should not show the runner busy all day
		];
	}
	return [line('DTSTART', formatUtc(time.start)), line('DTEND', formatUtc(time.end))];
}

/**
 * The alarm's TRIGGER (RFC 5545 §3.8.6.3). A timed event rings a duration
 * before its UTC start. An all-day event rings at a wall-clock time in the
 * export's zone ("07:00 on the day", "20:00 the evening before"), written as
 * an absolute UTC time worked out for that date: a duration from a DATE start
 * would count elapsed hours from midnight and ring an hour off on the days
 * clocks change, and a plain "-PT30M" rang at 23:30 the night before.
 */
function triggerLine(session: Session, time: EventTime, options: ResolvedCalendarOptions): string {
	const minutes = options.reminderMinutes ?? 0;
	if (!time.allDay) return line('TRIGGER', minutes === 0 ? 'PT0M' : `-PT${minutes}M`);
	const at = allDayReminderAt(session.date, minutes);
	return line('TRIGGER;VALUE=DATE-TIME', formatUtc(zonedInstant(at.date, at.time, options.timeZone)));
}

/** "intervals" → "Intervals", "easy-forward" → "Easy forward". */
function kindLabel(kind: Session['kind']): string {
	const words = kind.replace('-', ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What every event of one export shares, worked out once. */
interface ExportContext {
	readonly options: ResolvedCalendarOptions;
	/** DTSTAMP value. */
	readonly stamp: string;
	/** The share link back to the plan (URL property and end of DESCRIPTION). */
	readonly link: string;
}

/** One VEVENT (RFC 5545 §3.6.1), with a VALARM (§3.6.6) when a reminder is set. */
function eventLines(plan: Plan, session: Session, ctx: ExportContext): string[] {
	const { options, link } = ctx;
	const time = eventTime(session, options);
	const details = `${sessionDetails(plan, session, { cues: true, safety: true })}\n\nYour plan: ${link}`;
	const lines = [
		'BEGIN:VEVENT',
		line('UID', eventUid(plan, session)),
		line('DTSTAMP', ctx.stamp),
		// Each edit to a session raises its SEQUENCE, so a calendar that imported the plan before updates the event.
		line('SEQUENCE', String(options.sequence + (session.changes?.length ?? 0))),
		// A skipped session stays in the file as a cancelled event, so a re-import takes it off the calendar.
		line('STATUS', session.skipped ? 'CANCELLED' : 'CONFIRMED'),
		...timeLines(time),
		line('SUMMARY', escapeText(session.skipped ? `Skipped: ${session.title}` : session.title)),
		line('DESCRIPTION', escapeText(details)),
		line('URL', link), // URI, not TEXT: no escaping (§3.3.13)
		line('CATEGORIES', ['Retrostride', kindLabel(session.kind)].map(escapeText).join(',')),
	];
	if (options.reminderMinutes !== undefined && !session.skipped) {
		lines.push(
			'BEGIN:VALARM',
			'ACTION:DISPLAY',
			line('DESCRIPTION', escapeText(`Retrostride: ${session.title}`)),
			triggerLine(session, time, options),
			'END:VALARM',
		);
	}
	lines.push('END:VEVENT');
	return lines;
}

/**
 * The whole plan as an .ics file: one VEVENT per session. Import it once and
 * import it again after a change: UIDs stay the same for the same plan, so
 * calendars update the events instead of duplicating them (raise `sequence`
 * when the plan changed). Reminders travel as VALARMs, which Google and
 * Outlook ignore on import (adamgibbons/ics#124): say so in the UI.
 *
 * Returns `{ ok: false, message }` for an unknown time zone or another bad
 * option; never throws.
 *
 * @example
 * const result = planToIcs(plan, { timeZone: 'Europe/London', now: new Date() });
 * if (result.ok) download('retrostride.ics', result.value);
 */
export function planToIcs(plan: Plan, options: CalendarOptions = {}): ExportResult {
	const resolved = resolveCalendarOptions(plan, options);
	if (!resolved.ok) return resolved;
	const o = resolved.value;
	const name = escapeText(o.calendarName);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		line('PRODID', PRODID),
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH', // not REQUEST: Outlook imports only the first event of a REQUEST (markuspoerschke/iCal#117)
		line('NAME', name), // RFC 7986 §5.1
		line('X-WR-CALNAME', name), // the same, for Apple and Google calendars that predate RFC 7986
	];
	const ctx: ExportContext = { options: o, stamp: formatUtc(o.now), link: planLink(plan, o.siteUrl) };
	for (const week of plan.weeks) {
		for (const session of week.sessions) lines.push(...eventLines(plan, session, ctx));
	}
	lines.push('END:VCALENDAR');
	// §3.1: every content line, the last included, ends with CRLF.
	return { ok: true, value: `${lines.join('\r\n')}\r\n` };
}
