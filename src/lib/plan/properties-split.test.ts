/**
 * The coach's split over the whole input space: honoured as written in build weeks, eased in
 * recovery and taper weeks, and every breach of a rule a warning that names its week.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	allSessions,
	amount,
	mainParts,
	mentionsWeek,
	planOf,
	SOME,
	validInput,
} from '../../../test/support/plan-properties';
import { createContext } from './context';
import { METRES_PER_UNIT, maxSessionBackwardSec, RECOVERY_CUT } from './rules';

describe('the coach’s split', () => {
	it('is honoured as written in build weeks, and every breach of a rule is a warning naming its week', () => {
		fc.assert(
			fc.property(
				validInput.filter((i) => i.split !== undefined),
				(input) => {
					const p = planOf(input);
					const split = input.split;
					if (!split) return;
					const unit = split.measure === 'distance' ? METRES_PER_UNIT[input.units] : 60;
					const mixed = allSessions(p).filter((s) => s.kind === 'mixed');
					const ctx = createContext(input);
					// The steps count the weeks the runner builds at the split: not a recovery week (it eases the week
					// before), not an easy lead-in week, not the walk/run foundation before the split starts; the week
					// back from a recovery week counts but never steps up. Held from the first peak week on (a coach
					// freezes the steps at the peak); eased in recovery weeks by 20-30 % of the week before, on a grid
					// a coach writes; eased below the held value in taper weeks.
					const lead =
						Number(
							p.warnings
								.find((x) => x.includes('hold the same backward sessions'))
								?.match(/Weeks 1 (?:and|to) (\d+)/)?.[1] ?? 1,
						) - 1;
					// No split week at all (the foundation lasts the plan, or no mixed-run day): Infinity.
					const splitFrom = p.warnings.some((x) => x.includes('has none'))
						? Number.POSITIVE_INFINITY
						: Number(p.warnings.find((x) => x.startsWith('Your split starts in week'))?.match(/week (\d+)/)?.[1] ?? 1);
					const every = split.everyWeeks ?? 2;
					const stepValue = (step: number) => split.backward + (split.step ?? 0) * Math.floor((step - 1) / every);
					const index = (step: number) => Math.floor((step - 1) / every);
					let built = 0;
					let frozen: number | undefined;
					const steps = p.weeks.map((w) => {
						const counts = w.phase !== 'recovery' && w.index > lead && w.index >= splitFrom;
						const holds = p.weeks[w.index - 2]?.phase === 'recovery' && built > 0 && index(built + 1) > index(built);
						if (counts && !holds) built++;
						const unfrozen = Math.max(1, built);
						if (w.phase === 'peak' && frozen === undefined) frozen = unfrozen;
						return { step: frozen ?? unfrozen, unfrozen };
					});
					const writtenAt = (week: number) => stepValue(steps[week - 1]?.step ?? 1);
					for (const w of p.weeks) {
						// The split's own mixed runs: from its first week (the foundation's are the plan's own).
						if (w.index < splitFrom) continue;
						for (const s of w.sessions.filter((x) => x.kind === 'mixed')) {
							const [forward, backward] = mainParts(s);
							const written = writtenAt(w.index);
							if (w.phase === 'build' || w.phase === 'foundation' || w.phase === 'peak') {
								expect(amount(backward, split.measure)).toBeCloseTo(written * unit, 6);
								expect(amount(forward, split.measure)).toBeLessThanOrEqual(split.forward * unit + 1e-6);
							} else expect(amount(backward, split.measure)).toBeLessThanOrEqual(written * unit + 1e-6);
							if (w.phase === 'recovery' && w.index > 1) {
								const cut = 1 - amount(backward, split.measure) / (writtenAt(w.index - 1) * unit);
								// Within the band wherever the plan's grid allows it: 50 m or 0.05 mi, 15 s under 10 minutes
								// and whole minutes above.
								const before = writtenAt(w.index - 1);
								const grid = split.measure === 'distance' ? 0.05 : before * 0.75 >= 10 ? 1 : 0.25;
								// On the coach's own steps (0.75 mi to 0.5 mi, a third) up to 5 points outside the band.
								const eased = amount(backward, split.measure) / unit;
								const steps = split.step ? (eased - split.backward) / split.step : Number.NaN;
								const own = Math.abs(steps - Math.round(steps)) < 1e-6 && steps >= 0;
								const slack = (own ? RECOVERY_CUT.keepingBlocks : 0) + 1e-6;
								if (before * 0.1 >= grid) {
									expect(cut, `week ${w.index}`).toBeGreaterThanOrEqual(RECOVERY_CUT.min - slack);
									expect(cut, `week ${w.index}`).toBeLessThanOrEqual(RECOVERY_CUT.max + slack);
								}
							}
							// The week after a recovery week picks up where the runner left off, never above it.
							if (w.index > 2 && p.weeks[w.index - 2]?.phase === 'recovery' && w.phase !== 'recovery')
								expect(written, `week ${w.index}`).toBeLessThanOrEqual(writtenAt(w.index - 2) + 1e-9);
						}
					}
					// A held step, and a step that comes later than the calendar would have it, are said, naming
					// their weeks.
					for (const w of p.weeks) {
						if (w.phase !== 'build' && w.phase !== 'peak') continue;
						const { step, unfrozen } = steps[w.index - 1] ?? { step: 1, unfrozen: 1 };
						const hasMixed = w.index >= splitFrom && w.sessions.some((x) => x.kind === 'mixed');
						if (hasMixed && stepValue(unfrozen) > stepValue(step) + 1e-9)
							expect(p.warnings.some((x) => x.includes('holds your split') && mentionsWeek(x, w.index))).toBe(true);
						else if (hasMixed && stepValue(w.index - splitFrom + 1) > stepValue(step) + 1e-9)
							expect(
								p.warnings.some((x) => x.includes('the plan picks up at what you ran') && mentionsWeek(x, w.index)),
							).toBe(true);
					}
					// Each jump over the rise cap by a split session is named in a warning.
					let longest = 0;
					for (const w of p.weeks) {
						for (const s of w.sessions) {
							if (s.kind === 'race') continue;
							const fromSplit =
								s.kind === 'mixed' && w.index >= splitFrom && !p.warnings.some((x) => x.includes('has none'));
							if (fromSplit && longest > 0 && s.backwardSec > maxSessionBackwardSec(longest)) {
								const named = p.warnings.some((x) => x.includes('grow at once') && mentionsWeek(x, w.index));
								expect(named, `week ${w.index}: ${p.warnings.join(' | ')}`).toBe(true);
							}
							longest = Math.max(longest, s.backwardSec);
						}
					}
					// A week after a recovery week above the week before the recovery is named too (the split picks up
					// where it left off; level is fine, above is the breach).
					const backward = (w: (typeof p.weeks)[number] | undefined) =>
						(w?.sessions ?? []).filter((s) => s.kind !== 'race').reduce((sum, s) => sum + s.backwardSec, 0);
					for (const w of p.weeks) {
						const [before, recovery] = [p.weeks[w.index - 3], p.weeks[w.index - 2]];
						if (recovery?.phase !== 'recovery' || !before || w.phase === 'taper' || w.phase === 'race') continue;
						if (!w.sessions.some((s) => s.kind === 'mixed') || w.index < splitFrom) continue;
						if (backward(w) > backward(before) + 30)
							expect(
								p.warnings.some((x) => x.includes('after the recovery week your split') && mentionsWeek(x, w.index)),
								`week ${w.index}: ${p.warnings.join(' | ')}`,
							).toBe(true);
					}
					expect(mixed.length + (p.warnings.some((x) => x.includes('has none')) ? 1 : 0)).toBeGreaterThan(0);
					expect(ctx.input.split).toEqual(split);
				},
			),
			SOME(300),
		);
	});
});
