/**
 * Step 3 of the plan: session shapes. Each training day becomes a session
 * from its role (skeleton.ts) and the week's dose (dose.ts): warm-up, the
 * backward blocks, cool-down, and a title that says exactly what the session
 * holds ("Backward run: 15 min" for one block, "Backward intervals: 4 × 2 min"
 * for several). Safety notes and cues come from safety.ts (step 5).
 */
import { layoutBlocks, layoutDurationSec, type SizedLayout } from './blocks';
import type { PlanContext } from './context';
import { weekdayOf as weekdayOfDate } from './dates';
import type { DrillWeek, WeekDose } from './dose';
import { formatDuration } from './format';
import { forwardAmount, mixedForwardFactor, withinSessionCap } from './forward';
import type { ForwardAfter } from './forward-after';
import { walkingBreaks, weekWalkRun } from './foundation';
import { isRaceGoal, type RaceGoal, type SessionKind } from './options';
import {
	COOL_DOWN_SEC,
	DAY_BACK_FORWARD_FACTOR,
	DRILL_STAGES,
	FOUNDATION_WALK_SEC,
	KNEE_WARM_UP_SEC,
	LONG_SESSION_MIN_SEC,
	RACE_DISTANCE_M,
	RACE_WEEK_SHAKEOUT_SEC,
	RUN_WALK,
	WARM_UP_SEC,
} from './rules';
import {
	backwardSafetyNotes,
	CALF_NOTE,
	DRILL_CUES,
	guideIdsFor,
	NECK_NOTE,
	RACE_CUES,
	raceSafetyNotes,
	runningCues,
	runWalkCue,
	WALKING_CUES,
} from './safety';
import type { Segment, Session } from './schema';
import {
	backwardBlockSegments,
	backwardBlocks,
	backwardWalk,
	type DraftSession,
	draftSession,
	drillSegments,
	type ForwardAmount,
	forwardRun,
	forwardText,
	forwardWalk,
	layoutText,
	raceName,
	raceSegment,
	walkRun,
} from './sessions';
import type { Slot, WeekFrame } from './skeleton';
import { type SplitWeek, splitAmountText } from './split';
import { type RaceTarget, raceRunWalk } from './targets';
import { foundationWarmUp, warmUp } from './warm-ups';

/** Everything a week's sessions are made from. */
export interface WeekInputs {
	readonly frame: WeekFrame;
	readonly dose?: WeekDose;
	readonly drills?: DrillWeek;
	readonly kneeSec?: number;
	readonly split?: SplitWeek;
	readonly race?: RaceTarget;
	readonly raceDate?: string;
	/** A race plan's forward runs before its backward work, after the foundation (forward-after.ts forwardRunsAfterFoundation). */
	readonly forwardAfter?: ForwardAfter;
	/** Date of the plan's first backward session, which links the first-session guides. */
	readonly firstBackwardDate: string;
}

/** A drafted session and whether it came from the coach's split. */
export interface ShapedSession {
	readonly draft: DraftSession;
	readonly fromSplit: boolean;
}

/** The sessions of one week, in date order, with the race last in race week. */
export function shapeWeek(ctx: PlanContext, w: WeekInputs): ShapedSession[] {
	const out: ShapedSession[] = [];
	for (const slot of w.frame.slots) {
		const first = slot.date === w.firstBackwardDate;
		switch (slot.role) {
			case 'easy':
				out.push({ draft: easySession(ctx, slot, w), fromSplit: false });
				break;
			case 'walk':
				out.push({ draft: kneeWalk(ctx, slot, w, first), fromSplit: false });
				break;
			case 'drills':
				out.push({ draft: drillsSession(ctx, slot, w, first), fromSplit: false });
				break;
			case 'shakeout':
				out.push({ draft: shakeout(ctx, slot, w, first), fromSplit: false });
				break;
			case 'mixed':
			case 'support':
				if (w.split !== undefined) out.push({ draft: splitSession(ctx, slot, w, w.split, first), fromSplit: true });
				else if (slot.role === 'mixed') out.push({ draft: mixedSession(ctx, slot, w, first), fromSplit: false });
				else out.push({ draft: backwardSession(ctx, slot, w, 'support', first), fromSplit: false });
				break;
			case 'long':
				out.push({ draft: backwardSession(ctx, slot, w, 'long', first), fromSplit: false });
				break;
		}
	}
	if (w.frame.phase === 'race' && w.race && w.raceDate)
		out.push({ draft: raceDay(ctx, w.race, w.raceDate), fromSplit: false });
	return out;
}

