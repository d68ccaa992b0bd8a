/**
 * The eleventh coach read of the plans, pinned: a runner who has just
 * finished the walk/run foundation (a Couch to 5K graduate) keeps running 3
 * days a week until their 30-minute run, and gets their other days back one
 * at a time, never from 3 runs to 6 in the week their runs turn continuous;
 * and a race plan runs each continuous foundation stage in every session, as
 * the programme does. Earlier reads: coach-read.test.ts and
 * coach-read-6/7/8/9/10.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { generatePlan } from './generate';
import { parsePlanInput } from './input';
import type { Plan } from './schema';

/** The coach's limits, written out rather than read from rules.ts, so that loosening a rule fails here. */
const FOUNDATION_DAYS = 3;
/**
 * Forward running rises by less than a third in a week, a day back included (before: 3 runs to 6, +133 %).
 * The most is a race plan whose backward sessions have just eased to their warm-ups when a day comes back.
 */
const MOST_FORWARD_RISE = 1.33;

const SIX_DAYS = ['tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function plan(raw: Record<string, unknown>): Plan {
	const r = parsePlanInput({ startDate: '2026-03-02', ...raw }, { today: '2026-02-01' });
	if (!r.ok) throw new Error(r.errors.map((e) => e.message).join(' '));
	return generatePlan(r.value);
}

/** Day sets the grids below read: 2, 3, 4 and 6 days. */
const DAY_SETS = [['wed', 'sat'], ['tue', 'thu', 'sat'], ['tue', 'thu', 'sat', 'sun'], SIX_DAYS];

/**
 * Every accepted plan of a grid of settings, one list per setting (undefined: left to the builder),
 * with a label that names its settings for a failing assertion.
 */
function* gridPlans(axes: Record<string, readonly unknown[]>): Generator<{ label: string; p: Plan }> {
	let combos: Record<string, unknown>[] = [{}];
	for (const [key, values] of Object.entries(axes))
		combos = combos.flatMap((c) => values.map((v) => (v === undefined ? c : { ...c, [key]: v })));
	for (const raw of combos) {
		const r = parsePlanInput({ startDate: '2026-03-02', ...raw }, { today: '2026-02-01' });
		if (r.ok) yield { label: JSON.stringify(raw), p: generatePlan(r.value) };
	}
}

/** Running days of each week, race day left out. */
function runDays(p: Plan): number[] {
	return p.weeks.map((w) => w.sessions.filter((s) => s.kind !== 'race').length);
}

/** Weeks whose forward time rises past `factor` times the week before (weeks after a recovery week aside). */
function forwardJumps(p: Plan, factor: number): string[] {
	const out: string[] = [];
	for (let i = 1; i < p.weeks.length; i++) {
		const [before, week] = [p.weeks[i - 1], p.weeks[i]];
		if (!before || !week || before.phase === 'recovery' || week.phase === 'race') continue;
		if (week.totals.forwardSec > before.totals.forwardSec * factor)
			out.push(`week ${week.index}: ${before.totals.forwardSec} s -> ${week.totals.forwardSec} s`);
	}
	return out;
}

