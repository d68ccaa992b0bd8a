/**
 * The fourteenth coach read of the plans, pinned: a recovery week inside
 * the walk/run foundation repeated the week's stage whole (Couch to 5K's
 * "repeat the week"), so it was no lighter than the build week before it: a
 * mile plan from 0 minutes ran 23, 23 and 23 minutes a session in both. A
 * recovery week now runs the stage with each run cut by a fifth, as it cuts
 * easy runs. And a regular backward runner's 5K from 15 minutes ran 70-minute
 * long days (30 minutes forward, then 28 backward): a 5K session now stays
 * within the hour, a 10K's within 75 minutes, the forward run giving way
 * (rules.ts RACE_SESSION_CAP_SEC). Earlier reads: coach-read.test.ts and
 * coach-read-6 to 13.
 */
import { describe, expect, it } from 'vitest';
import { generatePlan } from './generate';
import { parsePlanInput } from './input';
import { RACE_SESSION_CAP_SEC } from './rules';
import type { Plan } from './schema';

function plan(raw: Record<string, unknown>): Plan | undefined {
	const r = parsePlanInput({ startDate: '2026-03-02', ...raw }, { today: '2026-02-01' });
	return r.ok ? generatePlan(r.value) : undefined;
}

/** The shortest plan the builder accepts for `raw`, and that length plus 4 weeks. */
function plansFrom(raw: Record<string, unknown>): Plan[] {
	for (let weeks = 4; weeks <= 26; weeks++) {
		const first = plan({ ...raw, weeks });
		if (first) return [first, ...(weeks + 4 <= 26 ? [plan({ ...raw, weeks: weeks + 4 }) ?? []].flat() : [])];
	}
	return [];
}

/** Minutes on the move in each week, forward (walks included) and backward. */
const weekMinutes = (p: Plan) => p.weeks.map((w) => (w.totals.forwardSec + w.totals.backwardSec) / 60);

