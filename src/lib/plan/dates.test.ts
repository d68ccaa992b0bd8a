import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber, isIsoDate, nextOnOrAfter, toDayNumber, weekdayOf } from './dates';

describe('isIsoDate', () => {
	it('accepts real calendar days only', () => {
		expect(isIsoDate('2028-02-29')).toBe(true);
		expect(isIsoDate('2027-02-29')).toBe(false);
		expect(isIsoDate('2000-02-29')).toBe(true); // divisible by 400
		expect(isIsoDate('2100-02-29')).toBe(false); // divisible by 100
		expect(isIsoDate('2026-04-31')).toBe(false);
		expect(isIsoDate('2026-13-01')).toBe(false);
		expect(isIsoDate('2026-3-1')).toBe(false);
		expect(isIsoDate('2026-03-01T00:00')).toBe(false);
		expect(isIsoDate(20260301)).toBe(false);
	});
});

describe('day arithmetic is plain counting, whatever the clocks do', () => {
	it('crosses DST changes without losing or gaining a day', () => {
		// Europe: clocks go forward 2026-03-29 and back 2026-10-25.
		expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
		expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
		expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
		// USA: 2026-03-08 and 2026-11-01. New Zealand: 2026-04-05 and 2026-09-27.
		expect(addDays('2026-03-07', 7)).toBe('2026-03-14');
		expect(addDays('2026-10-31', 1)).toBe('2026-11-01');
		expect(addDays('2026-04-04', 1)).toBe('2026-04-05');
		expect(addDays('2026-09-26', 1)).toBe('2026-09-27');
		expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
		expect(daysBetween('2026-10-01', '2026-11-01')).toBe(31);
	});

	it('handles leap days and year ends', () => {
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
		expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
		expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
	});

	it('knows the weekday', () => {
		expect(weekdayOf('1970-01-01')).toBe('thu');
		expect(weekdayOf('2026-03-02')).toBe('mon');
		expect(weekdayOf('2026-03-29')).toBe('sun');
		expect(weekdayOf('2028-02-29')).toBe('tue');
		expect(nextOnOrAfter('2026-03-04', 'mon')).toBe('2026-03-09');
		expect(nextOnOrAfter('2026-03-09', 'mon')).toBe('2026-03-09');
	});

	it('round-trips every day number from 1900 to 2200', () => {
		fc.assert(
			fc.property(fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2200-12-31') }), (day) => {
				const date = fromDayNumber(day);
				expect(isIsoDate(date)).toBe(true);
				expect(toDayNumber(date)).toBe(day);
				expect(weekdayOf(addDays(date, 7))).toBe(weekdayOf(date));
			}),
			{ numRuns: 1000 },
		);
	});

	it('agrees with Date.UTC (which has no time zone)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 150_000 }), (day) => {
				const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
				expect(fromDayNumber(day)).toBe(iso);
			}),
			{ numRuns: 1000 },
		);
	});
});
