import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CANONICAL_INPUTS } from './canonical';
import { addDays, daysBetween } from './dates';
import { backwardPaceRange } from './format';
import { generatePlan } from './generate';
import { hashValue } from './hash';
import { parsePlanInput } from './input';
import { planSchema } from './plan-schema';
import { renderPlanAsText } from './render';
import { RACE_DISTANCE_M, RECOVERY_FACTOR } from './rules';
import { EFFORT_CUE, SCREENING_NOTE, STOP_RULE } from './safety';
import { type Plan, type PlanInput, planInputSchema, type Session } from './schema';

function input(raw: Record<string, unknown>): PlanInput {
	const r = parsePlanInput(raw);
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.value;
}
const plan = (raw: Record<string, unknown>) => generatePlan(input(raw));
const sessions = (p: Plan): Session[] => p.weeks.flatMap((w) => w.sessions);
const backward = (p: Plan) => sessions(p).filter((s) => s.backwardSec > 0);
const canonical = Object.fromEntries(Object.entries(CANONICAL_INPUTS).map(([k, v]) => [k, plan(v)])) as Record<
	keyof typeof CANONICAL_INPUTS,
	Plan
>;

describe('canonical plans (read the snapshots as a coach would)', () => {
	for (const [name, p] of Object.entries(canonical)) {
		it(name, () => {
			expect(renderPlanAsText(p)).toMatchSnapshot();
		});
	}
});

describe('start dose by experience', () => {
	it('new runners start with 30 s intervals and at most 5 minutes backward in week 1', () => {
		const p = canonical['mix-in-new-8-weeks'];
		const w1 = p.weeks[0];
		expect(w1?.totals.backwardSec).toBeGreaterThanOrEqual(120);
		expect(w1?.totals.backwardSec).toBeLessThanOrEqual(300);
		for (const s of w1?.sessions ?? []) {
			for (const seg of s.segments) if (seg.direction === 'backward') expect(seg.durationSec).toBe(30);
		}
	});
	it('runners with some experience start with 1-2 min segments', () => {
		const w1 = canonical['retro-5k-some-12-weeks'].weeks[0];
		const reps = w1?.sessions.flatMap((s) => s.segments.filter((g) => g.direction === 'backward')) ?? [];
		expect(reps.length).toBeGreaterThan(0);
		for (const r of reps) {
			expect(r.durationSec).toBeGreaterThanOrEqual(60);
			expect(r.durationSec).toBeLessThanOrEqual(120);
		}
	});
	it('regulars start with continuous segments', () => {
		const w1 = canonical['retro-half-regular-16-weeks'].weeks[0];
		for (const s of (w1?.sessions ?? []).filter((x) => x.backwardSec > 0)) {
			expect(s.kind).toBe('continuous');
			expect(s.segments.find((g) => g.direction === 'backward')?.repeats).toBe(1);
		}
	});
	it('knee-friendly starts with backward walking, 3 times a week, never over 10 minutes (row 21)', () => {
		const p = canonical['knee-friendly-6-weeks'];
		for (const s of p.weeks[0]?.sessions ?? []) {
			expect(s.kind).toBe('walk');
			expect(s.segments.filter((g) => g.direction === 'backward').every((g) => g.mode === 'walk')).toBe(true);
		}
		for (const w of p.weeks) {
			expect(w.totals.backwardSessions).toBe(3);
			for (const s of w.sessions) expect(s.backwardSec).toBeLessThanOrEqual(600);
		}
		const last = p.weeks.at(-1)?.sessions[0];
		expect(last?.segments.some((g) => g.direction === 'backward' && g.mode === 'jog')).toBe(true);
	});
});