/** A walk/run session's runs, "3 × (5 min run, 3 min walk)" → "5 min". */
const walkRunRun = (title: string) => /(\d+) × \(([^,]+) run,/.exec(title)?.[2];

describe('the fourteenth coach read: recovery weeks in the foundation are lighter', () => {
	it('a new runner’s mile from 0 minutes runs shorter walk/run runs in its recovery weeks, back to the stage after', () => {
		const p = plan({
			goal: 'retro-mile',
			experience: 'new',
			currentRunMinutes: 0,
			days: ['tue', 'thu', 'sat'],
			weeks: 23,
			units: 'km',
			forwardEasyPace: 420,
		});
		if (!p) throw new Error('refused');
		const runs = (n: number) => p.weeks[n - 1]?.sessions.map((s) => walkRunRun(s.title));
		expect(p.weeks[4]?.phase).toBe('recovery');
		// Before: 3 × (5 min run, 3 min walk) in week 4 and again in its recovery week 5.
		expect(runs(4)).toEqual(['5 min', '5 min', '5 min']);
		expect(runs(5)).toEqual(['4 min', '4 min', '4 min']);
		expect(runs(6)).toEqual(['8 min', '8 min', '8 min']);
		expect(p.weeks[8]?.phase).toBe('recovery');
		expect(runs(8)).toEqual(['12 min', '12 min', '12 min']);
		expect(runs(9)).toEqual(['9 min 30 s', '9 min 30 s', '9 min 30 s']);
		const minutes = weekMinutes(p);
		expect(minutes[4]).toBeLessThan(0.95 * (minutes[3] ?? 0));
		expect(minutes[8]).toBeLessThan(0.9 * (minutes[7] ?? 0));
	});

	it('over a grid of plans from a walk/run foundation, every recovery week in it is lighter than the week before, its forward running too', () => {
		const failures: string[] = [];
		let checked = 0;
		for (const goal of ['retro-mile', 'retro-5k', 'retro-10k', 'mix-in', 'drills'])
			for (const experience of ['new', 'some', 'regular'])
				for (const currentRunMinutes of [0, 5, 10, 15])
					for (const days of [
						['wed', 'sat'],
						['tue', 'thu', 'sat'],
						['mon', 'wed', 'fri', 'sat', 'sun'],
					])
						for (const p of plansFrom({
							goal,
							experience,
							currentRunMinutes,
							days,
							units: 'km',
							forwardEasyPace: 390,
						})) {
							const minutes = weekMinutes(p);
							for (const [i, w] of p.weeks.entries()) {
								const before = p.weeks[i - 1];
								// A week in the foundation: a walk/run session or a stage's continuous run (sessions.ts titles).
								const inFoundation = w.sessions.some((s) => /walk\/run|Walk\/run/.test(s.title));
								if (w.phase !== 'recovery' || before === undefined || !inFoundation) continue;
								checked++;
								const label = `${goal} ${experience} ${currentRunMinutes} ${days.join(',')} ${p.weeks.length}w wk${i + 1}`;
								if (w.totals.forwardSec >= before.totals.forwardSec) failures.push(`${label}: forward held`);
								if ((minutes[i] ?? 0) >= 0.97 * (minutes[i - 1] ?? 0))
									failures.push(`${label}: ${minutes[i]} vs ${minutes[i - 1]}`);
							}
						}
		expect(checked).toBeGreaterThan(30);
		expect(failures).toEqual([]);
	});
});

describe('the fourteenth coach read: a 5K session stays within the hour, a 10K session within 75 minutes', () => {
	it('a regular backward runner’s 5K from 15 minutes: the forward run gives way to the long day’s backward work', () => {
		const p = plan({
			goal: 'retro-5k',
			experience: 'regular',
			currentRunMinutes: 15,
			days: ['tue', 'thu', 'sat'],
			weeks: 12,
			units: 'km',
			forwardEasyPace: 360,
		});
		if (!p) throw new Error('refused');
		const week = (n: number) => p.weeks[n - 1]?.sessions ?? [];
		const long = (n: number) => week(n).at(-1)?.title;
		// Before: "30 min forward, then long backward session: 17 min + 11 min", 70 minutes in all.
		expect(long(7)).toBe('25 min forward, then long backward session: 17 min + 11 min (about 3.3 km)');
		expect(long(8)).toBe('20 min forward, then long backward session: 21 min + 11 min (about 3.7 km)');
		// At the peak the session first loses the brisk walk before its run, then run minutes: 15 minutes
		// forward, not a 10-minute jog that left the long day 7 minutes shorter than the midweek sessions.
		expect(long(9)).toBe('15 min forward, then long backward session: 26 min + 8 min (about 4 km)');
		expect(week(9).at(-1)?.segments[0]).toMatchObject({ direction: 'forward', mode: 'run', role: 'main' });
		const minutes = week(9).map((s) => s.estimatedDurationSec / 60);
		expect(minutes.at(-1)).toBeGreaterThanOrEqual(Math.max(...minutes) - 2);
		// The taper keeps a 15-minute run where the peak ran 25 (before: 20 minutes cut to a jog).
		expect(week(11)[0]?.title).toBe('15 min forward, then backward intervals: 2 × 7 min 45 s');
		// And the long day's 15 minutes (before: a 10-minute jog, 35 minutes beside the 38 of the others).
		expect(week(11).at(-1)?.title).toBe('15 min forward, then long backward run: 20 min (about 2.3 km)');
		const training = p.weeks.filter((w) => w.phase !== 'taper' && w.phase !== 'race').flatMap((w) => w.sessions);
		expect(Math.max(...training.map((s) => s.estimatedDurationSec))).toBeLessThanOrEqual(3600);
	});

	it('over a grid of 5K and 10K plans, a session before the taper passes the cap only when its backward work leaves room for no forward run but the warm-up', () => {
		const failures: string[] = [];
		let capped = 0;
		for (const goal of ['retro-5k', 'retro-10k'] as const)
			for (const experience of ['new', 'some', 'regular'])
				for (const currentRunMinutes of [10, 15, 20, 30])
					for (const days of [
						['wed', 'sat'],
						['tue', 'thu', 'sat'],
						['mon', 'wed', 'fri', 'sat', 'sun'],
					])
						for (const [units, forwardEasyPace] of [
							['km', 330],
							['mi', 483],
						] as const)
							for (const p of plansFrom({ goal, experience, currentRunMinutes, days, units, forwardEasyPace })) {
								const cap = RACE_SESSION_CAP_SEC[goal] ?? Infinity;
								for (const w of p.weeks) {
									if (w.phase === 'taper' || w.phase === 'race') continue;
									for (const s of w.sessions) {
										if (s.backwardSec === 0) continue;
										// The forward run before the backward work, as against the warm-up jog.
										const run = s.segments.some(
											(g) => g.direction === 'forward' && g.role === 'main' && g.mode === 'run',
										);
										if (s.estimatedDurationSec <= cap) {
											if (s.estimatedDurationSec > cap - 300 && run) capped++;
											continue;
										}
										if (run)
											failures.push(
												`${goal} ${experience} ${currentRunMinutes} ${days.join(',')} ${units} ${p.weeks.length}w wk${w.index}: ${s.title} (${Math.round(s.estimatedDurationSec / 60)} min)`,
											);
									}
								}
							}
		// The cap does cut forward runs on this grid: sessions run up to it.
		expect(capped).toBeGreaterThan(20);
		expect(failures).toEqual([]);
	});

	it('over a grid of 5K plans from 10 to 20 minutes, the cap never leaves a peak’s long day more than 5 minutes shorter than a midweek session', () => {
		const failures: string[] = [];
		let peaks = 0;
		for (const experience of ['some', 'regular'])
			for (const currentRunMinutes of [10, 15, 20])
				for (const days of [
					['wed', 'sat'],
					['tue', 'thu', 'sat'],
					['mon', 'wed', 'fri', 'sat', 'sun'],
				])
					for (const [units, forwardEasyPace] of [
						['km', 360],
						['km', 420],
						['mi', 483],
					] as const)
						for (const p of plansFrom({
							goal: 'retro-5k',
							experience,
							currentRunMinutes,
							days,
							units,
							forwardEasyPace,
						}))
							for (const w of p.weeks.filter((x) => x.phase === 'peak')) {
								peaks++;
								const backward = w.sessions.filter((s) => s.backwardSec > 0);
								const longDay = backward.find((s) => s.kind === 'long');
								if (longDay === undefined) continue;
								const most = Math.max(...backward.map((s) => s.estimatedDurationSec));
								// Before: a 10-minute jog and 34 minutes backward (51 minutes) beside 58-minute intervals.
								if (longDay.estimatedDurationSec < most - 300)
									failures.push(
										`${experience} ${currentRunMinutes} ${days.join(',')} ${units} ${forwardEasyPace} ${p.weeks.length}w wk${w.index}: ${Math.round(longDay.estimatedDurationSec / 60)} < ${Math.round(most / 60)}`,
									);
							}
		expect(peaks).toBeGreaterThan(50);
		expect(failures).toEqual([]);
	});
});

describe('the fourteenth coach read: each warning says a thing once', () => {
	it('over a grid of 4- to 6-day plans from a walk/run foundation, the other days are named once: as rest days in the foundation’s warning', () => {
		let rested = 0;
		for (const goal of ['mix-in', 'drills', 'retro-5k', 'retro-10k'])
			for (const experience of ['new', 'regular'])
				for (const currentRunMinutes of [0, 10, 20])
					for (const days of [
						['mon', 'tue', 'thu', 'sat'],
						['tue', 'thu', 'sat', 'sun'],
						['mon', 'tue', 'wed', 'fri', 'sat', 'sun'],
					])
						for (const p of plansFrom({
							goal,
							experience,
							currentRunMinutes,
							days,
							units: 'km',
							forwardEasyPace: 390,
						})) {
							const label = `${goal} ${experience} ${currentRunMinutes} ${days.join(',')} ${p.weeks.length}w`;
							const named = p.warnings.filter((w) => /your other days are|rest on the others/.test(w));
							// Before: "…never on back-to-back days; your other days are rest days." and "…rest on the others."
							expect(named.length, `${label}: ${named.join(' | ')}`).toBeLessThanOrEqual(1);
							if (named.some((w) => w.includes('rest on the others'))) rested++;
						}
		expect(rested).toBeGreaterThan(20);
	});
});
