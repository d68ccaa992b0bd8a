/**
 * How one session's blocks change from one week to the next, as a coach
 * changes them: the same blocks a little longer, or one block fewer when
 * they may merge; shorter blocks in a recovery or taper week. Keeping the
 * shape from week to week is what lets a runner see what is progressing:
 * "4 × 2 min, 4 × 2 min 30 s, 3 × 3 min 30 s", never "4 × 2, 2 × 4, 3 × 3".
 *
 * Pure functions of a layout and a few numbers; the doser (dose-doser.ts
 * and its parts) decides the targets and the caps, these only shape them.
 */
import { type BlockStyle, type SizedLayout, sizedLayout } from './blocks';
import { roundDurationSec } from './rounding';
import { MAX_REPS, RUN_WALK, RUN_WALK_MIN_LAST_RUN_SEC } from './rules';

/** How a session's blocks are made: walking or running, and what comes between them. */
export interface LayoutStyle {
	readonly mode: 'walk' | 'run';
	readonly style: BlockStyle;
}

/** Limits on a growing session. */
export interface GrowLimits {
	/** The longest continuous block allowed this week, seconds. */
	readonly blockSec: number;
	/** The most backward time the session may hold, seconds (its rise cap). */
	readonly capSec: number;
	/**
	 * When blocks merge: `never` (intervals keep their count), `lossless`
	 * (only when merging grows the session as much as keeping the blocks
	 * would: mixed runs), `blocks-first` (as soon as the session loses
	 * nothing on last week: a long run grows its blocks before its volume).
	 */
	readonly merge: 'never' | 'lossless' | 'blocks-first';
	/** A run/walk's race run length, seconds: once the runs reach it they stay, and the session grows by a last, shorter run. */
	readonly raceRunSec?: number;
}

/** From this many runs, a run/walk's easier weeks drop whole runs (one of 4 is a quarter: a recovery week's cut). */
const WHOLE_RUNS_FROM = 4;

/** Block lengths a recovery week may fall back to when its own blocks cannot shrink to the cut. */
const SHORT_BLOCKS_SEC = [30, 45, 60, 90] as const;

const walkSecOf = (s: LayoutStyle) => (s.style === 'walk-breaks' ? RUN_WALK.walkSec : 0);

/** Each block's length when `totalSec` is shared by `reps` blocks (walk breaks taken out). */
function perRep(totalSec: number, reps: number, s: LayoutStyle): number {
	return (totalSec - (reps - 1) * walkSecOf(s)) / reps;
}

/** The longest block on the grid, at least `floorSec`, for which `reps` blocks stay within `capSec`. */
function longestRepWithin(reps: number, wantSec: number, capSec: number, floorSec: number, s: LayoutStyle): number {
	let rep = roundDurationSec(Math.min(wantSec, perRep(capSec, reps, s)), 'down');
	if (rep < floorSec) rep = floorSec;
	return rep;
}

/**
 * Next week's layout of a session that grows, from last week's.
 *
 * In order of preference: one block fewer, each as long as the block limit
 * allows, when `merge` says so (a long run on its way to continuous:
 * 3 × 5 min becomes 2 × 7 min 30 s); the same blocks, each longer; and only
 * when the blocks have reached the longest allowed, one block more. Blocks
 * never get shorter and the session never passes `capSec`.
 *
 * @example
 * growLayout(sizedLayout(4, 120), 600, { blockSec: 180, capSec: 720, merge: 'never' }, run)
 * // 4 × 2 min 30 s (600 s)
 */
export function growLayout(prev: SizedLayout, targetSec: number, limits: GrowLimits, s: LayoutStyle): SizedLayout {
	return s.style === 'walk-breaks'
		? growRunWalk(prev, targetSec, limits, s)
		: growEqualBlocks(prev, targetSec, limits, s);
}

