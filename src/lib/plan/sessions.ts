/**
 * Building blocks for sessions: segments, their time and distance estimates,
 * and the words of titles. No decisions about how much: dose.ts decides how
 * much, shapes.ts which blocks, this file how a block is written down.
 */
import type { PlanContext } from './context';
import { formatDistance, formatDuration } from './format';
import type { RaceGoal } from './options';
import {
	BACKWARD_WALK_SEC_PER_M,
	DRILL_WALK_REPS,
	type DrillStage,
	FORWARD_WALK_SEC_PER_M,
	MODE_PACE_FACTOR,
	type WalkRunStage,
} from './rules';
import type { Recovery, Segment, Session, WeekTotals } from './schema';

/** How long a forward part lasts: a time, or a distance in metres. */
export type ForwardAmount = { readonly durationSec: number } | { readonly distanceM: number };

/** How a backward amount is laid out: `reps` × `repSec` (or × `repM`), with a recovery between. */
export interface BlockLayout {
	readonly reps: number;
	/** Length of each block, seconds (time-based blocks). */
	readonly repSec: number;
	/** Length of each block, metres, when the block is set by distance (a coach's split). */
	readonly repM?: number;
	/** What happens between blocks (none after the last). */
	readonly recovery?: Recovery;
	/** Walk or run (backward). */
	readonly mode: 'walk' | 'run';
	/**
	 * A last, shorter block after one more recovery, seconds: a run/walk grown by
	 * minutes at its end ("3 × 10 min + 4 min"), as its race is run, instead of
	 * every run re-cut each week. Absent for equal blocks.
	 */
	readonly tailSec?: number;
}

// ---------------------------------------------------------------------------
// Segments
// ---------------------------------------------------------------------------

/** An easy forward run (or jog) for a time or distance. */
export function forwardRun(
	ctx: PlanContext,
	role: Segment['role'],
	amount: ForwardAmount,
	mode: 'run' | 'jog' = 'run',
): Segment {
	return { role, direction: 'forward', mode, repeats: 1, ...amount, effort: 'easy', pace: { ...ctx.forwardEasy } };
}

/** A forward walk for a time. */
export function forwardWalk(role: Segment['role'], durationSec: number): Segment {
	return { role, direction: 'forward', mode: 'walk', repeats: 1, durationSec, effort: 'very-easy' };
}

/** One week of the walk/run foundation: `reps` × (run, walk between), forward [nhs-couch-to-5k]. */
export function walkRun(ctx: PlanContext, stage: WalkRunStage): Segment {
	return {
		role: 'main',
		direction: 'forward',
		mode: 'run',
		repeats: stage.reps,
		durationSec: stage.runSec,
		...(stage.reps > 1 ? { recovery: { durationSec: stage.walkSec, mode: 'walk', direction: 'forward' } } : {}),
		effort: 'easy',
		pace: { ...ctx.forwardEasy },
	};
}

/** Backward blocks from a layout: running at easy effort with the easy backward pace, or walking. */
export function backwardBlocks(ctx: PlanContext, layout: BlockLayout, effort: Segment['effort'] = 'easy'): Segment {
	const amount = layout.repM !== undefined ? { distanceM: layout.repM } : { durationSec: layout.repSec };
	if (layout.mode === 'walk') {
		return {
			role: 'main',
			direction: 'backward',
			mode: 'walk',
			repeats: layout.reps,
			...amount,
			...(layout.reps > 1 && layout.recovery ? { recovery: layout.recovery } : {}),
			effort: 'very-easy',
		};
	}
	return {
		role: 'main',
		direction: 'backward',
		mode: 'run',
		repeats: layout.reps,
		...amount,
		...(layout.reps > 1 && layout.recovery ? { recovery: layout.recovery } : {}),
		effort,
		pace: { ...ctx.backwardEasy },
	};
}

/**
 * The backward blocks of a layout as segments: the equal blocks, then, for a
 * layout with a shorter last block, its recovery and that block. One list so
 * that every page, export and the player read the same session.
 *
 * @example
 * backwardBlockSegments(ctx, { reps: 3, repSec: 600, tailSec: 240, recovery: walk60, mode: 'run' })
 * // [3 × 10 min run with 1 min walks, 1 min backward walk, 4 min run]
 */