describe('the eleventh coach read: a Couch to 5K graduate gets their days back one at a time', () => {
	it('the coach’s mix-in on six days from 10 minutes: 3 days up to the 30-minute run, then one more every other build week', () => {
		const p = plan({
			goal: 'mix-in',
			experience: 'new',
			days: SIX_DAYS,
			units: 'mi',
			forwardEasyPace: 676,
			currentRunMinutes: 10,
			weeks: 16,
		});
		// Before: weeks 5-7 ran Tue to Sun (20, 25, 28 minutes, six times), forward up 133 % in week 5.
		// Week 11 is followed by a recovery week, so the day waits for week 13, whose next week builds too
		// (coach-read-12.test.ts).
		expect(runDays(p)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4]);
		expect(p.weeks[4]?.sessions.map((s) => s.weekday)).toEqual(['tue', 'thu', 'sat']);
		expect(forwardJumps(p, MOST_FORWARD_RISE)).toEqual([]);
		expect(p.warnings).toContain(
			'While you build up to 30 minutes of running, the plan uses at most 3 of your days, with a rest day between; rest on the others. After that your other days come back one at a time: week 13 adds an easy run.',
		);
	});

	it('holds over a grid of beginners: every goal with a foundation, 2 to 6 days, slow and fast, from 0, 5 and 10 minutes', () => {
		let checked = 0;
		for (const { label, p } of gridPlans({
			goal: ['mix-in', 'retro-mile', 'retro-5k', 'retro-10k'],
			experience: ['new'],
			days: DAY_SETS,
			forwardEasyPace: [300, 510],
			currentRunMinutes: [0, 5, 10],
			weeks: [26],
		})) {
			const counts = runDays(p);
			// While the foundation lasts, up to the week of its first 30-minute run, 3 days.
			const thirty = p.weeks.findIndex((w) =>
				w.sessions.some((s) =>
					s.segments.some((g) => g.direction === 'forward' && g.mode === 'run' && (g.durationSec ?? 0) >= 1800),
				),
			);
			counts.forEach((n, i) => {
				if (thirty < 0 || i <= thirty) expect(n, `${label}, week ${i + 1}`).toBeLessThanOrEqual(FOUNDATION_DAYS);
				if (i > 0 && p.weeks[i]?.phase !== 'race')
					expect(n - (counts[i - 1] ?? 0), `${label}, week ${i + 1}`).toBeLessThanOrEqual(1);
			});
			expect(forwardJumps(p, MOST_FORWARD_RISE), label).toEqual([]);
			checked++;
		}
		expect(checked).toBeGreaterThan(50);
	});
});

describe('the eleventh coach read: a race plan runs each continuous foundation stage three times a week', () => {
	it('a new runner’s 5K on six days from 5 minutes runs 16 minutes before each backward session, not once that week', () => {
		const p = plan({
			goal: 'retro-5k',
			experience: 'new',
			days: SIX_DAYS,
			units: 'km',
			forwardEasyPace: 300,
			currentRunMinutes: 5,
			weeks: 26,
		});
		// Week 5 is the 16-minute stage: before, Tue ran it and Thu and Sun only jogged a 10-minute warm-up.
		const week5 = p.weeks[4]?.sessions.map((s) => s.title) ?? [];
		expect(week5).toHaveLength(3);
		for (const title of week5) expect(title).toMatch(/16 min/);
		expect(forwardJumps(p, MOST_FORWARD_RISE)).toEqual([]);
	});
});

describe('the eleventh coach read: race day runs the run/walk the peak trained', () => {
	it('a new runner’s 5K at 5:00/km peaks at 5 × 4 min and races in 4-minute runs, not the 4 min 45 s of week 12', () => {
		const p = plan({
			goal: 'retro-5k',
			experience: 'new',
			days: ['tue', 'thu', 'sat'],
			forwardEasyPace: 300,
			weeks: 20,
		});
		const peakLong = p.weeks.find((w) => w.phase === 'peak')?.sessions.find((s) => s.kind === 'long');
		expect(peakLong?.title).toMatch(/^Long backward run\/walk: 5 × 4 min with/);
		expect(p.weeks.at(-1)?.sessions.at(-1)?.title).toBe(
			'Race day: backward 5K as run/walk (4 min run, 1 min walk, to the finish)',
		);
	});

	it('over every run/walk race of the grid, race day’s runs are the peak long run’s runs', () => {
		let checked = 0;
		for (const { label, p } of gridPlans({
			goal: ['retro-5k', 'retro-10k', 'retro-half'],
			experience: ['new', 'some', 'regular'],
			days: [DAY_SETS[0], DAY_SETS[1], SIX_DAYS],
			forwardEasyPace: [300, 510],
			weeks: [undefined, 20, 26],
		})) {
			const race = p.weeks.at(-1)?.sessions.find((s) => s.kind === 'race');
			const raceRun = race?.segments.find((g) => g.direction === 'backward' && g.recovery);
			if (!raceRun) continue;
			const peak = p.weeks.filter((w) => w.phase === 'peak').at(-1);
			const peakRun = peak?.sessions
				.find((s) => s.kind === 'long')
				?.segments.find((g) => g.direction === 'backward' && g.role === 'main' && g.recovery);
			if (!peakRun) continue;
			expect(raceRun.durationSec, label).toBe(peakRun.durationSec);
			checked++;
		}
		expect(checked).toBeGreaterThan(25);
	});
});

