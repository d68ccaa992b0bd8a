/**
 * The doser's parts on their own (dose-start.ts, dose-fit.ts,
 * dose-after-recovery.ts, dose-taper.ts): small facts a coach can check by
 * hand. Whole plans are pinned by the snapshots and generate.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { sizedLayout } from './blocks';
import { continuousLongRun } from './dose-after-recovery';
import { raceRun } from './dose-climb';
import type { CurveFacts, WeekDose } from './dose-curve';
import { thirdOfRuns } from './dose-fit';
import { atLeastWeekOne, startWeek, supportStartSec } from './dose-start';
import { taperFactor } from './dose-taper';

const run = { mode: 'run', style: 'forward-recovery' } as const;
const facts: CurveFacts = {
	race: true,
	curve: { startSec: 480, aimSec: 3600, startBlockSec: 60, maxBlockSec: 1800, ...run },
	startSupportSec: 240,
	mainStyle: run,
	supportStyle: run,
	forwardRunSec: 1800,
};
const text = (l: { reps: number; repSec: number }) => `${l.reps} × ${l.repSec} s`;
const build = (main = sizedLayout(2, 720)): WeekDose => ({
	index: 9,
	phase: 'build',
	step: 'up',
	mode: 'run',
	main,
	support: sizedLayout(4, 90),
	count: 3,
	blockSec: main.repSec,
	forwardFactor: 1,
});

describe('dose parts', () => {
	it('starts a race plan at its start in first blocks, the other sessions at week 1’s shorter dose', () => {
		const [main, support] = startWeek(facts);
		expect([text(main), text(support)]).toEqual(['8 × 60 s', '4 × 60 s']);
		const [mixed, alike] = startWeek({ ...facts, race: false });
		expect(alike).toBe(mixed);
	});

	it('never trims another session under week 1’s', () => {
		expect(atLeastWeekOne(facts, sizedLayout(2, 60)).backwardSec).toBe(240);
		const longer = sizedLayout(3, 90);
		expect(atLeastWeekOne(facts, longer)).toBe(longer);
	});

	it('caps a foundation week’s mixed run at a third of the continuous run ahead, and nothing else', () => {
		expect(thirdOfRuns({ ...facts, race: false }, 6)).toBe(315); // 2 × 12 min: a third of 16 min, on the grid
		expect(thirdOfRuns({ ...facts, race: false }, undefined)).toBe(Number.POSITIVE_INFINITY);
		expect(thirdOfRuns(facts, 6)).toBe(Number.POSITIVE_INFINITY);
	});

	it('merges a race plan’s long run in two short blocks into one, half as long again; longer blocks a step at a time', () => {
		const merged = continuousLongRun(facts, { longestBlockSec: 480 }, build(sizedLayout(2, 480)), 1000);
		expect(merged && text(merged)).toBe('1 × 720 s');
		// 2 × 12 min: 16 minutes unbroken (the block ladder's step), then 9 more after a jog; it was 18 in one.
		const stepped = continuousLongRun(facts, { longestBlockSec: 720 }, build(), 1500);
		expect(stepped && [stepped.reps, stepped.repSec, stepped.tailSec]).toEqual([1, 960, 540]);
		expect(continuousLongRun({ ...facts, race: false }, { longestBlockSec: 720 }, build(), 1500)).toBeUndefined();
		expect(continuousLongRun(facts, { longestBlockSec: 600 }, build(sizedLayout(3, 600)), 2400)).toBeUndefined();
	});

	it('tapers by the race’s factor for that week, half past its list, 60 % without a race', () => {
		expect([taperFactor('retro-half', 0), taperFactor('retro-half', 1), taperFactor('retro-half', 2)]).toEqual([
			0.75, 0.5, 0.5,
		]);
		expect(taperFactor('mix-in', 0)).toBe(0.6);
	});

	it('holds a run/walk race’s run length, and nothing for blocks with forward recoveries', () => {
		expect(
			raceRun({
				...facts,
				mainStyle: { mode: 'run', style: 'walk-breaks' },
				curve: { ...facts.curve, maxBlockSec: 600 },
			}),
		).toEqual({
			raceRunSec: 600,
		});
		expect(raceRun(facts)).toEqual({});
	});
});

describe('week 1 of a race plan: the other sessions under the long one', () => {
	it('start a little under the long session, in whole first blocks where they hold enough', () => {
		// A regular: 2 × 9 min beside the 2 × 10 min long run, so the midweek runs can grow from week 2.
		expect(supportStartSec(1200, 1200, 600)).toBe(1080);
		// Some experience: 3 × 2 min beside 4 × 2 min.
		expect(supportStartSec(480, 480, 120)).toBe(360);
		// New: 4 × 30 s beside 5 × 30 s.
		expect(supportStartSec(150, 150, 30)).toBe(120);
	});
	it('never so far under that the long session after them breaks the 15 % / 2 minute rise cap', () => {
		for (let long = 60; long <= 3600; long += 15)
			for (const block of [30, 60, 120, 300, 600]) {
				const support = supportStartSec(long, long, block);
				expect(support).toBeLessThanOrEqual(long);
				expect(Math.max(support * 1.15, support + 120) + 1e-6).toBeGreaterThanOrEqual(long);
			}
	});
});
