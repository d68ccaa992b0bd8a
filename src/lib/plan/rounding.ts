/**
 * Step 4 of the plan: numbers a coach would write. Every duration and
 * distance a session asks for passes through here, so "3 × 37 m", "8 × 19 min
 * 30 s" and "0.37 mi" cannot appear. The rules are in rules.ts
 * (DURATION_STEP_SEC, DISTANCE_STEP_M).
 */

import { DISTANCE_STEP_M, DURATION_STEP_SEC, FORWARD_DISTANCE_STEP_M } from './measures';
import type { Surface, Units } from './options';

/** The rounding step for a duration: 15 s below 10 minutes, a whole minute from 10 minutes up. */
export function durationStepSec(sec: number): number {
	return sec < DURATION_STEP_SEC.longFromSec ? DURATION_STEP_SEC.short : DURATION_STEP_SEC.long;
}

/**
 * A duration rounded the way a coach writes it, never below one step.
 * `mode` says which way to go when the value sits between two steps: down
 * keeps a cap, up keeps a minimum.
 *
 * @example
 * roundDurationSec(1172)          // 1200 ('19 min 32 s' → '20 min')
 * roundDurationSec(1172, 'down')  // 1140
 * roundDurationSec(97)            // 90   ('1 min 37 s' → '1 min 30 s')
 * roundDurationSec(592, 'up')     // 600
 */
export function roundDurationSec(sec: number, mode: 'nearest' | 'down' | 'up' = 'nearest'): number {
	if (!Number.isFinite(sec) || sec <= DURATION_STEP_SEC.short) return DURATION_STEP_SEC.short;
	const round = mode === 'down' ? Math.floor : mode === 'up' ? Math.ceil : Math.round;
	// Round on the short grid first; a result of 10 minutes or more then moves to the minute grid.
	const short = round(sec / DURATION_STEP_SEC.short) * DURATION_STEP_SEC.short;
	if (short < DURATION_STEP_SEC.longFromSec) return Math.max(DURATION_STEP_SEC.short, short);
	return Math.max(DURATION_STEP_SEC.longFromSec, round(sec / DURATION_STEP_SEC.long) * DURATION_STEP_SEC.long);
}

/** True when a duration is one a coach would write (a multiple of its step). */
export function isRoundDuration(sec: number): boolean {
	return sec > 0 && sec % durationStepSec(sec) === 0;
}

/** Below this, a distance is a sprint on a straight, written in metres in every unit system. */
export const SHORT_DISTANCE_M = 160;

/**
 * The distances a session may ask for. Short efforts (under 160 m) in 50 m;
 * on a track 100 m, 200 m, then whole 400 m laps; elsewhere multiples of
 * 50 m or 0.05 mi.
 */
function distanceGrid(units: Units, surface: Surface): (metres: number, round: (x: number) => number) => number {
	const short = (metres: number, round: (x: number) => number) => Math.max(1, round(metres / 50)) * 50;
	if (surface === 'track') {
		return (metres, round) => {
			if (metres < 100) return short(metres, round);
			if (metres < 300) return metres < 150 ? 100 : 200;
			return Math.max(1, round(metres / DISTANCE_STEP_M.trackLapM)) * DISTANCE_STEP_M.trackLapM;
		};
	}
	const step = DISTANCE_STEP_M[units];
	return (metres, round) =>
		metres < SHORT_DISTANCE_M ? short(metres, round) : Math.max(1, round(metres / step)) * step;
}

/**
 * A distance rounded the way a coach writes it: 50 m or 0.05 mi, or on a
 * track 100 m, 200 m or whole laps. Never below one step.
 *
 * @example
 * roundDistanceM(370, 'km', 'path')           // 350
 * roundDistanceM(0.37 * 1609.344, 'mi', 'path') // 0.35 mi in metres
 * roundDistanceM(1700, 'km', 'track')         // 1600 (4 laps)
 */
export function roundDistanceM(
	metres: number,
	units: Units,
	surface: Surface,
	mode: 'nearest' | 'down' = 'nearest',
): number {
	const round = mode === 'down' ? Math.floor : Math.round;
	return distanceGrid(units, surface)(Number.isFinite(metres) ? Math.max(0, metres) : 0, round);
}

/** True when a distance sits on the grid above (within a millimetre). */
export function isRoundDistance(metres: number, units: Units, surface: Surface): boolean {
	return Math.abs(roundDistanceM(metres, units, surface) - metres) < 0.001;
}

/**
 * A forward running distance (from a weekly distance) rounded to 0.25 mi or
 * 0.5 km, never below one step.
 *
 * @example
 * roundForwardDistanceM(3370, 'km') // 3500
 */
export function roundForwardDistanceM(metres: number, units: Units): number {
	const step = FORWARD_DISTANCE_STEP_M[units];
	return Math.max(1, Math.round(metres / step)) * step;
}