describe('the eleventh coach read: a coach’s split says where the week breaks a rule', () => {
	const split = { measure: 'distance', forward: 2, backward: 0.5, step: 0.25, everyWeeks: 2 };

	it('names the week a third mixed run comes in with a split step (33 to 66 minutes backward)', () => {
		const p = plan({
			goal: 'mix-in',
			experience: 'new',
			days: ['tue', 'thu', 'sat'],
			units: 'mi',
			forwardEasyPace: 821,
			split,
			weeks: 8,
		});
		const [w5, w6] = [p.weeks[4], p.weeks[5]];
		expect(w5?.sessions.filter((s) => s.kind === 'mixed')).toHaveLength(2);
		expect(w6?.sessions.filter((s) => s.kind === 'mixed')).toHaveLength(3);
		expect(w6?.totals.backwardSec).toBeGreaterThan(1.9 * (w5?.totals.backwardSec ?? 0));
		expect(p.warnings).toContain(
			'Week 6: the plan adds a mixed run here and your split is kept as written, so the week’s backward running grows by more than a week should at once (15 %, or 2 minutes a session). Consider holding your step that week.',
		);
	});

	it('names the weeks the split’s unbroken mile is longer than half again the long run’s blocks', () => {
		const p = plan({
			goal: 'retro-5k',
			experience: 'some',
			days: ['tue', 'thu', 'sat'],
			units: 'mi',
			forwardEasyPace: 483,
			split,
			weeks: 17,
		});
		// Weeks 5-6: 1 mi unbroken midweek (about 12 minutes) beside a long run of 2 × 6 min 30 s, then 2 × 7 min 30 s.
		expect(p.weeks[5]?.sessions.at(-1)?.title).toBe('Long backward session: 2 × 7 min 30 s (about 1.2 mi)');
		expect(p.warnings.find((w) => w.includes('longer unbroken stretch'))).toMatch(/^Weeks 1 to 6: /);
	});

	it('names the week after a recovery week that holds more than the week before it', () => {
		const p = plan({
			goal: 'retro-5k',
			experience: 'regular',
			days: ['tue', 'thu', 'sat', 'sun'],
			units: 'mi',
			forwardEasyPace: 821,
			split,
			weeks: 16,
		});
		expect(p.weeks[9]?.phase).toBe('recovery');
		expect(p.weeks[10]?.totals.backwardSec).toBeGreaterThan(p.weeks[8]?.totals.backwardSec ?? 0);
		// Week 7 too since the thirteenth read: its long run climbs on from 2 × 14 min to 18 + 13.
		expect(p.warnings).toContain(
			'Weeks 7 and 11: after the recovery week your split picks up where it left off while the plan’s own sessions climb on, so the week holds more backward running than the week before the recovery (the week after a recovery week should start below it). Consider easing your split that week.',
		);
	});
});

