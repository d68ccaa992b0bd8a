/**
 * Which weekdays carry backward sessions. Backward days are picked once per
 * plan as a set with no two days next to each other on the 7-day circle, so
 * sessions are never back to back, not even Sunday then Monday across a week
 * boundary (rules.ts: MIN_DAYS_BETWEEN_BACKWARD_SESSIONS).
 */
import { WEEKDAYS, type Weekday } from './options';

/** Distance between two weekday indices on the 7-day circle (0-3). */
export function cyclicGap(a: number, b: number): number {
	const d = Math.abs(a - b) % 7;
	return Math.min(d, 7 - d);
}

/** Smallest circular gap in a set of weekday indices (7 for 0 or 1 day). */
function minCyclicGap(indices: readonly number[]): number {
	let min = 7;
	for (let i = 0; i < indices.length; i++) {
		for (let j = i + 1; j < indices.length; j++) {
			min = Math.min(min, cyclicGap(indices[i] ?? 0, indices[j] ?? 0));
		}
	}
	return min;
}

/**
 * The best set of at most `limit` backward weekdays from `days`: as many as
 * fit without neighbours (cyclically), then including `prefer` (the long-run
 * day in race plans), then most evenly spread, then earliest in the week.
 *
 * @example
 * chooseBackwardWeekdays(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], 3) // ['mon', 'wed', 'fri']
 * chooseBackwardWeekdays(['sat', 'sun'], 3, 'sun') // ['sun']
 */
export function chooseBackwardWeekdays(days: readonly Weekday[], limit: number, prefer?: Weekday): Weekday[] {
	const idx = [...new Set(days.map((d) => WEEKDAYS.indexOf(d)))].filter((i) => i >= 0).sort((a, b) => a - b);
	const preferIdx = prefer === undefined ? -1 : WEEKDAYS.indexOf(prefer);
	let best: number[] = [];
	let bestKey: number[] = [];
	for (let mask = 1; mask < 1 << idx.length; mask++) {
		const set = idx.filter((_, i) => (mask & (1 << i)) !== 0);
		if (set.length > limit || minCyclicGap(set) < 2) continue;
		// Higher is better, compared left to right; the last entries make ties earliest-first.
		const key = [set.length, set.includes(preferIdx) ? 1 : 0, minCyclicGap(set), ...set.map((i) => -i)];
		if (compareKeys(key, bestKey) > 0) {
			best = set;
			bestKey = key;
		}
	}
	return best.map((i) => WEEKDAYS[i] ?? 'mon');
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
	const n = Math.max(a.length, b.length);
	for (let i = 0; i < n; i++) {
		const d = (a[i] ?? Number.NEGATIVE_INFINITY) - (b[i] ?? Number.NEGATIVE_INFINITY);
		if (d !== 0) return d;
	}
	return 0;
}

/**
 * Nested backward weekday sets for a plan: `byLimit[n]` is the set to use when
 * at most n backward sessions are allowed. Smaller sets are subsets of larger
 * ones, so switching from 2 to 3 a week can never put two sessions side by side.
 */
export function backwardWeekdaySets(
	days: readonly Weekday[],
	maxLimit: number,
	prefer?: Weekday,
): readonly (readonly Weekday[])[] {
	const sets: Weekday[][] = [];
	let current = chooseBackwardWeekdays(days, maxLimit, prefer);
	for (let n = maxLimit; n >= 0; n--) {
		if (current.length > n) current = chooseBackwardWeekdays(current, n, prefer);
		sets[n] = current;
	}
	return sets;
}