/** growLayout for equal blocks: the same blocks longer, one more, or one fewer when they may merge. */
function growEqualBlocks(prev: SizedLayout, targetSec: number, limits: GrowLimits, s: LayoutStyle): SizedLayout {
	const block = Math.max(prev.repSec, roundDurationSec(limits.blockSec, 'down'));
	const cap = Math.max(limits.capSec, prev.backwardSec);
	const target = Math.min(Math.max(targetSec, prev.backwardSec), cap);
	const make = (reps: number, repSec: number) => sizedLayout(reps, repSec, s);
	// A long run on its way to one unbroken run goes on that way: its first block grows, never back to
	// equal blocks.
	if (prev.tailSec !== undefined && s.style === 'forward-recovery')
		return unevenLongRun(prev.repSec, Math.min(block, target), prev.backwardSec, target, cap, s) ?? prev;

	const reps = prev.reps;
	const want = roundDurationSec(perRep(target, reps, s), 'nearest');
	const rep = Math.max(prev.repSec, Math.min(block, longestRepWithin(reps, want, cap, prev.repSec, s)));
	let same = make(reps, rep);
	// A build week rises by one step of the grid at least while the target is above last week's.
	if (same.backwardSec <= prev.backwardSec && target > prev.backwardSec) {
		const step = make(reps, roundDurationSec(prev.repSec + 1, 'up'));
		if (step.repSec <= block && step.backwardSec <= cap) same = step;
	}
	// Blocks at their longest and short of the target: one block more (shorter, if need be).
	if (rep >= block && same.backwardSec < target - 1e-9 && reps < MAX_REPS) {
		// Rounded up when that stays within the cap, so a session at its aim does not stop short of it.
		const up = make(reps + 1, Math.min(block, roundDurationSec(perRep(target, reps + 1, s), 'up')));
		const more =
			up.backwardSec <= cap
				? up
				: make(reps + 1, longestRepWithin(reps + 1, Math.min(block, perRep(target, reps + 1, s)), cap, 0, s));
		if (more.backwardSec <= cap && more.backwardSec > same.backwardSec) same = more;
	}

	if (limits.merge !== 'never' && prev.reps > 1) {
		const merged = mergeLayout(prev, block, limits.merge === 'lossless' ? same.backwardSec : prev.backwardSec, cap, s);
		if (merged) return merged;
	}
	return same;
}

/** Run/walk runs of this length or more never get shorter in a build week (a race of 5- or 10-minute runs). */
const RUNS_HOLD_FROM_SEC = 300;

/**
 * Next week's run/walk, grown the way its race is run. Once the runs reach
 * 5 minutes (`limits.raceRunSec`: a race of 5- or 10-minute runs) they never
 * get shorter: they lengthen to the race's runs and stay there, and the
 * session grows by what is left of its time as a last, shorter run after a
 * walk ("3 × 10 min + 4 min", "5 × 5 min + 3 min 15 s"), within the rise
 * cap, instead of every run being re-cut each week (a coach read
 * 3 × 9 min 15 s, 4 × 7 min 45 s, 4 × 8 min 45 s, 4 × 10, 5 × 9 and would
 * not sign it; another read a new runner's 5 × 5 min become 6 × 4 min 30 s,
 * shorter runs than the race's, and a longest session 1.8 times short of
 * race day, where 5 × 5 min + 3 min 15 s keeps within 1.75). Whole runs
 * cannot do it alone: one more 10-minute run in fewer than 7 passes the
 * 15 % rise cap. Shorter runs grow as equal blocks.
 *
 * @example
 * growRunWalk(sizedLayout(3, 600, walkBreaks), 2460,
 *   { blockSec: 600, capSec: 2460, merge: 'blocks-first', raceRunSec: 600 }, walkBreaks)
 * // 3 × 10 min + 7 min with 1 min walks (41 min)
 */
function growRunWalk(prev: SizedLayout, targetSec: number, limits: GrowLimits, s: LayoutStyle): SizedLayout {
	const equal = growEqualBlocks(prev, targetSec, limits, s);
	// Short runs are re-cut as any blocks are: a beginner's 1-2 minute runs must multiply to build the
	// session at all. Runs of 5 minutes or more never shorten again, in a race of 5- or 10-minute runs.
	// (A run/walk race's runs are 5 or 10 minutes, so `raceRunSec` is always at least RUNS_HOLD_FROM_SEC.)
	if (limits.raceRunSec === undefined || prev.repSec < RUNS_HOLD_FROM_SEC) return equal;
	const racing = prev.repSec >= limits.raceRunSec;
	if (!racing && equal.repSec >= prev.repSec && equal.backwardSec >= prev.backwardSec) return equal;
	const cap = Math.max(limits.capSec, prev.backwardSec);
	const target = Math.min(Math.max(targetSec, prev.backwardSec), cap);
	// The runs lengthen toward the race's as far as this week's block limit allows, never shorten.
	const run = Math.max(prev.repSec, roundDurationSec(limits.blockSec, 'down'));
	const grown = withTail(run, target, cap, s) ?? withTail(prev.repSec, target, cap, s);
	return grown !== undefined && grown.backwardSec >= prev.backwardSec ? grown : prev;
}

