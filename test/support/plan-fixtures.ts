/**
 * Plans for the export tests, built by the real engine so tests see what
 * runners get. Test-only, so it lives in test/support, outside src/lib.
 */
import fc from 'fast-check';
import { addDays } from '../../src/lib/plan/dates';
import { generatePlan } from '../../src/lib/plan/generate';
import { parsePlanInput } from '../../src/lib/plan/input';
import { EXPERIENCE_LEVELS, GOALS, SURFACES, UNITS, WEEKDAYS } from '../../src/lib/plan/options';
import type { Plan, PlanInput } from '../../src/lib/plan/schema';

/** A normalised input from partial settings; fails the test loudly if invalid. */
export function inputOf(raw: Record<string, unknown>): PlanInput {
	const parsed = parsePlanInput(raw);
	if (!parsed.ok) throw new Error(`fixture input invalid: ${JSON.stringify(parsed.errors)}`);
	return parsed.value;
}

/** A generated plan from partial settings. */
export function planOf(raw: Record<string, unknown>): Plan {
	return generatePlan(inputOf(raw));
}

/**
 * Spans 2026-03-02 to 2026-04-12: crosses US DST (Mar 8), EU DST (Mar 29)
 * and the end of NZ DST (Apr 5). Six sessions a week, including Sundays,
 * the day all three changes happen.
 */
export const DST_SPAN_INPUT = {
	goal: 'mix-in',
	startDate: '2026-03-02',
	weeks: 6,
	days: ['mon', 'tue', 'wed', 'thu', 'sat', 'sun'],
	sessionTime: '06:30',
	reminderMinutes: 30,
} as const;

/** The largest plan: 26 weeks, 6 days a week. */
export const BIG_INPUT = {
	goal: 'retro-half',
	experience: 'regular',
	startDate: '2026-01-05',
	weeks: 26,
	days: ['mon', 'tue', 'wed', 'thu', 'sat', 'sun'],
	units: 'mi',
	forwardWeeklyDistance: 25,
	surface: 'path',
	hasGuide: true,
	sessionTime: '18:15',
	reminderMinutes: 60,
} as const;

/** Raw settings in the form's ranges; parsePlanInput decides which are valid. */
export const rawInput = fc
	.record({
		goal: fc.constantFrom(...GOALS),
		experience: fc.constantFrom(...EXPERIENCE_LEVELS),
		startDay: fc.integer({ min: 0, max: 36_500 }), // 2000-2099
		weeks: fc.integer({ min: 4, max: 26 }),
		raceOffset: fc.option(fc.integer({ min: 1, max: 182 }), { nil: undefined }),
		days: fc.subarray([...WEEKDAYS], { minLength: 2, maxLength: 6 }),
		longIndex: fc.nat(),
		units: fc.constantFrom(...UNITS),
		pace: fc.oneof(fc.integer({ min: 290, max: 900 }), fc.double({ min: 290, max: 900, noNaN: true })),
		distance: fc.option(fc.oneof(fc.integer({ min: 1, max: 120 }), fc.double({ min: 1, max: 120, noNaN: true })), {
			nil: undefined,
		}),
		surface: fc.constantFrom(...SURFACES),
		hasGuide: fc.boolean(),
		time: fc.option(
			fc
				.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
				.map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
			{ nil: undefined },
		),
		reminder: fc.option(fc.integer({ min: 0, max: 10080 }), { nil: undefined }),
		running: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
		split: fc.option(
			fc.record({
				measure: fc.constantFrom('distance' as const, 'time' as const),
				forward: fc.integer({ min: 1, max: 80 }),
				backward: fc.integer({ min: 1, max: 40 }),
				step: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
				everyWeeks: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
			}),
			{ nil: undefined, freq: 3 },
		),
	})
	.map((r) => {
		const startDate = addDays('2000-01-01', r.startDay);
		// Race plans need their weeks (a backward 10K takes months): draw most of them long.
		const race = r.goal.startsWith('retro-');
		const weeks = race ? Math.max(r.weeks, 26 - (r.weeks % 10)) : r.weeks;
		// Split values on the grid a coach writes: quarters of a unit, or quarter minutes.
		const k = r.split?.measure === 'distance' ? 0.25 : 0.5;
		return {
			goal: r.goal,
			experience: r.experience,
			startDate,
			weeks,
			raceDate: r.raceOffset === undefined ? undefined : addDays(startDate, r.raceOffset),
			days: r.days,
			longRunDay: r.days[r.longIndex % r.days.length],
			units: r.units,
			forwardEasyPace: r.pace,
			forwardWeeklyDistance: r.distance,
			surface: r.surface,
			hasGuide: r.hasGuide,
			sessionTime: r.time,
			reminderMinutes: r.reminder,
			currentRunMinutes: r.running,
			split:
				r.split === undefined
					? undefined
					: {
							measure: r.split.measure,
							forward: r.split.forward * k,
							backward: r.split.backward * k * 0.5,
							step: r.split.step === undefined ? undefined : r.split.step * k * 0.5,
							everyWeeks: r.split.step === undefined ? undefined : r.split.everyWeeks,
						},
		};
	});

/** Every valid, normalised input fast-check can think of. */
export const validInput = rawInput
	.map((raw) => parsePlanInput(raw))
	.filter((r): r is { ok: true; value: PlanInput } => r.ok)
	.map((r) => r.value);