describe('the eleventh coach read: an unbroken long run grows by a quarter, not by half', () => {
	/** Each week's longest unbroken backward run, seconds (race day aside). */
	function blocks(p: Plan): number[] {
		return p.weeks.map((w) =>
			Math.max(
				0,
				...w.sessions
					.filter((s) => s.kind !== 'race')
					.flatMap((s) => s.segments)
					.filter((g) => g.direction === 'backward' && g.mode === 'run')
					.map((g) => g.durationSec ?? 0),
			),
		);
	}

	it('a regular’s 5K at 8:30/km: 2 × 14 min, then 18, 22 and 27 minutes unbroken with a shorter block after, then 33, never 21 to 28', () => {
		const p = plan({
			goal: 'retro-5k',
			experience: 'regular',
			days: ['tue', 'thu', 'sat'],
			forwardEasyPace: 510,
			weeks: 26,
		});
		const long = p.weeks.map((w) => w.sessions.find((s) => s.kind === 'long' || s.kind === 'continuous')?.title ?? '');
		expect(long[6]).toMatch(/2 × 14 min/);
		// Since the thirteenth read two blocks of 10 minutes or more turn unbroken a step at a time (it was 21
		// unbroken after 2 × 14 min, then 26 and 29).
		expect(long[8]).toMatch(/^Long backward session: 18 min \+ 12 min/);
		expect(long[9]).toMatch(/^Long backward session: 22 min \+ 8 min/);
		expect(long[10]).toMatch(/^Long backward session: 27 min \+ 4 min 15 s/);
		expect(long[12]).toMatch(/^Long backward run: 33 min/);
	});

	it('over the grid of race plans, no unbroken run of 10 minutes or more grows by over a quarter or 4 minutes two weeks running', () => {
		let checked = 0;
		for (const { label, p } of gridPlans({
			goal: ['retro-mile', 'retro-5k', 'retro-10k', 'retro-half'],
			experience: ['some', 'regular'],
			days: [DAY_SETS[0], DAY_SETS[1], SIX_DAYS],
			forwardEasyPace: [300, 510],
			weeks: [undefined, 26],
		})) {
			const longest = blocks(p);
			let best = 0;
			let bigSteps = 0;
			for (const [i, b] of longest.entries()) {
				const big = best >= 600 && b > Math.max(best * 1.25, best + 240) + 1;
				bigSteps = big ? bigSteps + 1 : b > best ? 0 : bigSteps;
				expect(bigSteps, `${label}, week ${i + 1}`).toBeLessThan(2);
				best = Math.max(best, b);
			}
			checked++;
		}
		expect(checked).toBeGreaterThan(60);
	});
});

describe('the eleventh coach read: a long race’s warning says what the plan builds to', () => {
	it('a regular’s half at 5:00/km names its 1 h 41 min long session, never "never past 1 h 30 min"', () => {
		const p = plan({ goal: 'retro-half', experience: 'regular', days: ['tue', 'thu', 'sat'], forwardEasyPace: 300 });
		const longest = Math.max(
			...p.weeks.flatMap((w) => w.sessions.filter((s) => s.kind !== 'race').map((s) => s.backwardSec)),
		);
		expect(Math.floor(longest / 60)).toBe(101);
		expect(p.warnings.join(' ')).not.toMatch(/never past/);
		expect(p.warnings).toContain(
			"We build by time, not distance: your longest session reaches 1 h 41 min backward, and race day takes about 2 h 30 min, walks included, 1.5 times as long, so your longest session covers less of the race than a faster runner's would. On race day, walk backward whenever you need to.",
		);
	});

	it('over the grid of race plans, no warning names a session limit a session of the plan passes', () => {
		const minutes = (text: string) => {
			const m = /(?:(\d+) h )?(\d+) min/.exec(text);
			return m ? Number(m[1] ?? 0) * 60 + Number(m[2]) : Number.POSITIVE_INFINITY;
		};
		for (const { p } of gridPlans({
			goal: ['retro-5k', 'retro-10k', 'retro-half'],
			experience: ['new', 'some', 'regular'],
			days: DAY_SETS,
			forwardEasyPace: [300, 510],
		})) {
			const longest = Math.max(
				...p.weeks.flatMap((w) => w.sessions.filter((s) => s.kind !== 'race').map((s) => s.backwardSec)),
			);
			for (const w of p.warnings) {
				const limit =
					/(?:never past|at most|holds at most) ((?:\d+ h )?\d+ min)[^.]*one backward session|a long session holds at most ((?:\d+ h )?\d+ min)/.exec(
						w,
					);
				if (limit) expect(longest / 60, w).toBeLessThanOrEqual(minutes(limit[1] ?? limit[2] ?? '') + 1);
			}
		}
	});
});

