/**
 * Property tests: for any valid input (raw settings built by an arbitrary and
 * passed through parsePlanInput), the plan keeps every rule. 1,000 runs each.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber, toDayNumber, weekdayOf } from './dates';
import { generatePlan } from './generate';
import { parsePlanInput } from './input';
import { EXPERIENCE_LEVELS, GOALS, isRaceGoal, SURFACES, WEEKDAYS } from './options';
import { planSchema } from './plan-schema';
import { MIN_WEEKS, maxBackwardSessions, maxNextWeekBackwardSec } from './rules';
import type { Plan, PlanInput } from './schema';

const RUNS = { numRuns: 1000 };

/** Any valid raw input, in the shape a form or share link would send. */
const validInput: fc.Arbitrary<PlanInput> = fc
	.record(
		{
			goal: fc.constantFrom(...GOALS),
			experience: fc.constantFrom(...EXPERIENCE_LEVELS),
			startDay: fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2099-06-30') }),
			weeksFrac: fc.double({ min: 0, max: 1, noNaN: true }),
			useRaceDate: fc.boolean(),
			raceOffset: fc.integer({ min: 0, max: 6 }),
			days: fc
				.subarray([...WEEKDAYS], { minLength: 2, maxLength: 6 })
				.chain((d) => fc.shuffledSubarray(d, { minLength: d.length, maxLength: d.length })),
			longRunPick: fc.nat(),
			giveLongRunDay: fc.boolean(),
			units: fc.constantFrom('km', 'mi'),
			paceFrac: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
			weeklyKm: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
			surface: fc.constantFrom(...SURFACES),
			hasGuide: fc.boolean(),
			sessionTime: fc.option(fc.constantFrom('06:00', '07:30', '18:45'), { nil: undefined }),
			reminderMinutes: fc.option(fc.integer({ min: 0, max: 10080 }), { nil: undefined }),
		},
		{
			requiredKeys: [
				'goal',
				'experience',
				'startDay',
				'weeksFrac',
				'useRaceDate',
				'raceOffset',
				'days',
				'longRunPick',
				'giveLongRunDay',
				'units',
				'surface',
				'hasGuide',
			],
		},
	)
	.filter((r) => !isRaceGoal(r.goal) || MIN_WEEKS[r.goal][r.experience] !== null)
	.map((r) => {
		const min = isRaceGoal(r.goal) ? (MIN_WEEKS[r.goal][r.experience] ?? 26) : 4;
		const weeks = Math.min(26, min + Math.floor(r.weeksFrac * (27 - min)));
		const startDate = fromDayNumber(r.startDay);
		const unitKm = r.units === 'mi' ? 1.609344 : 1;
		const raw: Record<string, unknown> = {
			goal: r.goal,
			experience: r.experience,
			startDate,
			days: r.days,
			units: r.units,
			surface: r.surface,
			hasGuide: r.hasGuide,
		};
		if (isRaceGoal(r.goal) && r.useRaceDate) raw.raceDate = addDays(startDate, 7 * (weeks - 1) + r.raceOffset);
		else raw.weeks = weeks;
		if (r.giveLongRunDay) raw.longRunDay = r.days[r.longRunPick % r.days.length];
		if (r.paceFrac !== undefined) raw.forwardEasyPace = Math.round((200 + r.paceFrac * 650) * unitKm);
		if (r.weeklyKm !== undefined)
			raw.forwardWeeklyDistance = Math.min(125, Math.max(1, Math.round((r.weeklyKm / unitKm) * 10) / 10));
		if (r.sessionTime !== undefined) raw.sessionTime = r.sessionTime;
		if (r.reminderMinutes !== undefined) raw.reminderMinutes = r.reminderMinutes;
		const parsed = parsePlanInput(raw);
		if (!parsed.ok)
			throw new Error(`arbitrary made an invalid input: ${JSON.stringify({ raw, errors: parsed.errors })}`);
		return parsed.value;
	});

const allSessions = (p: Plan) => p.weeks.flatMap((w) => w.sessions);

