import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	backwardPaceRange,
	formatDistance,
	formatDuration,
	formatPace,
	formatRoundedDuration,
	metresToUnits,
	unitsToMetres,
} from './format';

describe('pace rule (sterzing-2016, and the pace ratios of record runners)', () => {
	it('is forward pace × 1.5-1.7 for new runners, centred near 1.6', () => {
		expect(backwardPaceRange(360, 'new')).toEqual({ min: 540, max: 610 });
	});
	it('approaches × 1.4 with experience', () => {
		const some = backwardPaceRange(360, 'some');
		const regular = backwardPaceRange(360, 'regular');
		expect(some).toEqual({ min: 505, max: 575 });
		expect(regular).toEqual({ min: 485, max: 540 });
		const mid = (r: { min: number; max: number }) => (r.min + r.max) / 2 / 360;
		expect(mid(backwardPaceRange(360, 'new'))).toBeCloseTo(1.6, 1);
		expect(mid(regular)).toBeCloseTo(1.42, 1);
	});
	it('answers nonsense with an empty range instead of NaN', () => {
		expect(backwardPaceRange(Number.NaN, 'new')).toEqual({ min: 0, max: 0 });
		expect(backwardPaceRange(-5, 'some')).toEqual({ min: 0, max: 0 });
	});
});

describe('formatting', () => {
	it('formats paces', () => {
		expect(formatPace(330)).toBe('5:30');
		expect(formatPace(59.6)).toBe('1:00');
		expect(formatPace(605)).toBe('10:05');
		expect(formatPace(Number.NaN)).toBe('–:––');
	});
	it('formats durations the way runners say them', () => {
		expect(formatDuration(30)).toBe('30 s');
		expect(formatDuration(120)).toBe('2 min');
		expect(formatDuration(90)).toBe('1 min 30 s');
		expect(formatDuration(3900)).toBe('1 h 05 min');
		expect(formatDuration(7200)).toBe('2 h 00 min');
		expect(formatDuration(0)).toBe('0 s');
		expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('0 s');
	});
	it('writes sums and estimates as a coach would: 15 s steps under 10 min, whole minutes above', () => {
		// A drills week of strides and drills summed to 6 min 36 s; a split's week to 30 min 24 s.
		expect(formatRoundedDuration(396)).toBe('6 min 30 s');
		expect(formatRoundedDuration(1824)).toBe('30 min');
		expect(formatRoundedDuration(3039)).toBe('51 min');
		expect(formatRoundedDuration(0)).toBe('0 s');
		expect(formatRoundedDuration(Number.NaN)).toBe('0 s');
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 6 * 3600 }), (sec) => {
				const text = formatRoundedDuration(sec);
				const s = /(\d+) s$/.exec(text);
				// Never an odd second count; never seconds at all from 10 minutes on.
				if (s) expect(Number(s[1]) % 15).toBe(0);
				if (sec >= 600) expect(text).not.toMatch(/ s$/);
			}),
		);
	});
	it('formats distances', () => {
		expect(formatDistance(804.672, 'mi')).toBe('0.5 mi');
		expect(formatDistance(400, 'km')).toBe('400 m');
		expect(formatDistance(5000, 'km')).toBe('5 km');
	});
	it('writes a race’s distance as the race in the other system: "1 mile (1609 m)", never "1.61 km"', () => {
		expect(formatDistance(1609.344, 'km')).toBe('1 mile (1609 m)');
		expect(formatDistance(1609.344, 'mi')).toBe('1 mi');
		expect(formatDistance(5000, 'mi')).toBe('5 km (3.1 mi)');
		expect(formatDistance(10000, 'mi')).toBe('10 km (6.2 mi)');
		expect(formatDistance(21097.5, 'mi')).toBe('13.1 mi');
		expect(formatDistance(21097.5, 'km')).toBe('21.1 km');
		// Training distances on the 50 m grid stay as they are.
		expect(formatDistance(1600, 'km')).toBe('1.6 km');
	});
});

describe('units', () => {
	it('uses the exact international mile', () => {
		expect(unitsToMetres(1, 'mi')).toBe(1609.344);
		expect(metresToUnits(1609.344, 'mi')).toBe(1);
		expect(metresToUnits(5000, 'km')).toBe(5);
	});
});
