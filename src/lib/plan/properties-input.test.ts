/**
 * For any settings a form, a share link or a file could send, parsePlanInput either refuses them
 * with a message, or the plan it accepts is dated on the runner's days, keeps backward days apart,
 * gets a race plan ready and validates against its schema. 1,000 runs where not said.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	allSessions,
	longestBeforeTaper,
	parseOnce,
	planOf,
	RUNS,
	rawSettings,
	SOME,
	validInput,
	walkNumbers,
} from '../../../test/support/plan-properties';
import { addDays, daysBetween, weekdayOf } from './dates';
import { generatePlan } from './generate';
import { parsePlanInput } from './input';
import { isRaceGoal } from './options';
import { planSchema } from './plan-schema';
import { raceReadiness } from './readiness';
import { MAX_PLAN_WEEKS, maxBackwardSessions } from './rules';
import type { PlanInput } from './schema';

describe('parsePlanInput refuses with a message', () => {
	it('every refused input says what to change, next to a field', () => {
		fc.assert(
			fc.property(rawSettings, (raw) => {
				const r = parseOnce(raw);
				if (r.ok) return;
				expect(r.errors.length).toBeGreaterThan(0);
				for (const e of r.errors) {
					expect(e.message.length).toBeGreaterThan(10);
					expect(typeof e.path).toBe('string');
				}
			}),
			SOME(300),
		);
	});
});

describe('for any valid input', () => {
	it('session dates strictly increase, fall on chosen weekdays and inside the plan', () => {
		fc.assert(
			fc.property(validInput, (input) => {
				const p = planOf(input);
				const last = addDays(input.startDate, 7 * input.weeks - 1);
				let prev = '';
				for (const w of p.weeks) {
					for (const s of w.sessions) {
						if (prev !== '') expect(daysBetween(prev, s.date)).toBeGreaterThan(0);
						prev = s.date;
						expect(daysBetween(w.startDate, s.date)).toBeGreaterThanOrEqual(0);
						expect(daysBetween(s.date, w.endDate)).toBeGreaterThanOrEqual(0);
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

	it('never puts backward sessions on consecutive days, and keeps the weekly limits', () => {
		fc.assert(
			fc.property(validInput, (input) => {
				const p = planOf(input);
				const dates = allSessions(p)
					.filter((s) => s.backwardSec > 0)
					.map((s) => s.date);
				for (let i = 1; i < dates.length; i++)
					expect(daysBetween(dates[i - 1] ?? '', dates[i] ?? '')).toBeGreaterThan(1);
				for (const w of p.weeks) {
					const backward = w.sessions.filter((s) => s.backwardSec > 0 && s.kind !== 'race').length;
					expect(backward).toBeLessThanOrEqual(maxBackwardSessions(input.goal, input.experience, w.index));
				}
			}),
			RUNS,
		);
	});

	it('gets every race plan ready: the continuous block and the long session reach 60 % of the race (or 90 min) before the taper', () => {
		fc.assert(
			fc.property(
				validInput.filter((i) => isRaceGoal(i.goal)),
				(input) => {
					const readiness = raceReadiness(planOf(input));
					expect(readiness?.ready).toBe(true);
				},
			),
			SOME(500),
		);
	});

	it('never refuses a longer race plan where a shorter one is accepted: more weeks never train the race less', () => {
		fc.assert(
			fc.property(
				validInput.filter((i) => isRaceGoal(i.goal) && i.weeks < MAX_PLAN_WEEKS),
				fc.integer({ min: 1, max: MAX_PLAN_WEEKS }),
				(input, more) => {
					const weeks = Math.min(MAX_PLAN_WEEKS, input.weeks + more);
					const { raceDate: _accepted, ...rest } = input;
					const longer = parsePlanInput({ ...rest, weeks });
					// A coach's split may step past what a session holds in the longer plan: refused on its own
					// field, by design (input-checks.ts); every other refusal would be the engine's.
					const others = longer.ok ? [] : longer.errors.filter((e) => e.path !== 'split');
					expect(others.map((e) => e.message)).toEqual([]);
					// And it trains the race at least as far: its longest session before the taper is no shorter
					// (15 s of rounding aside; lead-in.ts). Left out, as src/lib/README.md says: runners new to
					// backward running, whose third session arrives in week 6 whatever the length and takes a share
					// of the weekly cap, and runners who start with the walk/run foundation, whose backward running
					// starts when the foundation allows; either may peak up to a tenth lower in a longer plan.
					const settled = input.experience !== 'new' && (input.currentRunMinutes ?? 30) >= 20;
					if (longer.ok && settled && input.split === undefined)
						expect(longestBeforeTaper(generatePlan(longer.value))).toBeGreaterThanOrEqual(
							longestBeforeTaper(planOf(input)) - 15,
						);
				},
			),
			SOME(25),
		);
	});

	it('ends race plans with the race, on race day; other goals have none', () => {
		fc.assert(
			fc.property(validInput, (input) => {
				const p = planOf(input);
				const races = allSessions(p).filter((s) => s.kind === 'race');
				if (isRaceGoal(input.goal)) {
					expect(races).toHaveLength(1);
					expect(allSessions(p).at(-1)?.date).toBe(input.raceDate);
				} else expect(races).toHaveLength(0);
			}),
			RUNS,
		);
	});

	it('is deterministic, leaves its input alone, and validates against the plan schema with no NaN', () => {
		fc.assert(
			fc.property(validInput, (input) => {
				const before = JSON.stringify(input);
				const a = generatePlan(input);
				expect(generatePlan(JSON.parse(before) as PlanInput)).toEqual(a);
				expect(JSON.stringify(input)).toBe(before);
				expect(parsePlanInput(a.input)).toEqual({ ok: true, value: input });
				expect(planSchema.safeParse(a).success).toBe(true);
				walkNumbers(a, (n, path) => {
					if (!Number.isFinite(n) || n < 0) throw new Error(`bad number ${n} at ${path}`);
				});
			}),
			RUNS,
		);
	});
});