export function backwardBlockSegments(
	ctx: PlanContext,
	layout: BlockLayout,
	effort: Segment['effort'] = 'easy',
): Segment[] {
	const blocks = backwardBlocks(ctx, layout, effort);
	const { tailSec, recovery } = layout;
	if (tailSec === undefined || tailSec <= 0) return [blocks];
	const between: Segment = {
		role: 'main',
		direction: recovery?.direction ?? 'backward',
		mode: recovery?.mode ?? 'walk',
		repeats: 1,
		durationSec: recovery?.durationSec ?? 60,
		effort: 'very-easy',
	};
	return [blocks, between, backwardBlocks(ctx, { reps: 1, repSec: tailSec, mode: layout.mode }, effort)];
}

/** Backward walking for a time. */
export function backwardWalk(durationSec: number): Segment {
	return { role: 'main', direction: 'backward', mode: 'walk', repeats: 1, durationSec, effort: 'very-easy' };
}

/** How many of each drill a week holds: the stage's, or fewer in a recovery week. */
export interface DrillReps {
	readonly walk: number;
	readonly strides: number;
	readonly sprints: number;
}

/**
 * Backward drills for one stage: a balance walk, strides by time, then
 * sprints by distance (rules.ts DRILL_STAGES). `reps` takes repetitions
 * away in a recovery week; lengths never change.
 *
 * @example
 * drillSegments(DRILL_STAGES[0]).map((g) => g.mode) // ['walk', 'stride']
 */
export function drillSegments(
	stage: DrillStage,
	reps: DrillReps = { walk: DRILL_WALK_REPS, strides: stage.strideReps, sprints: stage.sprintReps },
): Segment[] {
	const segs: Segment[] = [
		{
			role: 'main',
			direction: 'backward',
			mode: 'walk',
			repeats: reps.walk,
			durationSec: 30,
			recovery: { durationSec: 15, mode: 'walk', direction: 'forward' },
			effort: 'very-easy',
		},
		{
			role: 'main',
			direction: 'backward',
			mode: 'stride',
			repeats: reps.strides,
			durationSec: stage.strideSec,
			recovery: { durationSec: 45, mode: 'walk', direction: 'forward' },
			effort: 'moderate',
		},
	];
	if (stage.sprintReps > 0 && reps.sprints > 0) {
		segs.push({
			role: 'main',
			direction: 'backward',
			mode: 'sprint',
			repeats: reps.sprints,
			distanceM: stage.sprintM,
			recovery: { durationSec: 90, mode: 'walk', direction: 'forward' },
			effort: 'hard',
		});
	}
	return segs;
}

/** The race itself, run continuously: the full distance backward. */
export function raceSegment(ctx: PlanContext, distanceM: number): Segment {
	return {
		role: 'main',
		direction: 'backward',
		mode: 'run',
		repeats: 1,
		distanceM,
		effort: 'race',
		pace: { ...ctx.backwardEasy },
	};
}

// ---------------------------------------------------------------------------
// Estimates
// ---------------------------------------------------------------------------

function secPerM(ctx: PlanContext, direction: Segment['direction'], mode: Segment['mode']): number {
	if (mode === 'walk') return direction === 'backward' ? BACKWARD_WALK_SEC_PER_M : FORWARD_WALK_SEC_PER_M;
	const base = direction === 'backward' ? ctx.backSecPerM : ctx.fwdSecPerM;
	if (mode === 'stride') return base * MODE_PACE_FACTOR.stride;
	if (mode === 'sprint') return base * MODE_PACE_FACTOR.sprint;
	return base;
}

/** Time and distance of a segment, split by direction (recoveries included). */
export interface Metrics {
	backwardSec: number;
	forwardSec: number;
	backwardM: number;
	forwardM: number;
}

/** The estimated time and distance of one segment, recoveries included. */
export function segmentMetrics(ctx: PlanContext, seg: Segment): Metrics {
	const rate = secPerM(ctx, seg.direction, seg.mode);
	const repSec = seg.durationSec ?? (seg.distanceM ?? 0) * rate;
	const repM = seg.distanceM ?? (seg.durationSec ?? 0) / rate;
	const m: Metrics = { backwardSec: 0, forwardSec: 0, backwardM: 0, forwardM: 0 };
	add(m, seg.direction, seg.repeats * repSec, seg.repeats * repM);
	if (seg.recovery && seg.repeats > 1) {
		const r = seg.recovery;
		const n = seg.repeats - 1;
		add(m, r.direction, n * r.durationSec, (n * r.durationSec) / secPerM(ctx, r.direction, r.mode));
	}
	return m;
}

