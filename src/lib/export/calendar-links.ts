/**
 * "Add to Google Calendar" and "Add to Outlook" links for one session: the
 * providers' event-template URLs, for runners who want one session without
 * importing a file. Same title, time and details as the .ics event, cut to
 * fit a URL. Neither template takes a reminder or a UID.
 */
import type { Plan, Session } from '../plan/schema';
import {
	type CalendarOptions,
	type EventTime,
	type ExportResult,
	eventTime,
	formatUtc,
	resolveCalendarOptions,
} from './calendar';
import { planLinkLine, sessionDetails } from './text';

/**
 * Longest `details`/`body` parameter once percent-encoded. Browsers and the
 * providers cope with far longer URLs, but some mail clients, QR tools and
 * proxies cut URLs near 2,000 characters.
 */
export const MAX_DETAILS_ENCODED = 1500;

/** Percent-encode a query value (RFC 3986 §2.1); spaces become %20, never `+`, which Outlook shows literally. */
function encodeQuery(params: Readonly<Record<string, string>>): string {
	return Object.entries(params)
		.map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
		.join('&');
}

/**
 * Session details that fit `max` characters once encoded: everything if it
 * fits, else without the technique cues, else cut with "…". The link back to
 * the plan always survives, so nothing is lost for good.
 *
 * @example
 * shortDetails(plan, session, 'https://retrostride.example').endsWith('…') // only for very long sessions
 */
export function shortDetails(plan: Plan, session: Session, siteUrl: string, max = MAX_DETAILS_ENCODED): string {
	const tail = `\n\n${planLinkLine(plan, siteUrl)}`;
	const fits = (text: string) => encodeURIComponent(text).length <= max;
	const full = sessionDetails(plan, session, { cues: true, safety: true }) + tail;
	if (fits(full)) return full;
	const body = sessionDetails(plan, session, { cues: false, safety: true });
	if (fits(body + tail)) return body + tail;
	// Binary search on code points, so a cut never splits a character.
	const chars = Array.from(body);
	let lo = 0;
	let hi = chars.length;
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (fits(`${chars.slice(0, mid).join('')}…${tail}`)) lo = mid;
		else hi = mid - 1;
	}
	return `${chars.slice(0, lo).join('')}…${tail}`;
}

/** Google's `dates` value: yyyymmdd/yyyymmdd (exclusive end) or UTC date-times. */
function googleDates(time: EventTime): string {
	return time.allDay ? `${time.startDate}/${time.endDate}` : `${formatUtc(time.start)}/${formatUtc(time.end)}`;
}

/** yyyymmdd → yyyy-mm-dd, as Outlook's `startdt` wants for all-day events. */
function isoDate(compact: string): string {
	return `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;
}

/**
 * A Google Calendar "add event" link for one session. Timed events are given
 * in UTC (`…Z`), so Google shows them at the right local time in any zone.
 *
 * Never throws.
 *
 * @example
 * googleCalendarUrl(plan, session, { timeZone: 'Europe/London' })
 * // { ok: true, value: 'https://calendar.google.com/calendar/render?action=TEMPLATE&text=…&dates=20260302%2F20260303&details=…' }
 */
export function googleCalendarUrl(plan: Plan, session: Session, options: CalendarOptions = {}): ExportResult {
	const resolved = resolveCalendarOptions(plan, options);
	if (!resolved.ok) return resolved;
	const query = encodeQuery({
		action: 'TEMPLATE',
		text: session.title,
		dates: googleDates(eventTime(session, resolved.value)),
		details: shortDetails(plan, session, resolved.value.siteUrl),
	});
	return { ok: true, value: `https://calendar.google.com/calendar/render?${query}` };
}

/**
 * An Outlook.com "new event" link for one session. All-day events pass dates
 * with `allday=true` and an exclusive end; timed ones ISO 8601 UTC instants.
 *
 * Never throws.
 *
 * @example
 * outlookCalendarUrl(plan, session)
 * // { ok: true, value: 'https://outlook.live.com/calendar/0/action/compose?path=%2Fcalendar%2Faction%2Fcompose&rru=addevent&subject=…&allday=true&…' }
 */
export function outlookCalendarUrl(plan: Plan, session: Session, options: CalendarOptions = {}): ExportResult {
	const resolved = resolveCalendarOptions(plan, options);
	if (!resolved.ok) return resolved;
	const time = eventTime(session, resolved.value);
	const query = encodeQuery({
		path: '/calendar/action/compose',
		rru: 'addevent',
		subject: session.title,
		startdt: time.allDay ? isoDate(time.startDate) : time.start.toISOString().replace(/\.\d{3}Z$/, 'Z'),
		enddt: time.allDay ? isoDate(time.endDate) : time.end.toISOString().replace(/\.\d{3}Z$/, 'Z'),
		allday: String(time.allDay),
		body: shortDetails(plan, session, resolved.value.siteUrl),
	});
	return { ok: true, value: `https://outlook.live.com/calendar/0/action/compose?${query}` };
}
