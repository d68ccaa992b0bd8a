/**
 * The few pace facts the guide's pace converter and the plan builder share:
 * the units, metres per unit, the backward pace ratio, the accepted forward
 * paces, and how a pace is written. A module of its own (options.ts, rules.ts
 * and format.ts re-export everything here) so the converter's script, which
 * loads on two guide pages, carries these lines and not the plan's options
 * and rules: a bundler splits shared code by module, not by export.
 *
 * @example
 * backwardPaceRange(360, 'new') // { min: 540, max: 610 }
 */
import type { Experience } from './options';

export const UNITS = ['km', 'mi'] as const;
export type Units = (typeof UNITS)[number];

/** Metres in one unit. 1 mi = 1.609344 km exactly (international mile, 1959). */
export const METRES_PER_UNIT: Readonly<Record<Units, number>> = { km: 1000, mi: 1609.344 };

/**
 * Backward easy pace = forward easy pace × this ratio. About 1.6 for new
 * runners [kauffman-2021], about 1.5 with some practice, approaching 1.4
 * with experience ([sterzing-2016] used 70 % of forward speed, × 1.43;
 * [cbc-2015] and [alternative-records-2017]: 1.51 then 1.40;
 * [canadian-running-2023]: 1.34). Shown as a range because it is a guess;
 * effort overrules it [flynn-1994].
 */
export const BACKWARD_PACE_RATIO: Readonly<Record<Experience, { readonly min: number; readonly max: number }>> = {
	new: { min: 1.5, max: 1.7 },
	some: { min: 1.4, max: 1.6 },
	regular: { min: 1.35, max: 1.5 },
};

/** Accepted forward easy pace, seconds per unit: 3:00-15:00 per km, 4:50-24:10 per mile. */
export const FORWARD_PACE_LIMITS: Readonly<Record<Units, { readonly min: number; readonly max: number }>> = {
	km: { min: 180, max: 900 },
	mi: { min: 290, max: 1450 },
};

/** A pace range in seconds per unit; `min` is the faster end. */
export interface PaceRange {
	min: number;
	max: number;
}

/** Round to the nearest multiple of `step`. */
export function roundTo(value: number, step: number): number {
	return Math.round(value / step) * step;
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
 * Never throws.
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
 * Never throws.
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
