/**
 * Units, paces and friendly numbers: the small helpers the plan text and the
 * UI (PaceConverter, plan tables) share.
 */

import { RACE_DISTANCE_M } from './measures';
import type { Units } from './options';
// The converter's share lives in pace-basics.ts (why: there); it is still part of this module's API.
import { backwardPaceRange, formatPace, METRES_PER_UNIT, type PaceRange, roundTo } from './pace-basics';
import { roundDurationSec } from './rounding';

export { backwardPaceRange, formatPace, type PaceRange, roundTo };

/**
 * A duration in words a runner reads at a glance: seconds under a minute,
 * minutes (with leftover seconds) under an hour, then hours and minutes.
 *
 * Never throws.
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

/**
 * A sum or an estimate (a week's backward time, a session's length with its
 * recoveries) written as a coach would say it: to 15 s under 10 minutes, to
 * the minute above, like every prescribed time (rounding.ts). Sums of round
 * blocks are not round ("6 min 36 s" of strides and drills in a week).
 *
 * Never throws.
 *
 * @example
 * formatRoundedDuration(396)  // '6 min 30 s'
 * formatRoundedDuration(1824) // '30 min'
 * formatRoundedDuration(0)    // '0 s'
 */
export function formatRoundedDuration(sec: number): string {
	if (!Number.isFinite(sec) || sec <= 0) return '0 s';
	return formatDuration(roundDurationSec(sec));
}

/**
 * Metres to the plan unit.
 *
 * Never throws.
 */
export function metresToUnits(metres: number, units: Units): number {
	return metres / METRES_PER_UNIT[units];
}

/**
 * Plan unit to metres.
 *
 * Never throws.
 */
export function unitsToMetres(value: number, units: Units): number {
	return value * METRES_PER_UNIT[units];
}

/**
 * A race's own distance as a coach writes it in the other system: the mile
 * in a km plan is "1 mile (1609 m)", not "1.61 km"; the 5K in a miles plan
 * "5 km (3.1 mi)". Only the exact race distances: training distances sit on
 * a 50 m or 0.05 mi grid and never land on them.
 */
const RACE_DISTANCE_TEXT: ReadonlyMap<number, Readonly<Record<Units, string>>> = new Map([
	[RACE_DISTANCE_M['retro-mile'], { km: '1 mile (1609 m)', mi: '1 mi' }],
	[RACE_DISTANCE_M['retro-5k'], { km: '5 km', mi: '5 km (3.1 mi)' }],
	[RACE_DISTANCE_M['retro-10k'], { km: '10 km', mi: '10 km (6.2 mi)' }],
	[RACE_DISTANCE_M['retro-half'], { km: '21.1 km', mi: '13.1 mi' }],
]);

/**
 * A distance for people: "0.5 mi", "3 km", "400 m" (under 1 km in km units,
 * and under 160 m in miles), and a race's distance as the race
 * (RACE_DISTANCE_TEXT).
 *
 * Never throws.
 *
 * @example
 * formatDistance(804.672, 'mi')  // '0.5 mi'
 * formatDistance(400, 'km')      // '400 m'
 * formatDistance(5000, 'km')     // '5 km'
 * formatDistance(1609.344, 'km') // '1 mile (1609 m)'
 */
export function formatDistance(metres: number, units: Units): string {
	if (!Number.isFinite(metres) || metres <= 0) return units === 'mi' ? '0 mi' : '0 m';
	const race = RACE_DISTANCE_TEXT.get(metres);
	if (race !== undefined) return race[units];
	// Sprints and other short efforts read in metres in both systems: nobody says "0.03 mi".
	if ((units === 'km' && metres < 1000) || (units === 'mi' && metres < 160)) return `${Math.round(metres / 10) * 10} m`;
	const value = metresToUnits(metres, units);
	const rounded = Math.round(value * 100) / 100;
	return `${String(rounded)} ${units}`;
}

/** "Week 3", "Weeks 3 and 5", "Weeks 3 to 6, 9": the weeks a warning names (split.ts, warnings.ts). */
export function weeksText(weeks: readonly number[]): string {
	const runs: string[] = [];
	let i = 0;
	while (i < weeks.length) {
		let j = i;
		while (j + 1 < weeks.length && (weeks[j + 1] ?? 0) === (weeks[j] ?? 0) + 1) j++;
		runs.push(j > i + 1 ? `${weeks[i]} to ${weeks[j]}` : j === i + 1 ? `${weeks[i]}, ${weeks[j]}` : `${weeks[i]}`);
		i = j + 1;
	}
	const text = runs.join(', ').replace(/, ([^,]*)$/, ' and $1');
	return weeks.length === 1 ? `Week ${text}` : `Weeks ${text}`;
}
