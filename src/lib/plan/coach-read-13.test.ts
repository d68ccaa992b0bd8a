/**
 * The thirteenth coach read of the plans, pinned: a runner who already runs
 * backward and builds forward running to 30 minutes in the foundation ran
 * 30 minutes forward and their backward work in the same session, so after
 * the foundation each session keeps both, the forward run giving way only as
 * the backward work grows. Before, only the 30 minutes were kept: a regular
 * backward runner's sessions went from 30 + 19 minutes of running in week 4
 * to 10 + 20 at the peak, and the heaviest week of 660 of the coach's 2,584
 * race plans came before the peak, by more than 15 %. And the foundation's
 * runs stop growing at the taper: a short mile plan's taper ran more than
 * its peak. Earlier reads:
 * coach-read.test.ts and coach-read-6 to 12.
 */
import { describe, expect, it } from 'vitest';
import { generatePlan } from './generate';
import { parsePlanInput } from './input';
import type { Plan } from './schema';

function plan(raw: Record<string, unknown>): Plan | undefined {
	const r = parsePlanInput({ startDate: '2026-03-02', ...raw }, { today: '2026-02-01' });
	return r.ok ? generatePlan(r.value) : undefined;
}

/** The shortest plan the builder accepts for `raw`, and that length plus `extra` weeks (when accepted). */
function plansFrom(raw: Record<string, unknown>, extra: readonly number[]): Plan[] {
	for (let weeks = 4; weeks <= 26; weeks++) {
		const first = plan({ ...raw, weeks });
		if (first)
			return [first, ...extra.flatMap((e) => plan({ ...raw, weeks: weeks + e }) ?? [])].filter(
				(p, i, all) => all.findIndex((q) => q.weeks.length === p.weeks.length) === i,
			);
	}
	return [];
}

/** 2 to 6 days a week. */
const DAY_SETS = [
	['wed', 'sat'],
	['tue', 'thu', 'sat'],
	['mon', 'wed', 'fri', 'sun'],
	['mon', 'tue', 'wed', 'fri', 'sat', 'sun'],
];

/** A fast runner in kilometres and a slow one in miles. */
const PACES = [
	['km', 330],
	['mi', 483],
] as const;

/**
 * Race plans over a grid: each goal, experience and current run, on 2 to 6
 * days, fast and slow, at their shortest length and `extra` weeks longer.
 */
function* grid(
	goals: readonly string[],
	experiences: readonly string[],
	runs: readonly number[],
	extra: readonly number[],
): Generator<{ goal: string; label: string; p: Plan }> {
	for (const goal of goals)
		for (const experience of experiences)
			for (const currentRunMinutes of runs)
				for (const days of DAY_SETS)
					for (const [units, forwardEasyPace] of PACES)
						for (const p of plansFrom({ goal, experience, currentRunMinutes, days, units, forwardEasyPace }, extra))
							yield {
								goal,
								p,
								label: JSON.stringify({ goal, experience, currentRunMinutes, days, units, weeks: p.weeks.length }),
							};
}

/** Minutes on the move in each week, forward and backward. */
const weekMinutes = (p: Plan) => p.weeks.map((w) => (w.totals.forwardSec + w.totals.backwardSec) / 60);

/** The coach's example: a regular backward runner who can run 20 minutes forward, a 5K in 11 weeks on 3 days. */
function regularFiveK(): Plan {
	const p = plan({
		goal: 'retro-5k',
		experience: 'regular',
		days: ['tue', 'thu', 'sat'],
		units: 'mi',
		forwardEasyPace: 483,
		currentRunMinutes: 20,
		weeks: 11,
	});
	if (!p) throw new Error('refused');
	return p;
}

