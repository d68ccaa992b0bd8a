/**
 * Property tests over the whole input space: for any settings a form, a share
 * link or a file could send, parsePlanInput either refuses them with a
 * message, or the plan it accepts keeps every rule of rules.ts. 1,000 runs
 * each (the plan-level properties share one run over many inputs).
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createContext } from './context';
import { addDays, daysBetween, fromDayNumber, toDayNumber, weekdayOf } from './dates';
import { generatePlan } from './generate';
import { parsePlanInput } from './input';
import { EXPERIENCE_LEVELS, GOALS, isRaceGoal, SURFACES, WEEKDAYS } from './options';
import { planSchema } from './plan-schema';
import { raceReadiness } from './readiness';
import { isRoundDistance, isRoundDuration } from './rounding';
import {
	MAX_PLAN_WEEKS,
	MAX_SESSION_SEC,
	MAX_WEEK_BACKWARD_SEC,
	METRES_PER_UNIT,
	MIX_IN_MAX_BACKWARD_OF_FORWARD,
	maxBackwardSessions,
	maxSessionBackwardSec,
	maxWeekBackwardSec,
	RECOVERY_CUT,
} from './rules';
import type { Plan, PlanInput, Segment, Session } from './schema';
import { planTargets } from './targets';

/**
 * One seed for every property of a run (printed by fast-check when one fails),
 * so they see the same inputs and each input is parsed and planned once: a
 * plan takes about a millisecond, but refusing an input searches lengths.
 */
// Thousands of generated plans per property: a margin for a shared two-core runner, not a speed
// requirement (npm run bench measures generatePlan's speed).
vi.setConfig({ testTimeout: 240_000 });

const SEED = Date.now() % 2 ** 31;
const RUNS = { numRuns: 1000, seed: SEED };
const SOME = (numRuns: number) => ({ numRuns, seed: SEED });

const parsed = new Map<string, ReturnType<typeof parsePlanInput>>();
const plans = new Map<string, Plan>();
function parseOnce(raw: Record<string, unknown>): ReturnType<typeof parsePlanInput> {
	const key = JSON.stringify(raw);
	let r = parsed.get(key);
	if (r === undefined) {
		r = parsePlanInput(raw);
		parsed.set(key, r);
	}
	return r;
}
/** The plan of an input, made once per run (generatePlan is pure, so a cached plan is the same plan). */
function planOf(input: PlanInput): Plan {
	const key = JSON.stringify(input);
	let p = plans.get(key);
	if (p === undefined) {
		p = generatePlan(input);
		plans.set(key, p);
	}
	return p;
}

/** Raw settings in the shape a form or share link sends: any goal, level, pace, days and length. */
const rawSettings = fc
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
const validInput: fc.Arbitrary<PlanInput> = rawSettings
	.map((raw) => parseOnce(raw))
	.filter((r): r is { ok: true; value: PlanInput } => r.ok)
	.map((r) => r.value);

/** The same, without a coach's split: the engine's own numbers. */
const engineInput = validInput.filter((i) => i.split === undefined);

const allSessions = (p: Plan) => p.weeks.flatMap((w) => w.sessions);
const training = (p: Plan) => allSessions(p).filter((s) => s.kind !== 'race');

/** Backward running (walks left out) of the longest session before the taper: how far a plan trains its race. */
function longestBeforeTaper(p: Plan): number {
	const running = (s: Session) =>
		s.segments
			.filter((g) => g.direction === 'backward' && g.mode === 'run')
			.reduce((sum, g) => sum + (g.durationSec ?? 0) * (g.repeats ?? 1), 0);
	const weeks = p.weeks.filter((w) => w.phase !== 'taper' && w.phase !== 'race');
	return Math.max(0, ...weeks.flatMap((w) => w.sessions.map(running)));
}

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

