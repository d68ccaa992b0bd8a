/**
 * How a session's blocks change from week to week, read as a coach reads
 * them: blocks never get shorter in a build, a merge lands on a number a
 * coach writes, and the other sessions never pass the long run.
 */
import { describe, expect, it } from 'vitest';
import { sizedLayout } from './blocks';
import { keepBlocks, type LayoutStyle, mergeLayout, noLongerThan } from './dose-layouts';

const run: LayoutStyle = { mode: 'run', style: 'forward-recovery' };
const text = (l: { reps: number; repSec: number }) => `${l.reps} × ${l.repSec} s`;

describe('dose layouts', () => {
	it('keeps last week’s blocks, fewer of them, when a week that adds a session must shrink one', () => {
		// 5 × 1 min 15 s last week; squeezing to 5 × 1 min would shorten the blocks.
		expect(text(keepBlocks(sizedLayout(5, 60, run), sizedLayout(5, 75, run), 310, run))).toBe('4 × 75 s');
		// Blocks that did not get shorter are kept as they are.
		expect(text(keepBlocks(sizedLayout(4, 90, run), sizedLayout(5, 75, run), 400, run))).toBe('4 × 90 s');
		// Too few blocks would lose more than a fifth: the shrunk session stands.
		expect(text(keepBlocks(sizedLayout(3, 100, run), sizedLayout(2, 200, run), 310, run))).toBe('3 × 100 s');
	});

	it('merges a long run in two blocks into one on a coach’s number: 2 × 7 min 15 s becomes 11 min', () => {
		const merged = mergeLayout(sizedLayout(2, 435, run), 652, 870 * 0.7, 915, run);
		expect(merged && text(merged)).toBe('1 × 660 s');
	});

	it('never lets another session hold more than the long run', () => {
		const support = noLongerThan(sizedLayout(4, 300, run), sizedLayout(1, 900, run), run);
		expect(support.backwardSec).toBeLessThanOrEqual(900);
		expect(support.repSec).toBeLessThanOrEqual(300);
	});
});
