/**
 * What the calendar exports (.ics, Google and Outlook links) share: checking
 * the options once, and turning a session into the start and end of an event.
 *
 * Two kinds of event (runners want to choose a run time; all-day ends are
 * exclusive, spatie/icalendar-generator#128):
 * - all-day: a DATE with an exclusive end the next day (RFC 5545 §3.6.1), no
 *   time zone, so the run lands on its day wherever the calendar is;
 * - timed: the session time as local wall-clock time in `timeZone`, turned
 *   into UTC separately for every date, so 06:30 stays 06:30 across DST
 *   changes without shipping a VTIMEZONE (RFC 5545 §3.3.5 form 2).
 */
import { TZDate } from '@date-fns/tz';
import { addDays } from '../plan/dates';
import { hashValue } from '../plan/hash';
import { REMINDER_LIMITS } from '../plan/reminders';
import type { Plan, Session } from '../plan/schema';
import { DEFAULT_SITE_URL, isHttpUrl } from './text';
import { defaultTimeZone } from './time-zone';

/** Options for every calendar export. All optional; defaults in brackets. */
export interface CalendarOptions {
	/** IANA zone the session time is local to [the runner's zone, else UTC]. */
	timeZone?: string;
	/**
	 * Minutes before each session starts for a reminder (all-day sessions start at midnight,
	 * so negative values ring on the day); `null` for none [plan.input.reminderMinutes].
	 */
	reminderMinutes?: number | null;
	/** Calendar name shown by calendar apps [plan.title]. */
	calendarName?: string;
	/** Absolute http(s) URL of the site, for links back [https://retrostride.example]. */
	siteUrl?: string;
	/** The moment of export, for DTSTAMP; pass it to make output deterministic [now]. */
	now?: Date;
	/** Timed events (true) or all-day (false) [timed when a session time is known]. */
	timed?: boolean;
	/** Local start time HH:mm for timed events [plan.input.sessionTime]. */
	sessionTime?: string;
	/** RFC 5545 §3.8.7.4 SEQUENCE: raise it when re-exporting a changed plan [0]. */
	sequence?: number;
}

/** Options with every default applied and checked. */
export interface ResolvedCalendarOptions {
	timeZone: string;
	reminderMinutes: number | undefined;
	calendarName: string;
	siteUrl: string;
	now: Date;
	sessionTime: string | undefined;
	sequence: number;
}

/** Either a value or a message saying what to fix. Exports never throw. */
export type ExportResult<T = string> = { ok: true; value: T } | { ok: false; message: string };

/** When an event happens: a whole day, or a UTC start and end. */
export type EventTime =
	| { allDay: true; startDate: string; endDate: string }
	| { allDay: false; start: Date; end: Date };

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/**
 * True for a zone name the runtime knows (Intl throws a RangeError for others).
 *
 * Never throws: a name the browser does not know is false.
 */
export function isTimeZone(name: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: name });
		return name.length > 0;
	} catch {
		return false;
	}
}

/**
 * Apply defaults and check every option, so the exports below can trust them.
 *
 * @example
 * resolveCalendarOptions(plan, { timeZone: 'Mars/Olympus' })
 * // { ok: false, message: 'Choose a time zone from the list, like Europe/London' }
 */
export function resolveCalendarOptions(
	plan: Plan,
	options: CalendarOptions = {},
): ExportResult<ResolvedCalendarOptions> {
	const timeZone = options.timeZone ?? defaultTimeZone();
	if (!isTimeZone(timeZone)) return { ok: false, message: 'Choose a time zone from the list, like Europe/London' };

	const reminder =
		options.reminderMinutes === null ? undefined : (options.reminderMinutes ?? plan.input.reminderMinutes);
	if (
		reminder !== undefined &&
		!(Number.isInteger(reminder) && reminder >= REMINDER_LIMITS.latestAllDay && reminder <= REMINDER_LIMITS.earliest)
	) {
		return { ok: false, message: 'Choose a reminder between 7 days before and the end of the session day' };
	}

	const siteUrl = (options.siteUrl ?? DEFAULT_SITE_URL).replace(/\/+$/, '');
	if (!isHttpUrl(siteUrl)) return { ok: false, message: 'The site address must start with https://' };

	const now = options.now ?? new Date();
	if (Number.isNaN(now.getTime())) return { ok: false, message: 'The export time is not a real date' };

	const sequence = options.sequence ?? 0;
	if (!(Number.isInteger(sequence) && sequence >= 0)) {
		return { ok: false, message: 'The calendar sequence must be a whole number, 0 or more' };
	}

	const wantedTime = options.sessionTime ?? plan.input.sessionTime;
	if (wantedTime !== undefined && !TIME.test(wantedTime)) return { ok: false, message: 'Enter a time like 07:30' };
	const timed = options.timed ?? wantedTime !== undefined;
	if (timed && wantedTime === undefined) {
		return { ok: false, message: 'Choose a session time for timed events, or export all-day events' };
	}
	// An all-day reminder may ring on the day itself; a timed one must ring before the session.
	if (timed && reminder !== undefined && reminder < 0) {
		return { ok: false, message: 'A reminder after your session starts comes too late: choose one before it' };
	}

	return {
		ok: true,
		value: {
			timeZone,
			reminderMinutes: reminder,
			calendarName: options.calendarName ?? plan.title,
			siteUrl,
			now,
			sessionTime: timed ? wantedTime : undefined,
			sequence,
		},
	};
}