/**
 * `targetSec` as runs of `runSec` with walk breaks and a last run of what is
 * left (at least a minute, where the cap allows); undefined when the
 * target holds no whole run.
 */
function withTail(runSec: number, targetSec: number, capSec: number, s: LayoutStyle): SizedLayout | undefined {
	const walk = RUN_WALK.walkSec;
	const reps = Math.min(MAX_REPS, Math.floor((targetSec + walk) / (runSec + walk) + 1e-9));
	if (reps < 1) return undefined;
	const rest = targetSec - (reps * runSec + (reps - 1) * walk) - walk;
	// On the grid a coach writes a time on (15 s under 10 minutes), rounded up where the cap allows, so
	// a session at its aim does not stop a few seconds short of it (as growEqualBlocks does).
	const fixed = reps * runSec + reps * walk;
	const up = roundDurationSec(rest, 'up');
	let tail = reps < MAX_REPS && rest > 0 ? (fixed + up <= capSec + 1e-9 ? up : roundDurationSec(rest, 'down')) : 0;
	// A last run under a minute reads as a slip: a minute where the cap allows, else none.
	if (reps < MAX_REPS && rest > 0 && tail < RUN_WALK_MIN_LAST_RUN_SEC)
		tail = fixed + RUN_WALK_MIN_LAST_RUN_SEC <= capSec + 1e-9 ? RUN_WALK_MIN_LAST_RUN_SEC : 0;
	// A last run as long as the others is one more run: "6 × 10 min", never "5 × 10 min + 10 min".
	if (tail >= runSec && reps < MAX_REPS) return sizedLayout(reps + 1, runSec, s);
	return sizedLayout(reps, runSec, s, Math.min(tail, runSec));
}

/**
 * The session with one block fewer, each as long as `blockSec` allows,
 * holding between `minSec` and `maxSec`; undefined when no such layout
 * exists. A long run merging its last two blocks into one continuous run
 * in the lighter week after a recovery week: 2 × 12 min becomes 18 min.
 *
 * @example
 * mergeLayout(sizedLayout(2, 720), 1080, 1008, 1296, run) // 18 min continuous
 */
export function mergeLayout(
	prev: SizedLayout,
	blockSec: number,
	minSec: number,
	maxSec: number,
	s: LayoutStyle,
): SizedLayout | undefined {
	if (prev.reps <= 1) return undefined;
	const reps = prev.reps - 1;
	// The block limit to the nearest number a coach writes: 1.5 × 7 min 15 s is 10 min 52 s, which is
	// "11 min", not "10 min" (whole minutes above 10), a merge that would otherwise miss by seconds.
	const rep = longestRepWithin(
		reps,
		Math.min(roundDurationSec(blockSec, 'nearest'), perRep(maxSec, reps, s)),
		maxSec,
		0,
		s,
	);
	const merged = sizedLayout(reps, rep, s);
	return rep > prev.repSec && merged.backwardSec >= minSec - 1e-9 && merged.backwardSec <= maxSec + 1e-9
		? merged
		: undefined;
}

/** A long run's second, shorter block is at least this long, else it folds into the first (unevenLongRun). */
const MIN_SECOND_BLOCK_SEC = 180;

/**
 * A long run on its way from two blocks to one unbroken run, as a coach
 * takes it: one block of `firstSec` (the block ladder's next step, never
 * shorter than `fromSec`), then, after a forward jog, a shorter block of
 * what is left of `targetSec` ("15 min + 4 min 45 s"), until
 * the first block alone holds the session without losing on `minSec`.
 * Merging 2 × 11 min into one run in a week made the longest unbroken
 * run half as long again (17 minutes); a coach read it and wrote
 * 13 + 6, 15 + 5, then 17. Holds between `minSec` and `capSec`; undefined
 * when it cannot (a second block under 3 minutes, or as long as the first).
 *
 * @example
 * unevenLongRun(660, 900, 924, 1188, 1188, run) // 15 min + 4 min (1140 s) after 2 × 11 min
 * unevenLongRun(900, 1140, 1140, 1310, 1310, run) // 19 min unbroken after 15 min + 4 min
 */