function add(m: Metrics, direction: Segment['direction'], sec: number, metres: number): void {
	if (direction === 'backward') {
		m.backwardSec += sec;
		m.backwardM += metres;
	} else {
		m.forwardSec += sec;
		m.forwardM += metres;
	}
}

/** Whole-session metrics, rounded to whole seconds and metres. */
export function sessionMetrics(ctx: PlanContext, segments: readonly Segment[]): Metrics {
	const total: Metrics = { backwardSec: 0, forwardSec: 0, backwardM: 0, forwardM: 0 };
	for (const seg of segments) {
		const m = segmentMetrics(ctx, seg);
		total.backwardSec += m.backwardSec;
		total.forwardSec += m.forwardSec;
		total.backwardM += m.backwardM;
		total.forwardM += m.forwardM;
	}
	return {
		backwardSec: Math.round(total.backwardSec),
		forwardSec: Math.round(total.forwardSec),
		backwardM: Math.round(total.backwardM),
		forwardM: Math.round(total.forwardM),
	};
}

/** A session without its id (ids are numbered once the week is assembled). */
export type DraftSession = Omit<Session, 'id'>;

/** What a session is, before its estimates are attached. */
export type SessionBase = Pick<
	Session,
	'date' | 'weekday' | 'kind' | 'title' | 'segments' | 'techniqueCues' | 'safetyNotes' | 'guideIds'
>;

/** Attach estimates to a session description. */
export function draftSession(ctx: PlanContext, base: SessionBase): DraftSession {
	const m = sessionMetrics(ctx, base.segments);
	const duration = m.backwardSec + m.forwardSec;
	return {
		...base,
		estimatedDurationSec: duration,
		estimatedDistanceM: m.backwardM + m.forwardM,
		backwardSec: m.backwardSec,
		backwardShare: duration > 0 ? Math.round((m.backwardSec / duration) * 100) / 100 : 0,
	};
}

/**
 * Sums over a week's sessions. Skipped sessions count for nothing: the week's
 * totals and the chart show what the runner will do (edits.ts).
 */
export function weekTotals(ctx: PlanContext, sessions: readonly Session[]): WeekTotals {
	const totals: WeekTotals = {
		sessions: sessions.filter((s) => !s.skipped).length,
		backwardSessions: 0,
		backwardSec: 0,
		forwardSec: 0,
		backwardDistanceM: 0,
		forwardDistanceM: 0,
	};
	for (const s of sessions) {
		if (s.skipped) continue;
		const m = sessionMetrics(ctx, s.segments);
		if (m.backwardSec > 0) totals.backwardSessions++;
		totals.backwardSec += m.backwardSec;
		totals.forwardSec += m.forwardSec;
		totals.backwardDistanceM += m.backwardM;
		totals.forwardDistanceM += m.forwardM;
	}
	return totals;
}

// ---------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------

/** "6 × 30 s", "12 min", "0.5 mi" or "3 × 400 m" for a layout. */
export function layoutText(
	ctx: PlanContext,
	layout: Pick<BlockLayout, 'reps' | 'repSec' | 'repM' | 'tailSec'>,
): string {
	const one = layout.repM !== undefined ? formatDistance(layout.repM, ctx.input.units) : formatDuration(layout.repSec);
	const blocks = layout.reps === 1 ? one : `${layout.reps} × ${one}`;
	return layout.tailSec ? `${blocks} + ${formatDuration(layout.tailSec)}` : blocks;
}

/** "30 min" or "3 mi" for a forward part. */
export function forwardText(ctx: PlanContext, amount: ForwardAmount): string {
	return 'durationSec' in amount
		? formatDuration(amount.durationSec)
		: formatDistance(amount.distanceM, ctx.input.units);
}

const RACE_NAMES: Readonly<Record<RaceGoal, string>> = {
	'retro-mile': 'mile',
	'retro-5k': '5K',
	'retro-10k': '10K',
	'retro-half': 'half marathon',
};

/** "5K", "half marathon". */
export function raceName(goal: RaceGoal): string {
	return RACE_NAMES[goal];
}
