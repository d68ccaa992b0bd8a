/**
 * What the plan's property tests (src/lib/plan/properties-*.test.ts) share: the settings a form, a
 * share link or a file could send, the inputs parsePlanInput accepts from them, and the readings of
 * a plan the properties assert on (its longest session, longest block, main backward mode).
 * Test-only, so it lives in test/support, outside src/lib.
 */
import fc from 'fast-check';
import { vi } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../../src/lib/plan/dates';
import { generatePlan } from '../../src/lib/plan/generate';
import { parsePlanInput } from '../../src/lib/plan/input';
import { EXPERIENCE_LEVELS, GOALS, isRaceGoal, SURFACES, WEEKDAYS } from '../../src/lib/plan/options';
import type { Plan, PlanInput, Segment, Session } from '../../src/lib/plan/schema';

// Thousands of generated plans per property, in every file that imports this: a margin for a shared
// two-core runner, not a speed requirement (npm run bench measures generatePlan's speed).
vi.setConfig({ testTimeout: 240_000 });

/**
 * One seed for every property of a test file (fast-check prints it when one fails), so they see the
 * same inputs and each input is parsed and planned once per file: a plan takes about a millisecond,
 * but refusing an input searches lengths. Each file runs in its own module scope, so each has its
 * own seed and cache.
 */
export const SEED = Date.now() % 2 ** 31;
export const RUNS = { numRuns: 1000, seed: SEED };
export const SOME = (numRuns: number) => ({ numRuns, seed: SEED });

const parsed = new Map<string, ReturnType<typeof parsePlanInput>>();
const plans = new Map<string, Plan>();
export function parseOnce(raw: Record<string, unknown>): ReturnType<typeof parsePlanInput> {
	const key = JSON.stringify(raw);
	let r = parsed.get(key);
	if (r === undefined) {
		r = parsePlanInput(raw);
		parsed.set(key, r);
	}
	return r;
}
/** The plan of an input, made once per run (generatePlan is pure, so a cached plan is the same plan). */
export function planOf(input: PlanInput): Plan {
	const key = JSON.stringify(input);
	let p = plans.get(key);
	if (p === undefined) {
		p = generatePlan(input);
		plans.set(key, p);
	}
	return p;
}

/** Raw settings in the shape a form or share link sends: any goal, level, pace, days and length. */
export const rawSettings = fc
	.record({
		goal: fc.constantFrom(...GOALS),
		experience: fc.constantFrom(...EXPERIENCE_LEVELS),
		startDay: fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2099-06-30') }),
		weeks: fc.option(fc.integer({ min: 4, max: 26 }), { nil: undefined }),
		raceOffset: fc.option(fc.integer({ min: 20, max: 181 }), { nil: undefined }),
		days: fc
			.subarray([...WEEKDAYS], { minLength: 2, maxLength: 6 })
			.chain((d) => fc.shuffledSubarray(d, { minLength: d.length, maxLength: d.length })),
		longRunPick: fc.nat(),
		units: fc.constantFrom('km', 'mi'),
		paceKm: fc.option(fc.integer({ min: 180, max: 900 }), { nil: undefined }),
		weeklyKm: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
		surface: fc.constantFrom(...SURFACES),
		hasGuide: fc.boolean(),
		currentRunMinutes: fc.option(fc.constantFrom(0, 1, 5, 9, 10, 15, 19, 20, 25, 30, 45, 60, 120), { nil: undefined }),
		split: fc.option(
			fc.record({
				measure: fc.constantFrom('distance', 'time'),
				forward: fc.integer({ min: 1, max: 40 }),
				backward: fc.integer({ min: 1, max: 40 }),
				step: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
				everyWeeks: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
			}),
			{ nil: undefined, freq: 4 },
		),
	})
	.map((r) => {
		const startDate = fromDayNumber(r.startDay);
		const unitKm = r.units === 'mi' ? 1.609344 : 1;
		const raw: Record<string, unknown> = {
			goal: r.goal,
			experience: r.experience,
			startDate,
			days: r.days,
			longRunDay: r.days[r.longRunPick % r.days.length],
			units: r.units,
			surface: r.surface,
			hasGuide: r.hasGuide,
		};
		if (r.weeks !== undefined) raw.weeks = r.weeks;
		if (r.raceOffset !== undefined && isRaceGoal(r.goal)) raw.raceDate = addDays(startDate, r.raceOffset);
		if (r.paceKm !== undefined) raw.forwardEasyPace = Math.round(r.paceKm * unitKm);
		if (r.weeklyKm !== undefined)
			raw.forwardWeeklyDistance = Math.min(125, Math.max(1, Math.round(r.weeklyKm / unitKm)));
		if (r.currentRunMinutes !== undefined) raw.currentRunMinutes = r.currentRunMinutes;
		if (r.split !== undefined) {
			// Distances in 0.25 of a unit, times in minutes: on the grid a coach writes.
			const k = r.split.measure === 'distance' ? 0.25 : 1;
			raw.split = {
				measure: r.split.measure,
				forward: r.split.forward * k,
				backward: r.split.backward * k * 0.5,
				...(r.split.step !== undefined ? { step: r.split.step * k * 0.5 } : {}),
				...(r.split.step !== undefined && r.split.everyWeeks !== undefined ? { everyWeeks: r.split.everyWeeks } : {}),
			};
		}
		return raw;
	});