export function unevenLongRun(
	fromSec: number,
	firstSec: number,
	minSec: number,
	targetSec: number,
	capSec: number,
	s: LayoutStyle,
): SizedLayout | undefined {
	const longest = roundDurationSec(Math.min(firstSec, capSec), 'down');
	// A turn for less than 3 minutes is not worth it: the first block alone, where it loses nothing.
	if (longest >= minSec - 1e-9 && targetSec - longest < MIN_SECOND_BLOCK_SEC) return sizedLayout(1, longest, s);
	// Else the first block leaves room for a 3-minute second one under the cap (at a race's aim:
	// 23 + 5, then 25 + 3, not a week held).
	const first = Math.max(fromSec, Math.min(longest, roundDurationSec(capSec - MIN_SECOND_BLOCK_SEC, 'down')));
	const second = Math.min(
		Math.max(roundDurationSec(targetSec - first, 'nearest'), MIN_SECOND_BLOCK_SEC),
		roundDurationSec(capSec - first, 'down'),
	);
	if (second < MIN_SECOND_BLOCK_SEC || second >= first) return undefined;
	const layout = sizedLayout(1, first, s, second);
	return layout.backwardSec >= minSec - 1e-9 ? layout : undefined;
}

/**
 * A smaller version of a session for a recovery, taper or race week: the
 * same blocks, shorter, or one or two blocks fewer when shorter blocks
 * cannot get close to `targetSec` (5 × 30 s becomes 4 × 30 s). Never
 * longer blocks than before.
 *
 * @example
 * shrinkLayout(sizedLayout(3, 240), 540, run) // 3 × 3 min
 */
export function shrinkLayout(
	prev: SizedLayout,
	targetSec: number,
	s: LayoutStyle,
	options: { strictlyBelow?: boolean; atMost?: boolean; wholeRuns?: boolean } = {},
): SizedLayout {
	const fewer = s.style === 'walk-breaks' ? fewerRuns(prev, targetSec, s, options) : undefined;
	if (fewer) return fewer;
	let best: SizedLayout | undefined;
	let bestError = Infinity;
	const round = options.atMost ? 'down' : 'nearest';
	for (let reps = prev.reps; reps >= Math.max(1, prev.reps - 2); reps--) {
		const rep = Math.min(prev.repSec, Math.max(30, roundDurationSec(perRep(targetSec, reps, s), round)));
		const below = Math.min(prev.repSec, Math.max(30, roundDurationSec(perRep(targetSec, reps, s), 'down')));
		const layout = sizedLayout(
			reps,
			options.strictlyBelow && rep >= prev.repSec && reps === prev.reps ? below : rep,
			s,
		);
		if (options.strictlyBelow && layout.backwardSec >= prev.backwardSec) continue;
		if (options.atMost && layout.backwardSec > targetSec && layout.repSec > 30) continue;
		// Keeping the blocks is worth 4 % of the target per block dropped.
		const error = Math.abs(layout.backwardSec - targetSec) + (prev.reps - reps) * 0.04 * targetSec;
		if (error < bestError) {
			best = layout;
			bestError = error;
		}
	}
	return best ?? prev;
}

/**
 * A run/walk session eased the way its race is run: fewer runs of the same
 * length, as many as come closest to `targetSec` (12 × 10 min becomes
 * 9 × 10 min, not 12 × 7 min 15 s). With `wholeRuns` (a taper: the runs
 * the race will be run in) or 4 runs or more, always; with two or three
 * runs only within a tenth of the target, and undefined when not (a recovery
 * week of three 3-minute runs would cut a third by dropping one). Undefined
 * for a single run.
 *
 * @example
 * fewerRuns(sizedLayout(12, 600, walkBreaks), 5900, walkBreaks, {}) // 9 × 10 min with 1 min walks (98 min)
 */
function fewerRuns(
	prev: SizedLayout,
	targetSec: number,
	s: LayoutStyle,
	options: { strictlyBelow?: boolean; atMost?: boolean; wholeRuns?: boolean },
): SizedLayout | undefined {
	let best: SizedLayout | undefined;
	const consider = (layout: SizedLayout | undefined) => {
		if (layout === undefined || layout.backwardSec >= prev.backwardSec) return;
		if (options.atMost && layout.backwardSec > targetSec) return;
		if (best === undefined || Math.abs(layout.backwardSec - targetSec) < Math.abs(best.backwardSec - targetSec))
			best = layout;
	};
	// A shorter last run goes first: the same runs without it are the smallest step down.
	for (let reps = prev.tailSec ? prev.reps : prev.reps - 1; reps >= 1; reps--)
		consider(sizedLayout(reps, prev.repSec, s));
	// Two or three runs and a last one (3 × 5 min + 1 min 30 s) ease to fewer runs and a last one
	// (2 × 5 min + 2 min 30 s): dropping the last run cuts too little there, and a whole run too much.
	if (prev.tailSec !== undefined && prev.reps < WHOLE_RUNS_FROM && !options.wholeRuns)
		consider(withTail(prev.repSec, targetSec, targetSec, s));
	// A taper always drops whole runs, and so does any easier week of 4 runs or more; a run/walk of
	// two or three runs only when that lands within a tenth (dropping one of three cuts a third).
	return best &&
		(options.wholeRuns ||
			prev.reps >= WHOLE_RUNS_FROM ||
			prev.tailSec !== undefined ||
			Math.abs(best.backwardSec - targetSec) <= targetSec * 0.1)
		? best
		: undefined;
}