describe('for any valid input', () => {
	it('session dates strictly increase, fall on chosen weekdays and inside the plan', () => {
		fc.assert(
			fc.property(validInput, (input) => {
				const p = generatePlan(input);
				const last = addDays(input.startDate, 7 * input.weeks - 1);
				let prev = '';
				for (const w of p.weeks) {
					for (const s of w.sessions) {
						if (prev !== '') expect(daysBetween(prev, s.date)).toBeGreaterThan(0);
						prev = s.date;
						expect(daysBetween(w.startDate, s.date)).toBeGreaterThanOrEqual(0);
						expect(daysBetween(s.date, w.endDate)).toBeGreaterThanOrEqual(0);
						expect(daysBetween(input.startDate, s.date)).toBeGreaterThanOrEqual(0);
						expect(daysBetween(s.date, last)).toBeGreaterThanOrEqual(0);
						expect(s.weekday).toBe(weekdayOf(s.date));
						if (s.kind !== 'race') expect(input.days).toContain(s.weekday);
					}
				}
				expect(p.weeks).toHaveLength(input.weeks);
			}),
			RUNS,
		);
	});

	it('never puts two backward sessions on consecutive days, and keeps the weekly limits', () => {
		fc.assert(
			fc.property(validInput, (input) => {
				const p = generatePlan(input);
				const dates = allSessions(p)
					.filter((s) => s.backwardSec > 0)
					.map((s) => s.date);
				for (let i = 1; i < dates.length; i++)
					expect(daysBetween(dates[i - 1] ?? '', dates[i] ?? '')).toBeGreaterThan(1);
				for (const w of p.weeks) {
					expect(w.totals.backwardSessions).toBeLessThanOrEqual(
						maxBackwardSessions(input.goal, input.experience, w.index),
					);
				}
			}),
			RUNS,
		);
	});

	it('never raises backward time by more than the cap over the previous non-recovery week', () => {
		fc.assert(
			fc.property(validInput, (input) => {
				const p = generatePlan(input);
				let prev: number | undefined;
				for (const w of p.weeks) {
					if (w.phase === 'recovery' || w.phase === 'race') continue;
					if (prev !== undefined) expect(w.totals.backwardSec).toBeLessThanOrEqual(maxNextWeekBackwardSec(prev));
					prev = w.totals.backwardSec;
				}
			}),
			RUNS,
		);
	});

	it('makes recovery weeks lower than the weeks around them', () => {
		fc.assert(
			fc.property(validInput, (input) => {
				const p = generatePlan(input);
				for (const w of p.weeks) {
					if (w.phase !== 'recovery') continue;
					const before = p.weeks[w.index - 2];
					const after = p.weeks[w.index];
					if (before) expect(w.totals.backwardSec).toBeLessThan(before.totals.backwardSec);
					if (after) expect(w.totals.backwardSec).toBeLessThan(after.totals.backwardSec);
				}
			}),
			RUNS,
		);
	});

	it('ends race plans with the race, on race day', () => {
		fc.assert(
			fc.property(validInput, (input) => {
				const p = generatePlan(input);
				const last = allSessions(p).at(-1);
				const races = allSessions(p).filter((s) => s.kind === 'race');
				if (isRaceGoal(input.goal)) {
					expect(races).toHaveLength(1);
					expect(last?.kind).toBe('race');
					expect(last?.date).toBe(input.raceDate);
				} else expect(races).toHaveLength(0);
			}),
			RUNS,
		);
	});

	it('contains no NaN, infinite or negative number, validates against planSchema, and keeps mixed runs ≤ 25 % backward', () => {
		fc.assert(
			fc.property(validInput, (input) => {
				const p = generatePlan(input);
				walkNumbers(p, (n, path) => {
					if (!Number.isFinite(n) || n < 0) throw new Error(`bad number ${n} at ${path}`);
				});
				expect(planSchema.safeParse(p).success).toBe(true);
				for (const s of allSessions(p)) {
					expect(s.segments.length).toBeGreaterThan(0);
					if (s.kind === 'mixed') expect(s.backwardShare).toBeLessThanOrEqual(0.25);
				}
			}),
			RUNS,
		);
	});

	it('is deterministic and leaves its input alone: same input, deep-equal plan', () => {
		fc.assert(
			fc.property(validInput, (input) => {
				const before = JSON.stringify(input);
				const a = generatePlan(input);
				const b = generatePlan(JSON.parse(before) as PlanInput);
				expect(b).toEqual(a);
				expect(JSON.stringify(input)).toBe(before);
				expect(parsePlanInput(a.input)).toEqual({ ok: true, value: input });
			}),
			RUNS,
		);
	});
});

function walkNumbers(value: unknown, visit: (n: number, path: string) => void, path = '$'): void {
	if (typeof value === 'number') visit(value, path);
	else if (Array.isArray(value)) {
		for (const [i, v] of value.entries()) walkNumbers(v, visit, `${path}[${i}]`);
	} else if (value !== null && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) walkNumbers(v, visit, `${path}.${k}`);
	}
}
