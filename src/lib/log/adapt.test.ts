/**
 * The plan follows the runner: each rule of the log eases the plan as a
 * coach would, says why next to the session, and never adds load. The
 * properties run over random logs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIX_3_DAYS, planOf, RACE_5K } from '../../../test/support/plan-fixtures';
import { planSchema } from '../plan/plan-schema';
import type { Plan, Session } from '../plan/schema';
import { type Adaptation, adaptPlan } from './adapt';
import { CHECKIN_STATUSES, type CheckIn, checkInLogSchema, PAIN_SITES } from './checkin-schema';

const MIX = planOf(MIX_3_DAYS);
const RACE = planOf(RACE_5K);
const all = (plan: Plan): Session[] => plan.weeks.flatMap((w) => w.sessions);
const byId = (plan: Plan, id: string) => {
	const s = all(plan).find((x) => x.id === id);
	if (!s) throw new Error(id);
	return s;
};
const checkIn = (plan: Plan, id: string, extra: Partial<CheckIn> = {}): CheckIn => ({
	session: id,
	date: byId(plan, id).date,
	status: 'done',
	...extra,
});

/** The check-ins made so far by `checkInEach`, oldest first. */
let logged: CheckIn[] = [];

/**
 * Checks in session after session as the builder does: each on its day,
 * the plan adapting to that check-in alone (`triggeredBy`), the log whole.
 * A plan that is not adapted from yet starts a new log.
 */
function checkInEach(start: Plan, entries: [string, Partial<CheckIn>][]): Plan {
	if (start.edits === undefined) logged = [];
	let plan = start;
	for (const [id, extra] of entries) {
		const c = checkIn(plan, id, extra);
		logged = [...logged, c];
		plan = adaptPlan(plan, logged, c.date, { triggeredBy: [c] }).plan;
	}
	return plan;
}

/** The original sessions a week is made of (a repeat names the week it copies). */
const rootsOf = (plan: Plan, week: number) => plan.weeks[week - 1]?.sessions.map((s) => s.repeatOf ?? s.id);

