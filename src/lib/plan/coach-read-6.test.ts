/**
 * The sixth coach read of the plans, pinned: a split that starts after a
 * walk/run foundation and is refused where it steps past one session, the
 * race warning naming the session cap, a shortened forward part said, and
 * race day run in the run/walk training ran. Earlier reads: coach-read.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from './context';
import { formatDuration } from './format';
import { generatePlan } from './generate';
import { parsePlanInput } from './input';
import type { Plan, PlanInput } from './schema';
import { splitSteps, splitWarnings } from './split';

function parsed(raw: Record<string, unknown>): PlanInput {
	const r = parsePlanInput({ startDate: '2026-03-02', ...raw });
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.value;
}

function plan(raw: Record<string, unknown>): Plan {
	return generatePlan(parsed(raw));
}

describe('the sixth coach read: the split with a walk/run start, and where its steps lead', () => {
	const split = { measure: 'time', forward: 20, backward: 5 };
	it('starts once the foundation runs without walk breaks, never asking a 5-minute runner for 20 minutes', () => {
		const p = plan({
			goal: 'mix-in',
			experience: 'new',
			currentRunMinutes: 5,
			weeks: 16,
			days: ['tue', 'thu', 'sat'],
			split,
		});
		const splitWeeks = p.weeks
			.filter((w) => w.sessions.some((s) => s.title === 'Mixed run: 20 min forward + 5 min backward'))
			.map((w) => w.index);
		expect(splitWeeks[0]).toBe(7);
		// Before it, the foundation's own mixed runs: walk breaks, no 20-minute run.
		for (const w of p.weeks.slice(0, 6))
			for (const s of w.sessions) expect(s.title).not.toContain('20 min forward + 5 min backward');
		expect(p.warnings).toContain(
			'Your split starts in week 7, once the walk/run foundation runs without walk breaks: its forward part is a continuous run.',
		);
		// The warnings no longer contradict the plan: no "longer than you can run" once the foundation ran 20 minutes.
		expect(p.warnings.some((w) => w.includes('longer than you can run without stopping'))).toBe(false);
	});
	it('says so when the foundation lasts the whole plan', () => {
		const p = plan({ goal: 'mix-in', experience: 'new', currentRunMinutes: 0, weeks: 8, days: ['thu', 'sat'], split });
		expect(p.warnings.some((w) => w.startsWith('Your split starts once the walk/run foundation runs'))).toBe(true);
		expect(p.weeks.flatMap((w) => w.sessions).some((s) => s.title.includes('20 min forward + 5 min'))).toBe(false);
	});
	it('refuses steps that lead past what a session holds, on the split field', () => {
		const r = parsePlanInput({
			startDate: '2026-03-02',
			goal: 'mix-in',
			experience: 'new',
			units: 'mi',
			forwardEasyPace: 821,
			weeks: 26,
			split: { measure: 'time', forward: 20, backward: 5, step: 85, everyWeeks: 1 },
		});
		expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['split']);
	});
	it('names the session cap, not the weeks, where a long session is at its most (a regular half at 7:30/km)', () => {
		const half = plan({ goal: 'retro-half', experience: 'regular', forwardEasyPace: 450, days: ['tue', 'thu', 'sat'] });
		const warning = half.warnings.find((w) => w.startsWith('Race day asks for'));
		expect(warning).toContain('a long session holds at most 2 h 11 min');
		expect(warning).not.toContain('a longer plan');
		// Whole minutes in the warning, as in the plan: never "47 min 45 s".
		expect(warning).not.toMatch(/\d+ min \d+ s/);
	});
});

describe('the sixth coach read: a split the plan has to shorten is said, never silent', () => {
	it('names the weeks where the forward part is shorter than written', () => {
		// The input check keeps every written split within 150 minutes, so the engine never has to shorten
		// one today: this builds the plan's own weeks and shortens a forward part by hand, as a future cap would.
		const input = parsed({
			goal: 'mix-in',
			units: 'mi',
			weeks: 8,
			split: { measure: 'distance', forward: 2, backward: 0.5 },
		});
		const p = generatePlan(input);
		const weeks = p.weeks.map((w) =>
			w.index !== 3
				? w
				: {
						...w,
						sessions: w.sessions.map((s) => ({
							...s,
							segments: s.segments.map((g) =>
								g.direction === 'forward' && g.role === 'main' ? { ...g, distanceM: 1.5 * 1609.344 } : g,
							),
						})),
					},
		);
		const ids = new Set(weeks.flatMap((w) => w.sessions.filter((s) => s.kind === 'mixed').map((s) => s.id)));
		const warnings = splitWarnings(createContext(input), weeks, ids, [], splitSteps([]));
		expect(warnings.find((w) => w.includes('shortens the forward part of your split'))).toMatch(/^Week 3: /);
	});
});

describe('the sixth coach read: race day runs the run/walk training ran', () => {
	it('never races in runs longer than the longest run between walks before the taper', () => {
		let checked = 0;
		for (const goal of ['retro-5k', 'retro-10k', 'retro-half'])
			for (const experience of ['new', 'some', 'regular'])
				for (const forwardEasyPace of [420, 510])
					for (const days of [
						['wed', 'sat'],
						['tue', 'thu', 'sat'],
					]) {
						const r = parsePlanInput({ startDate: '2026-03-02', goal, experience, forwardEasyPace, days });
						if (!r.ok) continue;
						const p = generatePlan(r.value);
						const race = p.weeks.at(-1)?.sessions.find((s) => s.kind === 'race');
						const raceRun = race?.segments.find((g) => g.recovery?.direction === 'backward')?.durationSec;
						if (raceRun === undefined) continue;
						const trained = Math.max(
							...p.weeks
								.filter((w) => w.phase !== 'taper' && w.phase !== 'race')
								.flatMap((w) => w.sessions.flatMap((s) => s.segments))
								.filter((g) => g.direction === 'backward' && g.recovery?.direction === 'backward')
								.map((g) => g.durationSec ?? 0),
						);
						expect(raceRun, `${goal} ${experience} ${forwardEasyPace} ${days.join(',')}`).toBeLessThanOrEqual(trained);
						// The title and the warning say the same run length as the session.
						expect(race?.title).toContain(`(${formatDuration(raceRun)} run, 1 min walk, to the finish)`);
						checked++;
					}
		// With 5- and 10-minute runs held once reached, every race here is run in runs training ran at length.
		expect(checked).toBeGreaterThan(10);
	});
});