/** Inputs parsePlanInput accepts (about two in three raw settings). */
export const validInput: fc.Arbitrary<PlanInput> = rawSettings
	.map((raw) => parseOnce(raw))
	.filter((r): r is { ok: true; value: PlanInput } => r.ok)
	.map((r) => r.value);

/** The same, without a coach's split: the engine's own numbers. */
export const engineInput = validInput.filter((i) => i.split === undefined);

export const allSessions = (p: Plan) => p.weeks.flatMap((w) => w.sessions);
export const training = (p: Plan) => allSessions(p).filter((s) => s.kind !== 'race');

/** Backward running (walks left out) of the longest session before the taper: how far a plan trains its race. */
export function longestBeforeTaper(p: Plan): number {
	const running = (s: Session) =>
		s.segments
			.filter((g) => g.direction === 'backward' && g.mode === 'run')
			.reduce((sum, g) => sum + (g.durationSec ?? 0) * (g.repeats ?? 1), 0);
	const weeks = p.weeks.filter((w) => w.phase !== 'taper' && w.phase !== 'race');
	return Math.max(0, ...weeks.flatMap((w) => w.sessions.map(running)));
}

export function isStrides(s: Session): boolean {
	return s.kind === 'drills';
}

/** The week the walk/run foundation first runs without walk breaks, after a week with them. */
export function firstContinuousForward(before: Plan['weeks'][number], week: Plan['weeks'][number]): boolean {
	const walkRun = (w: Plan['weeks'][number]) =>
		w.sessions.some((s) => s.segments.some((g) => g.direction === 'forward' && g.mode === 'run' && g.recovery));
	return walkRun(before) && !walkRun(week);
}

export function longestSession(sessions: readonly Session[]): number {
	return Math.max(0, ...sessions.filter((s) => s.kind !== 'race').map((s) => s.backwardSec));
}

/** Walking or running backward, for the main backward work of a week. */
/** The longest continuous backward block of a week, seconds (by time; strides and sprints aside). */
export function longestBlock(sessions: readonly Session[]): number {
	const blocks = sessions
		.filter((s) => s.kind !== 'race')
		.flatMap((s) => s.segments)
		.filter((g) => g.direction === 'backward' && (g.mode === 'run' || g.mode === 'jog' || g.mode === 'walk'))
		.map((g) => g.durationSec ?? 0);
	return Math.max(0, ...blocks);
}

/** A session's backward running seconds, its backward walks left out. */
export function runningSec(s: Session): number {
	return s.segments
		.filter((g) => g.direction === 'backward' && g.mode === 'run')
		.reduce((sum, g) => sum + (g.durationSec ?? 0) * (g.repeats ?? 1), 0);
}

export function mainMode(sessions: readonly Session[]): string {
	return sessions.flatMap((s) => s.segments).find((g) => g.direction === 'backward' && g.role === 'main')?.mode ?? '';
}

/** The forward and backward main segments of a mixed run. */
export function mainParts(s: Session): [Segment, Segment] {
	const forward = s.segments.find((g) => g.direction === 'forward' && g.role === 'main');
	const backward = s.segments.find((g) => g.direction === 'backward');
	if (!forward || !backward) throw new Error(`not a mixed run: ${s.title}`);
	return [forward, backward];
}

export function amount(g: Segment, measure: 'distance' | 'time'): number {
	return measure === 'distance' ? (g.distanceM ?? Number.NaN) : (g.durationSec ?? Number.NaN);
}

export function mentionsWeek(text: string, week: number): boolean {
	const m = /^Weeks? ([^:]+):/.exec(text);
	if (!m) return false;
	return (m[1] ?? '').split(/, | and /).some((part) => {
		const range = /^(\d+) to (\d+)$/.exec(part);
		return range ? week >= Number(range[1]) && week <= Number(range[2]) : Number(part) === week;
	});
}

export function walkNumbers(value: unknown, visit: (n: number, path: string) => void, path = '$'): void {
	if (typeof value === 'number') visit(value, path);
	else if (Array.isArray(value)) {
		for (const [i, v] of value.entries()) walkNumbers(v, visit, `${path}[${i}]`);
	} else if (value !== null && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) walkNumbers(v, visit, `${path}.${k}`);
	}
}