describe('the eleventh coach read: a knee-friendly plan says where it departs from the trial', () => {
	it('on two days: lighter than the trial’s three walks a week', () => {
		const p = plan({ goal: 'knee-friendly', experience: 'regular', days: ['wed', 'sat'], weeks: 26 });
		expect(p.weeks[1]?.sessions.filter((s) => s.backwardSec > 0)).toHaveLength(2);
		expect(p.warnings).toContain(
			'The trial walked 3 times a week; your days allow 2 walks a week without back-to-back days, so this plan is lighter than the trial. Add a day with a rest day between to match it.',
		);
	});

	it('in four weeks: ends before the trial’s six; on six days it still walks three times a week, unwarned', () => {
		const p = plan({ goal: 'knee-friendly', experience: 'new', days: SIX_DAYS, units: 'mi', weeks: 4 });
		expect(p.weeks[1]?.sessions.filter((s) => s.backwardSec > 0)).toHaveLength(3);
		expect(p.warnings).toContain(
			"The trial lasted 6 weeks; this plan has 4, so it ends before the trial's 6 weeks of walking. Choose 6 weeks to match it.",
		);
		expect(p.warnings.join(' ')).not.toMatch(/lighter than the trial/);
	});

	it('as the trial ran it (3 days, 6 weeks), says nothing more', () => {
		const p = plan({ goal: 'knee-friendly', experience: 'new', days: ['mon', 'wed', 'fri'], weeks: 6 });
		expect(p.warnings.join(' ')).not.toMatch(/lighter than the trial|ends before the trial/);
	});
});

describe('the eleventh coach read: a week that repeats the one before is said', () => {
	it('a regular’s 26-week 5K at 8:30/km names week 5, which repeats week 4', () => {
		const p = plan({
			goal: 'retro-5k',
			experience: 'regular',
			days: ['tue', 'thu', 'sat'],
			forwardEasyPace: 510,
			weeks: 26,
		});
		const titles = (i: number) => p.weeks[i]?.sessions.map((s) => s.title);
		expect(titles(4)).toEqual(titles(3));
		expect(p.warnings.find((w) => w.includes('repeats the week before'))).toMatch(/^Week 5 repeats the week before: /);
	});

	it('over a grid of race and mix-in plans, every building week that repeats the one before is named', () => {
		const named = (p: Plan, week: number) =>
			p.warnings.some(
				(w) => /repeats? the week before/.test(w) && new RegExp(`\\b${week}\\b`).test(w.split(':')[0] ?? ''),
			);
		for (const { label, p } of gridPlans({
			goal: ['mix-in', 'retro-5k', 'retro-10k'],
			experience: ['new', 'some', 'regular'],
			days: [DAY_SETS[0], DAY_SETS[1], SIX_DAYS],
			forwardEasyPace: [300, 510],
			weeks: [26],
		})) {
			const lead = /Weeks 1 (?:and|to) (\d+) hold/.exec(p.warnings.join(' '));
			const backward = (i: number) =>
				(p.weeks[i]?.sessions ?? [])
					.filter((s) => s.backwardSec > 0)
					.map((s) => s.title)
					.join('|');
			for (let i = 1; i < p.weeks.length; i++) {
				const [before, week] = [p.weeks[i - 1], p.weeks[i]];
				if (!before || !week || (week.phase !== 'build' && week.phase !== 'foundation')) continue;
				if (before.phase === 'recovery' || week.index <= Number(lead?.[1] ?? 1)) continue;
				// The walk/run foundation holds backward work on purpose while forward running steps up.
				if (week.sessions.some((s) => /walk\/run|\d+ min forward/i.test(s.title) && !/30 min forward/.test(s.title)))
					continue;
				if (backward(i) !== '' && backward(i) === backward(i - 1))
					expect(named(p, week.index), `${label}, week ${week.index}`).toBe(true);
			}
		}
	});
});
