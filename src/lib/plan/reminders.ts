/**
 * Calendar reminders. A reminder is minutes before the session starts
 * (`reminderMinutes`). A timed session starts at its session time; an all-day
 * session "starts" at midnight, so its reminders are clock times: 240 minutes
 * before is 20:00 the evening before, and -420 (420 minutes after midnight) is
 * 07:00 on the day. Offering "1 hour before" for an all-day event would ring
 * at 23:00 the night before, which is why the choices depend on whether a
 * session time is set.
 */
import { addDays } from './dates';

/** A reminder can ring up to 7 days before the start, or up to the end of an all-day session's day. */
export const REMINDER_LIMITS = { earliest: 10_080, latestAllDay: -1439 } as const;

/** The reminder choices for a session with a time. */
export const TIMED_REMINDERS: readonly number[] = [15, 30, 60, 120, 1440];

/** The reminder choices for an all-day session: on the day at 07:00 or 12:00, or the evening before at 20:00. */
export const ALL_DAY_REMINDERS: readonly number[] = [-420, -720, 240];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The local date and wall-clock time an all-day session's reminder rings at.
 *
 * Never throws.
 *
 * @example
 * allDayReminderAt('2027-03-28', -420) // { date: '2027-03-28', time: '07:00' }
 * allDayReminderAt('2027-03-28', 240)  // { date: '2027-03-27', time: '20:00' }
 */
export function allDayReminderAt(date: string, reminderMinutes: number): { date: string; time: string } {
	const after = -reminderMinutes; // minutes after midnight of the session's day
	const days = Math.floor(after / 1440);
	const minute = after - days * 1440;
	return { date: addDays(date, days), time: `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}` };
}

/**
 * The words for a reminder, as the builder's choice and the plan's summary say it.
 *
 * Never throws.
 *
 * @example
 * reminderLabel(60, true)    // '1 hour before'
 * reminderLabel(-420, false) // 'On the day at 07:00'
 * reminderLabel(240, false)  // 'The evening before at 20:00'
 */
export function reminderLabel(reminderMinutes: number, timed: boolean): string {
	if (timed) {
		if (reminderMinutes < 0) return `${-reminderMinutes} minutes after the start`;
		if (reminderMinutes === 0) return 'At the start';
		if (reminderMinutes % 1440 === 0)
			return reminderMinutes === 1440 ? '1 day before' : `${reminderMinutes / 1440} days before`;
		if (reminderMinutes % 60 === 0)
			return reminderMinutes === 60 ? '1 hour before' : `${reminderMinutes / 60} hours before`;
		return `${reminderMinutes} minutes before`;
	}
	const { time } = allDayReminderAt('2000-01-10', reminderMinutes);
	const daysBefore = Math.ceil(reminderMinutes / 1440);
	if (daysBefore <= 0) return `On the day at ${time}`;
	if (daysBefore === 1) return `${Number(time.slice(0, 2)) >= 17 ? 'The evening before' : 'The day before'} at ${time}`;
	return `${daysBefore} days before at ${time}`;
}
