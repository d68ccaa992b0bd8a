/**
 * Building blocks for sessions: segments, their time and distance estimates,
 * and the human titles. No progression decisions here; progression.ts and
 * generate.ts decide how much, this file decides how it is written down.
 */
import {
	backwardPaceRange,
	formatDistance,
	formatDuration,
	type PaceRange,
	roundFriendlyDistanceM,
	roundTo,
} from './format';
import type { RaceGoal } from './options';
import {
	BACKWARD_WALK_SEC_PER_M,
	DRILL_WALK_REPS,
	type DrillStage,
	FORWARD_PACE_SPREAD,
	FORWARD_WALK_SEC_PER_M,
	METRES_PER_UNIT,
	MODE_PACE_FACTOR,
	REP_LADDER_SEC,
} from './rules';
import type { PlanInput, Recovery, Segment, Session } from './schema';

/** Everything about the runner that session builders need, computed once per plan. */
export interface PlanContext {
	readonly input: PlanInput;
	readonly forwardEasy: PaceRange;
	readonly backwardEasy: PaceRange;
	/** Forward easy pace, seconds per metre (midpoint). */
	readonly fwdSecPerM: number;
	/** Backward easy pace, seconds per metre (midpoint). */
	readonly backSecPerM: number;
}

export function createContext(input: PlanInput): PlanContext {
	const unitM = METRES_PER_UNIT[input.units];
	const backwardEasy = backwardPaceRange(input.forwardEasyPace, input.experience);
	const forwardEasy = {
		min: roundTo(input.forwardEasyPace * (1 - FORWARD_PACE_SPREAD), 5),
		max: roundTo(input.forwardEasyPace * (1 + FORWARD_PACE_SPREAD), 5),
	};
	return {
		input,
		forwardEasy,
		backwardEasy,
		fwdSecPerM: input.forwardEasyPace / unitM,
		backSecPerM: (backwardEasy.min + backwardEasy.max) / 2 / unitM,
	};
}

/** How long a forward part lasts: a time, or a distance in metres. */
export type ForwardAmount = { readonly durationSec: number } | { readonly distanceM: number };

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

/**
 * Recovery between backward repeats: turn and move forward, which also rests
 * the neck (retro-facts §3). Short repeats get a walk, longer ones a jog
 * (coaching convention).
 */
export function repRecovery(repSec: number): Recovery {
	if (repSec <= 45) return { durationSec: 60, mode: 'walk', direction: 'forward' };
	if (repSec <= 120) return { durationSec: 60, mode: 'jog', direction: 'forward' };
	if (repSec <= 300) return { durationSec: 90, mode: 'jog', direction: 'forward' };
	return { durationSec: 120, mode: 'jog', direction: 'forward' };
}

/** Backward running repeats at easy effort, e.g. 6 × 30 s. */
export function backwardReps(ctx: PlanContext, repSec: number, reps: number): Segment {
	return {
		role: 'main',
		direction: 'backward',
		mode: 'run',
		repeats: reps,
		durationSec: repSec,
		...(reps > 1 ? { recovery: repRecovery(repSec) } : {}),
		effort: 'easy',
		pace: { ...ctx.backwardEasy },
	};
}

/** Backward walking for a time. */
export function backwardWalk(durationSec: number): Segment {
	return { role: 'main', direction: 'backward', mode: 'walk', repeats: 1, durationSec, effort: 'very-easy' };
}

/** Slow backward jog bursts with backward walking between (knee-friendly). */
export function backwardWalkJog(jogSec: number, walkSec: number, reps: number): Segment {
	return {
		role: 'main',
		direction: 'backward',
		mode: 'jog',
		repeats: reps,
		durationSec: jogSec,
		...(reps > 1 ? { recovery: { durationSec: walkSec, mode: 'walk', direction: 'backward' } as const } : {}),
		effort: 'very-easy',
	};
}

/** Backward drills for one stage: balance walk, strides, then sprints (rules.ts DRILL_STAGES). */
export function drillSegments(stage: DrillStage, strideRepsDelta = 0): Segment[] {
	const segs: Segment[] = [
		{
			role: 'main',
			direction: 'backward',
			mode: 'walk',
			repeats: DRILL_WALK_REPS,
			durationSec: 30,
			recovery: { durationSec: 15, mode: 'walk', direction: 'forward' },
			effort: 'very-easy',
		},
		{
			role: 'main',
			direction: 'backward',
			mode: 'stride',
			repeats: Math.max(1, stage.strideReps + strideRepsDelta),
			distanceM: stage.strideM,
			recovery: { durationSec: 45, mode: 'walk', direction: 'forward' },
			effort: 'moderate',
		},
	];
	if (stage.sprintReps > 0) {
		segs.push({
			role: 'main',
			direction: 'backward',
			mode: 'sprint',
			repeats: stage.sprintReps,
			distanceM: stage.sprintM,
			recovery: { durationSec: 90, mode: 'walk', direction: 'forward' },
			effort: 'hard',
		});
	}
	return segs;
}

/** The race itself: the full distance backward. */
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

/** Attach estimates to a session description. */
export function draftSession(
	ctx: PlanContext,
	base: Pick<
		Session,
		'date' | 'weekday' | 'kind' | 'title' | 'segments' | 'techniqueCues' | 'safetyNotes' | 'guideIds'
	>,
): DraftSession {
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

// ---------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------

/** "6 × 30 s" or "12 min". */
export function repsText(repSec: number, reps: number): string {
	return reps === 1 ? formatDuration(repSec) : `${reps} × ${formatDuration(repSec)}`;
}

/** "30 min" or "3 mi" for a forward part. */
export function forwardText(ctx: PlanContext, amount: ForwardAmount): string {
	return 'durationSec' in amount
		? formatDuration(amount.durationSec)
		: formatDistance(amount.distanceM, ctx.input.units);
}

/** "about 2.5 km" for an estimated distance, friendly-rounded. */
export function aboutDistance(ctx: PlanContext, metres: number): string {
	return `about ${formatDistance(roundFriendlyDistanceM(metres, ctx.input.units, ctx.input.surface), ctx.input.units)}`;
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

/**
 * The repetition length to use for `targetSec` of backward running when the
 * longest allowed rung is `maxRungIndex`: the largest rung that is no longer
 * than the target.
 */
export function rungFor(targetSec: number, maxRungIndex: number): number {
	let best: number = REP_LADDER_SEC[0];
	for (let i = 0; i <= maxRungIndex && i < REP_LADDER_SEC.length; i++) {
		const rung = REP_LADDER_SEC[i] ?? best;
		if (rung <= targetSec) best = rung;
	}
	return best;
}