describe('the thirteenth coach read: the peak runs at least what the foundation did', () => {
	it('a regular backward runner’s 5K from 20 minutes keeps its 25 to 30 minutes forward before each peak session, not a 10-minute jog', () => {
		const p = regularFiveK();
		const week = (n: number) => p.weeks[n - 1]?.sessions.map((s) => s.title) ?? [];
		// Week 4 ends the foundation: 30 minutes forward, then 19 to 22 minutes backward.
		expect(week(4).every((t) => t.startsWith('30 min forward, then '))).toBe(true);
		// Before: "Backward intervals: 2 × 10 min" and "Long backward run: 24 min" after a 10-minute jog.
		expect(week(8)).toEqual([
			'30 min forward, then backward intervals: 2 × 10 min',
			'30 min forward, then backward intervals: 2 × 10 min',
			// The long day keeps the midweek forward run, so it stays the week's biggest session.
			'25 min forward, then long backward session: 23 min + 5 min (about 2.4 mi)',
		]);
		const minutes = weekMinutes(p);
		const peak = p.weeks.findIndex((w) => w.phase === 'peak');
		// Before: 113 minutes at the peak against 185 in week 4.
		expect(minutes[peak]).toBeGreaterThanOrEqual(0.9 * Math.max(...minutes.slice(0, peak)));
	});

	it('a “some” 5K from 10 minutes holds the build’s last forward run through the peak, so the long day stays the week’s biggest session', () => {
		const p = plan({
			goal: 'retro-5k',
			experience: 'some',
			days: ['tue', 'thu', 'sat'],
			units: 'mi',
			forwardEasyPace: 483,
			currentRunMinutes: 10,
			weeks: 20,
		});
		if (!p) throw new Error('refused');
		const peak = p.weeks.find((w) => w.phase === 'peak');
		// Before: "15 min forward, then long backward run: 24 min" (49 minutes) beside 50-minute midweek sessions.
		expect(peak?.sessions.map((s) => s.title)).toEqual([
			'25 min forward, then backward intervals: 3 × 4 min',
			'25 min forward, then backward intervals: 3 × 4 min',
			'20 min forward, then long backward run: 24 min (about 2 mi)',
		]);
		const [tue, thu, sat] = peak?.sessions.map((s) => s.estimatedDurationSec) ?? [];
		expect(sat).toBeGreaterThan(Math.max(tue ?? 0, thu ?? 0));
	});

	it('over a grid of some and regular backward runners from 10 to 25 minutes (mile, 5K, 10K; 2 to 6 days; slow and fast), no peak week runs less than 85 % of an earlier week, and no taper week runs as much as the peak', () => {
		let checked = 0;
		let fromFoundation = 0;
		for (const { label, p } of grid(
			['retro-mile', 'retro-5k', 'retro-10k'],
			['some', 'regular'],
			[10, 15, 20, 25],
			[4, 8],
		)) {
			const peak = p.weeks.findIndex((w) => w.phase === 'peak');
			if (peak <= 0) continue;
			checked++;
			if (p.weeks.some((w) => w.sessions.some((s) => s.title.startsWith('30 min forward, then ')))) fromFoundation++;
			// Against the weeks whose runs have no walk breaks: the first run without one is
			// shorter than the two runs with a walk between before it, on purpose (16 minutes
			// after 2 × 12, rules.ts WALK_RUN_STAGES).
			const minutes = weekMinutes(p);
			const most = Math.max(
				0,
				...minutes.slice(0, peak).filter((_, i) => !p.weeks[i]?.sessions.some((s) => s.title.startsWith('Walk/run'))),
			);
			expect(minutes[peak], label).toBeGreaterThanOrEqual(0.85 * most);
			// The taper runs less than the peak; before, the foundation's runs went on growing in
			// it (a short mile's first 25-minute run fell in its taper week).
			const tapers = p.weeks.flatMap((w, i) => (w.phase === 'taper' ? [minutes[i] ?? 0] : []));
			const peaks = minutes.filter((_, i) => p.weeks[i]?.phase === 'peak');
			for (const t of tapers) expect(t, label).toBeLessThan(Math.max(...peaks));
		}
		expect(checked).toBeGreaterThan(300);
		expect(fromFoundation).toBeGreaterThan(200);
	});
});

/** The longest stretch of backward running in a session, seconds. */
function unbrokenSec(s: Plan['weeks'][number]['sessions'][number]): number {
	return Math.max(
		0,
		...s.segments
			.filter((g) => g.role === 'main' && g.direction === 'backward' && g.mode !== 'walk')
			.map((g) => g.durationSec ?? 0),
	);
}

