/**
 * Laying a backward amount out in blocks: "8 min" becomes "4 × 2 min, 1 min
 * forward jog between" when the runner's longest block is 2 minutes. Each
 * block is a number a coach would write (rounding.ts). The dose step uses
 * this to know exactly how much backward time a session will hold.
 */

import { roundDurationSec } from './rounding';
import { MAX_REPS, RUN_WALK } from './rules';
import type { Recovery } from './schema';
import type { BlockLayout } from './sessions';

/** How the blocks of a session are separated. */
export type BlockStyle =
	/** Turn and move forward between blocks, which also rests the neck. */
	| 'forward-recovery'
	/** Keep moving backward: a minute of backward walking between running blocks (a run/walk race). */
	| 'walk-breaks';

/** A layout and the backward seconds it holds (backward walk breaks included). */
export interface SizedLayout extends BlockLayout {
	readonly backwardSec: number;
}

/**
 * Recovery between backward blocks: turn and move forward. Short blocks get a
 * walk, longer ones a jog (coaching convention).
 *
 * @example
 * forwardRecovery(30)  // { durationSec: 60, mode: 'walk', direction: 'forward' }
 * forwardRecovery(600) // { durationSec: 120, mode: 'jog', direction: 'forward' }
 */
export function forwardRecovery(blockSec: number, mode: 'walk' | 'run' = 'run'): Recovery {
	if (mode === 'walk') return { durationSec: 30, mode: 'walk', direction: 'forward' };
	if (blockSec <= 45) return { durationSec: 60, mode: 'walk', direction: 'forward' };
	if (blockSec <= 120) return { durationSec: 60, mode: 'jog', direction: 'forward' };
	if (blockSec <= 300) return { durationSec: 90, mode: 'jog', direction: 'forward' };
	return { durationSec: 120, mode: 'jog', direction: 'forward' };
}

/**
 * Lay out about `targetSec` of backward time in as few equal blocks as
 * `maxBlockSec` allows (at most MAX_REPS). `round: 'down'` never goes over
 * the target, so a cap stays a cap.
 *
 * @example
 * layoutBlocks(480, { maxBlockSec: 120 })  // 4 × 2 min, 480 s backward
 * layoutBlocks(1500, { maxBlockSec: 600 }) // 3 × 8 min 15 s, 1485 s backward
 * layoutBlocks(2640, { maxBlockSec: 600, style: 'walk-breaks' }) // 5 × 8 min run + 4 × 1 min backward walk, 2640 s
 */
export function layoutBlocks(
	targetSec: number,
	options: { maxBlockSec: number; mode?: 'walk' | 'run'; style?: BlockStyle; round?: 'nearest' | 'down' | 'up' },
): SizedLayout {
	const { maxBlockSec, mode = 'run', style = 'forward-recovery', round = 'nearest' } = options;
	const walkSec = style === 'walk-breaks' ? RUN_WALK.walkSec : 0;
	const target = Math.max(30, targetSec);
	const block = Math.max(30, maxBlockSec);
	// As few equal blocks as the longest block allows: a coach writes "2 × 14 min", not "3 × 9 min 30 s".
	const fewest = Math.min(MAX_REPS, Math.max(1, Math.ceil((target + walkSec) / (block + walkSec) - 1e-9)));
	const sized = (reps: number) => {
		const each = (target - (reps - 1) * walkSec) / reps;
		let repSec = roundDurationSec(each, round);
		// Rounding up may pass the longest block (unless MAX_REPS forces it).
		if (reps < MAX_REPS && repSec > block) repSec = roundDurationSec(block, 'down');
		repSec = Math.max(30, repSec);
		return { reps, repSec, total: reps * repSec + (reps - 1) * walkSec };
	};
	let chosen = sized(fewest);
	// Rounding down to the grid can lose up to 15 s a block; one or two more blocks may keep more of a cap.
	if (round === 'down') {
		for (let reps = fewest + 1; reps <= Math.min(MAX_REPS, fewest + 2); reps++) {
			const more = sized(reps);
			if (more.total <= target && more.total > chosen.total) chosen = more;
		}
	}
	return sizedLayout(chosen.reps, chosen.repSec, { mode, style });
}

/**
 * A layout of `reps` equal blocks of `repSec`, with the recovery its block
 * length and style call for, and the backward time it holds (backward walk
 * breaks of a run/walk count as backward).
 *
 * @example
 * sizedLayout(3, 120, { mode: 'run' }).backwardSec // 360
 */
export function sizedLayout(
	reps: number,
	repSec: number,
	options: { mode?: 'walk' | 'run'; style?: BlockStyle } = {},
	tailSec = 0,
): SizedLayout {
	const { mode = 'run', style = 'forward-recovery' } = options;
	const walkSec = style === 'walk-breaks' ? RUN_WALK.walkSec : 0;
	// A shorter last block: a run/walk's last run (dose-layouts.ts growRunWalk), or a long run's
	// second block on its way to one unbroken run (dose-layouts.ts unevenLongRun).
	const tail = Math.max(tailSec, 0);
	const recovery: Recovery | undefined =
		reps === 1 && tail === 0
			? undefined
			: style === 'walk-breaks'
				? { durationSec: walkSec, mode: 'walk', direction: 'backward' }
				: forwardRecovery(repSec, mode);
	return {
		reps,
		repSec,
		mode,
		...(recovery ? { recovery } : {}),
		...(tail > 0 ? { tailSec: tail } : {}),
		backwardSec: reps * repSec + (reps - 1) * walkSec + (tail > 0 ? walkSec + tail : 0),
	};
}

/**
 * How long a layout takes, recoveries included.
 *
 * @example
 * layoutDurationSec({ reps: 3, repSec: 120, recovery: { durationSec: 60, ... } }) // 480
 */
export function layoutDurationSec(layout: Pick<BlockLayout, 'reps' | 'repSec' | 'recovery' | 'tailSec'>): number {
	const between = layout.recovery?.durationSec ?? 0;
	const tail = layout.tailSec ? between + layout.tailSec : 0;
	return layout.reps * layout.repSec + (layout.reps - 1) * between + tail;
}