describe('progression', () => {
	it('makes every 4th week a recovery week at about 70 %', () => {
		const p = canonical['retro-5k-some-12-weeks'];
		for (const w of p.weeks.filter((x) => x.phase === 'recovery')) {
			const before = p.weeks[w.index - 2]?.totals.backwardSec ?? 0;
			expect(w.index % 4).toBe(0);
			expect(w.totals.backwardSec / before).toBeGreaterThan(RECOVERY_FACTOR - 0.15);
			expect(w.totals.backwardSec / before).toBeLessThan(RECOVERY_FACTOR + 0.1);
		}
	});
	it('keeps backward time at most 25 % of a mixed run', () => {
		for (const s of sessions(plan({ ...CANONICAL_INPUTS['mix-in-new-8-weeks'], experience: 'regular', weeks: 26 }))) {
			if (s.kind === 'mixed') expect(s.backwardShare).toBeLessThanOrEqual(0.25);
		}
	});
	it('grows the longest continuous backward stretch one ladder rung at a time', () => {
		const p = canonical['retro-half-regular-16-weeks'];
		let longest = 0;
		for (const w of p.weeks.filter((x) => x.phase !== 'race')) {
			const max = Math.max(
				0,
				...w.sessions.flatMap((s) =>
					s.segments.filter((g) => g.direction === 'backward').map((g) => g.durationSec ?? 0),
				),
			);
			if (longest > 0) expect(max).toBeLessThanOrEqual(Math.max(longest * 1.5, longest + 60));
			longest = Math.max(longest, max);
		}
	});
});

describe('races', () => {
	it('peaks the long session at 70-90 % of race distance, tapers, then races on race day', () => {
		const p = canonical['retro-5k-some-12-weeks'];
		const secPerM = (p.paces.backwardEasy.min + p.paces.backwardEasy.max) / 2 / 1000;
		const longest = Math.max(
			...sessions(p)
				.filter((s) => s.kind === 'long')
				.map((s) => s.backwardSec / secPerM),
		);
		expect(longest / RACE_DISTANCE_M['retro-5k']).toBeGreaterThanOrEqual(0.7);
		expect(longest / RACE_DISTANCE_M['retro-5k']).toBeLessThanOrEqual(0.9);
		expect(p.warnings.join(' ')).not.toContain('short of');
		const taper = p.weeks.filter((w) => w.phase === 'taper');
		const peak = Math.max(...p.weeks.filter((w) => w.phase === 'peak').map((w) => w.totals.backwardSec));
		for (const t of taper) expect(t.totals.backwardSec).toBeLessThan(peak);
		const last = sessions(p).at(-1);
		expect(last?.kind).toBe('race');
		expect(last?.date).toBe(p.input.raceDate);
		expect(last?.segments.find((g) => g.direction === 'backward')?.distanceM).toBe(5000);
	});
	it('lets the mile be run in full in training', () => {
		const p = plan({
			goal: 'retro-mile',
			experience: 'some',
			startDate: '2026-03-02',
			weeks: 8,
			days: ['tue', 'thu', 'sat'],
		});
		expect(p.warnings.join(' ')).not.toContain('short of');
	});
	it('puts no backward session the day before the race, and warns when race day is not a training day', () => {
		const p = plan({
			goal: 'retro-5k',
			experience: 'regular',
			startDate: '2026-03-02',
			raceDate: '2026-04-12',
			days: ['mon', 'wed', 'sat'],
		});
		const race = sessions(p).at(-1);
		const dayBefore = sessions(p).find((s) => s.date === addDays(race?.date ?? '', -1));
		expect(dayBefore === undefined || dayBefore.backwardSec === 0).toBe(true);
		expect(p.warnings.some((w) => w.startsWith('Race day is a Sunday'))).toBe(true);
	});
});

describe('weekly structure', () => {
	it('limits backward sessions to 3 a week, 2 in a new runner’s first 4 weeks, and says so', () => {
		const p = plan({
			goal: 'retro-mile',
			experience: 'new',
			startDate: '2026-03-02',
			weeks: 20,
			days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
		});
		for (const w of p.weeks) expect(w.totals.backwardSessions).toBeLessThanOrEqual(w.index <= 4 ? 2 : 3);
		expect(p.warnings[0]).toBe(
			'Backward sessions are limited to 3 a week (2 in your first 4 weeks), never on back-to-back days; your other days are easy forward runs.',
		);
		expect(sessions(p).filter((s) => s.kind === 'easy-forward').length).toBeGreaterThan(0);
	});
	it('never puts backward sessions on consecutive days, Sunday-Monday included', () => {
		const p = plan({
			goal: 'mix-in',
			experience: 'some',
			startDate: '2026-03-04',
			weeks: 10,
			days: ['mon', 'wed', 'fri', 'sun'],
		});
		const dates = backward(p).map((s) => s.date);
		for (let i = 1; i < dates.length; i++) expect(daysBetween(dates[i - 1] ?? '', dates[i] ?? '')).toBeGreaterThan(1);
	});
	it('explains when back-to-back training days leave room for fewer backward sessions', () => {
		const p = plan({ goal: 'mix-in', startDate: '2026-03-02', days: ['sat', 'sun'] });
		expect(p.warnings[0]).toContain('only 1 backward session fits each week');
	});
});