describe('adaptPlan', () => {
	it('after calf pain 5/10 on Thursday: the week repeats and the next backward session is an easy walk, each with its reason', () => {
		const log = [checkIn(MIX, 'w03-s2', { pain: 5, painAt: ['calf'] })];
		const { plan, changes, edits } = adaptPlan(MIX, log, log[0]?.date ?? '');
		expect(plan.weeks).toHaveLength(MIX.weeks.length + 1);
		expect(changes).toEqual([
			{
				session: 'w03-s1-r1',
				change: 'repeated',
				reason: 'Repeated week 3: you reported calf pain 5/10 on Thursday 19 Mar.',
				rule: 'ADAPT_PAIN_STOP',
			},
			expect.objectContaining({ session: 'w03-s3', change: 'eased', rule: 'ADAPT_PAIN_STOP' }),
		]);
		const eased = byId(plan, 'w03-s3');
		expect(eased.backwardSec).toBe(0);
		expect(eased.segments).toEqual([
			expect.objectContaining({ direction: 'forward', mode: 'walk', effort: 'very-easy' }),
		]);
		expect(eased.note).toMatch(/^Eased to an easy forward walk: you reported calf pain 5\/10 on Thursday/);
		expect(byId(plan, 'w03-s1-r1').note).toBe('Repeated week 3: you reported calf pain 5/10 on Thursday 19 Mar.');
		// The changes are ordinary edits: the plan rebuilds from them.
		expect(plan.edits).toEqual(edits);
	});

	it('treats dizziness or a fall like pain over the line, whatever the pain', () => {
		const log = [checkIn(MIX, 'w02-s1', { dizzy: true, pain: 0 })];
		const { changes } = adaptPlan(MIX, log, log[0]?.date ?? '');
		expect(changes.map((c) => c.change)).toEqual(['repeated', 'eased']);
		expect(changes[0]?.reason).toBe('Repeated week 2: you reported dizziness or a loss of balance on Tuesday 10 Mar.');
	});

	it('pauses backward running after pain on three check-ins running, and says to see a physiotherapist', () => {
		const log = ['w02-s1', 'w02-s2', 'w02-s3'].map((id) => checkIn(MIX, id, { pain: 2 }));
		const { plan, changes } = adaptPlan(MIX, log, log[2]?.date ?? '');
		const paused = changes.find((c) => c.change === 'paused');
		expect(paused?.reason).toMatch(/See a physiotherapist/);
		const after = all(plan).filter((s) => s.date > (log[2]?.date ?? '') && s.backwardSec > 0);
		expect(after.length).toBeGreaterThan(0);
		expect(after.every((s) => s.skipped)).toBe(true);
	});

	it('repeats no week while backward running is paused: a repeat would bring back what the pause skipped', () => {
		const pains = ['w02-s1', 'w02-s2', 'w02-s3'].map((id): [string, Partial<CheckIn>] => [id, { pain: 2 }]);
		const paused = checkInEach(MIX, pains);
		const next = paused.weeks.flatMap((w) => w.sessions).find((s) => s.date > (logged.at(-1)?.date ?? ''));
		const after = checkInEach(paused, [[next?.id ?? '', { status: 'partly', pain: 5 }]]);
		const open = all(after).filter((s) => s.date > (next?.date ?? '') && s.backwardSec > 0 && !s.skipped);
		expect(open).toEqual([]);
		expect(after.weeks).toHaveLength(paused.weeks.length);
	});

	it('holds the dose after mild pain twice running, or an easy session that felt very hard twice', () => {
		const mild = ['w02-s1', 'w02-s2'].map((id) => checkIn(MIX, id, { pain: 2 }));
		expect(adaptPlan(MIX, mild, mild[1]?.date ?? '').changes).toEqual([
			expect.objectContaining({
				change: 'repeated',
				rule: 'ADAPT_HOLD',
				reason: expect.stringMatching(/mild pain twice running/),
			}),
		]);
		const easy = all(MIX).filter((s) => s.segments.every((g) => g.effort === 'easy' || g.effort === 'very-easy'));
		const hard = easy.slice(0, 2).map((s) => checkIn(MIX, s.id, { effort: 9 }));
		expect(adaptPlan(MIX, hard, hard[1]?.date ?? '').changes.map((c) => c.rule)).toEqual(['ADAPT_HOLD']);
		// One mild report, or one hard one, changes nothing.
		expect(adaptPlan(MIX, mild.slice(0, 1), '2026-12-31').edits).toEqual([]);
	});

	it('holds the dose until two easy check-ins: a held week that ends without them comes again', () => {
		// Mild pain on Tuesday and Thursday of week 2: week 2 comes again as week 3.
		let plan = checkInEach(MIX, [
			['w02-s1', { pain: 2 }],
			['w02-s2', { pain: 2 }],
			['w02-s3', {}],
		]);
		expect(rootsOf(plan, 3)).toEqual(rootsOf(MIX, 2));
		expect(plan.weeks[2]?.sessions[0]?.note).toBe(
			'Repeated week 2: you reported mild pain twice running, the last on Thursday 12 Mar; the dose holds until 2 easy check-ins (done, no pain, effort under 8).',
		);
		// In the repeat, pain on Tuesday starts the count again; one easy session, then a very hard one:
		// the week runs out with no two easy check-ins, so the same dose comes a third time.
		const [tue, thu, sat] = plan.weeks[2]?.sessions.map((s) => s.id) ?? [];
		plan = checkInEach(plan, [
			[tue ?? '', { pain: 1 }],
			[thu ?? '', {}],
		]);
		expect(plan.weeks).toHaveLength(MIX.weeks.length + 1);
		const last = adaptPlan(plan, [...logged, checkIn(plan, sat ?? '', { effort: 9 })], byId(plan, sat ?? '').date, {
			triggeredBy: [],
		});
		expect(last.edits).toEqual([]); // only new check-ins act
		plan = checkInEach(plan, [[sat ?? '', { effort: 9 }]]);
		expect(plan.weeks).toHaveLength(MIX.weeks.length + 2);
		expect(rootsOf(plan, 4)).toEqual(rootsOf(MIX, 2));
		expect(plan.weeks[3]?.sessions[0]?.note).toBe(
			'Repeated week 3: the dose holds until 2 easy check-ins, and you have logged none since Saturday 21 Mar.',
		);
		// Two easy check-ins in the third go end the hold: week 3's dose follows, and nothing more repeats.
		const [tue3, thu3, sat3] = plan.weeks[3]?.sessions.map((s) => s.id) ?? [];
		plan = checkInEach(plan, [
			[tue3 ?? '', { effort: 3 }],
			[thu3 ?? '', {}],
			[sat3 ?? '', { pain: 2 }],
		]);
		expect(plan.weeks).toHaveLength(MIX.weeks.length + 2);
		expect(rootsOf(plan, 5)).toEqual(rootsOf(MIX, 3));
	});

	it('ends the hold with two easy check-ins in the week it began: one repeat only', () => {
		const plan = checkInEach(MIX, [
			['w02-s1', { effort: 2, pain: 3 }],
			['w02-s2', { pain: 1 }],
			['w02-s3', { effort: 4 }],
		]);
		const [tue, thu, sat] = plan.weeks[2]?.sessions.map((s) => s.id) ?? [];
		const after = checkInEach(plan, [
			[tue ?? '', { pain: 0 }],
			[thu ?? '', { status: 'partly' }],
			[sat ?? '', { status: 'skipped' }],
		]);
		expect(after.weeks).toHaveLength(MIX.weeks.length + 1);
		expect(rootsOf(after, 4)).toEqual(rootsOf(MIX, 3));
	});

	it('repeats a week in which two sessions were skipped', () => {
		const log = ['w04-s1', 'w04-s3'].map((id) => checkIn(MIX, id, { status: 'skipped' }));
		const { changes } = adaptPlan(MIX, log, log[1]?.date ?? '');
		expect(changes).toEqual([
			expect.objectContaining({
				reason: 'Repeated week 4: you skipped 2 sessions that week, the last on Saturday 28 Mar.',
			}),
		]);
		// Logged two months later, the week is long past: nothing moves.
		expect(adaptPlan(MIX, log, '2026-06-01').changes).toEqual([]);
	});

	it('adapts once: run again on the adapted plan with the same log, it changes nothing more', () => {
		const log = [checkIn(MIX, 'w03-s2', { pain: 6 }), checkIn(MIX, 'w05-s1', { status: 'skipped' })];
		const once = adaptPlan(MIX, log, '2026-12-31');
		const twice = adaptPlan(once.plan, log, '2026-12-31');
		expect(twice.edits).toEqual([]);
		expect(twice.plan).toEqual(once.plan);
	});

	it('ignores check-ins after today and for sessions the plan does not have', () => {
		const future = checkIn(MIX, 'w06-s1', { pain: 8 });
		const unknown: CheckIn = { session: 'w40-s1', date: '2026-03-03', status: 'done', pain: 9 };
		expect(adaptPlan(MIX, [future, unknown], '2026-03-10').edits).toEqual([]);
	});

	it('tells a race plan squeezed short of its race the options rather than cramming', () => {
		// Pain in every other week, logged on the day, the plan adapting after each check-in.
		let plan = RACE;
		const log: CheckIn[] = [];
		const changes: Adaptation[] = [];
		for (let week = 2; week < 20; week += 2) {
			const first = plan.weeks[week - 1]?.sessions[0];
			if (!first || plan.weeks[week - 1]?.phase === 'taper') break;
			log.push({ session: first.id, date: first.date, status: 'done', pain: 5 });
			const result = adaptPlan(plan, log, first.date);
			plan = result.plan;
			changes.push(...result.changes);
		}
		const race = changes.find((c) => c.change === 'race');
		expect(race?.reason).toMatch(/a later race date, a shorter race, or run part of it forward as a run\/walk race/);
		expect(all(plan).find((s) => s.kind === 'race')?.date).toBe(RACE.input.raceDate);
	});
});

