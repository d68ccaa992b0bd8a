/**
 * Step 2 of the plan, recovery weeks: every 4th week eases the week by
 * 20-30 % (rules.ts RECOVERY_CUT) with a shorter longest session, choosing
 * among the smaller layouts of last week's sessions (dose-layouts.ts
 * shrinkCandidates) the mix that lands closest to a quarter's cut.
 */
import type { SizedLayout } from './blocks';
import { type WeekDose, weekTotal } from './dose-curve';
import { type LayoutStyle, shrinkCandidates } from './dose-layouts';
import { RECOVERY_CUT, RECOVERY_FACTOR } from './rules';

/**
 * How far a candidate recovery week is from a coach's choice, added to its
 * distance from a quarter's cut (a cut of 0.01 adds 0.01). Scoring weights,
 * not coaching rules (those are in rules.ts): a session re-cut into more,
 * shorter blocks costs as much as a cut half a band off; a week near the band
 * in the same blocks costs a little, so it wins only where no week in the
 * band keeps its blocks; a week outside both never wins while another exists.
 */
const PENALTY = { reCutSession: 0.5, nearBandSameBlocks: 0.3, outsideBand: 10 } as const;

/**
 * A recovery week's main session and other sessions: the shortest blocks
 * and the mix of sessions whose week lands closest to a quarter's cut,
 * inside the 20-30 % band, with the long session shorter than last week's.
 * `supportStyle` is undefined where every session is alike (mixed runs).
 *
 * @example
 * recoveryWeek(week11, 3, run, run) // the long run and the others about a quarter shorter
 */
export function recoveryWeek(
	previous: WeekDose,
	count: number,
	mainStyle: LayoutStyle,
	supportStyle: LayoutStyle | undefined,
): [SizedLayout, SizedLayout] {
	const before = weekTotal(previous.main, previous.support, count);
	const mains = shrinkCandidates(previous.main, mainStyle);
	const supports = supportStyle ? shrinkCandidates(previous.support, supportStyle) : [undefined];
	let best: [SizedLayout, SizedLayout] | undefined;
	let bestError = Infinity;
	for (const main of mains) {
		for (const s of supports) {
			const support = s ?? main;
			const cut = 1 - weekTotal(main, support, count) / before;
			const inBand = cut >= RECOVERY_CUT.min - 1e-9 && cut <= RECOVERY_CUT.max + 1e-9;
			const nearBand =
				cut >= RECOVERY_CUT.min - RECOVERY_CUT.keepingBlocks - 1e-9 &&
				cut <= RECOVERY_CUT.max + RECOVERY_CUT.keepingBlocks + 1e-9;
			// In the band first, or near it in the same blocks, shorter or fewer, rather than re-cut into
			// more, shorter ones (a coach read 3 × 1 min 30 s become 7 × 30 s); then the long run cut near
			// a quarter too, and the week near a quarter.
			const mainCut = 1 - main.backwardSec / previous.main.backwardSec;
			const reshaped = (main.reps > previous.main.reps ? 1 : 0) + (support.reps > previous.support.reps ? 1 : 0);
			const error =
				Math.abs(cut - (1 - RECOVERY_FACTOR)) +
				Math.abs(mainCut - (1 - RECOVERY_FACTOR)) / 2 +
				reshaped * PENALTY.reCutSession +
				(inBand ? 0 : nearBand && reshaped === 0 ? PENALTY.nearBandSameBlocks : PENALTY.outsideBand);
			if (error < bestError) {
				best = [main, support];
				bestError = error;
			}
		}
	}
	return best ?? [previous.main, previous.support];
}
