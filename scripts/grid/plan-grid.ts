/**
 * A coach's grid over the plan engine: every goal × experience × 2/3/4/6 days × slow and fast paces ×
 * km and mi × shortest length and 26 weeks (and, for mix-in, a runner who cannot run yet). Flags each
 * finding of the coach's read automatically and prints the counts.
 * Run: node_modules/.bin/tsx scripts/grid/plan-grid.ts [--verbose]
 */

import type { Plan } from '../../src/lib';
import { generatePlan, parsePlanInput } from '../../src/lib';

const GOALS = ['mix-in', 'drills', 'knee-friendly', 'retro-mile', 'retro-5k', 'retro-10k', 'retro-half'] as const;
const LEVELS = ['new', 'some', 'regular'] as const;
const DAYS = [
	['wed', 'sat'],
	['tue', 'thu', 'sat'],
	['tue', 'thu', 'sat', 'sun'],
	['tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
];
const PACES = [510, 300]; // s/km: 8:30 and 5:00
const UNITS = ['km', 'mi'] as const;
const verbose = process.argv.includes('--verbose');

const counts: Record<string, number> = {};
const examples: Record<string, string[]> = {};
let plansMade = 0;
function flag(name: string, what: string): void {
	counts[name] = (counts[name] ?? 0) + 1;
	const list = examples[name] ?? [];
	examples[name] = list;
	if (list.length < (process.env.GRID_EXAMPLES ? Number(process.env.GRID_EXAMPLES) : 4)) list.push(what);
}

function backwardTotals(p: Plan): number[] {
	return p.weeks.map((w) => w.totals.backwardSec);
}
/** Longest continuous forward running block in a week (the foundation's step). */
function forwardRunBlock(p: Plan, i: number): number {
	let best = 0;
	for (const s of p.weeks[i]?.sessions ?? []) {
		for (const g of s.segments) {
			if (g.direction === 'forward' && (g.mode === 'run' || g.mode === 'jog'))
				best = Math.max(best, g.durationSec ?? 0);
		}
	}
	return best;
}
/** Whether a week's forward running is still a walk/run (the foundation before its first continuous run). */
function walkRunWeek(p: Plan, i: number): boolean {
	return (p.weeks[i]?.sessions ?? []).some((s) =>
		s.segments.some((g) => g.direction === 'forward' && g.mode === 'run' && (g.repeats ?? 1) > 1 && g.recovery),
	);
}
/** The week the foundation first runs 20 minutes without walk breaks, after a week with them. */
function firstContinuous(p: Plan, i: number): boolean {
	const walkRun = (k: number) => walkRunWeek(p, k);
	const continuous = (p.weeks[i]?.sessions ?? []).some((s) => s.kind === 'easy-forward' && s.segments.length === 1);
	return i > 0 && walkRun(i - 1) && !walkRun(i) && continuous;
}
const HOLD_OK = new Set(['recovery', 'peak', 'taper', 'race']);

/** Longest continuous backward running block of a week, seconds (distance blocks at easy backward pace). */
function backwardBlock(p: Plan, i: number): number {
	let best = 0;
	for (const s of p.weeks[i]?.sessions ?? []) {
		if (s.kind === 'race') continue;
		for (const g of s.segments) {
			if (g.direction === 'backward' && g.mode === 'run')
				best = Math.max(
					best,
					g.durationSec ??
						((g.distanceM ?? 0) * ((p.paces.backwardEasy.min + p.paces.backwardEasy.max) / 2)) /
							(p.input.units === 'mi' ? 1609.344 : 1000),
				);
		}
	}
	return best;
}

/** "4:30" for 270 seconds. */
function formatSec(sec: number): string {
	return `${Math.floor(sec / 60)}:${String(Math.round(sec % 60)).padStart(2, '0')}`;
}

function check(p: Plan, label: string): void {
	plansMade++;
	const weeks = p.weeks;
	const totals = backwardTotals(p);
	// 1. After a recovery week, the week starts below the week before it.
	for (const w of weeks) {
		if (w.phase !== 'recovery') continue;
		const before = weeks[w.index - 2];
		const after = weeks[w.index];
		if (before && after && after.phase !== 'taper' && after.phase !== 'race') {
			if (after.totals.backwardSec >= before.totals.backwardSec)
				flag('1 after-recovery not below', `${label} wk${after.index}`);
		}
	}
	// 2a. Peak names one stretch of 2-3 weeks.
	const stretches: number[] = [];
	weeks.forEach((w, i) => {
		if (w.phase !== 'peak') return;
		const n = stretches.length;
		if (i > 0 && weeks[i - 1]?.phase === 'peak' && n > 0) stretches[n - 1] = (stretches[n - 1] ?? 0) + 1;
		else stretches.push(1);
	});
	if (stretches.length > 1 || stretches.some((n) => n < 2 || n > 3)) flag('2a peak stretches', `${label} ${stretches}`);
	const peakTotals = new Set(weeks.filter((w) => w.phase === 'peak').map((w) => w.totals.backwardSec));
	if (peakTotals.size > 1) flag('2a peak weeks differ', `${label} ${[...peakTotals]}`);
	const firstPeak = weeks.findIndex((w) => w.phase === 'peak');
	if (firstPeak > 0 && (totals[firstPeak] ?? 0) < Math.max(...totals.slice(0, firstPeak)))
		flag('2a peak below an earlier week', `${label} wk${firstPeak + 1}`);
	// 2b. Only one thing gets harder a week: forward foundation step or backward rise.
	for (let i = 1; i < weeks.length; i++) {
		const w = weeks[i];
		if (!w || w.phase === 'recovery' || weeks[i - 1]?.phase === 'recovery') continue;
		const fwdUp = forwardRunBlock(p, i) > forwardRunBlock(p, i - 1);
		const backUp = (totals[i] ?? 0) > (totals[i - 1] ?? 0);
		if (fwdUp && backUp && w.phase !== 'race') flag('2b (any) forward step and backward rise', `${label} wk${w.index}`);
		if (fwdUp && backUp && walkRunWeek(p, i - 1))
			flag('2b walk/run foundation step and backward rise', `${label} wk${w.index}`);
		if (firstContinuous(p, i) && backUp) flag('2b first continuous 20 min and backward rise', `${label} wk${w.index}`);
	}
	// 2c. Running days come back one at a time, and forward running never jumps by half in a week (a coach
	// read a Couch to 5K graduate go from 3 runs to 6 the week their runs turned continuous).
	for (let i = 1; i < weeks.length; i++) {
		const [before, w] = [weeks[i - 1], weeks[i]];
		if (!before || !w || w.phase === 'race') continue;
		if (w.sessions.length >= before.sessions.length + 2)
			flag(
				'2c two or more running days added in a week',
				`${label} wk${w.index} ${before.sessions.length}->${w.sessions.length}`,
			);
		if (
			before.phase !== 'recovery' &&
			w.totals.forwardSec > 1.5 * before.totals.forwardSec &&
			before.totals.forwardSec > 0
		)
			flag(
				'2c forward time 1.5x the week before',
				`${label} wk${w.index} ${Math.round(before.totals.forwardSec / 60)}->${Math.round(w.totals.forwardSec / 60)} min`,
			);
	}
	// 3. The long run's share of a peak week with 3 or more backward sessions (a third to a half is usual).
	for (const w of weeks.filter((x) => x.phase === 'peak').slice(0, 1)) {
		const times = w.sessions.map((s) => s.backwardSec).filter((t) => t > 0);
		const share = Math.max(...times) / times.reduce((a, b) => a + b, 0);
		if (times.length >= 3 && share > 0.6) flag('3 long run over 60 % of a peak week', `${label} ${share.toFixed(2)}`);
	}
	// 4. The longest continuous backward block rises at most 15 % or 2 minutes over the longest before it
	// (blocks under 4 minutes may grow by half, or 30 s).
	let longestBlock = 0;
	weeks.forEach((w, i) => {
		const b = backwardBlock(p, i);
		if (i > 0 && b > 240 && b > Math.max(longestBlock * 1.15, longestBlock + 120) + 1)
			flag('4 block jump', `${label} wk${w.index} ${Math.round(longestBlock / 60)}->${Math.round(b / 60)} min`);
		longestBlock = Math.max(longestBlock, b);
	});
	// 4c. An unbroken block of 10 minutes or more never grows by more than a quarter or 4 minutes two weeks
	// running (a coach read 14 -> 21 -> 28 minutes: the merge week's half again, then a third more).
	let bigSteps = 0;
	let best = 0;
	weeks.forEach((w, i) => {
		const b = backwardBlock(p, i);
		const big = best >= 600 && b > Math.max(best * 1.25, best + 240) + 1;
		bigSteps = big ? bigSteps + 1 : b > best ? 0 : bigSteps;
		if (bigSteps >= 2) flag('4c block up by over a quarter two weeks running', `${label} wk${w.index}`);
		best = Math.max(best, b);
	});
	// 4b. No session doubles the longest before it ("sessions that double from one week to the next"): the
	// 2-minute floor of the rise cap allows it for sessions of 2 minutes or less.
	let longestSession = 0;
	weeks.forEach((w) => {
		for (const s of w.sessions) {
			if (s.kind === 'race' || s.backwardSec === 0) continue;
			if (longestSession > 0 && s.backwardSec >= 1.75 * longestSession)
				flag(
					'4b session 1.75x the longest before',
					`${label} wk${w.index} ${formatSec(longestSession)}->${formatSec(s.backwardSec)}`,
				);
		}
		longestSession = Math.max(longestSession, ...w.sessions.filter((s) => s.kind !== 'race').map((s) => s.backwardSec));
	});
	// 5. Race day against the longest training session.
	const race = weeks.at(-1)?.sessions.find((s) => s.kind === 'race');
	if (race) {
		const longest = Math.max(
			...weeks.slice(0, -1).flatMap((w) => w.sessions.filter((s) => s.kind !== 'race').map((s) => s.backwardSec)),
		);
		const ratio = race.backwardSec / longest;
		if (ratio > 1.5) flag('5 race over 1.5x longest', `${label} ${ratio.toFixed(2)}`);
		if (ratio > 1.75) flag('5 race over 1.75x longest', `${label} ${ratio.toFixed(2)}`);
	}
	// 6. Weekly backward time rises at most 20 % (outside the weeks after recovery).
	for (let i = 1; i < weeks.length; i++) {
		const w = weeks[i];
		if (!w || weeks[i - 1]?.phase === 'recovery' || w.phase === 'race') continue;
		// Against the biggest week so far, as the rise cap reads it (a week after a lighter one may return to it).
		const before = Math.max(...totals.slice(0, i));
		// The rise cap allows 2 minutes a session at low volume (rules.ts maxWeekBackwardSec).
		const sessionsBefore = weeks[i - 1]?.sessions.filter((s) => s.backwardSec > 0).length ?? 1;
		if (before > 0 && (totals[i] ?? 0) > Math.max(before * 1.2, before + 120 * sessionsBefore) + 1)
			flag(
				'6 weekly rise over 20%',
				`${label} wk${w.index} ${Math.round(before / 60)}->${Math.round((totals[i] ?? 0) / 60)} min`,
			);
	}
	// 3. Outside recovery/peak/taper, no backward session kind holds the same dose > 2 weeks running.
	if (p.input.goal === 'mix-in' || p.input.goal.startsWith('retro')) {
		const kinds = new Set(weeks.flatMap((w) => w.sessions.filter((s) => s.backwardSec > 0).map((s) => s.kind)));
		for (const kind of kinds) {
			if (kind === 'race') continue;
			let run = 0;
			let last = '';
			for (const w of weeks) {
				const doses = w.sessions.filter((s) => s.kind === kind && s.backwardSec > 0).map((s) => s.backwardSec);
				const key = doses.sort((a, b) => a - b).join(',');
				if (HOLD_OK.has(w.phase) || doses.length === 0) {
					run = 0;
					last = '';
					continue;
				}
				run = key === last ? run + 1 : 1;
				last = key;
				if (run === 3)
					flag(
						`3 ${kind} holds 3+ weeks${p.input.weeks >= 20 ? ' (20+ wk plan)' : ''}`,
						`${label} ${kind} to wk${w.index} [${key}]`,
					);
			}
		}
	}
}

const refusals: string[] = [];
/** Sum of the shortest accepted length per goal: a rule that costs weeks shows here. */
const minWeeks: Record<string, number> = {};
for (const goal of GOALS)
	for (const experience of LEVELS)
		for (const days of DAYS)
			for (const pace of PACES)
				for (const units of UNITS)
					for (const crm of goal === 'mix-in' ? [undefined, 0, 5, 10] : [undefined]) {
						const base = {
							goal,
							experience,
							startDate: '2026-03-02',
							days,
							units,
							forwardEasyPace: Math.round(units === 'mi' ? pace * 1.609344 : pace),
							...(crm !== undefined ? { currentRunMinutes: crm } : {}),
						};
						const label = `${goal}/${experience}/${days.length}d/${pace}/${units}${crm !== undefined ? `/crm${crm}` : ''}`;
						let min: number | undefined;
						for (let w = 4; w <= 26 && min === undefined; w++) {
							const r = parsePlanInput({ ...base, weeks: w });
							if (r.ok) {
								min = w;
								minWeeks[goal] = (minWeeks[goal] ?? 0) + w;
								check(generatePlan(r.value), `${label}/${w}w`);
							} else if (w === 26) {
								refusals.push(`${label}: ${r.errors.map((e) => `[${e.path}] ${e.message}`).join(' ')}`);
							} else if (r.errors[0]?.path !== 'weeks') {
								// refused for something other than length: jump to 26 to see it
								w = 25;
							}
						}
						// The length the parser picks when none is chosen: the fewest weeks that train the race.
						if (goal.startsWith('retro')) {
							const d = parsePlanInput(base);
							const race = d.ok ? generatePlan(d.value) : undefined;
							const last = race?.weeks.at(-1)?.sessions.find((s) => s.kind === 'race');
							if (race && last) {
								const longest = Math.max(
									...race.weeks.flatMap((w) => w.sessions.filter((s) => s.kind !== 'race').map((s) => s.backwardSec)),
								);
								if (last.backwardSec / longest > 1.5)
									flag(
										'5d default length: race over 1.5x longest',
										`${label}/${race.input.weeks}w ${(last.backwardSec / longest).toFixed(2)}`,
									);
							}
						}
						// A runner who cannot run yet: the lengths in between too, where the foundation meets the peak.
						const more = crm !== undefined ? [8, 12, 16, 26] : [26];
						for (const w of more) {
							if (min === undefined || w <= min) continue;
							const r = parsePlanInput({ ...base, weeks: w });
							if (r.ok) check(generatePlan(r.value), `${label}/${w}w`);
						}
					}

console.log(`plans checked: ${plansMade}, refused at 26 weeks: ${refusals.length}`);
console.log(`sum of shortest lengths: ${JSON.stringify(minWeeks)}`);
for (const [k, n] of Object.entries(counts).sort()) {
	console.log(`${String(n).padStart(5)}  ${k}`);
	if (verbose) for (const e of examples[k] ?? []) console.log(`         e.g. ${e}`);
}
if (verbose) for (const r of refusals) console.log(`REFUSED ${r}`);
