/**
 * The seventh coach read of the plans, pinned: race day ends on a shorter
 * last run, as the long sessions do. Earlier reads: coach-read.test.ts and
 * coach-read-6.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { generatePlan } from './generate';
import { parsePlanInput } from './input';
import type { Plan } from './schema';

function plan(raw: Record<string, unknown>): Plan {
	const r = parsePlanInput({ startDate: '2026-03-02', ...raw });
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return generatePlan(r.value);
}

describe('the seventh coach read: race day as the runner runs it', () => {
	it('a run/walk race ends on a shorter last run to the finish, not a whole extra cycle', () => {
		// The canonical regular half (9:00/mi easy forward): about 3 h 45 backward, walks included.
		const p = plan({
			goal: 'retro-half',
			experience: 'regular',
			units: 'mi',
			forwardEasyPace: 540,
			days: ['mon', 'wed', 'thu', 'sat'],
			longRunDay: 'sat',
			weeks: 24,
		});
		const race = p.weeks.at(-1)?.sessions.find((s) => s.kind === 'race');
		const main = race?.segments.filter((s) => s.role === 'main') ?? [];
		// Fifteen 10-minute runs with walks, a walk, and 3 min 15 s to the finish (before: sixteen runs).
		expect(main.map((s) => [s.repeats, s.durationSec, s.mode])).toEqual([
			[15, 600, 'run'],
			[1, 60, 'walk'],
			[1, 195, 'run'],
		]);
		expect(race?.title).toMatch(/as run\/walk \(10 min run, 1 min walk, to the finish\)$/);
	});
});
