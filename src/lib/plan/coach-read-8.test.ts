/**
 * The eighth coach read of the plans, pinned: a race plan one week longer
 * never trains the race less, and the midweek sessions keep their place
 * beside the long run after each recovery week. Earlier reads: coach-read.test.ts,
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

describe('the eighth coach read: the midweek sessions keep up with the long run', () => {
	const raw = {
		goal: 'retro-5k',
		experience: 'some',
		days: ['tue', 'thu', 'sat', 'sun'],
		forwardEasyPace: 510,
		units: 'km',
	};

	it('after a recovery week the midweek runs grow on from where they were before it, not from where they eased to', () => {
		const p = plan(raw);
		if (!p) throw new Error('accepted');
		const midweek = (i: number) => p.weeks[i]?.sessions.find((s) => s.kind !== 'long')?.backwardSec ?? 0;
		// Build, recovery, the long run climbing on while the others ease, build: the last week's midweek
		// runs are back at least where they were before the recovery week, and above it once the long
		// run has grown (before: 3 × 4 min 30 s in weeks 17 and 20 beside 3 × 10 min + 2 min, then 4 × 10 min).
		const pairs: [number, number][] = [];
		for (let i = 3; i < p.weeks.length; i++) {
			const phases = [p.weeks[i - 3]?.phase, p.weeks[i - 2]?.phase, p.weeks[i - 1]?.phase, p.weeks[i]?.phase];
			if (phases.join() === 'build,recovery,build,build') pairs.push([midweek(i - 3), midweek(i)]);
		}
		expect(pairs.length).toBeGreaterThanOrEqual(2);
		for (const [before, after] of pairs) expect(after).toBeGreaterThanOrEqual(before);
		const [before, after] = pairs.at(-1) ?? [0, 0];
		expect(after).toBeGreaterThan(before);
	});

	it('the long run stays near half of a three-session week at the peak (before: 63 %)', () => {
		const p = plan(raw);
		if (!p) throw new Error('accepted');
		for (const w of p.weeks.filter((x) => x.phase === 'peak')) {
			const backward = w.sessions.map((s) => s.backwardSec ?? 0).filter((x) => x > 0);
			expect(backward).toHaveLength(3);
			expect(Math.max(...backward) / backward.reduce((a, b) => a + b, 0)).toBeLessThan(0.6);
		}
	});
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