/**
 * The candidates for one session in a recovery week: from about 60 % to
 * 90 % of last week's, and 95 % in the same blocks, each shape
 * `shrinkLayout` would give. The week's search (dose-recovery.ts) picks
 * the mix that lands the week's cut in its band.
 */
export function shrinkCandidates(prev: SizedLayout, s: LayoutStyle): SizedLayout[] {
	// Many targets land on the same blocks; a shape is built once and kept once, in the
	// order first seen (the week's search prefers the earlier of two equal mixes). No
	// closures here: this runs for every recovery week and is most of generatePlan's time.
	const out: SizedLayout[] = [];
	const seen = new Set<number>();
	const targets: number[] = [];
	for (let f = 0.6; f <= 0.9 + 1e-9; f += 0.02) targets.push(prev.backwardSec * f);
	// The same blocks a step shorter may cut less than a tenth: beside a long run that drops whole runs
	// (a 40 % cut), the other session keeps its shape (3 × 4 min 45 s to 3 × 4 min 30 s), never 9 × 1 min 30 s.
	for (const target of [...targets, prev.backwardSec * 0.95]) {
		const layout = shrinkLayout(prev, target, s);
		const key = layout.reps * 1e6 + layout.repSec + (layout.tailSec ?? 0) / 1e4;
		if (seen.has(key)) continue;
		seen.add(key);
		if (layout.backwardSec < prev.backwardSec) out.push(layout);
	}
	// Short sessions cannot always land a quarter's cut on the 15 s grid with the same blocks:
	// shorter blocks, more of them (3 × 1 min 30 s becomes 7 × 30 s), come last in preference.
	// Not for a run/walk of 4 runs or more: its easier weeks drop whole runs and keep their length (fewerRuns).
	if (s.style === 'walk-breaks' && prev.reps >= WHOLE_RUNS_FROM) return out;
	for (const target of targets) {
		for (const block of SHORT_BLOCKS_SEC) {
			if (block >= prev.repSec) continue;
			const reps = Math.max(1, Math.round(perRep(target, 1, s) / block));
			const key = reps * 1e6 + block;
			if (seen.has(key)) continue;
			seen.add(key);
			const layout = sizedLayout(reps, block, s);
			if (layout.backwardSec < prev.backwardSec) out.push(layout);
		}
	}
	return out;
}

/**
 * A race plan's other sessions never hold more than its long run: the
 * support session shrunk to the long run's backward time when it would.
 *
 * @example
 * noLongerThan(sizedLayout(4, 300), sizedLayout(1, 900), run) // 3 × 5 min
 */
export function noLongerThan(support: SizedLayout, main: SizedLayout, s: LayoutStyle): SizedLayout {
	return support.backwardSec <= main.backwardSec
		? support
		: shrinkLayout(support, main.backwardSec, s, { atMost: true });
}

/**
 * A smaller session whose blocks fell under last week's, as the same blocks
 * as last week, fewer of them, when that still fits `maxSec`: 5 × 1 min 15 s
 * becoming 5 × 1 min in the week a third session arrives is written
 * 4 × 1 min 15 s instead. `shrunk` itself when no such layout fits.
 *
 * @example
 * keepBlocks(sizedLayout(5, 60), sizedLayout(5, 75), 310, run) // 4 × 1 min 15 s (300 s)
 */
export function keepBlocks(shrunk: SizedLayout, last: SizedLayout, maxSec: number, s: LayoutStyle): SizedLayout {
	if (shrunk.repSec >= last.repSec) return shrunk;
	for (let reps = Math.min(last.reps, MAX_REPS); reps >= 1; reps--) {
		const layout = sizedLayout(reps, last.repSec, s);
		if (layout.backwardSec <= maxSec + 1e-9) return layout.backwardSec >= shrunk.backwardSec * 0.8 ? layout : shrunk;
	}
	return shrunk;
}
