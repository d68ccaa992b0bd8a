import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeSegment } from '../plan/describe';
import { generatePlan } from '../plan/generate';
import { parsePlanInput } from '../plan/input';
import type { Plan } from '../plan/schema';
import { groupSessionSheet, type SessionMember, sessionDates } from './session-sheet';

function plan(raw: Record<string, unknown>): Plan {
	const parsed = parsePlanInput({ startDate: '2026-03-02', days: ['tue', 'thu', 'sat'], ...raw });
	if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
	return generatePlan(parsed.value);
}

const squad: SessionMember[] = [
	{ name: 'Ada', plan: plan({ goal: 'retro-5k', experience: 'some', weeks: 24 }) },
	{ name: 'Bo', plan: plan({ goal: 'retro-5k', experience: 'regular', weeks: 24 }) },
	{ name: 'Cy', plan: plan({ goal: 'mix-in', experience: 'new', weeks: 8 }) },
	{ name: 'Di', plan: plan({ goal: 'retro-5k', experience: 'some', weeks: 24 }) },
	{ name: 'Ed', plan: plan({ goal: 'drills', days: ['mon', 'wed'] }) },
];

describe('groupSessionSheet', () => {
	const tuesday = '2026-03-17';
	const sheet = groupSessionSheet(squad, tuesday);

	it('has a row per athlete training that day, with their main blocks in their plan order', () => {
		expect(sheet.groups.map((g) => g.names)).toEqual([['Ada'], ['Bo'], ['Cy'], ['Di']]);
		for (const g of sheet.groups) {
			const member = squad.find((m) => m.name === g.names[0]);
			const session = member?.plan.weeks.flatMap((w) => w.sessions).find((s) => s.date === tuesday);
			expect(g.title).toBe(session?.title);
			const main = session?.segments.filter((s) => s.role === 'main') ?? [];
			expect(g.blocks).toEqual(main.map((s) => describeSegment(s, 'km').replace(/^Main: /, '')));
		}
	});

	it('lists who has no session that day', () => {
		expect(sheet.resting).toEqual(['Ed']);
	});

	it('warms everyone up and cools them down together, with no pace (paces differ)', () => {
		expect(sheet.warmUp).toMatch(/^10 min forward jog; easy/);
		expect(sheet.warmUp).not.toMatch(/pace/);
		expect(sheet.coolDown).toMatch(/forward walk/);
	});

	it('by blocks, athletes doing the same session share one row', () => {
		const grouped = groupSessionSheet(squad, tuesday, { byBlocks: true });
		expect(grouped.groups.map((g) => g.names)).toEqual([['Ada', 'Di'], ['Bo'], ['Cy']]);
		for (const g of grouped.groups) for (const b of g.blocks) expect(b).not.toMatch(/pace \d/);
	});

	it('puts every member either in a row or resting, once, on any date', () => {
		fc.assert(
			fc.property(fc.integer({ min: -7, max: 200 }), fc.boolean(), (offset, byBlocks) => {
				const date = new Date(Date.UTC(2026, 2, 2 + offset)).toISOString().slice(0, 10);
				const s = groupSessionSheet(squad, date, { byBlocks });
				const named = [...s.groups.flatMap((g) => g.names), ...s.resting].sort();
				expect(named).toEqual(squad.map((m) => m.name).sort());
			}),
		);
	});

	it('leaves skipped sessions out', () => {
		const ada = squad[0] as SessionMember;
		const skipped: Plan = {
			...ada.plan,
			weeks: ada.plan.weeks.map((w) => ({
				...w,
				sessions: w.sessions.map((s) => (s.date === tuesday ? { ...s, skipped: true } : s)),
			})),
		};
		expect(groupSessionSheet([{ name: 'Ada', plan: skipped }], tuesday).resting).toEqual(['Ada']);
	});
});

describe('sessionDates', () => {
	it('lists every training date once, in order, with how many train', () => {
		const dates = sessionDates(squad);
		expect(dates.map((d) => d.date)).toEqual([...new Set(dates.map((d) => d.date))].sort());
		expect(dates.find((d) => d.date === '2026-03-17')?.count).toBe(4);
		const total = squad.reduce((n, m) => n + m.plan.weeks.reduce((k, w) => k + w.sessions.length, 0), 0);
		expect(dates.reduce((n, d) => n + d.count, 0)).toBe(total);
	});
});