// ---------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------

function notes(ctx: PlanContext, w: WeekInputs, extra: string[] = []): string[] {
	return backwardSafetyNotes(ctx.input.surface, ctx.input.hasGuide, w.frame.index <= 2 ? [...extra, CALF_NOTE] : extra);
}

function guides(ctx: PlanContext, kind: SessionKind, first: boolean): Session['guideIds'] {
	const { surface, hasGuide, goal } = ctx.input;
	return guideIdsFor({
		kind,
		surface,
		hasGuide,
		firstBackward: first,
		...(isRaceGoal(goal) ? { raceGoal: goal } : {}),
	});
}

function base(slot: Slot) {
	return { date: slot.date, weekday: slot.weekday };
}

/** The week's forward part of a run: the walk/run stage in the foundation, else an easy run. */
function forwardPart(
	ctx: PlanContext,
	w: WeekInputs,
	factor: number,
	minusSec = 0,
	otherSec = minusSec,
): { segments: Segment[]; text: string } {
	const stage = weekWalkRun(w.frame.walkRunStage, w.frame.phase);
	if (stage !== undefined && stage.reps > 1) {
		const walk = `${stage.reps} × (${formatDuration(stage.runSec)} run, ${formatDuration(stage.walkSec)} walk)`;
		return { segments: [forwardWalk('warm-up', FOUNDATION_WALK_SEC), walkRun(ctx, stage)], text: `walk/run ${walk}` };
	}
	// Whatever else the session holds, it stays under MAX_SESSION_SEC.
	const amount: ForwardAmount = withinSessionCap(
		ctx,
		stage !== undefined ? { durationSec: stage.runSec } : forwardAmount(ctx, factor, minusSec),
		otherSec + (w.frame.walkRunStage !== undefined ? FOUNDATION_WALK_SEC : 0),
	);
	return { segments: [forwardRun(ctx, 'main', amount)], text: `${forwardText(ctx, amount)} forward` };
}

/** The kind a set of backward blocks is: one block is continuous, several are intervals. */
function blockKind(layout: SizedLayout): SessionKind {
	return layout.reps === 1 && !layout.tailSec ? 'continuous' : 'intervals';
}

function backwardWords(layout: SizedLayout): string {
	return layout.mode === 'walk' ? 'backward walk' : 'backward';
}

// ---------------------------------------------------------------------------
// Sessions
// ---------------------------------------------------------------------------

/** An easy forward run, or a walk/run session in the foundation (brisk walk first and last). */
function easySession(ctx: PlanContext, slot: Slot, w: WeekInputs): DraftSession {
	const factor = (w.dose?.forwardFactor ?? w.drills?.forwardFactor ?? 1) * (slot.dayBack ? DAY_BACK_FORWARD_FACTOR : 1);
	const stage = weekWalkRun(w.frame.walkRunStage, w.frame.phase);
	if (stage !== undefined && stage.reps > 1) {
		return draftSession(ctx, {
			...base(slot),
			kind: 'easy-forward',
			title: `Walk/run: ${stage.reps} × (${formatDuration(stage.runSec)} run, ${formatDuration(stage.walkSec)} walk)`,
			segments: [
				forwardWalk('warm-up', FOUNDATION_WALK_SEC),
				walkRun(ctx, stage),
				forwardWalk('cool-down', FOUNDATION_WALK_SEC),
			],
			techniqueCues: [],
			safetyNotes: [],
			guideIds: [],
		});
	}
	const amount: ForwardAmount = stage !== undefined ? { durationSec: stage.runSec } : forwardAmount(ctx, factor);
	return draftSession(ctx, {
		...base(slot),
		kind: 'easy-forward',
		title: `Easy forward run: ${forwardText(ctx, amount)}`,
		segments: [forwardRun(ctx, 'main', amount)],
		techniqueCues: [],
		safetyNotes: [],
		guideIds: [],
	});
}

