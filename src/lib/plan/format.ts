/**
 * Units, paces and friendly numbers: the small helpers the plan text and the
 * UI (PaceConverter, plan tables) share.
 */
import type { Experience, Units } from './options';
import { BACKWARD_PACE_RATIO, METRES_PER_UNIT } from './rules';

/** A pace range in seconds per unit; `min` is the faster end. */
export interface PaceRange {
	min: number;
	max: number;
}

/**
 * Backward easy pace range for a forward easy pace, in the same unit.
 * Backward running costs about 15-35 % more energy at the same speed, more
 * at slow speeds [wright-2001, williford-1998], so equal effort means a
 * slower pace: forward × 1.5-1.7 for new runners down to × 1.35-1.5 for
 * regulars (a lab's "comparable" speed [sterzing-2016], and the pace ratios
 * of record runners [canadian-running-2023, cbc-2015]). Rounded
 * to 5 s. Invalid input (not a positive finite number) gives `{ min: 0, max: 0 }`.
 *
 * @example
 * backwardPaceRange(360, 'new') // { min: 540, max: 610 } (6:00/km → 9:00-10:10/km)
 */
export function backwardPaceRange(forwardPaceSecPerUnit: number, experience: Experience): PaceRange {
	if (!Number.isFinite(forwardPaceSecPerUnit) || forwardPaceSecPerUnit <= 0) return { min: 0, max: 0 };
	const ratio = BACKWARD_PACE_RATIO[experience] ?? BACKWARD_PACE_RATIO.new;
	return {
		min: roundTo(forwardPaceSecPerUnit * ratio.min, 5),
		max: roundTo(forwardPaceSecPerUnit * ratio.max, 5),
	};
}

/**
 * A pace as minutes:seconds. Rounds to the whole second.
 *
 * @example
 * formatPace(330)   // '5:30'
 * formatPace(59.6)  // '1:00'
 * formatPace(NaN)   // '–:––'
 */
export function formatPace(sec: number): string {
	if (!Number.isFinite(sec) || sec < 0) return '–:––';
	const total = Math.round(sec);
	return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * A duration in words a runner reads at a glance: seconds under a minute,
 * minutes (with leftover seconds) under an hour, then hours and minutes.
 *
 * @example
 * formatDuration(30)   // '30 s'
 * formatDuration(120)  // '2 min'
 * formatDuration(90)   // '1 min 30 s'
 * formatDuration(3900) // '1 h 05 min'
 */
export function formatDuration(sec: number): string {
	if (!Number.isFinite(sec) || sec <= 0) return '0 s';
	const total = Math.round(sec);
	if (total < 60) return `${total} s`;
	if (total < 3600) {
		const m = Math.floor(total / 60);
		const s = total % 60;
		return s === 0 ? `${m} min` : `${m} min ${s} s`;
	}
	const minutes = Math.round(total / 60);
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	return `${h} h ${String(m).padStart(2, '0')} min`;
}

/** Metres to the plan unit. */
export function metresToUnits(metres: number, units: Units): number {
	return metres / METRES_PER_UNIT[units];
}

/** Plan unit to metres. */
export function unitsToMetres(value: number, units: Units): number {
	return value * METRES_PER_UNIT[units];
}

/**
 * A distance for people: "0.5 mi", "3 km", "400 m" (under 1 km in km units,
 * and under 160 m in miles).
 *
 * @example
 * formatDistance(804.672, 'mi') // '0.5 mi'
 * formatDistance(400, 'km')     // '400 m'
 * formatDistance(5000, 'km')    // '5 km'
 */
export function formatDistance(metres: number, units: Units): string {
	if (!Number.isFinite(metres) || metres <= 0) return units === 'mi' ? '0 mi' : '0 m';
	// Sprints and other short efforts read in metres in both systems: nobody says "0.03 mi".
	if ((units === 'km' && metres < 1000) || (units === 'mi' && metres < 160)) return `${Math.round(metres / 10) * 10} m`;
	const value = metresToUnits(metres, units);
	const rounded = Math.round(value * 100) / 100;
	return `${String(rounded)} ${units}`;
}

/** Round to the nearest multiple of `step`. */
export function roundTo(value: number, step: number): number {
	return Math.round(value / step) * step;
}
