/**
 * Numbers a coach would write (15 s / whole minutes, 50 m / 0.05 mi / laps, strides by time),
 * titles that read as the session is, and knee-friendly walking as the trial ran it, over the whole
 * input space.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allSessions, engineInput, planOf, RUNS, SOME, training } from '../../../test/support/plan-properties';
import { addDays } from './dates';
import { isRoundDistance, isRoundDuration } from './rounding';

describe('numbers a coach would write', () => {
	it('every time is on the 15 s / whole-minute grid and every distance on the 50 m, 0.05 mi or lap grid', () => {
		fc.assert(
			fc.property(engineInput, (input) => {
				const p = planOf(input);
				for (const s of training(p)) {
					for (const g of s.segments) {
						// Strides have their own 15-25 s (checked below).
						if (g.durationSec !== undefined && g.mode !== 'stride') {
							expect(isRoundDuration(g.durationSec), `${g.durationSec} s in ${s.title}`).toBe(true);
						}
						if (g.recovery) expect(isRoundDuration(g.recovery.durationSec)).toBe(true);
						if (g.distanceM !== undefined && !(g.direction === 'forward' && g.mode === 'run')) {
							expect(isRoundDistance(g.distanceM, input.units, input.surface), `${g.distanceM} m in ${s.title}`).toBe(
								true,
							);
						}
					}
					// Titles never show odd leftovers like "27 min 2 s" or "0.37 mi".
					expect(s.title).not.toMatch(/\b\d{2} min [1-9]\d? s\b/);
					expect(s.title).not.toMatch(/\b0\.\d[1-46-9] mi\b/);
				}
			}),
			RUNS,
		);
	});

	it('strides last 15-25 s and sprints 40-100 m, never estimated from a pace and never shrinking', () => {
		fc.assert(
			fc.property(
				engineInput.filter((i) => i.goal === 'drills'),
				(input) => {
					const p = planOf(input);
					let stride = 0;
					let sprint = 0;
					for (const s of allSessions(p)) {
						for (const g of s.segments) {
							if (g.mode === 'stride') {
								expect(g.distanceM).toBeUndefined();
								expect(g.durationSec).toBeGreaterThanOrEqual(15);
								expect(g.durationSec).toBeLessThanOrEqual(25);
								expect(g.durationSec ?? 0).toBeGreaterThanOrEqual(stride);
								stride = g.durationSec ?? 0;
							}
							if (g.mode === 'sprint') {
								expect(g.distanceM).toBeGreaterThanOrEqual(40);
								expect(g.distanceM).toBeLessThanOrEqual(100);
								expect(g.distanceM ?? 0).toBeGreaterThanOrEqual(sprint);
								sprint = g.distanceM ?? 0;
							}
						}
					}
				},
			),
			SOME(300),
		);
	});

	it('titles a single block as a single block, and several as intervals', () => {
		fc.assert(
			fc.property(engineInput, (input) => {
				for (const s of training(planOf(input))) {
					const main = s.segments.filter((g) => g.direction === 'backward' && g.role === 'main' && g.mode === 'run');
					if (s.kind === 'intervals') expect(main.some((g) => g.repeats > 1)).toBe(true);
					if (s.kind === 'continuous') expect(main.every((g) => g.repeats === 1)).toBe(true);
					// The backward part of the title (after "+" in a mixed run, after "then" behind a walk/run)
					// reads as one block.
					const backwardTitle =
						s.kind === 'mixed' ? (s.title.split('+').at(-1) ?? '') : (s.title.split(', then ').at(-1) ?? '');
					if (main.length === 1 && main[0]?.repeats === 1) expect(backwardTitle).not.toMatch(/intervals|×/i);
				}
			}),
			RUNS,
		);
	});
});

describe('knee-friendly walking follows the trial', () => {
	it('walks only, shows no pace, reaches 10 minutes by week 2 and never goes past it', () => {
		fc.assert(
			fc.property(
				engineInput.filter((i) => i.goal === 'knee-friendly'),
				(input) => {
					const p = planOf(input);
					for (const s of allSessions(p)) {
						for (const g of s.segments) {
							expect(g.mode).toBe('walk');
							expect(g.pace).toBeUndefined();
						}
						expect(s.backwardSec).toBeLessThanOrEqual(600);
						if (s.date >= addDays(input.startDate, 7)) expect(s.backwardSec).toBe(600);
					}
				},
			),
			SOME(200),
		);
	});
});