/**
 * A forward run finished with backward blocks, the backward part at most a
 * third of the forward part (rules.ts MIX_IN_MAX_BACKWARD_OF_FORWARD).
 */
function mixedSession(ctx: PlanContext, slot: Slot, w: WeekInputs, first: boolean): DraftSession {
	const dose = w.dose;
	const layout = walkingBreaks(dose?.main ?? layoutBlocks(120, { maxBlockSec: 30 }), w.frame.walkRunStage);
	const fwd = forwardPart(
		ctx,
		w,
		mixedForwardFactor(ctx, w.dose?.forwardFactor ?? 1, layoutDurationSec(layout)),
		0,
		layoutDurationSec(layout),
	);
	return draftSession(ctx, {
		...base(slot),
		kind: 'mixed',
		title: `Mixed run: ${fwd.text} + ${layoutText(ctx, layout)} ${backwardWords(layout)}`,
		segments: [...fwd.segments, backwardBlocks(ctx, layout)],
		techniqueCues: layout.mode === 'walk' ? [...WALKING_CUES] : runningCues(w.frame.index),
		safetyNotes: notes(ctx, w),
		guideIds: guides(ctx, 'mixed', first),
	});
}

/** A mixed run exactly as the coach set it: "2 mi forward + 0.5 mi backward". */
function splitSession(ctx: PlanContext, slot: Slot, w: WeekInputs, split: SplitWeek, first: boolean): DraftSession {
	const backward: SizedLayout = {
		reps: 1,
		repSec: 'durationSec' in split.backward ? split.backward.durationSec : 0,
		...('distanceM' in split.backward ? { repM: split.backward.distanceM } : {}),
		mode: 'run',
		backwardSec: 0,
	};
	const backSec =
		'durationSec' in split.backward ? split.backward.durationSec : split.backward.distanceM * ctx.backSecPerM;
	const forward = withinSessionCap(ctx, split.forward, backSec);
	return draftSession(ctx, {
		...base(slot),
		kind: 'mixed',
		title: `Mixed run: ${splitAmountText(ctx, forward)} forward + ${splitAmountText(ctx, split.backward)} backward`,
		segments: [forwardRun(ctx, 'main', forward), backwardBlocks(ctx, backward)],
		techniqueCues: runningCues(w.frame.index),
		safetyNotes: notes(ctx, w, backSec > 1800 ? [NECK_NOTE] : []),
		guideIds: guides(ctx, 'mixed', first),
	});
}

