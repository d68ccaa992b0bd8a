/**
 * A coach's edits: each edit does what the coach asked, the plan's rules are
 * kept in words, edits that no longer fit say so, and no list of edits can
 * break a plan (properties at the end).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editsFor, MIX_3_DAYS, planOf, RACE_5K } from '../../../test/support/plan-fixtures';
import { addDays, daysBetween } from './dates';
import { kindForBlocks } from './describe';
import { editMark } from './edit-marks';
import { type PlanEdit, planEditsSchema } from './edit-schema';
import { applyPlanEdits } from './edits';
import { SESSION_KIND_LABELS } from './options';
import { planSchema } from './plan-schema';
import { STOP_RULE } from './safety';
import type { Plan, Session } from './schema';

const MIX = planOf(MIX_3_DAYS);
const RACE = planOf(RACE_5K);

const sessions = (plan: Plan): Session[] => plan.weeks.flatMap((w) => w.sessions);
const byId = (plan: Plan, id: string): Session => {
	const s = sessions(plan).find((x) => x.id === id);
	if (!s) throw new Error(`no session ${id}`);
	return s;
};
const weekOf = (plan: Plan, id: string) => plan.weeks.find((w) => w.sessions.some((s) => s.id === id))?.index;

describe('applyPlanEdits', () => {
	it('gives the generated plan back when there are no edits', () => {
		expect(applyPlanEdits(MIX, [])).toEqual({ plan: MIX, warnings: [], dropped: [] });
	});

	it('moves a session to another day: Thursday to Wednesday because the track is closed', () => {
		const thursday = byId(MIX, 'w02-s2');
		const wednesday = addDays(thursday.date, -1);
		const { plan, dropped } = applyPlanEdits(MIX, [{ type: 'move', session: 'w02-s2', to: wednesday }]);
		expect(dropped).toEqual([]);
		const moved = byId(plan, 'w02-s2');
		expect(moved).toMatchObject({ date: wednesday, weekday: 'wed', changes: ['moved'] });
		expect(plan.edits).toEqual([{ type: 'move', session: 'w02-s2', to: wednesday }]);
		// Everything else is as generated.
		expect(sessions(plan).filter((s) => s.id !== 'w02-s2')).toEqual(sessions(MIX).filter((s) => s.id !== 'w02-s2'));
	});

	it('moves a session into another week, and that week counts it', () => {
		const to = addDays(MIX.weeks[3]?.startDate ?? '', 0); // a Monday, a rest day
		const { plan } = applyPlanEdits(MIX, [{ type: 'move', session: 'w03-s1', to }]);
		expect(weekOf(plan, 'w03-s1')).toBe(4);
		expect(plan.weeks[2]?.totals.sessions).toBe((MIX.weeks[2]?.totals.sessions ?? 0) - 1);
		expect(plan.weeks[3]?.totals.sessions).toBe((MIX.weeks[3]?.totals.sessions ?? 0) + 1);
		expect(plan.weeks[3]?.sessions[0]?.id).toBe('w03-s1'); // date order
	});

	it('swaps two sessions', () => {
		const a = byId(MIX, 'w01-s1');
		const b = byId(MIX, 'w01-s3');
		const { plan } = applyPlanEdits(MIX, [{ type: 'swap', a: 'w01-s1', b: 'w01-s3' }]);
		expect(byId(plan, 'w01-s1').date).toBe(b.date);
		expect(byId(plan, 'w01-s3').date).toBe(a.date);
		expect(plan.weeks[0]?.sessions.map((s) => s.id)).toEqual(['w01-s3', 'w01-s2', 'w01-s1']);
	});

	it('skips a session: it stays on the schedule, and the week no longer counts it', () => {
		const s = byId(MIX, 'w02-s1');
		const { plan } = applyPlanEdits(MIX, [{ type: 'skip', session: 'w02-s1' }]);
		expect(byId(plan, 'w02-s1')).toMatchObject({ skipped: true, changes: ['skipped'] });
		expect(plan.weeks[1]?.totals.backwardSec).toBe((MIX.weeks[1]?.totals.backwardSec ?? 0) - s.backwardSec);
		const restored = applyPlanEdits(MIX, [
			{ type: 'skip', session: 'w02-s1' },
			{ type: 'restore', session: 'w02-s1' },
		]).plan;
		expect(byId(restored, 'w02-s1').skipped).toBeUndefined();
		expect(byId(restored, 'w02-s1').changes).toEqual(['skipped', 'restored']);
		expect(restored.weeks[1]?.totals).toEqual(MIX.weeks[1]?.totals);
	});

	it('rewrites a session as a club relay, with its time worked out and the stop rule kept once', () => {
		const first = byId(MIX, 'w01-s1');
		const edit: PlanEdit = {
			type: 'replace',
			session: first.id,
			title: 'Club relay',
			segments: [
				{ role: 'warm-up', direction: 'forward', mode: 'jog', repeats: 1, durationSec: 600, effort: 'easy' },
				{
					role: 'main',
					direction: 'backward',
					mode: 'run',
					repeats: 3,
					distanceM: 200,
					recovery: { durationSec: 120, mode: 'walk', direction: 'forward' },
					effort: 'moderate',
				},
			],
		};
		const { plan } = applyPlanEdits(MIX, [edit]);
		const relay = byId(plan, first.id);
		expect(relay.title).toBe('Club relay');
		expect(relay.changes).toEqual(['replaced']);
		expect(relay.backwardSec).toBeGreaterThan(0);
		expect(relay.estimatedDurationSec).toBeGreaterThan(600 + 2 * 120);
		expect(relay.safetyNotes.filter((n) => n === STOP_RULE)).toHaveLength(1);
		const untitled = applyPlanEdits(MIX, [{ ...edit, title: undefined }]).plan;
		expect(byId(untitled, first.id).title).toBe('Your session: 3 × 200 m backward run');
	});

	it('labels a rewritten session by its blocks: reps are Intervals, a single rep is Continuous', () => {
		const all = [...sessions(MIX), ...sessions(RACE)];
		const intervals = all.find((s) => s.kind === 'intervals');
		if (!intervals) throw new Error('the fixtures have an intervals session');
		const plan = MIX.weeks.some((w) => w.sessions.includes(intervals)) ? MIX : RACE;
		const oneRep: PlanEdit = {
			type: 'replace',
			session: intervals.id,
			segments: [
				{ role: 'warm-up', direction: 'forward', mode: 'walk', repeats: 1, durationSec: 300, effort: 'very-easy' },
				{ role: 'main', direction: 'backward', mode: 'run', repeats: 1, durationSec: 180, effort: 'easy' },
			],
		};
		const threeByFive: PlanEdit = {
			type: 'replace',
			session: intervals.id,
			segments: [
				{
					role: 'main',
					direction: 'backward',
					mode: 'run',
					repeats: 3,
					durationSec: 300,
					recovery: { durationSec: 90, mode: 'jog', direction: 'forward' },
					effort: 'easy',
				},
			],
		};
		// A single 3-minute rep is not "Intervals"...
		const single = byId(applyPlanEdits(plan, [oneRep]).plan, intervals.id);
		expect(SESSION_KIND_LABELS[single.kind]).toBe('Continuous');
		// ...and the same session rewritten again as 3 × 5 min is not "Continuous".
		const reps = byId(applyPlanEdits(plan, [oneRep, threeByFive]).plan, intervals.id);
		expect(SESSION_KIND_LABELS[reps.kind]).toBe('Intervals');
		// A drills session keeps its name whatever its blocks: it names the purpose.
		expect(kindForBlocks('drills', oneRep.segments)).toBe('drills');
		expect(kindForBlocks('drills', threeByFive.segments)).toBe('drills');
	});

	it('adds a note, and a blank note removes it', () => {
		const noted = applyPlanEdits(MIX, [{ type: 'note', session: 'w01-s2', text: '  Bring spikes  ' }]).plan;
		expect(byId(noted, 'w01-s2').note).toBe('Bring spikes');
		const cleared = applyPlanEdits(MIX, [
			{ type: 'note', session: 'w01-s2', text: 'Bring spikes' },
			{ type: 'note', session: 'w01-s2', text: ' ' },
		]).plan;
		expect(byId(cleared, 'w01-s2').note).toBeUndefined();
	});

	it('repeats a week after a cold: a copy follows it and later weeks move 7 days', () => {
		const { plan, warnings } = applyPlanEdits(MIX, [{ type: 'repeat-week', week: 3 }]);
		expect(plan.weeks).toHaveLength(MIX.weeks.length + 1);
		expect(plan.weeks[3]?.sessions.map((s) => s.repeatOf)).toEqual(MIX.weeks[2]?.sessions.map((s) => s.id));
		expect(plan.weeks[3]?.sessions.map((s) => s.segments)).toEqual(MIX.weeks[2]?.sessions.map((s) => s.segments));
		expect(plan.weeks[3]?.sessions[0]?.id).toBe('w03-s1-r1');
		expect(byId(plan, 'w04-s1').date).toBe(addDays(byId(MIX, 'w04-s1').date, 7));
		expect(byId(plan, 'w04-s1').changes).toEqual(['shifted']);
		expect(warnings).toEqual([]);
		// Weeks stay whole: each session lies inside its week.
		for (const w of plan.weeks)
			for (const s of w.sessions) expect(s.date >= w.startDate && s.date <= w.endDate).toBe(true);
	});

	it('keeps the race date when a race plan repeats a week: a build week goes, never a recovery or taper week', () => {
		const phases = (p: Plan) => p.weeks.map((w) => w.phase);
		const count = (p: Plan, phase: string) => phases(p).filter((x) => x === phase).length;
		const { plan, dropped } = applyPlanEdits(RACE, [{ type: 'repeat-week', week: 5 }]);
		expect(dropped).toEqual([]);
		expect(plan.weeks).toHaveLength(RACE.weeks.length);
		const race = sessions(plan).find((s) => s.kind === 'race');
		expect(race?.date).toBe(RACE.input.raceDate);
		for (const phase of ['recovery', 'taper', 'race', 'peak']) expect(count(plan, phase)).toBe(count(RACE, phase));
		expect(count(plan, 'build') + count(plan, 'foundation')).toBe(count(RACE, 'build') + count(RACE, 'foundation'));
	});

	it('refuses to repeat a week when only taper and race weeks follow, and says why', () => {
		const taper = RACE.weeks.find((w) => w.phase === 'taper')?.index ?? 0;
		const { plan, dropped } = applyPlanEdits(RACE, [{ type: 'repeat-week', week: taper }]);
		expect(plan.weeks.map((w) => w.sessions.map((s) => s.id))).toEqual(
			RACE.weeks.map((w) => w.sessions.map((s) => s.id)),
		);
		expect(dropped[0]?.message).toMatch(new RegExp(`^Week ${taper} cannot be repeated: the race date holds`));
	});

	it('says when an edit no longer applies, in the words of the issue', () => {
		const { dropped } = applyPlanEdits(MIX, [
			{ type: 'move', session: 'w03-s4', to: '2026-03-18', label: "week 3's Thursday session" },
			{ type: 'skip', session: 'w12-s1' },
			{ type: 'move', session: 'w01-s1', to: '2027-01-01' },
			{ type: 'repeat-week', week: 20 },
		]);
		expect(dropped.map((d) => [d.index, d.message])).toEqual([
			[0, "Your move of week 3's Thursday session no longer applies: the plan now has 3 sessions that week."],
			[1, "Your skip of week 12's session 1 no longer applies: the plan now has 8 weeks."],
			[
				2,
				"Your move of week 1's session 1 no longer applies: Fri 1 Jan 2027 is outside the plan, which now runs from Mon 2 Mar 2026 to Sun 26 Apr 2026.",
			],
			[3, 'Your repeat of week 20 no longer applies: the plan now has 8 weeks.'],
		]);
	});
});

describe('editMark', () => {
	it('marks skipped, repeated and changed sessions, and leaves notes, restores and shifted weeks unmarked', () => {
		const { plan } = applyPlanEdits(MIX, [
			{ type: 'skip', session: 'w01-s1' },
			{ type: 'move', session: 'w01-s2', to: addDays(byId(MIX, 'w01-s2').date, 1) },
			{ type: 'note', session: 'w01-s3', text: 'Hills' },
			{ type: 'skip', session: 'w02-s1' },
			{ type: 'restore', session: 'w02-s1' },
			{ type: 'repeat-week', week: 3 },
		]);
		const marks = Object.fromEntries(sessions(plan).map((s) => [s.id, editMark(s)]));
		expect(marks).toMatchObject({
			'w01-s1': 'skipped',
			'w01-s2': 'edited',
			'w01-s3': undefined,
			'w02-s1': undefined,
			'w03-s1-r1': 'repeat',
			'w04-s1': undefined,
		});
	});
});

describe('applyPlanEdits warnings: the rules kept in words', () => {
	it('warns next to a session moved to the day after another backward session', () => {
		const tue = byId(MIX, 'w02-s1');
		const thu = byId(MIX, 'w02-s2');
		expect(tue.backwardSec > 0 && thu.backwardSec > 0).toBe(true);
		const { warnings } = applyPlanEdits(MIX, [{ type: 'move', session: 'w02-s2', to: addDays(tue.date, 1) }]);
		expect(warnings).toEqual([
			expect.objectContaining({
				session: 'w02-s2',
				week: 2,
				message: expect.stringMatching(/the day after another backward session/),
			}),
		]);
	});

	it('warns when a rewrite raises a session over the rise cap, and applies it all the same', () => {
		const s = byId(MIX, 'w02-s1');
		const { plan, warnings } = applyPlanEdits(MIX, [
			{
				type: 'replace',
				session: s.id,
				segments: [
					{ role: 'main', direction: 'backward', mode: 'run', repeats: 1, durationSec: 40 * 60, effort: 'easy' },
				],
			},
		]);
		expect(byId(plan, s.id).backwardSec).toBe(2400);
		expect(warnings.find((w) => w.session === s.id)?.message).toMatch(
			/holds 40 min of backward running, more than the/,
		);
	});

	it('warns about a fifth backward session in a week', () => {
		const week = MIX.weeks[1];
		if (!week) throw new Error('fixture');
		const backwardRun = {
			role: 'main',
			direction: 'backward',
			mode: 'walk',
			repeats: 1,
			durationSec: 60,
			effort: 'easy',
		} as const;
		// Move four sessions from later weeks onto the free days of week 2 and make every one backward.
		const free = [0, 2, 4, 6].map((d) => addDays(week.startDate, d));
		const donors = ['w05-s1', 'w05-s2', 'w06-s1', 'w06-s2'];
		const edits: PlanEdit[] = donors.flatMap((id, i) => [
			{ type: 'move', session: id, to: free[i] ?? '' } as const,
			{ type: 'replace', session: id, segments: [backwardRun] } as const,
		]);
		const { plan, warnings } = applyPlanEdits(MIX, edits);
		const count = plan.weeks[1]?.sessions.filter((s) => s.backwardSec > 0).length ?? 0;
		expect(count).toBeGreaterThan(4);
		expect(warnings.some((w) => w.week === 2 && /Week 2 now has \d backward sessions/.test(w.message))).toBe(true);
	});

	it('warns when repeated weeks leave a race plan short of its race block, then refuses more', () => {
		// Each repeat of week 2 gives up a later week; in the end the peak goes and then nothing is left to give up.
		const repeats = (n: number) =>
			applyPlanEdits(
				RACE,
				Array.from({ length: n }, () => ({ type: 'repeat-week', week: 2 }) as const),
			);
		expect(repeats(1).warnings.some((w) => /no longer reaches the race block/.test(w.message))).toBe(false);
		const squeezed = repeats(14);
		expect(squeezed.dropped).toEqual([]);
		expect(squeezed.warnings.find((w) => /no longer reaches the race block/.test(w.message))?.week).toBe(2);
		const refused = repeats(18).dropped;
		expect(refused.length).toBeGreaterThan(0);
		expect(refused.every((d) => /^Week 2 cannot be repeated: the race date holds/.test(d.message))).toBe(true);
	});
});

describe('applyPlanEdits (properties)', () => {
	const plans = [MIX, RACE];
	const planAndEdits = fc.constantFrom(...plans).chain((plan) => editsFor(plan).map((edits) => ({ plan, edits })));

	it('never throws, and always gives a valid plan whose sessions lie in their weeks', () => {
		fc.assert(
			fc.property(planAndEdits, ({ plan, edits }) => {
				const result = applyPlanEdits(plan, edits);
				expect(planSchema.safeParse(result.plan).success).toBe(true);
				expect(result.dropped.length + (result.plan.edits?.length ?? 0)).toBe(edits.length);
				for (const w of result.plan.weeks) {
					for (const s of w.sessions) expect(s.date >= w.startDate && s.date <= w.endDate).toBe(true);
					expect(w.totals.sessions).toBe(w.sessions.filter((s) => !s.skipped).length);
				}
				const ids = sessions(result.plan).map((s) => s.id);
				expect(new Set(ids).size).toBe(ids.length);
				// Labels match the blocks: "Continuous" is one backward rep, "Intervals" two or more.
				for (const s of sessions(result.plan)) {
					if (s.kind !== 'continuous' && s.kind !== 'intervals') continue;
					const reps = s.segments
						.filter((g) => g.role === 'main' && g.direction === 'backward')
						.reduce((n, g) => n + g.repeats, 0);
					if (reps > 0) expect(s.kind, s.title).toBe(reps === 1 ? 'continuous' : 'intervals');
				}
			}),
			{ numRuns: 300 },
		);
	});

	it('removing every edit gives the generated plan back, and removing one gives the plan of the others', () => {
		fc.assert(
			fc.property(planAndEdits, fc.nat(), ({ plan, edits }, pick) => {
				expect(applyPlanEdits(plan, []).plan).toEqual(plan);
				if (edits.length === 0) return;
				const without = edits.filter((_, i) => i !== pick % edits.length);
				expect(applyPlanEdits(plan, without)).toEqual(applyPlanEdits(plan, without));
				// The plan an edited plan carries rebuilds it: applying its own edits again gives it back.
				const once = applyPlanEdits(plan, edits).plan;
				expect(applyPlanEdits(plan, once.edits ?? []).plan).toEqual(once);
			}),
			{ numRuns: 200 },
		);
	});

	it('a race plan keeps its race date and its recovery and taper weeks under any edits', () => {
		fc.assert(
			fc.property(editsFor(RACE), (edits) => {
				const { plan } = applyPlanEdits(RACE, edits);
				expect(plan.weeks).toHaveLength(RACE.weeks.length);
				expect(plan.weeks.map((w) => w.phase).filter((p) => p === 'taper' || p === 'race')).toEqual(
					RACE.weeks.map((w) => w.phase).filter((p) => p === 'taper' || p === 'race'),
				);
				expect(daysBetween(plan.input.startDate, plan.weeks.at(-1)?.endDate ?? '')).toBe(RACE.weeks.length * 7 - 1);
			}),
			{ numRuns: 200 },
		);
	});

	it('every edit the property generates is one the schema accepts (the arbitrary is honest)', () => {
		fc.assert(
			fc.property(planAndEdits, ({ edits }) => {
				expect(planEditsSchema.safeParse(edits).success).toBe(true);
			}),
			{ numRuns: 200 },
		);
	});
});
