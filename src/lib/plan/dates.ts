/**
 * Calendar arithmetic on `yyyy-mm-dd` strings.
 *
 * Why not `Date`? A `Date` is an instant, and turning it back into a calendar
 * day depends on the process time zone: `new Date('2026-03-29')` plus 24 h is
 * still 2026-03-29 in Europe/London on the night the clocks change. Plans are
 * about days, so every function here works on whole day numbers (days since
 * 1970-01-01 in the proleptic Gregorian calendar) using Howard Hinnant's
 * `days_from_civil` algorithm. No `Date`, no time zone, no DST.
 */
import { WEEKDAYS, type Weekday } from './options';

/** A calendar date written `yyyy-mm-dd`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in each month of a non-leap year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(y: number): boolean {
	return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * True when `value` is a real calendar date written `yyyy-mm-dd`.
 *
 * Never throws: any value that is not a real yyyy-mm-dd date is false.
 *
 * @example
 * isIsoDate('2028-02-29') // true (leap year)
 * isIsoDate('2027-02-29') // false
 */
export function isIsoDate(value: unknown): value is IsoDate {
	if (typeof value !== 'string') return false;
	const m = ISO_DATE.exec(value);
	if (!m) return false;
	const y = Number(m[1]);
	const mo = Number(m[2]);
	const d = Number(m[3]);
	if (mo < 1 || mo > 12 || d < 1) return false;
	const max = mo === 2 && isLeapYear(y) ? 29 : (MONTH_DAYS[mo - 1] ?? 0);
	return d <= max;
}

/**
 * Day number of a `yyyy-mm-dd` date (0 = 1970-01-01). The caller must pass a
 * valid date (see {@link isIsoDate}); invalid input gives NaN.
 *
 * @example
 * toDayNumber('1970-01-02') // 1
 */
export function toDayNumber(date: IsoDate): number {
	const m = ISO_DATE.exec(date);
	if (!m) return Number.NaN;
	let y = Number(m[1]);
	const mo = Number(m[2]);
	const d = Number(m[3]);
	y -= mo <= 2 ? 1 : 0;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/**
 * The `yyyy-mm-dd` date of a day number (inverse of {@link toDayNumber}).
 *
 * @example
 * fromDayNumber(0) // '1970-01-01'
 */
export function fromDayNumber(day: number): IsoDate {
	const z = day + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const m = mp < 10 ? mp + 3 : mp - 9;
	const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Add whole calendar days. Crossing a DST change or a leap day is just
 * counting days.
 *
 * Never throws: an invalid date gives a string that is not a date; check input with isIsoDate first.
 *
 * @example
 * addDays('2028-02-28', 1) // '2028-02-29'
 * addDays('2026-03-28', 2) // '2026-03-30' (clocks change in Europe on the 29th)
 */
export function addDays(date: IsoDate, days: number): IsoDate {
	return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * Never throws: an invalid date gives NaN; check input with isIsoDate first.
 *
 * @example
 * daysBetween('2026-03-01', '2026-03-08') // 7
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
	return toDayNumber(to) - toDayNumber(from);
}

/** Monday-first index 0-6 of a day number (1970-01-01 was a Thursday). */
export function weekdayIndexOfDay(day: number): number {
	return (((day + 3) % 7) + 7) % 7;
}

/**
 * The weekday of a date.
 *
 * Never throws: an invalid date gives 'mon'; check input with isIsoDate first.
 *
 * @example
 * weekdayOf('2026-03-02') // 'mon'
 */
export function weekdayOf(date: IsoDate): Weekday {
	return WEEKDAYS[weekdayIndexOfDay(toDayNumber(date))] ?? 'mon';
}

/**
 * The first date on or after `date` that falls on `weekday`.
 *
 * @example
 * nextOnOrAfter('2026-03-04', 'mon') // '2026-03-09'
 */
export function nextOnOrAfter(date: IsoDate, weekday: Weekday): IsoDate {
	const day = toDayNumber(date);
	const offset = (WEEKDAYS.indexOf(weekday) - weekdayIndexOfDay(day) + 7) % 7;
	return fromDayNumber(day + offset);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/**
 * A date as a runner reads it in a message, the same in every locale and
 * time zone ("Sun 14 Jun 2026"); a string that is not a date comes back as is.
 *
 * @example
 * formatDayMonthYear('2026-06-14') // 'Sun 14 Jun 2026'
 */
export function formatDayMonthYear(date: IsoDate): string {
	if (!isIsoDate(date)) return String(date);
	const [y, m, d] = date.split('-').map(Number);
	return `${DAY_NAMES[weekdayIndexOfDay(toDayNumber(date))]} ${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}