/** A race plan's backward session: warm-up jog, backward blocks, cool-down walk. */
function backwardSession(
	ctx: PlanContext,
	slot: Slot,
	w: WeekInputs,
	role: 'long' | 'support',
	first: boolean,
): DraftSession {
	const dose = w.dose;
	const layout = walkingBreaks(
		(role === 'long' ? dose?.main : dose?.support) ?? layoutBlocks(150, { maxBlockSec: 30 }),
		w.frame.walkRunStage,
	);
	// A week-1 "long" session the same as the others is not a long session yet (it is once it holds
	// more, or runs longer blocks), nor is backward walking, nor a few minutes (LONG_SESSION_MIN_SEC).
	const long =
		role === 'long' &&
		layout.mode === 'run' &&
		dose !== undefined &&
		(dose.main.backwardSec > dose.support.backwardSec || dose.main.reps < dose.support.reps) &&
		layout.backwardSec >= LONG_SESSION_MIN_SEC;
	const kind: SessionKind = long ? 'long' : layout.mode === 'walk' ? 'walk' : blockKind(layout);
	const walkBreaks = layout.recovery?.direction === 'backward';
	const what = layoutText(ctx, layout);
	const about = `about ${aboutDistanceText(ctx, layout)}`;
	const forward = foundationWarmUp(ctx, w.frame, w.forwardAfter?.[role], !w.forwardAfter?.walkless?.[role]);
	const title = forward.text;
	const named = long
		? walkBreaks
			? `Long backward run/walk: ${what} with ${formatDuration(layout.recovery?.durationSec ?? 60)} backward walks between (${about})`
			: `${layout.reps === 1 && !layout.tailSec ? 'Long backward run' : 'Long backward session'}: ${what} (${about})`
		: layout.mode === 'walk'
			? `Backward walk: ${what}`
			: layout.reps === 1 && !layout.tailSec
				? `Backward run: ${what}`
				: walkBreaks
					? `Backward run/walk: ${what} with ${formatDuration(layout.recovery?.durationSec ?? 60)} backward walks between`
					: `Backward intervals: ${what}`;
	return draftSession(ctx, {
		...base(slot),
		kind,
		// "Walk/run 6 × (1 min 30 s run, 2 min walk), then backward walk: 3 × 1 min".
		title: title ? `${title}${named.charAt(0).toLowerCase()}${named.slice(1)}` : named,
		segments: [...forward.segments, ...backwardBlockSegments(ctx, layout), forwardWalk('cool-down', COOL_DOWN_SEC)],
		techniqueCues: layout.mode === 'walk' ? [...WALKING_CUES] : runningCues(w.frame.index),
		safetyNotes: notes(
			ctx,
			w,
			(layout.reps > 1 || layout.tailSec) && layout.repSec >= 300 && !walkBreaks ? [NECK_NOTE] : [],
		),
		guideIds: guides(ctx, kind, first),
	});
}

/** "3.5 km" for the backward distance of a layout, at easy backward pace, to a tidy step. */
function aboutDistanceText(ctx: PlanContext, layout: SizedLayout): string {
	const metres = layout.backwardSec / ctx.backSecPerM;
	const step = ctx.input.units === 'mi' ? 160.9344 : 100;
	const rounded = Math.max(1, Math.round(metres / step)) * step;
	return ctx.input.units === 'mi'
		? `${Math.round((rounded / 1609.344) * 10) / 10} mi`
		: rounded < 1000
			? `${rounded} m`
			: `${Math.round(rounded / 100) / 10} km`;
}

/**
 * Knee-friendly walking: 5 minutes forward, then backward walking
 * [hadfield-2017] [alghadir-2019]. No pace anywhere: walk slowly.
 */
function kneeWalk(ctx: PlanContext, slot: Slot, w: WeekInputs, first: boolean): DraftSession {
	const sec = w.kneeSec ?? 600;
	return draftSession(ctx, {
		...base(slot),
		kind: 'walk',
		title: `Backward walk: ${formatDuration(sec)}`,
		segments: [forwardWalk('warm-up', KNEE_WARM_UP_SEC), backwardWalk(sec)],
		techniqueCues: [...WALKING_CUES],
		safetyNotes: notes(ctx, w),
		guideIds: guides(ctx, 'walk', first),
	});
}

/** The most time drills take, recoveries included (6 × 25 s strides and 5 × 50 m sprints): under 20 minutes. */
const DRILLS_SEC_MAX = 1200;

