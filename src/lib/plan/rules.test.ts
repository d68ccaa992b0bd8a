import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import { generatePlan } from './generate';
import { EXPERIENCE_LEVELS, RACE_GOALS } from './options';
import {
	MIN_WEEKS,
	MIN_WEEKS_ASSUMPTIONS,
	maxBackwardSessions,
	maxNextWeekBackwardSec,
	weeklyIncreaseCapSec,
} from './rules';
import type { PlanInput } from './schema';

describe('progression cap', () => {
	it('is 20 % of the previous week, but at least 1 minute', () => {
		expect(weeklyIncreaseCapSec(300)).toBe(60);
		expect(weeklyIncreaseCapSec(120)).toBe(60);
		expect(weeklyIncreaseCapSec(3000)).toBe(600);
		expect(maxNextWeekBackwardSec(300)).toBe(360);
		expect(maxNextWeekBackwardSec(600)).toBe(720);
	});
});

describe('backward sessions a week', () => {
	it('is at most 3, and 2 in a new runner’s first 4 weeks', () => {
		expect(maxBackwardSessions('mix-in', 'new', 1)).toBe(2);
		expect(maxBackwardSessions('retro-5k', 'new', 4)).toBe(2);
		expect(maxBackwardSessions('retro-5k', 'new', 5)).toBe(3);
		expect(maxBackwardSessions('retro-5k', 'some', 1)).toBe(3);
	});
	it('follows the knee trial’s 3 walks a week from the start (row 21)', () => {
		expect(maxBackwardSessions('knee-friendly', 'new', 1)).toBe(3);
	});
});

describe('MIN_WEEKS is derived from the progression, not guessed', () => {
	/** Shortest plan whose long session reaches 70 % of race distance (no "short of" warning). */
	function shortestPlan(
		goal: (typeof RACE_GOALS)[number],
		experience: (typeof EXPERIENCE_LEVELS)[number],
	): number | null {
		for (let weeks = 4; weeks <= 26; weeks++) {
			const input: PlanInput = {
				goal,
				experience,
				startDate: '2026-03-02',
				weeks,
				raceDate: addDays('2026-03-02', 7 * weeks - 1),
				days: [...MIN_WEEKS_ASSUMPTIONS.days],
				longRunDay: MIN_WEEKS_ASSUMPTIONS.longRunDay,
				units: 'km',
				forwardEasyPace: MIN_WEEKS_ASSUMPTIONS.forwardEasyPaceSecPerKm,
				surface: 'track',
				hasGuide: false,
			};
			if (!generatePlan(input).warnings.some((w) => w.includes('short of'))) return weeks;
		}
		return null;
	}
	for (const goal of RACE_GOALS) {
		for (const experience of EXPERIENCE_LEVELS) {
			it(`${goal} for ${experience} runners`, () => {
				expect(shortestPlan(goal, experience)).toBe(MIN_WEEKS[goal][experience]);
			});
		}
	}
});
