/**
 * The tenth coach read of the plans, pinned: no session grows by more than
 * 60 % in a week, so the 2-minute floor of the rise cap never doubles a
 * beginner's session ("sessions that double from one week to the next").
 * Earlier reads: coach-read.test.ts and coach-read-6/7/8/9.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { generatePlan } from './generate';
import { parsePlanInput } from './input';
import type { Plan } from './schema';

/** The coach's limit, written out rather than read from rules.ts, so that loosening the rule fails here. */
const MOST_GROWTH = 1.6;

function plan(raw: Record<string, unknown>): Plan {
	const r = parsePlanInput({ startDate: '2027-01-04', ...raw }, { today: '2026-12-05' });
	if (!r.ok) throw new Error(r.errors.map((e) => e.message).join(' '));
	return generatePlan(r.value);
}

/** Each training session against the longest backward session before it: the ones that grow past `factor`. */
function growthsOver(p: Plan, factor: number): string[] {
	const out: string[] = [];
	let longest = 0;
	for (const w of p.weeks) {
		for (const s of w.sessions) {
			if (s.kind === 'race' || s.backwardSec === 0) continue;
			if (longest > 0 && s.backwardSec > longest * factor + 0.5)
				out.push(`week ${w.index}: ${s.title} (${s.backwardSec} s after ${longest} s)`);
		}
		longest = Math.max(longest, ...w.sessions.filter((s) => s.kind !== 'race').map((s) => s.backwardSec));
	}
	return out;
}

describe('the tenth coach read: no session doubles', () => {
	it('a runner who runs 5 minutes today walks backward 4 × 30 s, then 3 × 1 min, never 4 × 1 min', () => {
		const p = plan({
			goal: 'mix-in',
			experience: 'new',
			currentRunMinutes: 5,
			weeks: 8,
			days: ['wed', 'sat'],
			forwardEasyPace: 510,
		});
		expect(p.weeks[0]?.sessions[0]?.title).toMatch(/\+ 4 × 30 s backward walk$/);
		expect(p.weeks[1]?.sessions[0]?.title).toMatch(/\+ 3 × 1 min backward walk$/);
		expect(growthsOver(p, MOST_GROWTH)).toEqual([]);
	});

	it('a runner starting from zero moves from 4 × 30 s to 3 × 1 min of backward running at the peak', () => {
		const p = plan({ goal: 'mix-in', experience: 'new', currentRunMinutes: 0, weeks: 12, days: ['tue', 'thu', 'sat'] });
		expect(p.weeks[9]?.sessions[0]?.title).toMatch(/\+ 4 × 30 s backward$/);
		expect(p.weeks[10]?.sessions[0]?.title).toMatch(/\+ 3 × 1 min backward$/);
		expect(growthsOver(p, MOST_GROWTH)).toEqual([]);
	});

	it('holds over a grid of beginners: every goal, 2 to 6 days, slow and fast, from 0, 5 and 10 minutes of running', () => {
		const goals = ['mix-in', 'retro-mile', 'retro-5k'] as const;
		const daySets = [
			['wed', 'sat'],
			['tue', 'thu', 'sat'],
			['tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
		];
		let checked = 0;
		for (const goal of goals)
			for (const days of daySets)
				for (const forwardEasyPace of [300, 510])
					for (const currentRunMinutes of goal === 'mix-in' ? [0, 5, 10] : [30]) {
						const r = parsePlanInput(
							{ startDate: '2027-01-04', goal, experience: 'new', days, forwardEasyPace, currentRunMinutes },
							{ today: '2026-12-05' },
						);
						// A new runner's 5K at 8:30/km takes more than 26 weeks: refused, so nothing to read.
						if (!r.ok) continue;
						const p = generatePlan(r.value);
						expect(growthsOver(p, MOST_GROWTH), `${goal} ${days.length} days ${forwardEasyPace} s/km`).toEqual([]);
						checked++;
					}
		expect(checked).toBeGreaterThanOrEqual(27);
	});
});