/**
 * The UTC instant at which a zone's wall clock shows `time` on `date`. In a
 * spring-forward gap the clock time does not exist and we get the instant an
 * hour later (02:30 → 03:30), as calendar apps do; in a fall-back overlap one
 * of the two instants.
 *
 * @example
 * zonedInstant('2026-03-09', '06:30', 'America/Los_Angeles').toISOString() // '2026-03-09T13:30:00.000Z'
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
	const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
	const [hh = 0, mm = 0] = time.split(':').map(Number);
	return new Date(new TZDate(y, m - 1, d, hh, mm, 0, 0, timeZone).getTime());
}

/** Five minutes: event lengths are rounded up to this so calendars show tidy blocks. */
const ROUND_MS = 5 * 60 * 1000;

/**
 * When a session's event starts and ends. Timed events last the session's
 * estimated duration rounded up to 5 minutes (at least 5 minutes).
 *
 * @example
 * eventTime(session, resolved) // { allDay: true, startDate: '20260302', endDate: '20260303' }
 */
export function eventTime(session: Session, options: ResolvedCalendarOptions): EventTime {
	if (options.sessionTime === undefined) {
		return {
			allDay: true,
			startDate: compactDate(session.date),
			endDate: compactDate(addDays(session.date, 1)),
		};
	}
	const start = zonedInstant(session.date, options.sessionTime, options.timeZone);
	const lengthMs = Math.max(ROUND_MS, Math.ceil((session.estimatedDurationSec * 1000) / ROUND_MS) * ROUND_MS);
	return { allDay: false, start, end: new Date(start.getTime() + lengthMs) };
}

/**
 * A yyyy-mm-dd date as RFC 5545 §3.3.4 DATE (yyyymmdd).
 *
 * @example
 * compactDate('2026-03-02') // '20260302'
 */
export function compactDate(date: string): string {
	return date.replaceAll('-', '');
}

/**
 * An instant as RFC 5545 §3.3.5 UTC DATE-TIME (form 2), also what Google's
 * event template wants.
 *
 * @example
 * formatUtc(new Date('2026-03-02T06:30:00Z')) // '20260302T063000Z'
 */
export function formatUtc(date: Date): string {
	return date
		.toISOString()
		.replace(/\.\d{3}Z$/, 'Z')
		.replace(/[-:]/g, '');
}

/**
 * The stable event UID (RFC 5545 §3.8.4.7): the same session of the same plan
 * gets the same UID on every export, so re-importing updates instead of
 * duplicating (angusmcleod/angus-events-plugin#62); a different plan gets
 * different UIDs, so it never overwrites another plan's events
 * (hyperschedule/hyperschedule#114).
 *
 * "The same plan" means the same training: the hash leaves out the session
 * time and the reminder, which change when and how the calendar shows a run,
 * not which run it is. Moving runs from 06:30 to 18:00 and re-importing then
 * moves the events instead of doubling them.
 *
 * Never throws.
 *
 * @example
 * eventUid(plan, session) // 'w03-s2.k2j4x9q1@retrostride'
 */
export function eventUid(plan: Plan, session: Session): string {
	const { sessionTime: _time, reminderMinutes: _reminder, ...training } = plan.input;
	return `${session.id}.${hashValue(training)}@retrostride`;
}