describe('pace and effort', () => {
	it('shows backward pace as forward easy pace × the experience ratio, with effort overruling it', () => {
		const p = canonical['retro-5k-some-12-weeks'];
		expect(p.paces.backwardEasy).toEqual(backwardPaceRange(p.input.forwardEasyPace, 'some'));
		for (const s of backward(p)) {
			if (s.kind === 'race') continue;
			expect(s.techniqueCues).toContain(EFFORT_CUE);
			for (const g of s.segments)
				if (g.direction === 'backward' && g.mode === 'run') expect(g.pace).toEqual(p.paces.backwardEasy);
		}
	});
});

describe('safety in every backward session', () => {
	it('opens with the screening note', () => {
		expect(canonical['mix-in-new-8-weeks'].screening).toBe(SCREENING_NOTE);
		expect(SCREENING_NOTE).toMatch(/balance problems, vertigo or dizziness, have fallen recently/);
	});
	it('gives the surface, the lookout and the stop rule', () => {
		for (const p of Object.values(canonical)) {
			for (const s of backward(p)) {
				expect(s.safetyNotes).toContain(STOP_RULE);
				expect(s.safetyNotes.length).toBeGreaterThanOrEqual(3);
			}
		}
		const solo = backward(canonical['mix-in-new-8-weeks'])[0];
		expect(solo?.safetyNotes.join(' ')).toMatch(/guide or spotter/);
		expect(solo?.safetyNotes.join(' ')).toMatch(/glance back over alternating shoulders/);
	});
	it('gives treadmill rules on a treadmill', () => {
		const p = plan({ goal: 'mix-in', startDate: '2026-03-02', surface: 'treadmill' });
		const notes = backward(p)[0]?.safetyNotes.join(' ') ?? '';
		for (const word of ['safety key', 'face away from the console', 'slow walk', 'handrails'])
			expect(notes).toContain(word);
		expect(backward(p)[0]?.guideIds).toContain('treadmill-safety');
	});
	it('links the first backward session to the first-session guides', () => {
		expect(backward(canonical['retro-5k-some-12-weeks'])[0]?.guideIds).toEqual(
			expect.arrayContaining(['first-session', 'posture-and-lean', 'foot-contact-and-cadence']),
		);
	});
});

describe('identity and format', () => {
	it('has a stable id from the normalised input and stable session ids', () => {
		const p = canonical['retro-5k-some-12-weeks'];
		expect(p.id).toBe(hashValue(p.input));
		expect(p.id).toMatch(/^[0-9a-z]{6,11}$/);
		expect(sessions(p)[0]?.id).toBe('w01-s1');
		expect(plan({ ...CANONICAL_INPUTS['retro-5k-some-12-weeks'], hasGuide: false }).id).not.toBe(p.id);
		expect(plan({ ...CANONICAL_INPUTS['retro-5k-some-12-weeks'], days: ['sun', 'sat', 'thu', 'tue'] }).id).toBe(p.id);
	});
	it('titles race plans', () => {
		expect(canonical['retro-5k-some-12-weeks'].title).toBe('Backward 5K in 12 weeks');
		expect(canonical['retro-half-regular-16-weeks'].title).toBe('Backward half marathon in 16 weeks');
	});
	it('validates against planSchema, and both schemas convert to JSON Schema', () => {
		for (const p of Object.values(canonical)) expect(planSchema.parse(p)).toEqual(p);
		const json = z.toJSONSchema(planSchema);
		expect(json.type).toBe('object');
		expect(JSON.stringify(json)).toContain('backwardShare');
		expect(z.toJSONSchema(planInputSchema).required).toContain('startDate');
	});
	it('does not mutate its input', () => {
		const i = input(CANONICAL_INPUTS['retro-half-regular-16-weeks']);
		const frozen = JSON.parse(JSON.stringify(i));
		deepFreeze(i);
		expect(() => generatePlan(i)).not.toThrow();
		expect(i).toEqual(frozen);
	});
});

function deepFreeze<T>(o: T): T {
	if (o && typeof o === 'object') {
		for (const v of Object.values(o)) deepFreeze(v);
		Object.freeze(o);
	}
	return o;
}