describe('adaptPlan (properties)', () => {
	const logFor = (plan: Plan) => {
		const ids = all(plan).map((s) => s.id);
		const entry: fc.Arbitrary<CheckIn> = fc
			.record(
				{
					session: fc.oneof(
						{ weight: 9, arbitrary: fc.constantFrom(...ids) },
						{ weight: 1, arbitrary: fc.constant('w40-s1') },
					),
					status: fc.constantFrom(...CHECKIN_STATUSES),
					effort: fc.integer({ min: 0, max: 10 }),
					pain: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10 })),
					painAt: fc.subarray([...PAIN_SITES]),
					dizzy: fc.boolean(),
					note: fc.string({ maxLength: 20 }),
				},
				{ requiredKeys: ['session', 'status'] },
			)
			.map((c) => ({ ...c, date: all(plan).find((s) => s.id === c.session)?.date ?? '2026-03-03' }));
		return fc.array(entry, { maxLength: 12 });
	};
	const today = fc
		.integer({ min: 0, max: 200 })
		.map((d) => new Date(Date.UTC(2026, 2, 2 + d)).toISOString().slice(0, 10));
	const cases = fc.constantFrom(MIX, RACE).chain((plan) => fc.tuple(fc.constant(plan), logFor(plan), today));

	it('never throws, gives a valid plan, and is deterministic', () => {
		fc.assert(
			fc.property(cases, ([plan, log, day]) => {
				expect(checkInLogSchema.safeParse(log).success).toBe(true);
				const a = adaptPlan(plan, log, day);
				expect(planSchema.safeParse(a.plan).success).toBe(true);
				expect(adaptPlan(plan, log, day)).toEqual(a);
			}),
			{ numRuns: 150 },
		);
	});

	it('never adds load: no session or week holds more backward time than the plan did at its most', () => {
		fc.assert(
			fc.property(cases, ([plan, log, day]) => {
				const peakSession = Math.max(
					...all(plan)
						.filter((s) => s.kind !== 'race')
						.map((s) => s.backwardSec),
				);
				const peakWeek = Math.max(...plan.weeks.map((w) => w.totals.backwardSec));
				const { plan: adapted } = adaptPlan(plan, log, day);
				for (const s of all(adapted)) if (s.kind !== 'race') expect(s.backwardSec).toBeLessThanOrEqual(peakSession);
				for (const w of adapted.weeks) expect(w.totals.backwardSec).toBeLessThanOrEqual(peakWeek);
			}),
			{ numRuns: 150 },
		);
	});

	it('a report of pain 4+ or dizziness always eases the next backward session', () => {
		const report = fc
			.record({ pain: fc.integer({ min: 0, max: 10 }), dizzy: fc.boolean() })
			.filter((r) => r.pain >= 4 || r.dizzy);
		fc.assert(
			fc.property(fc.constantFrom(MIX, RACE), fc.nat(), report, (plan, pick, r) => {
				const backward = all(plan).filter((s) => s.backwardSec > 0 && s.kind !== 'race');
				const hurt = backward[pick % backward.length];
				if (!hurt) return;
				const { plan: adapted } = adaptPlan(
					plan,
					[{ session: hurt.id, date: hurt.date, status: 'done', ...r }],
					hurt.date,
				);
				// The first session after the report that goes backward, or went backward before it was eased.
				const next = all(adapted).find(
					(s) => s.date > hurt.date && s.kind !== 'race' && (s.backwardSec > 0 || s.changes?.includes('replaced')),
				);
				if (next) expect(next.backwardSec).toBe(0);
			}),
			{ numRuns: 200 },
		);
	});
});
