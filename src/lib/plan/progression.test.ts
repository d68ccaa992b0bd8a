import { describe, expect, it } from 'vitest';
import { repsFor } from './generate';
import { planPhases, splitWeek } from './progression';
import { REP_LADDER_SEC } from './rules';

describe('phases', () => {
	it('makes every 4th week a recovery week in open-ended plans', () => {
		expect(planPhases('mix-in', 8)).toEqual([
			'foundation',
			'foundation',
			'build',
			'recovery',
			'build',
			'build',
			'build',
			'recovery',
		]);
	});
	it('ends race plans with peak, taper and race, and keeps recovery away from the taper', () => {
		expect(planPhases('retro-5k', 12)).toEqual([
			'foundation',
			'foundation',
			'foundation',
			'recovery',
			'build',
			'build',
			'build',
			'recovery',
			'peak',
			'peak',
			'taper',
			'race',
		]);
		const half = planPhases('retro-half', 16);
		expect(half.slice(-3)).toEqual(['taper', 'taper', 'race']);
		expect(half[11]).not.toBe('recovery'); // week 12 would touch the peak
	});
	it('tapers 1 week for the mile and 5K, 2 for the 10K and half', () => {
		expect(planPhases('retro-mile', 6).filter((p) => p === 'taper')).toHaveLength(1);
		expect(planPhases('retro-10k', 12).filter((p) => p === 'taper')).toHaveLength(2);
	});
});

describe('sharing a week between sessions', () => {
	it('gives the long session its share and the rest evenly', () => {
		expect(splitWeek(3000, 3, 2, 0.5, 3000, 1000)).toEqual([750, 750, 1500]);
		expect(splitWeek(900, 3, -1)).toEqual([300, 300, 300]);
	});
	it('caps the long session at its peak and the others at theirs', () => {
		const [a, b, long] = splitWeek(10_000, 3, 2, 0.5, 4000, 2000);
		expect(long).toBe(4000);
		expect(a).toBe(2000);
		expect(b).toBe(2000);
	});
});

describe('repetitions and the longest continuous stretch', () => {
	it('uses ladder repetitions below 5 minutes', () => {
		expect(repsFor(150, 0, false)).toEqual({ rep: 30, reps: 5 });
		expect(repsFor(480, REP_LADDER_SEC.indexOf(120), false)).toEqual({ rep: 120, reps: 4 });
	});
	it('never makes a stretch longer than the current rung', () => {
		const r = repsFor(3600, REP_LADDER_SEC.indexOf(600), false);
		expect(r.rep).toBeLessThanOrEqual(600);
		expect(r.rep * r.reps).toBe(3600);
	});
	it('rounds down when asked', () => {
		expect(repsFor(170, 0, true)).toEqual({ rep: 30, reps: 5 });
	});
});