describe('load, for the engine’s own numbers (no coach split)', () => {
	it('never raises a session more than 15 % or 2 minutes (never 60 %) over the longest earlier one, nor a week over the biggest earlier week', () => {
		fc.assert(
			fc.property(engineInput, (input) => {
				const p = planOf(input);
				let longest = 0;
				let biggest = 0;
				let lastMode = '';
				for (const w of p.weeks) {
					if (w.phase === 'race') break;
					// The week backward running starts after weeks of backward walking: its backward walks between
					// runs are the walking already done, so its running alone rises within the cap over the walks
					// before it (4 × 30 s walked, then 3 × 30 s run with 1 min backward walks between).
					const mode = mainMode(w.sessions);
					const startsRunning = lastMode === 'walk' && mode === 'run';
					if (mode !== '') lastMode = mode;
					for (const s of w.sessions) {
						if (longest > 0 && !isStrides(s))
							expect(startsRunning ? runningSec(s) : s.backwardSec).toBeLessThanOrEqual(
								maxSessionBackwardSec(longest) + 0.5,
							);
						longest = Math.max(longest, s.backwardSec);
					}
					const count = w.sessions.filter((s) => s.backwardSec > 0).length;
					if (biggest > 0 && input.goal !== 'drills') {
						expect(w.totals.backwardSec).toBeLessThanOrEqual(maxWeekBackwardSec(biggest, count) + 0.5);
					}
					biggest = Math.max(biggest, w.totals.backwardSec);
				}
			}),
			RUNS,
		);
	});

	it('cuts recovery weeks by 20-30 % (15-35 % in the same blocks), with a shorter longest session, and starts the next week below the week before', () => {
		fc.assert(
			fc.property(
				// Drills included: their stage holds over a recovery week, and the week after still starts lower.
				engineInput.filter((i) => i.goal !== 'knee-friendly'),
				(input) => {
					const p = planOf(input);
					for (const w of p.weeks) {
						if (w.phase !== 'recovery') continue;
						const before = p.weeks[w.index - 2];
						const after = p.weeks[w.index];
						if (!before) continue;
						const cut = 1 - w.totals.backwardSec / before.totals.backwardSec;
						// Tiny weeks cannot always land in the band on a 15 s grid (90 s → 60 or 75 s): one step per session of slack.
						const slack = (15 * w.sessions.filter((x) => x.backwardSec > 0).length) / before.totals.backwardSec;
						// A week whose sessions keep their blocks (none in more of them) may land 5 points outside
						// (3 × 1 min 30 s to 3 × 1 min, a third), rather than re-cut into more, shorter ones.
						const mainBlocks = (x: Session) =>
							x.segments.find((g) => g.direction === 'backward' && g.role === 'main')?.repeats ?? 1;
						const kept = w.sessions.every((x, i) => {
							const was = before.sessions[i];
							return !was || mainBlocks(x) <= mainBlocks(was);
						});
						const tolerance = Math.max(0, slack - 0.05, kept ? RECOVERY_CUT.keepingBlocks : 0) + 1e-9;
						expect(cut).toBeGreaterThanOrEqual(RECOVERY_CUT.min - tolerance);
						expect(cut).toBeLessThanOrEqual(RECOVERY_CUT.max + tolerance);
						expect(longestSession(w.sessions)).toBeLessThan(longestSession(before.sessions));
						if (after && after.phase !== 'taper' && after.phase !== 'race') {
							expect(after.totals.backwardSec).toBeLessThan(before.totals.backwardSec);
						}
					}
				},
			),
			RUNS,
		);
	});

	it('never stalls: before the peak the longest session, the longest continuous block or the week grows within every 4 weeks until the aim', () => {
		fc.assert(
			fc.property(
				engineInput.filter((i) => i.goal === 'mix-in' || isRaceGoal(i.goal)),
				(input) => {
					const p = planOf(input);
					const aim = planTargets(createContext(input)).aimSec;
					const longest = p.weeks.map((w) => longestSession(w.sessions));
					const blocks = p.weeks.map((w) => longestBlock(w.sessions));
					const totals = p.weeks.map((w) => (w.phase === 'race' ? 0 : w.totals.backwardSec));
					const modes = p.weeks.map((w) => mainMode(w.sessions));
					// A runner new to running walks backward first; backward running then starts its own build.
					const runFrom = Math.max(0, modes.indexOf('run'));
					const firstPeak = p.weeks.findIndex((w) => w.phase === 'peak');
					const end = firstPeak < 0 ? p.weeks.length : firstPeak + 1;
					for (let i = runFrom; i + 4 <= end; i++) {
						const before = Math.max(0, ...longest.slice(runFrom, i + 1));
						const within = Math.max(...longest.slice(i + 1, i + 5));
						// Reaching the aim (within one rounding step) is the end of the build, not a stall.
						if (before >= aim - 60) continue;
						// A long run that turns continuous may hold its time while its block grows: that is progress.
						const blockBefore = Math.max(0, ...blocks.slice(runFrom, i + 1));
						const blockWithin = Math.max(...blocks.slice(i + 1, i + 5));
						// So may a week that adds a session (a third day), keeping each session's size.
						const weekBefore = Math.max(0, ...totals.slice(runFrom, i + 1));
						const weekWithin = Math.max(...totals.slice(i + 1, i + 5));
						// And a week whose forward foundation makes its big step (the first 20 minutes without walk
						// breaks) holds backward work on purpose: one thing harder a week.
						const forwardStep = p.weeks.slice(i + 1, i + 5).some((w, k) => {
							const prior = p.weeks[i + k];
							return prior !== undefined && firstContinuousForward(prior, w);
						});
						expect(
							within > before || blockWithin > blockBefore || weekWithin > weekBefore || forwardStep,
							`weeks ${i + 2}-${i + 5} of ${JSON.stringify(input)}: sessions ${before} -> ${within}, blocks ${blockBefore} -> ${blockWithin}`,
						).toBe(true);
					}
				},
			),
			RUNS,
		);
	});

	it('peaks for 2-3 weeks in race plans, holding the longest session through them', () => {
		fc.assert(
			fc.property(
				engineInput.filter((i) => isRaceGoal(i.goal)),
				(input) => {
					const p = planOf(input);
					const peaks = p.weeks.filter((w) => w.phase === 'peak');
					expect(peaks.length).toBeGreaterThanOrEqual(2);
					expect(peaks.length).toBeLessThanOrEqual(3);
					const top = longestSession(peaks[0]?.sessions ?? []);
					for (const w of peaks) expect(longestSession(w.sessions)).toBe(top);
					for (const w of p.weeks) if (w.phase !== 'race') expect(longestSession(w.sessions)).toBeLessThanOrEqual(top);
				},
			),
			SOME(500),
		);
	});

	it('names one peak of 2-3 weeks holding one dose, in every plan that has a peak (mix-in from zero included)', () => {
		fc.assert(
			fc.property(engineInput, (input) => {
				const p = planOf(input);
				const peaks = p.weeks.filter((w) => w.phase === 'peak');
				if (peaks.length === 0) return;
				expect(peaks.length).toBeGreaterThanOrEqual(2);
				expect(peaks.length).toBeLessThanOrEqual(3);
				// One stretch: the peak weeks follow each other.
				expect((peaks.at(-1)?.index ?? 0) - (peaks[0]?.index ?? 0)).toBe(peaks.length - 1);
				// One dose: each peak week's backward sessions as long as the first's.
				const top = longestSession(peaks[0]?.sessions ?? []);
				for (const w of peaks) expect(longestSession(w.sessions)).toBe(top);
			}),
			SOME(500),
		);
	});

	it('makes one thing harder a week: the week of the first continuous run forward holds backward sessions', () => {
		fc.assert(
			fc.property(
				engineInput.filter((i) => (i.currentRunMinutes ?? 30) < 20),
				(input) => {
					const p = planOf(input);
					for (let i = 1; i < p.weeks.length; i++) {
						const [before, week] = [p.weeks[i - 1], p.weeks[i]];
						// The hold wins even where the week opens the peak (the peak then holds that dose).
						if (!before || !week || before.phase === 'recovery') continue;
						for (const s of week.sessions) {
							// While the runner still walks between forward runs, backward blocks end in walks too.
							const walkRun = s.segments.some(
								(g) => g.direction === 'forward' && g.mode === 'run' && g.recovery?.mode === 'walk',
							);
							if (!walkRun) continue;
							for (const g of s.segments)
								if (g.direction === 'backward') expect(g.recovery?.mode ?? 'walk').toBe('walk');
						}
						if (!firstContinuousForward(before, week)) continue;
						expect(longestSession(week.sessions)).toBeLessThanOrEqual(longestSession(before.sessions));
					}
				},
			),
			SOME(300),
		);
	});

	it('caps by time: no training session over 150 minutes, no week over 4 hours backward, mixed runs at most a third backward', () => {
		fc.assert(
			fc.property(engineInput, (input) => {
				const p = planOf(input);
				for (const w of p.weeks) {
					if (w.phase !== 'race') expect(w.totals.backwardSec).toBeLessThanOrEqual(MAX_WEEK_BACKWARD_SEC);
					for (const s of w.sessions) {
						if (s.kind === 'race') continue;
						expect(s.estimatedDurationSec).toBeLessThanOrEqual(MAX_SESSION_SEC);
						if (s.kind === 'mixed') {
							const forward = s.estimatedDurationSec - s.backwardSec;
							expect(s.backwardSec).toBeLessThanOrEqual(forward * MIX_IN_MAX_BACKWARD_OF_FORWARD + 15);
						}
					}
				}
			}),
			RUNS,
		);
	});
});

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

