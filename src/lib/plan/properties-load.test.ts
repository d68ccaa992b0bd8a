/**
 * Load over the whole input space, for the engine's own numbers (no coach split): how far a
 * session and a week may rise, recovery weeks, stalls, peaks and the time caps (rules.ts, Load).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	engineInput,
	firstContinuousForward,
	isStrides,
	longestBlock,
	longestSession,
	mainMode,
	planOf,
	RUNS,
	runningSec,
	SOME,
} from '../../../test/support/plan-properties';
import { createContext } from './context';
import { isRaceGoal } from './options';
import {
	MAX_SESSION_SEC,
	MAX_WEEK_BACKWARD_SEC,
	MIX_IN_MAX_BACKWARD_OF_FORWARD,
	maxSessionBackwardSec,
	maxWeekBackwardSec,
	RECOVERY_CUT,
} from './rules';
import type { Session } from './schema';
import { planTargets } from './targets';

describe('load: how far a session and a week may rise (engine numbers, no coach split)', () => {
	it('never raises a session more than 15 % or 2 minutes (never 60 %) over the longest earlier one, nor a week over the biggest earlier week', () => {
		fc.assert(
			fc.property(engineInput, (input) => {
				const p = planOf(input);
				let longest = 0;
				let biggest = 0;
				let lastMode = '';
				for (const w of p.weeks) {
					if (w.phase === 'race') break;
					// The week backward running starts after weeks of backward walking: its backward walks between
					// runs are the walking already done, so its running alone rises within the cap over the walks
					// before it (4 × 30 s walked, then 3 × 30 s run with 1 min backward walks between).
					const mode = mainMode(w.sessions);
					const startsRunning = lastMode === 'walk' && mode === 'run';
					if (mode !== '') lastMode = mode;
					for (const s of w.sessions) {
						if (longest > 0 && !isStrides(s))
							expect(startsRunning ? runningSec(s) : s.backwardSec).toBeLessThanOrEqual(
								maxSessionBackwardSec(longest) + 0.5,
							);
						longest = Math.max(longest, s.backwardSec);
					}
					const count = w.sessions.filter((s) => s.backwardSec > 0).length;
					if (biggest > 0 && input.goal !== 'drills') {
						expect(w.totals.backwardSec).toBeLessThanOrEqual(maxWeekBackwardSec(biggest, count) + 0.5);
					}
					biggest = Math.max(biggest, w.totals.backwardSec);
				}
			}),
			RUNS,
		);
	});

	it('cuts recovery weeks by 20-30 % (15-35 % in the same blocks), with a shorter longest session, and starts the next week below the week before', () => {
		fc.assert(
			fc.property(
				// Drills included: their stage holds over a recovery week, and the week after still starts lower.
				engineInput.filter((i) => i.goal !== 'knee-friendly'),
				(input) => {
					const p = planOf(input);
					for (const w of p.weeks) {
						if (w.phase !== 'recovery') continue;
						const before = p.weeks[w.index - 2];
						const after = p.weeks[w.index];
						if (!before) continue;
						const cut = 1 - w.totals.backwardSec / before.totals.backwardSec;
						// Tiny weeks cannot always land in the band on a 15 s grid (90 s → 60 or 75 s): one step per session of slack.
						const slack = (15 * w.sessions.filter((x) => x.backwardSec > 0).length) / before.totals.backwardSec;
						// A week whose sessions keep their blocks (none in more of them) may land 5 points outside
						// (3 × 1 min 30 s to 3 × 1 min, a third), rather than re-cut into more, shorter ones.
						const mainBlocks = (x: Session) =>
							x.segments.find((g) => g.direction === 'backward' && g.role === 'main')?.repeats ?? 1;
						const kept = w.sessions.every((x, i) => {
							const was = before.sessions[i];
							return !was || mainBlocks(x) <= mainBlocks(was);
						});
						const tolerance = Math.max(0, slack - 0.05, kept ? RECOVERY_CUT.keepingBlocks : 0) + 1e-9;
						expect(cut).toBeGreaterThanOrEqual(RECOVERY_CUT.min - tolerance);
						expect(cut).toBeLessThanOrEqual(RECOVERY_CUT.max + tolerance);
						expect(longestSession(w.sessions)).toBeLessThan(longestSession(before.sessions));
						if (after && after.phase !== 'taper' && after.phase !== 'race') {
							expect(after.totals.backwardSec).toBeLessThan(before.totals.backwardSec);
						}
					}
				},
			),
			RUNS,
		);
	});

	it('caps by time: no training session over 150 minutes, no week over 4 hours backward, mixed runs at most a third backward', () => {
		fc.assert(
			fc.property(engineInput, (input) => {
				const p = planOf(input);
				for (const w of p.weeks) {
					if (w.phase !== 'race') expect(w.totals.backwardSec).toBeLessThanOrEqual(MAX_WEEK_BACKWARD_SEC);
					for (const s of w.sessions) {
						if (s.kind === 'race') continue;
						expect(s.estimatedDurationSec).toBeLessThanOrEqual(MAX_SESSION_SEC);
						if (s.kind === 'mixed') {
							const forward = s.estimatedDurationSec - s.backwardSec;
							expect(s.backwardSec).toBeLessThanOrEqual(forward * MIX_IN_MAX_BACKWARD_OF_FORWARD + 15);
						}
					}
				}
			}),
			RUNS,
		);
	});
});

describe('load: builds that never stall, one peak, one thing harder a week (engine numbers, no coach split)', () => {
	it('never stalls: before the peak the longest session, the longest continuous block or the week grows within every 4 weeks until the aim', () => {
		fc.assert(
			fc.property(
				engineInput.filter((i) => i.goal === 'mix-in' || isRaceGoal(i.goal)),
				(input) => {
					const p = planOf(input);
					const aim = planTargets(createContext(input)).aimSec;
					const longest = p.weeks.map((w) => longestSession(w.sessions));
					const blocks = p.weeks.map((w) => longestBlock(w.sessions));
					const totals = p.weeks.map((w) => (w.phase === 'race' ? 0 : w.totals.backwardSec));
					const modes = p.weeks.map((w) => mainMode(w.sessions));
					// A runner new to running walks backward first; backward running then starts its own build.
					const runFrom = Math.max(0, modes.indexOf('run'));
					const firstPeak = p.weeks.findIndex((w) => w.phase === 'peak');
					const end = firstPeak < 0 ? p.weeks.length : firstPeak + 1;
					for (let i = runFrom; i + 4 <= end; i++) {
						const before = Math.max(0, ...longest.slice(runFrom, i + 1));
						const within = Math.max(...longest.slice(i + 1, i + 5));
						// Reaching the aim (within one rounding step) is the end of the build, not a stall.
						if (before >= aim - 60) continue;
						// A long run that turns continuous may hold its time while its block grows: that is progress.
						const blockBefore = Math.max(0, ...blocks.slice(runFrom, i + 1));
						const blockWithin = Math.max(...blocks.slice(i + 1, i + 5));
						// So may a week that adds a session (a third day), keeping each session's size.
						const weekBefore = Math.max(0, ...totals.slice(runFrom, i + 1));
						const weekWithin = Math.max(...totals.slice(i + 1, i + 5));
						// And a week whose forward foundation makes its big step (the first 20 minutes without walk
						// breaks) holds backward work on purpose: one thing harder a week.
						const forwardStep = p.weeks.slice(i + 1, i + 5).some((w, k) => {
							const prior = p.weeks[i + k];
							return prior !== undefined && firstContinuousForward(prior, w);
						});
						expect(
							within > before || blockWithin > blockBefore || weekWithin > weekBefore || forwardStep,
							`weeks ${i + 2}-${i + 5} of ${JSON.stringify(input)}: sessions ${before} -> ${within}, blocks ${blockBefore} -> ${blockWithin}`,
						).toBe(true);
					}
				},
			),
			RUNS,
		);
	});

	it('peaks for 2-3 weeks in race plans, holding the longest session through them', () => {
		fc.assert(
			fc.property(
				engineInput.filter((i) => isRaceGoal(i.goal)),
				(input) => {
					const p = planOf(input);
					const peaks = p.weeks.filter((w) => w.phase === 'peak');
					expect(peaks.length).toBeGreaterThanOrEqual(2);
					expect(peaks.length).toBeLessThanOrEqual(3);
					const top = longestSession(peaks[0]?.sessions ?? []);
					for (const w of peaks) expect(longestSession(w.sessions)).toBe(top);
					for (const w of p.weeks) if (w.phase !== 'race') expect(longestSession(w.sessions)).toBeLessThanOrEqual(top);
				},
			),
			SOME(500),
		);
	});

	it('names one peak of 2-3 weeks holding one dose, in every plan that has a peak (mix-in from zero included)', () => {
		fc.assert(
			fc.property(engineInput, (input) => {
				const p = planOf(input);
				const peaks = p.weeks.filter((w) => w.phase === 'peak');
				if (peaks.length === 0) return;
				expect(peaks.length).toBeGreaterThanOrEqual(2);
				expect(peaks.length).toBeLessThanOrEqual(3);
				// One stretch: the peak weeks follow each other.
				expect((peaks.at(-1)?.index ?? 0) - (peaks[0]?.index ?? 0)).toBe(peaks.length - 1);
				// One dose: each peak week's backward sessions as long as the first's.
				const top = longestSession(peaks[0]?.sessions ?? []);
				for (const w of peaks) expect(longestSession(w.sessions)).toBe(top);
			}),
			SOME(500),
		);
	});

	it('makes one thing harder a week: the week of the first continuous run forward holds backward sessions', () => {
		fc.assert(
			fc.property(
				engineInput.filter((i) => (i.currentRunMinutes ?? 30) < 20),
				(input) => {
					const p = planOf(input);
					for (let i = 1; i < p.weeks.length; i++) {
						const [before, week] = [p.weeks[i - 1], p.weeks[i]];
						// The hold wins even where the week opens the peak (the peak then holds that dose).
						if (!before || !week || before.phase === 'recovery') continue;
						for (const s of week.sessions) {
							// While the runner still walks between forward runs, backward blocks end in walks too.
							const walkRun = s.segments.some(
								(g) => g.direction === 'forward' && g.mode === 'run' && g.recovery?.mode === 'walk',
							);
							if (!walkRun) continue;
							for (const g of s.segments)
								if (g.direction === 'backward') expect(g.recovery?.mode ?? 'walk').toBe('walk');
						}
						if (!firstContinuousForward(before, week)) continue;
						expect(longestSession(week.sessions)).toBeLessThanOrEqual(longestSession(before.sessions));
					}
				},
			),
			SOME(300),
		);
	});
});
