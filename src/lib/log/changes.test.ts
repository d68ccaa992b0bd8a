/**
 * What changed and why, read back from the plan: every change `adaptPlan`
 * made is found with its rule and check-in, an undone change is gone, and a
 * plan rebuilt from a share link lists the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIX_3_DAYS, planOf, RACE_5K } from '../../../test/support/plan-fixtures';
import { decodeShareState } from '../export/share';
import { encodePlanShare } from '../export/share-edits';
import { applyPlanEdits } from '../plan/edits';
import { generatePlan } from '../plan/generate';
import type { Plan } from '../plan/schema';
import { adaptPlan } from './adapt';
import { adaptationsInPlan } from './changes';
import { CHECKIN_STATUSES, type CheckIn } from './checkin-schema';

const MIX = planOf(MIX_3_DAYS);
const RACE = planOf(RACE_5K);
const sessions = (plan: Plan) => plan.weeks.flatMap((w) => w.sessions);
const dateOf = (plan: Plan, id: string) => sessions(plan).find((s) => s.id === id)?.date ?? '';

describe('adaptationsInPlan', () => {
	const calf: CheckIn = { session: 'w03-s2', date: dateOf(MIX, 'w03-s2'), status: 'done', pain: 5, painAt: ['calf'] };
	const adapted = adaptPlan(MIX, [calf], calf.date).plan;

	it('lists each change with its rule and the check-in that set it off, in the plan’s order', () => {
		expect(adaptationsInPlan(adapted, [calf])).toEqual([
			{
				session: 'w03-s3',
				change: 'eased',
				reason: expect.stringMatching(
					/^Eased to an easy forward walk: you reported calf pain 5\/10 on Thursday 19 Mar/,
				),
				rule: 'ADAPT_PAIN_STOP',
				checkIn: calf,
			},
			{
				session: 'w03-s1-r1',
				change: 'repeated',
				reason: 'Repeated week 3: you reported calf pain 5/10 on Thursday 19 Mar.',
				rule: 'ADAPT_PAIN_STOP',
				checkIn: calf,
			},
		]);
	});

	it('forgets a change the runner undid, keeps the runner’s own notes out, and says so when the check-in is gone', () => {
		expect(adaptationsInPlan(MIX, [calf])).toEqual([]);
		const noted = applyPlanEdits(adapted, [{ type: 'note', session: 'w01-s1', text: 'Repeated: new shoes' }]).plan;
		expect(adaptationsInPlan(noted, [calf]).map((r) => r.session)).toEqual(['w03-s3', 'w03-s1-r1']);
		expect(adaptationsInPlan(adapted, [])).toEqual([
			expect.objectContaining({ change: 'eased', rule: undefined, checkIn: undefined }),
			expect.objectContaining({ change: 'repeated', rule: undefined, checkIn: undefined }),
		]);
	});

	it('finds the same changes in a plan rebuilt from a share link (what a coach opens)', () => {
		const shared = decodeShareState(encodePlanShare(adapted.input, adapted.edits));
		if (!shared.ok) throw new Error(shared.message);
		const rebuilt = applyPlanEdits(generatePlan(shared.value), shared.edits).plan;
		expect(adaptationsInPlan(rebuilt, [calf])).toEqual(adaptationsInPlan(adapted, [calf]));
	});

	it('adds the race’s options when the repeats leave a race plan short', () => {
		// Pain in every other week, the plan adapting after each check-in, until it says the race is short.
		let plan = RACE;
		const log: CheckIn[] = [];
		for (let week = 2; week < 20; week += 2) {
			const first = plan.weeks[week - 1]?.sessions[0];
			if (!first) break;
			log.push({ session: first.id, date: first.date, status: 'done', pain: 5 });
			const result = adaptPlan(plan, log, first.date);
			plan = result.plan;
			if (result.changes.some((c) => c.change === 'race')) break;
		}
		const { warnings } = applyPlanEdits(RACE, plan.edits ?? []);
		expect(adaptationsInPlan(plan, log, { warnings }).at(-1)).toMatchObject({
			change: 'race',
			rule: 'RACE_READINESS',
			reason: expect.stringMatching(/a later race date, a shorter race/),
		});
		expect(adaptationsInPlan(plan, log).some((r) => r.change === 'race')).toBe(false);
	});

	it('finds every change adaptPlan makes, with its rule (property, over random logs)', () => {
		const ids = sessions(MIX).map((s) => s.id);
		const entry = fc.record({
			session: fc.constantFrom(...ids),
			status: fc.constantFrom(...CHECKIN_STATUSES),
			effort: fc.integer({ min: 0, max: 10 }),
			pain: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10 })),
			dizzy: fc.boolean(),
		});
		fc.assert(
			fc.property(fc.array(entry, { maxLength: 10 }), fc.integer({ min: 0, max: 60 }), (raw, day) => {
				const log: CheckIn[] = raw.map((c) => ({ ...c, date: dateOf(MIX, c.session) }));
				const today = new Date(Date.UTC(2026, 2, 2 + day)).toISOString().slice(0, 10);
				const { plan, changes } = adaptPlan(MIX, log, today);
				const records = adaptationsInPlan(plan, log);
				for (const c of changes) {
					// A session's note keeps at most 280 characters: a change cut off there is listed without its rule.
					const cut = (sessions(plan).find((s) => s.id === c.session)?.note?.length ?? 0) >= 280;
					expect(records).toContainEqual(
						expect.objectContaining({ session: c.session, change: c.change, ...(cut ? {} : { rule: c.rule }) }),
					);
				}
			}),
			{ numRuns: 150 },
		);
	});
});
