/**
 * Week 1 of a curve, and the floor it sets: the curve's start in blocks no
 * longer than the runner's first block, and week 1's other session, which
 * a later week's other sessions never fall under outside recovery and taper
 * weeks. Pure functions of the curve's facts (dose-curve.ts CurveFacts).
 */
import { layoutBlocks, type SizedLayout } from './blocks';
import type { CurveFacts } from './dose-curve';

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
	const { curve } = facts;
	const main = layoutBlocks(curve.startSec, {
		maxBlockSec: curve.startBlockSec,
		mode: curve.mode,
		style: curve.style,
		round: 'down',
	});
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

/** A race plan's other session in week 1, in the curve's first blocks. */
function weekOneSupport(facts: CurveFacts): SizedLayout {
	const { curve } = facts;
	return layoutBlocks(facts.startSupportSec, { maxBlockSec: curve.startBlockSec, mode: curve.mode, round: 'down' });
}
