/**
 * Plans for the export tests, built by the real engine so tests see what
 * runners get. Test-only, so it lives in test/support, outside src/lib.
 */
import fc from 'fast-check';
import { addDays } from '../../src/lib/plan/dates';
import type { PlanEdit } from '../../src/lib/plan/edit-schema';
import { generatePlan } from '../../src/lib/plan/generate';
import { parsePlanInput } from '../../src/lib/plan/input';
import { EXPERIENCE_LEVELS, GOALS, SURFACES, UNITS, WEEKDAYS } from '../../src/lib/plan/options';
import type { Plan, PlanInput, Segment } from '../../src/lib/plan/schema';

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

/** A block of a rewritten session, as the builder's block editor could write it. */
export const editSegment: fc.Arbitrary<Segment> = fc
	.record({
		role: fc.constantFrom('warm-up', 'main', 'cool-down'),
		direction: fc.constantFrom('forward', 'backward'),
		mode: fc.constantFrom('walk', 'jog', 'run', 'stride', 'sprint'),
		repeats: fc.integer({ min: 1, max: 12 }),
		amount: fc.oneof(
			fc.record({ distanceM: fc.integer({ min: 20, max: 10_000 }) }),
			fc.record({ durationSec: fc.integer({ min: 10, max: 3600 }) }),
		),
		recovery: fc.option(
			fc.record({
				durationSec: fc.integer({ min: 15, max: 300 }),
				mode: fc.constantFrom('walk', 'jog'),
				direction: fc.constantFrom('forward', 'backward'),
			}),
			{ nil: undefined },
		),
		effort: fc.constantFrom('very-easy', 'easy', 'moderate', 'hard', 'race'),
	})
	.map(({ amount, recovery, ...rest }) => ({ ...rest, ...amount, ...(recovery ? { recovery } : {}) }) as Segment);

/**
 * Edit lists for a plan: mostly about its own sessions and dates, some about
 * sessions or weeks it does not have and dates outside it (what a form
 * change leaves behind), in any order.
 */
export function editsFor(plan: Plan, maxLength = 10): fc.Arbitrary<PlanEdit[]> {
	const ids = plan.weeks.flatMap((w) => w.sessions.map((s) => s.id));
	const id = fc.oneof(
		{ weight: 9, arbitrary: fc.constantFrom(...ids) },
		{ weight: 1, arbitrary: fc.constant('w40-s9') },
	);
	const days = plan.weeks.length * 7;
	const date = fc.integer({ min: -3, max: days + 3 }).map((d) => addDays(plan.input.startDate, d));
	const edit: fc.Arbitrary<PlanEdit> = fc.oneof(
		fc.record({ type: fc.constant('move' as const), session: id, to: date }),
		fc.record({ type: fc.constant('swap' as const), a: id, b: id }),
		fc.record({ type: fc.constant('skip' as const), session: id }),
		fc.record({ type: fc.constant('restore' as const), session: id }),
		fc.record({
			type: fc.constant('note' as const),
			session: id,
			text: fc.string({ unit: 'grapheme', maxLength: 40 }),
		}),
		fc.record(
			{
				type: fc.constant('replace' as const),
				session: id,
				segments: fc.array(editSegment, { minLength: 1, maxLength: 4 }),
				title: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
			},
			{ requiredKeys: ['type', 'session', 'segments'] },
		),
		fc.record({ type: fc.constant('repeat-week' as const), week: fc.integer({ min: 1, max: plan.weeks.length + 1 }) }),
	);
	return fc.array(edit, { maxLength });
}

/** A mix-in plan on three days, eight weeks: the edit and log tests' everyday plan. */
export const MIX_3_DAYS = {
	goal: 'mix-in',
	experience: 'some',
	startDate: '2026-03-02',
	weeks: 8,
	days: ['tue', 'thu', 'sat'],
	longRunDay: 'sat',
} as const;

/** A 5K race plan with recovery, peak, taper and race weeks: the edit and log tests' race. */
export const RACE_5K = {
	goal: 'retro-5k',
	experience: 'some',
	startDate: '2026-03-02',
	raceDate: '2026-07-26',
	days: ['tue', 'thu', 'sun'],
	longRunDay: 'sun',
	forwardEasyPace: 300,
} as const;
