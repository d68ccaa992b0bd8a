/**
 * The PaceConverter's arithmetic: read a forward pace typed as "m:ss", check
 * it against the plan builder's limits, and give the backward easy pace range
 * (`backwardPaceRange`) in both units, so a reader sees the same numbers the
 * builder would use.
 */
import type { Experience } from '../plan/options';
import {
	backwardPaceRange,
	FORWARD_PACE_LIMITS,
	formatPace,
	METRES_PER_UNIT,
	type PaceRange,
	UNITS,
	type Units,
} from '../plan/pace-basics';

export type PaceCheck = { ok: true; sec: number } | { ok: false; message: string };

/**
 * A forward pace typed by a person, read as the builder reads it ("6:00",
 * " 6:00 ", or plain minutes "6"; the same rule as `parsePaceText` in
 * builder/form.ts, repeated here so the guide island does not pull in the
 * builder's form code and its zod schema), then checked against the
 * builder's limits. Returns seconds per unit, or a message that
 * says what to type (never echoing the input).
 *
 * Never throws: text it cannot read comes back as a message for the reader.
 *
 * @example
 * checkForwardPace('5:30', 'km') // { ok: true, sec: 330 }
 * checkForwardPace('5.30', 'km') // { ok: false, message: 'Enter minutes and seconds with a colon, like 6:00' }
 */
export function checkForwardPace(text: string, units: Units): PaceCheck {
	if (text.trim() === '') return { ok: false, message: 'Enter your easy forward pace, like 6:00' };
	const m = /^(\d{1,2})(?::([0-5]\d))?$/.exec(text.trim());
	if (!m) return { ok: false, message: 'Enter minutes and seconds with a colon, like 6:00' };
	const sec = Number(m[1]) * 60 + Number(m[2] ?? 0);
	const limits = FORWARD_PACE_LIMITS[units];
	if (sec < limits.min || sec > limits.max) {
		return {
			ok: false,
			message: `Enter an easy forward pace between ${formatPace(limits.min)} and ${formatPace(limits.max)} per ${units === 'km' ? 'km' : 'mile'}`,
		};
	}
	return { ok: true, sec };
}

/** The backward easy pace range per unit, for a valid forward pace. */
export type PaceConversion =
	| { ok: true; forwardSec: number; backward: Readonly<Record<Units, PaceRange>> }
	| { ok: false; message: string };

/**
 * Forward easy pace text in `units` → backward easy pace range per km and per mile.
 *
 * Never throws: text it cannot read comes back as a message for the reader.
 *
 * @example
 * convertForwardPace('6:00', 'km', 'new').backward.km // { min: 540, max: 610 }
 */
export function convertForwardPace(text: string, units: Units, experience: Experience): PaceConversion {
	const parsed = checkForwardPace(text, units);
	if (!parsed.ok) return parsed;
	const perMetre = parsed.sec / METRES_PER_UNIT[units];
	const backward = Object.fromEntries(
		UNITS.map((u) => [u, backwardPaceRange(u === units ? parsed.sec : perMetre * METRES_PER_UNIT[u], experience)]),
	) as Record<Units, PaceRange>;
	return { ok: true, forwardSec: parsed.sec, backward };
}

/**
 * "9:00-10:10 per km" (an en dash, as the builder prints ranges in prose).
 *
 * Never throws.
 */
export function formatPaceRange(range: PaceRange, units: Units): string {
	return `${formatPace(range.min)}–${formatPace(range.max)} per ${units === 'km' ? 'km' : 'mile'}`;
}