describe('the coach’s split', () => {
	it('is honoured as written in build weeks, and every breach of a rule is a warning naming its week', () => {
		fc.assert(
			fc.property(
				validInput.filter((i) => i.split !== undefined),
				(input) => {
					const p = planOf(input);
					const split = input.split;
					if (!split) return;
					const unit = split.measure === 'distance' ? METRES_PER_UNIT[input.units] : 60;
					const mixed = allSessions(p).filter((s) => s.kind === 'mixed');
					const ctx = createContext(input);
					// The steps count the weeks the runner builds at the split: not a recovery week (it eases the week
					// before), not an easy lead-in week, not the walk/run foundation before the split starts; the week
					// back from a recovery week counts but never steps up. Held from the first peak week on (a coach
					// freezes the steps at the peak); eased in recovery weeks by 20-30 % of the week before, on a grid
					// a coach writes; eased below the held value in taper weeks.
					const lead =
						Number(
							p.warnings
								.find((x) => x.includes('hold the same backward sessions'))
								?.match(/Weeks 1 (?:and|to) (\d+)/)?.[1] ?? 1,
						) - 1;
					// No split week at all (the foundation lasts the plan, or no mixed-run day): Infinity.
					const splitFrom = p.warnings.some((x) => x.includes('has none'))
						? Number.POSITIVE_INFINITY
						: Number(p.warnings.find((x) => x.startsWith('Your split starts in week'))?.match(/week (\d+)/)?.[1] ?? 1);
					const every = split.everyWeeks ?? 2;
					const stepValue = (step: number) => split.backward + (split.step ?? 0) * Math.floor((step - 1) / every);
					const index = (step: number) => Math.floor((step - 1) / every);
					let built = 0;
					let frozen: number | undefined;
					const steps = p.weeks.map((w) => {
						const counts = w.phase !== 'recovery' && w.index > lead && w.index >= splitFrom;
						const holds = p.weeks[w.index - 2]?.phase === 'recovery' && built > 0 && index(built + 1) > index(built);
						if (counts && !holds) built++;
						const unfrozen = Math.max(1, built);
						if (w.phase === 'peak' && frozen === undefined) frozen = unfrozen;
						return { step: frozen ?? unfrozen, unfrozen };
					});
					const writtenAt = (week: number) => stepValue(steps[week - 1]?.step ?? 1);
					for (const w of p.weeks) {
						// The split's own mixed runs: from its first week (the foundation's are the plan's own).
						if (w.index < splitFrom) continue;
						for (const s of w.sessions.filter((x) => x.kind === 'mixed')) {
							const [forward, backward] = mainParts(s);
							const written = writtenAt(w.index);
							if (w.phase === 'build' || w.phase === 'foundation' || w.phase === 'peak') {
								expect(amount(backward, split.measure)).toBeCloseTo(written * unit, 6);
								expect(amount(forward, split.measure)).toBeLessThanOrEqual(split.forward * unit + 1e-6);
							} else expect(amount(backward, split.measure)).toBeLessThanOrEqual(written * unit + 1e-6);
							if (w.phase === 'recovery' && w.index > 1) {
								const cut = 1 - amount(backward, split.measure) / (writtenAt(w.index - 1) * unit);
								// Within the band wherever the plan's grid allows it: 50 m or 0.05 mi, 15 s under 10 minutes
								// and whole minutes above.
								const before = writtenAt(w.index - 1);
								const grid = split.measure === 'distance' ? 0.05 : before * 0.75 >= 10 ? 1 : 0.25;
								// On the coach's own steps (0.75 mi to 0.5 mi, a third) up to 5 points outside the band.
								const eased = amount(backward, split.measure) / unit;
								const steps = split.step ? (eased - split.backward) / split.step : Number.NaN;
								const own = Math.abs(steps - Math.round(steps)) < 1e-6 && steps >= 0;
								const slack = (own ? RECOVERY_CUT.keepingBlocks : 0) + 1e-6;
								if (before * 0.1 >= grid) {
									expect(cut, `week ${w.index}`).toBeGreaterThanOrEqual(RECOVERY_CUT.min - slack);
									expect(cut, `week ${w.index}`).toBeLessThanOrEqual(RECOVERY_CUT.max + slack);
								}
							}
							// The week after a recovery week picks up where the runner left off, never above it.
							if (w.index > 2 && p.weeks[w.index - 2]?.phase === 'recovery' && w.phase !== 'recovery')
								expect(written, `week ${w.index}`).toBeLessThanOrEqual(writtenAt(w.index - 2) + 1e-9);
						}
					}
					// A held step, and a step that comes later than the calendar would have it, are said, naming
					// their weeks.
					for (const w of p.weeks) {
						if (w.phase !== 'build' && w.phase !== 'peak') continue;
						const { step, unfrozen } = steps[w.index - 1] ?? { step: 1, unfrozen: 1 };
						const hasMixed = w.index >= splitFrom && w.sessions.some((x) => x.kind === 'mixed');
						if (hasMixed && stepValue(unfrozen) > stepValue(step) + 1e-9)
							expect(p.warnings.some((x) => x.includes('holds your split') && mentionsWeek(x, w.index))).toBe(true);
						else if (hasMixed && stepValue(w.index - splitFrom + 1) > stepValue(step) + 1e-9)
							expect(
								p.warnings.some((x) => x.includes('the plan picks up at what you ran') && mentionsWeek(x, w.index)),
							).toBe(true);
					}
					// Each jump over the rise cap by a split session is named in a warning.
					let longest = 0;
					for (const w of p.weeks) {
						for (const s of w.sessions) {
							if (s.kind === 'race') continue;
							const fromSplit =
								s.kind === 'mixed' && w.index >= splitFrom && !p.warnings.some((x) => x.includes('has none'));
							if (fromSplit && longest > 0 && s.backwardSec > maxSessionBackwardSec(longest)) {
								const named = p.warnings.some((x) => x.includes('grow at once') && mentionsWeek(x, w.index));
								expect(named, `week ${w.index}: ${p.warnings.join(' | ')}`).toBe(true);
							}
							longest = Math.max(longest, s.backwardSec);
						}
					}
					expect(mixed.length + (p.warnings.some((x) => x.includes('has none')) ? 1 : 0)).toBeGreaterThan(0);
					expect(ctx.input.split).toEqual(split);
				},
			),
			SOME(300),
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

function isStrides(s: Session): boolean {
	return s.kind === 'drills';
}

/** The week the walk/run foundation first runs without walk breaks, after a week with them. */
function firstContinuousForward(before: Plan['weeks'][number], week: Plan['weeks'][number]): boolean {
	const walkRun = (w: Plan['weeks'][number]) =>
		w.sessions.some((s) => s.segments.some((g) => g.direction === 'forward' && g.mode === 'run' && g.recovery));
	return walkRun(before) && !walkRun(week);
}

function longestSession(sessions: readonly Session[]): number {
	return Math.max(0, ...sessions.filter((s) => s.kind !== 'race').map((s) => s.backwardSec));
}

/** Walking or running backward, for the main backward work of a week. */
/** The longest continuous backward block of a week, seconds (by time; strides and sprints aside). */
function longestBlock(sessions: readonly Session[]): number {
	const blocks = sessions
		.filter((s) => s.kind !== 'race')
		.flatMap((s) => s.segments)
		.filter((g) => g.direction === 'backward' && (g.mode === 'run' || g.mode === 'jog' || g.mode === 'walk'))
		.map((g) => g.durationSec ?? 0);
	return Math.max(0, ...blocks);
}

/** A session's backward running seconds, its backward walks left out. */
function runningSec(s: Session): number {
	return s.segments
		.filter((g) => g.direction === 'backward' && g.mode === 'run')
		.reduce((sum, g) => sum + (g.durationSec ?? 0) * (g.repeats ?? 1), 0);
}

function mainMode(sessions: readonly Session[]): string {
	return sessions.flatMap((s) => s.segments).find((g) => g.direction === 'backward' && g.role === 'main')?.mode ?? '';
}

/** The forward and backward main segments of a mixed run. */
function mainParts(s: Session): [Segment, Segment] {
	const forward = s.segments.find((g) => g.direction === 'forward' && g.role === 'main');
	const backward = s.segments.find((g) => g.direction === 'backward');
	if (!forward || !backward) throw new Error(`not a mixed run: ${s.title}`);
	return [forward, backward];
}

function amount(g: Segment, measure: 'distance' | 'time'): number {
	return measure === 'distance' ? (g.distanceM ?? Number.NaN) : (g.durationSec ?? Number.NaN);
}

function mentionsWeek(text: string, week: number): boolean {
	const m = /^Weeks? ([^:]+):/.exec(text);
	if (!m) return false;
	return (m[1] ?? '').split(/, | and /).some((part) => {
		const range = /^(\d+) to (\d+)$/.exec(part);
		return range ? week >= Number(range[1]) && week <= Number(range[2]) : Number(part) === week;
	});
}

function walkNumbers(value: unknown, visit: (n: number, path: string) => void, path = '$'): void {
	if (typeof value === 'number') visit(value, path);
	else if (Array.isArray(value)) {
		for (const [i, v] of value.entries()) walkNumbers(v, visit, `${path}[${i}]`);
	} else if (value !== null && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) walkNumbers(v, visit, `${path}.${k}`);
	}
}
