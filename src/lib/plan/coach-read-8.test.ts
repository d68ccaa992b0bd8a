/**
 * The eighth coach read of the plans, pinned: a race plan one week longer
 * never trains the race less, and a refusal names a length that works. Earlier reads: coach-read.test.ts,
 * coach-read-6.test.ts and coach-read-7.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { generatePlan } from './generate';
import { parsePlanInput } from './input';
import type { Plan, Session } from './schema';

function plan(raw: Record<string, unknown>): Plan | undefined {
	const r = parsePlanInput({ startDate: '2027-01-04', ...raw }, { today: '2026-12-05' });
	return r.ok ? generatePlan(r.value) : undefined;
}

/** Backward running (walks left out) of a session, seconds. */
function backwardRunSec(s: Session): number {
	return s.segments
		.filter((g) => g.direction === 'backward' && g.mode === 'run')
		.reduce((sum, g) => sum + (g.durationSec ?? 0) * (g.repeats ?? 1), 0);
}

/** The longest session's backward running before the taper: how far the plan trains the race. */
function longestBeforeTaper(p: Plan): number {
	const weeks = p.weeks.filter((w) => w.phase !== 'taper' && w.phase !== 'race');
	return Math.max(...weeks.flatMap((w) => w.sessions.map(backwardRunSec)));
}

describe('the eighth coach read: a longer plan trains the race at least as far', () => {
	it('the coach’s two-day 5K at 8:30/km peaks as far in 26 weeks as in 25, after an easy first week', () => {
		const raw = { goal: 'retro-5k', experience: 'some', days: ['wed', 'sat'], forwardEasyPace: 510, units: 'km' };
		const p25 = plan({ ...raw, weeks: 25 });
		const p26 = plan({ ...raw, weeks: 26 });
		if (!p25 || !p26) throw new Error('both lengths are accepted');
		// Before: 38 min 15 s of running in 26 weeks against 44 min 30 s in 25 (a recovery week in week 4).
		expect(longestBeforeTaper(p26)).toBeGreaterThanOrEqual(longestBeforeTaper(p25));
		const [one, two] = p26.weeks;
		expect(two?.sessions.map((s) => s.title)).toEqual(one?.sessions.map((s) => s.title));
		expect(p26.warnings.some((w) => w.startsWith('Weeks 1 and 2 hold the same backward sessions'))).toBe(true);
		// Never three weeks alike: week 3 climbs.
		expect(p26.weeks[2]?.totals.backwardSec).toBeGreaterThan(two?.totals.backwardSec ?? 0);
	});

	it('over every race, some and regular runners, 2 to 4 days, slow and fast: one week more never trains less', () => {
		const drops: string[] = [];
		for (const goal of ['retro-mile', 'retro-5k', 'retro-10k', 'retro-half'])
			for (const experience of ['some', 'regular'])
				for (const days of [
					['wed', 'sat'],
					['tue', 'thu', 'sat'],
					['tue', 'thu', 'sat', 'sun'],
				])
					for (const forwardEasyPace of [510, 300]) {
						let best = 0;
						for (let weeks = 8; weeks <= 26; weeks++) {
							const p = plan({ goal, experience, days, forwardEasyPace, units: 'km', weeks });
							if (!p) continue;
							const longest = longestBeforeTaper(p);
							// 15 s of rounding either way is not a plan training less.
							if (longest < best - 15)
								drops.push(`${goal} ${experience} ${days.length}d ${forwardEasyPace}: ${weeks}w`);
							best = Math.max(best, longest);
						}
					}
		expect(drops).toEqual([]);
	}, 60_000);
});

describe('the eighth coach read: a refusal names a length that works', () => {
	it('offers 26 weeks where 26 work only after an easy first week (before: "more than 26 weeks")', () => {
		// Found by the property "more weeks never train the race less": a runner starting from walking.
		const raw = {
			goal: 'retro-mile',
			experience: 'new',
			days: ['thu', 'sat', 'sun'],
			longRunDay: 'thu',
			forwardEasyPace: 699,
			currentRunMinutes: 0,
		};
		const r = parsePlanInput({ startDate: '2000-01-01', ...raw, weeks: 25 });
		expect(r.ok ? '' : r.errors[0]?.message).toMatch(
			/^A backward mile needs at least 26 weeks .*choose at least 26 weeks/,
		);
		expect(parsePlanInput({ startDate: '2000-01-01', ...raw, weeks: 26 }).ok).toBe(true);
	});
});
