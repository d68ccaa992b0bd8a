/**
 * Week 1 of a curve, and the floor it sets: the curve's start in blocks no
 * longer than the runner's first block, and week 1's other session, which
 * a later week's other sessions never fall under outside recovery and taper
 * weeks. Pure functions of the curve's facts (dose-curve.ts CurveFacts).
 */
import { layoutBlocks, type SizedLayout } from './blocks';
import type { CurveFacts } from './dose-curve';
import { roundDurationSec } from './rounding';
import { RISE_FLOOR_SEC, RISE_FRACTION, SUPPORT_GROWTH_UP_TO } from './rules';

/**
 * A race plan's other sessions in week 1, seconds: under the long session,
 * at the share they grow up to (rules.ts SUPPORT_GROWTH_UP_TO) in whole
 * blocks of the runner's first block where that holds enough, never so far
 * under the long session that it breaks the rise cap after them (15 % or
 * 2 minutes; a week-1 long run may come after them), and never above the
 * runner's start by experience (`startSec`). Before, a regular's midweek
 * runs started at the long run's 2 × 10 min and held it for a month while
 * the long run grew; now they grow from week 2.
 *
 * @example
 * supportStartSec(1200, 1200, 600) // 1080: 2 × 9 min beside a 2 × 10 min long run
 * supportStartSec(480, 480, 120)   // 360: 3 × 2 min beside 4 × 2 min
 */
export function supportStartSec(startSec: number, longStartSec: number, blockSec: number): number {
	const least = roundDurationSec(Math.min(longStartSec / (1 + RISE_FRACTION), longStartSec - RISE_FLOOR_SEC), 'up');
	const share = Math.min(
		startSec,
		longStartSec,
		Math.max(least, roundDurationSec(longStartSec * SUPPORT_GROWTH_UP_TO, 'down')),
	);
	const whole = Math.floor(share / blockSec) * blockSec;
	return whole >= least && whole > 0 ? whole : share;
}

/** Week 1's long (or only) session: the curve's start in blocks no longer than the runner's first block. */
export function weekOneMain(curve: CurveFacts['curve']): SizedLayout {
	return layoutBlocks(curve.startSec, {
		maxBlockSec: curve.startBlockSec,
		mode: curve.mode,
		style: curve.style,
		round: 'down',
	});
}

/**
 * Week 1: the curve's start in blocks no longer than the runner's first
 * block; in a race plan the other sessions at week 1's shorter dose, in
 * other plans every session alike. Rounded down, so week 1 never holds
 * more than the runner's start.
 *
 * @example
 * startWeek(facts) // [4 × 30 s, 4 × 30 s] for a curve from 2 minutes in 30-second blocks
 */
export function startWeek(facts: CurveFacts): [SizedLayout, SizedLayout] {
	const main = weekOneMain(facts.curve);
	const support = facts.race ? weekOneSupport(facts) : main;
	return [main, support];
}

/**
 * Week 1's other session where a smaller layout would fall under it: a week
 * that trims its other sessions to fit a cap never trims them below where
 * the runner started.
 *
 * @example
 * atLeastWeekOne(facts, twoMinutes) // week 1's 4 × 1 min when week 1 held 4 minutes
 */
export function atLeastWeekOne(facts: CurveFacts, support: SizedLayout): SizedLayout {
	if (support.backwardSec >= facts.startSupportSec) return support;
	return weekOneSupport(facts);
}

/**
 * A race plan's other session in week 1, in blocks no longer than the long
 * session's: a shorter session in one block beside a long one in two
 * (9 min 45 s beside 2 × 5 min 30 s) would be the week's longest run.
 */
function weekOneSupport(facts: CurveFacts): SizedLayout {
	const { curve } = facts;
	return layoutBlocks(facts.startSupportSec, {
		maxBlockSec: weekOneMain(curve).repSec,
		mode: curve.mode,
		round: 'down',
	});
}
