import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import { ALL_DAY_REMINDERS, allDayReminderAt, REMINDER_LIMITS, reminderLabel, TIMED_REMINDERS } from './reminders';

describe('reminders', () => {
	it('puts an all-day reminder at a clock time on the day or before it', () => {
		expect(allDayReminderAt('2027-03-28', -420)).toEqual({ date: '2027-03-28', time: '07:00' });
		expect(allDayReminderAt('2027-03-28', 240)).toEqual({ date: '2027-03-27', time: '20:00' });
		expect(allDayReminderAt('2027-03-01', 1440)).toEqual({ date: '2027-02-28', time: '00:00' });
		expect(allDayReminderAt('2027-01-01', 30)).toEqual({ date: '2026-12-31', time: '23:30' });
	});

	it('names each choice the way a runner reads it', () => {
		expect(TIMED_REMINDERS.map((m) => reminderLabel(m, true))).toEqual([
			'15 minutes before',
			'30 minutes before',
			'1 hour before',
			'2 hours before',
			'1 day before',
		]);
		expect(ALL_DAY_REMINDERS.map((m) => reminderLabel(m, false))).toEqual([
			'On the day at 07:00',
			'On the day at 12:00',
			'The evening before at 20:00',
		]);
		// A timed choice carried over to an all-day plan says when it would really ring.
		expect(reminderLabel(30, false)).toBe('The evening before at 23:30');
		expect(reminderLabel(1440, false)).toBe('The day before at 00:00');
		expect(reminderLabel(3000, false)).toBe('3 days before at 22:00');
	});

	it('rings at most 7 days before and never after the session day ends (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: REMINDER_LIMITS.latestAllDay, max: REMINDER_LIMITS.earliest }),
				fc.integer({ min: 0, max: 3650 }),
				(minutes, day) => {
					const date = addDays('2026-01-01', day);
					const at = allDayReminderAt(date, minutes);
					expect(at.date <= date).toBe(true);
					expect(at.date >= addDays(date, -7)).toBe(true);
					expect(at.time).toMatch(/^(?:[01]\d|2[0-3]):[0-5]\d$/);
					expect(reminderLabel(minutes, false)).toContain(at.time);
				},
			),
		);
	});
});