describe('the thirteenth coach read: the taper ends the foundation', () => {
	it('a regular’s 9-week mile from 10 minutes cuts the peak’s 30-minute runs in the taper and runs 15 minutes, not 30, two days before the race', () => {
		const p = plan({
			goal: 'retro-mile',
			experience: 'regular',
			days: ['tue', 'thu', 'sat', 'sun'],
			units: 'mi',
			forwardEasyPace: 483,
			currentRunMinutes: 10,
			weeks: 9,
		});
		if (!p) throw new Error('refused');
		const titles = (n: number) => p.weeks[n - 1]?.sessions.map((s) => s.title) ?? [];
		expect(titles(7).every((t) => t.startsWith('30 min forward, then '))).toBe(true);
		// Before: the foundation's 30 minutes held through the taper and as race week's easy run.
		expect(titles(8).every((t) => t.startsWith('20 min forward, then backward run: '))).toBe(true);
		expect(titles(9)).toContain('Easy forward run: 15 min');
	});
});

describe('the thirteenth coach read: a long run turns unbroken a step at a time', () => {
	it('the regular 5K from 20 minutes: 2 × 11 min, then 15 + 9, 19 + 8 min 30 s and 23 + 5, never 17 minutes unbroken at once', () => {
		const p = regularFiveK();
		const long = (n: number) => p.weeks[n - 1]?.sessions.find((s) => s.weekday === 'sat')?.title.split(', then ')[1];
		// Before: 2 × 11 min, 2 × 8 min 15 s, then "long backward run: 17 min" (half as long again), 21, 24.
		expect([4, 5, 6, 7, 8].map(long)).toEqual([
			'long backward session: 2 × 11 min (about 1.9 mi)',
			'long backward session: 2 × 8 min 15 s (about 1.4 mi)',
			'long backward session: 15 min + 9 min (about 2.1 mi)',
			'long backward session: 19 min + 8 min 30 s (about 2.4 mi)',
			'long backward session: 23 min + 5 min (about 2.4 mi)',
		]);
		// The session says to turn between its two blocks, and reads as intervals, not a continuous run.
		const w6 = p.weeks[5]?.sessions.find((s) => s.weekday === 'sat');
		expect(w6?.kind).toBe('long');
		expect(w6?.safetyNotes.join(' ')).toContain('Turn and jog forward between blocks');
		expect(w6?.segments.filter((g) => g.direction === 'backward').map((g) => g.durationSec)).toEqual([900, 540]);
	});

	it('over a grid of race plans (5K and 10K; some and regular; 20 and 30 minutes; 2 to 6 days; slow and fast), the longest unbroken backward run never grows by more than a quarter or 5 minutes over the longest before it', () => {
		let checked = 0;
		let uneven = 0;
		for (const { label, p } of grid(['retro-5k', 'retro-10k'], ['some', 'regular'], [20, 30], [4, 10])) {
			checked++;
			let longest = 0;
			for (const w of p.weeks) {
				if (w.phase === 'race') break;
				const here = Math.max(0, ...w.sessions.map(unbrokenSec));
				if (w.sessions.some((s) => s.title.includes(' min + '))) uneven++;
				if (longest >= 600)
					expect(here, `${label} week ${w.index}`).toBeLessThanOrEqual(Math.max(longest * 1.25, longest + 300) + 1);
				longest = Math.max(longest, here);
			}
		}
		expect(checked).toBeGreaterThan(120);
		expect(uneven).toBeGreaterThan(100);
	});
});

describe('the thirteenth coach read: the warnings add up', () => {
	it('a short race’s gap gives its time to the minute and the ratio of the times it writes', () => {
		const p = plan({
			goal: 'retro-mile',
			experience: 'regular',
			days: ['wed', 'sat'],
			units: 'km',
			forwardEasyPace: 330,
			currentRunMinutes: 15,
			weeks: 5,
		});
		// Before: "about 15 min backward, 1.6 times your longest training session (7 min 45 s)": 15 / 7.75 is 1.9.
		expect(p?.warnings.find((w) => w.startsWith('Race day asks for'))).toMatch(
			/^Race day asks for about 13 min backward, 1\.7 times your longest training session \(7 min 45 s\)/,
		);
	});

	it('a runner who cannot run without stopping is not told they can run 0 minutes', () => {
		const p = plan({
			goal: 'retro-mile',
			experience: 'new',
			days: ['tue', 'thu', 'sat'],
			currentRunMinutes: 0,
			weeks: 23,
		});
		expect(p?.warnings.find((w) => w.includes('walk/run sessions'))).toMatch(
			/^You cannot run without stopping yet, so the plan starts with walk\/run sessions/,
		);
		expect(p?.warnings.join(' ')).not.toMatch(/(^|\s)0 minutes/);
	});
});
