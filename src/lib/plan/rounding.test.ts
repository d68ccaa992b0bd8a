import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutBlocks, layoutDurationSec } from './blocks';
import { foundationStages, foundationStartStage } from './foundation';
import { isRoundDistance, isRoundDuration, roundDistanceM, roundDurationSec, roundForwardDistanceM } from './rounding';
import {
	easyRunSec,
	maxSessionBackwardSec,
	maxWeekBackwardSec,
	mergeBlockSec,
	nextBlockSec,
	WALK_RUN_STAGES,
} from './rules';

describe('numbers a coach would write', () => {
	it('rounds times to 15 s below 10 minutes and to whole minutes above', () => {
		expect(roundDurationSec(1172)).toBe(1200);
		expect(roundDurationSec(1172, 'down')).toBe(1140);
		expect(roundDurationSec(97)).toBe(90);
		expect(roundDurationSec(592, 'up')).toBe(600);
		expect(roundDurationSec(4)).toBe(15);
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 20_000, noNaN: true }),
				fc.constantFrom('nearest', 'down', 'up'),
				(sec, mode) => {
					const r = roundDurationSec(sec, mode as 'nearest');
					expect(isRoundDuration(r)).toBe(true);
					if (mode === 'down' && sec >= 15) expect(r).toBeLessThanOrEqual(sec);
					if (mode === 'up') expect(r).toBeGreaterThanOrEqual(Math.min(sec, 15));
				},
			),
		);
	});
	it('rounds distances to 50 m, 0.05 mi, or track laps, and short efforts to 50 m in both units', () => {
		expect(roundDistanceM(370, 'km', 'path')).toBe(350);
		expect(roundDistanceM(0.37 * 1609.344, 'mi', 'path')).toBeCloseTo(0.35 * 1609.344);
		expect(roundDistanceM(1700, 'km', 'track')).toBe(1600);
		expect(roundDistanceM(180, 'mi', 'track')).toBe(200);
		expect(roundDistanceM(46, 'mi', 'path')).toBe(50);
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 50_000, noNaN: true }),
				fc.constantFrom('km', 'mi'),
				fc.constantFrom('track', 'path'),
				(m, units, surface) => {
					expect(
						isRoundDistance(roundDistanceM(m, units as 'km', surface as 'path'), units as 'km', surface as 'path'),
					).toBe(true);
				},
			),
		);
	});
	it('rounds easy forward distances to 0.25 mi or 0.5 km', () => {
		expect(roundForwardDistanceM(3370, 'km')).toBe(3500);
		expect(roundForwardDistanceM(1000, 'mi')).toBeCloseTo(1609.344 * 0.5);
		expect(roundForwardDistanceM(10, 'km')).toBe(500);
	});
});

describe('the rise cap and the block ladder', () => {
	it('lets a session grow 15 % or 2 minutes, whichever is more, never 60 %; a week 2 minutes a session', () => {
		expect(maxSessionBackwardSec(300)).toBe(420);
		// A 2-minute session may not double on the 2-minute floor: 3 min 12 s at most.
		expect(maxSessionBackwardSec(120)).toBeCloseTo(192);
		expect(maxSessionBackwardSec(2400)).toBe(2760);
		expect(maxWeekBackwardSec(600, 3)).toBe(960);
	});
	it('grows the longest block by half, or 30 s, a week; from 10 minutes by a quarter or 4 minutes', () => {
		expect(nextBlockSec(30)).toBe(60);
		expect(nextBlockSec(300)).toBe(450);
		expect(nextBlockSec(600)).toBe(840);
		expect(nextBlockSec(1260)).toBe(1575);
		expect(nextBlockSec(2400)).toBe(3000);
	});
	it('merges a long run’s two blocks at half again the longest, at any length', () => {
		expect(mergeBlockSec(840)).toBe(1260);
		expect(mergeBlockSec(30)).toBe(60);
	});
	it('sizes an easy run from what the runner can run today', () => {
		expect(easyRunSec(30)).toBe(1800);
		expect(easyRunSec(60)).toBe(2400);
		expect(easyRunSec(120)).toBe(3600);
		expect(easyRunSec(0)).toBe(1200);
	});
});

describe('laying out backward blocks', () => {
	it('uses as few equal blocks as the longest block allows', () => {
		expect(layoutBlocks(480, { maxBlockSec: 120 })).toMatchObject({ reps: 4, repSec: 120, backwardSec: 480 });
		expect(layoutBlocks(1500, { maxBlockSec: 600 })).toMatchObject({ reps: 3, repSec: 495, backwardSec: 1485 });
		expect(layoutBlocks(900, { maxBlockSec: 1800 })).toMatchObject({ reps: 1, repSec: 900 });
		expect(layoutBlocks(900, { maxBlockSec: 1800 }).recovery).toBeUndefined();
	});
	it('keeps backward walking between blocks of a run/walk, and counts it as backward time', () => {
		const l = layoutBlocks(2640, { maxBlockSec: 600, style: 'walk-breaks' });
		expect(l).toMatchObject({ reps: 5, repSec: 480, backwardSec: 2640 });
		expect(l.recovery).toEqual({ durationSec: 60, mode: 'walk', direction: 'backward' });
	});
	it('never passes the target when rounding down, and never passes the longest block', () => {
		fc.assert(
			fc.property(fc.integer({ min: 30, max: 6000 }), fc.integer({ min: 30, max: 5400 }), (target, block) => {
				const l = layoutBlocks(target, { maxBlockSec: block, round: 'down' });
				if (target >= 60 && l.reps < 12) expect(l.backwardSec).toBeLessThanOrEqual(Math.max(target, 30 * l.reps));
				if (l.reps < 12) expect(l.repSec).toBeLessThanOrEqual(Math.max(30, block));
				expect(isRoundDuration(l.repSec)).toBe(true);
				expect(layoutDurationSec(l)).toBeGreaterThanOrEqual(l.backwardSec);
			}),
		);
	});
});

describe('the walk/run foundation', () => {
	it('starts where the runner is and moves one stage a week, holding in recovery weeks', () => {
		expect(foundationStartStage(0)).toBe(0);
		expect(foundationStartStage(10)).toBe(5);
		expect(foundationStartStage(12)).toBe(6);
		expect(foundationStartStage(20)).toBe(8);
		expect(foundationStartStage(30)).toBeUndefined();
		expect(foundationStages(25, [false, false, false, true, false])).toEqual([9, 10, 11, 11, undefined]);
	});
	it('never asks for a run much longer than the stage before: 2 × 10 min, then 2 × 12, 16 and 20', () => {
		// A coach found 2 × 10 min → 20 min without a break too steep for a runner who can run 10 today.
		const runs = WALK_RUN_STAGES.map((s) => s.runSec);
		expect(runs.slice(5, 9)).toEqual([600, 720, 960, 1200]);
		for (let i = 5; i < runs.length; i++) {
			const step = (runs[i] ?? 0) - (runs[i - 1] ?? 0);
			expect(step).toBeLessThanOrEqual(Math.max(240, (runs[i - 1] ?? 0) / 3));
		}
	});
});
