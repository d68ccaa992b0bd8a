/**
 * Share links, the writing half (decoding, which needs the zod-backed
 * `parsePlanInput`, lives in share.ts; keeping them apart keeps zod out of
 * the calendar and spreadsheet bundles).
 *
 * Share links: the plan INPUT (not the plan) packed into a short, URL-safe,
 * versioned string, so a link, a QR code on a printed sheet or an embed can
 * rebuild the whole plan with no server. The plan itself is regenerated from
 * the input, so a link can never carry sessions the builder would not make.
 *
 * Format v2: twelve dot-separated positional fields after `v2`, then a
 * two-character check, all from the URL-unreserved set (RFC 3986 §2.3), so
 * the string needs no percent-encoding. v1 links (the first ten fields,
 * without the last two) still open: decoding fills the defaults.
 *
 * ```
 * v2.GEUSH.yyyymmdd.W.R.D.L.P.F.T.M.C.S.CC
 *    │       │      │ │ │ │ │ │ │ │ │ │ └ check: last 2 base36 digits of cyrb53(everything before it)
 *    │       │      │ │ │ │ │ │ │ │ │ └ split (empty = none): d|t, forward-backward[-step[-everyWeeks]]
 *    │       │      │ │ │ │ │ │ │ │ └ currentRunMinutes (empty = the default, 30)
 *    │       │      │ │ │ │ │ │ │ └ reminderMinutes (empty = none)
 *    │       │      │ │ │ │ │ │ └ sessionTime as hhmm (empty = all-day)
 *    │       │      │ │ │ │ │ └ forwardWeeklyDistance (empty = none)
 *    │       │      │ │ │ │ └ forwardEasyPace, seconds per unit
 *    │       │      │ │ │ └ longRunDay, 0 = Monday
 *    │       │      │ │ └ training days, bitmask (bit 0 = Monday) in base36
 *    │       │      │ └ raceDate as days after startDate (empty = none)
 *    │       │      └ weeks
 *    │       └ startDate
 *    └ five digits: indices of goal, experience, units, surface, and hasGuide (0/1)
 * ```
 *
 * Format v3 (a plan with a coach's edits) is v2 with `v3` and one more field
 * before the check: the edits, in share-edits.ts's compact form, written by
 * `encodePlanShare` there.
 *
 * Numbers are decimal; a fractional number writes `_` for its decimal point
 * (`390_5`), because `.` separates fields. A split reads `d2-0_5-0_25-2`
 * ("2 mi forward + 0.5 mi backward, +0.25 every 2 weeks") or `t20-5`.
 * Indices refer to the option lists in plan/options.ts, which therefore may
 * only ever grow at the end.
 *
 * Why not base64url of JSON or of bytes? Base64 of ASCII text is a third
 * longer and hides nothing; this form is already URL-safe, ~40 characters,
 * and readable when a runner reports a broken link.
 */
import { daysBetween } from '../plan/dates';
import { cyrb53 } from '../plan/hash';
import { DEFAULT_CURRENT_RUN_MINUTES } from '../plan/measures';
import { EXPERIENCE_LEVELS, GOALS, SURFACES, UNITS, WEEKDAYS } from '../plan/options';
import type { PlanInput, Split } from '../plan/schema';

/** The version tag every share string this code writes starts with. */
export const SHARE_VERSION = 'v2';

/**
 * Pack a plan input into a share string. The input should be normalised (the
 * output of `parsePlanInput`): the encoding keeps values, not order, so days
 * come back Monday first. A plan with edits is written by `encodePlanShare`
 * (share-edits.ts), which loads only where edits are made or exported.
 *
 * Never throws.
 *
 * @example
 * encodeShareState(input) // 'v2.00000.20260302.6..33.6.420..0630.30...xx' (mix-in, 6 weeks, 6 days, 06:30, 30 min reminder)
 */
export function encodeShareState(input: PlanInput): string {
	const flags = [
		GOALS.indexOf(input.goal),
		EXPERIENCE_LEVELS.indexOf(input.experience),
		UNITS.indexOf(input.units),
		SURFACES.indexOf(input.surface),
		input.hasGuide ? 1 : 0,
	].join('');
	const days = input.days.reduce((mask, d) => mask | (1 << WEEKDAYS.indexOf(d)), 0);
	const fields = [
		SHARE_VERSION,
		flags,
		input.startDate.replaceAll('-', ''),
		String(input.weeks),
		input.raceDate === undefined ? '' : String(daysBetween(input.startDate, input.raceDate)),
		days.toString(36),
		String(WEEKDAYS.indexOf(input.longRunDay)),
		encodeNumber(input.forwardEasyPace),
		input.forwardWeeklyDistance === undefined ? '' : encodeNumber(input.forwardWeeklyDistance),
		input.sessionTime?.replace(':', '') ?? '',
		input.reminderMinutes === undefined ? '' : String(input.reminderMinutes),
		input.currentRunMinutes === undefined || input.currentRunMinutes === DEFAULT_CURRENT_RUN_MINUTES
			? ''
			: String(input.currentRunMinutes),
		input.split === undefined ? '' : encodeSplit(input.split),
	];
	const body = fields.join('.');
	return `${body}.${shareCheck(body)}`;
}

/**
 * A split as `d2-0_5-0_25-2`: measure letter, forward, backward, then the
 * optional step and interval.
 *
 * @example
 * encodeSplit({ measure: 'time', forward: 20, backward: 5 }) // 't20-5'
 */
export function encodeSplit(split: Split): string {
	const parts = [encodeNumber(split.forward), encodeNumber(split.backward)];
	if (split.step !== undefined) parts.push(encodeNumber(split.step));
	if (split.step !== undefined && split.everyWeeks !== undefined) parts.push(String(split.everyWeeks));
	return `${split.measure === 'distance' ? 'd' : 't'}${parts.join('-')}`;
}

/** A positive number as decimal text with `_` for the point (`.` separates fields). */
function encodeNumber(value: number): string {
	return String(value).replace('.', '_');
}

/**
 * Two base36 characters from a hash of the body: catches typos and truncation
 * (1 in 1296 slips through). Exported for tests, not in the barrel.
 *
 * @example
 * shareCheck('v1.00000.20260302.6..33.6.420..0630.30') // '26'
 */
export function shareCheck(body: string): string {
	return cyrb53(body).padStart(2, '0').slice(-2);
}