/** Forward warm-up, backward balance walk, strides and sprints, then easy forward running. */
function drillsSession(ctx: PlanContext, slot: Slot, w: WeekInputs, first: boolean): DraftSession {
	const week = w.drills;
	const stage = DRILL_STAGES[week?.stage ?? 0] ??
		DRILL_STAGES[0] ?? { strideReps: 4, strideSec: 15, sprintReps: 0, sprintM: 0 };
	// No sprints on a treadmill: a belt at sprint speed is no place to run backward (strides only).
	const treadmill = ctx.input.surface === 'treadmill';
	const drills = drillSegments(stage, week?.reps).filter((g) => !(treadmill && g.mode === 'sprint'));
	const strides = drills[1];
	const sprints = drills[2];
	const fwd = forwardPart(ctx, w, week?.forwardFactor ?? 1, WARM_UP_SEC, WARM_UP_SEC + DRILLS_SEC_MAX);
	const sprintText = sprints ? ` + ${sprints.repeats} × ${sprints.distanceM} m sprints` : '';
	return draftSession(ctx, {
		...base(slot),
		kind: 'drills',
		title: `Backward drills: ${strides?.repeats ?? 0} × ${formatDuration(stage.strideSec)} strides${sprintText}, then ${fwd.text}`,
		// In the walk/run foundation the warm-up is the walk/run's brisk walk, not a jog.
		segments: [
			...(fwd.segments[0]?.role === 'warm-up' ? fwd.segments.slice(0, 1) : [warmUp(ctx, w.frame)]),
			...drills,
			...fwd.segments.filter((g) => g.role !== 'warm-up'),
		],
		techniqueCues: [...(sprints ? DRILL_CUES : DRILL_CUES.slice(0, 1)), 'Stand tall with only a slight forward tilt.'],
		safetyNotes: notes(ctx, w),
		guideIds: guides(ctx, 'drills', first),
	});
}

/** Race week: a short easy backward run, in the week's blocks, never the day before the race. */
function shakeout(ctx: PlanContext, slot: Slot, w: WeekInputs, first: boolean): DraftSession {
	const layout = w.dose?.shakeout ?? layoutBlocks(RACE_WEEK_SHAKEOUT_SEC, { maxBlockSec: w.dose?.blockSec ?? 120 });
	return draftSession(ctx, {
		...base(slot),
		kind: blockKind(layout),
		title: `Backward shakeout: ${layoutText(ctx, layout)} easy`,
		segments: [forwardRun(ctx, 'warm-up', { durationSec: WARM_UP_SEC }, 'jog'), backwardBlocks(ctx, layout)],
		techniqueCues: runningCues(w.frame.index),
		safetyNotes: notes(ctx, w),
		guideIds: guides(ctx, blockKind(layout), first),
	});
}

/**
 * Race day: the whole distance backward, continuously, or as run/walk
 * (10 minutes running, 5 for a runner new to it, then 1 minute walking
 * backward, to the finish) when the race is long for the runner (rules.ts
 * RUN_WALK_FROM_SEC).
 */
function raceDay(ctx: PlanContext, race: RaceTarget, raceDate: string): DraftSession {
	const goal: RaceGoal = race.goal;
	const runWalk = race.format === 'run-walk';
	// Runs with walks, then a shorter last run to the finish: the segments the long sessions use.
	const main: Segment[] = runWalk
		? backwardBlockSegments(ctx, raceRunWalk(race.estimatedSec, race.raceBlockSec), 'race')
		: [raceSegment(ctx, RACE_DISTANCE_M[goal])];
	return draftSession(ctx, {
		date: raceDate,
		weekday: weekdayOfDate(raceDate),
		kind: 'race',
		title: runWalk
			? `Race day: backward ${raceName(goal)} as run/walk (${formatDuration(race.raceBlockSec)} run, ${formatDuration(RUN_WALK.walkSec)} walk, to the finish)`
			: `Race day: backward ${raceName(goal)}`,
		segments: [
			forwardRun(ctx, 'warm-up', { durationSec: WARM_UP_SEC }, 'jog'),
			...main,
			forwardWalk('cool-down', WARM_UP_SEC),
		],
		techniqueCues: runWalk ? [...RACE_CUES, runWalkCue(race.raceBlockSec)] : [...RACE_CUES],
		safetyNotes: raceSafetyNotes(ctx.input.hasGuide),
		guideIds: guides(ctx, 'race', false),
	});
}
