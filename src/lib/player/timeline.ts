/**
 * The session player's timeline: a session's segments unrolled into the
 * ordered steps a runner goes through (warm-up, every repeat, every recovery
 * between repeats, cool-down), each with its start time, length and the
 * words to say and show when it begins.
 *
 * Timed steps end by themselves. A distance step ("0.5 mi backward") is
 * open-ended: its length is an estimate from the pace range, the clock waits
 * on it until the runner presses "Done", and every later start time in the
 * list is nominal (as if the runner hit the estimate exactly).
 *
 * The player's domain in parts: this file builds the timeline (one factory
 * for a work step, one for a recovery); speech.ts words the cues; screen.ts
 * writes the clock and estimates; position.ts finds where the runner is;
 * player.ts is the state machine; commands.ts turns cues into speech, tones
 * and vibration. All times are whole milliseconds of session time (pauses
 * excluded).
 */
import { formatDistance, formatDuration, metresToUnits } from '../plan/format';
import type { Direction, Effort, Mode, Surface, Units } from '../plan/options';
import { BACKWARD_WALK_SEC_PER_M, FORWARD_WALK_SEC_PER_M, MODE_PACE_FACTOR } from '../plan/rules';
import type { PaceRangeValue, Segment, Session } from '../plan/schema';
import { safetyReminder, spokenCue } from './speech';

/** What the runner is doing in a step: the work itself or the recovery between repeats. */
export type StepKind = 'work' | 'recovery';

/** One thing to do, from one cue to the next. */
export interface TimelineStep {
	/** Position in the timeline, 0-based. */
	readonly index: number;
	/** Index of the session segment it comes from. */
	readonly segmentIndex: number;
	readonly kind: StepKind;
	readonly role: Segment['role'];
	readonly direction: Direction;
	readonly mode: Mode;
	readonly effort: Effort;
	/** 1-based repeat number; for a recovery, the repeat it follows. */
	readonly repeat: number;
	/** Repeats in the segment (1 for a single block). */
	readonly repeats: number;
	/** Nominal start, ms of session time. */
	readonly startMs: number;
	/** Length in ms: exact for timed steps, the estimate for distance steps. */
	readonly durationMs: number;
	/** Distance to cover, metres; only distance steps have one. */
	readonly distanceM?: number;
	/** The segment's guide pace range (seconds per unit), for work steps that have one. */
	readonly pace?: PaceRangeValue;
	/** Estimated time range for a distance step, from the pace range (seconds). */
	readonly estimateSec?: { readonly min: number; readonly max: number };
	/** True when the step ends on "Done" rather than on the clock. */
	readonly manual: boolean;
	/** The direction differs from the step before (the first step never turns). */
	readonly turn: boolean;
	/** Short label, e.g. "Backward jog". */
	readonly label: string;
	/** What to cover, e.g. "30 s" or "0.5 mi". */
	readonly amount: string;
	/** Repeat count for display, e.g. "3 of 6"; empty for single blocks. */
	readonly repeatText: string;
	/** The safety reminder said before a backward step; empty for forward steps. */
	readonly safety: string;
	/** What is said (and announced on screen) when the step starts. */
	readonly cue: string;
	/** Said a few seconds before a backward step starts, during the countdown; empty otherwise. */
	readonly prepareCue: string;
}

/** A session ready to play. */
export interface Timeline {
	readonly steps: readonly TimelineStep[];
	/** Nominal total, ms (distance steps at their estimate). */
	readonly totalMs: number;
	/** True when some step ends on "Done", so the total is an estimate. */
	readonly estimated: boolean;
	/** Said when the last step ends. */
	readonly finishCue: string;
}

/** What the timeline needs besides the segments. */
export interface TimelineOptions {
	readonly units: Units;
	/** Where the runner practises; a treadmill changes the safety reminder. */
	readonly surface?: Surface;
	/** A guide runs beside the runner; the reminder then says to check with them. */
	readonly hasGuide?: boolean;
	/** Easy paces (seconds per unit) for distance steps whose segment has no pace. */
	readonly paces?: { readonly forwardEasy: PaceRangeValue; readonly backwardEasy: PaceRangeValue };
}

/** How long before a step's end the countdown starts (3-2-1), ms. */
export const COUNTDOWN_MS = 3000;
/** How long before a backward step the "check your path" reminder is said, ms. */
export const PREPARE_MS = 6000;

/**
 * Unroll a session's segments into steps with start times and cues.
 *
 * Never throws.
 *
 * @example
 * buildTimeline([{ role: 'main', direction: 'backward', mode: 'jog', repeats: 2, durationSec: 30,
 *   recovery: { durationSec: 60, mode: 'walk', direction: 'forward' }, effort: 'easy' }], { units: 'km' })
 * // steps: backward jog 30 s (0 ms), forward walk 1 min (30 000 ms), backward jog 30 s (90 000 ms); totalMs 120 000
 */
export function buildTimeline(segments: readonly Segment[], options: TimelineOptions): Timeline {
	const safety = safetyReminder(options);
	const drafts: StepDraft[] = segments.flatMap((seg, segmentIndex) =>
		Array.from({ length: seg.repeats }, (_, i) => {
			const repeat = i + 1;
			const work = workStep(seg, segmentIndex, repeat, options, safety);
			const r = seg.recovery;
			return r !== undefined && repeat < seg.repeats ? [work, recoveryStep(work, r, safety)] : [work];
		}).flat(),
	);

	const steps: TimelineStep[] = [];
	let startMs = 0;
	drafts.forEach((d, index) => {
		const previous = steps[index - 1];
		const turn = previous !== undefined && previous.direction !== d.direction;
		const step: TimelineStep = {
			...d,
			index,
			startMs,
			turn,
			cue: spokenCue(d, previous, turn, options.units),
			prepareCue: d.safety === '' ? '' : `${turn ? 'Backward next.' : 'Keep going backward.'} ${d.safety}`,
		};
		steps.push(step);
		startMs += d.durationMs;
	});
	return {
		steps,
		totalMs: startMs,
		estimated: steps.some((s) => s.manual),
		finishCue: 'Session complete. Well done. Walk it off and stretch your calves.',
	};
}

/** A step before it has a place in the timeline (index, start, turn and cues come from its neighbours). */
export type StepDraft = Omit<TimelineStep, 'index' | 'startMs' | 'turn' | 'cue' | 'prepareCue'>;

/**
 * The one factory for a work step: a repeat of a segment, timed, or by
 * distance (then open-ended: its length is the estimate and it waits for Done).
 */
function workStep(
	seg: Segment,
	segmentIndex: number,
	repeat: number,
	options: TimelineOptions,
	safety: string,
): StepDraft {
	const estimate = seg.distanceM !== undefined ? estimateSec(seg, seg.distanceM, options) : undefined;
	const sec = estimate ? (estimate.min + estimate.max) / 2 : (seg.durationSec ?? 0);
	return {
		segmentIndex,
		role: seg.role,
		repeat,
		repeats: seg.repeats,
		repeatText: seg.repeats > 1 ? `${repeat} of ${seg.repeats}` : '',
		...(seg.pace !== undefined && seg.pace.max > 0 ? { pace: seg.pace } : {}),
		kind: 'work',
		direction: seg.direction,
		mode: seg.mode,
		effort: seg.effort,
		durationMs: toMs(sec),
		...(seg.distanceM !== undefined && estimate ? { distanceM: seg.distanceM, estimateSec: estimate } : {}),
		manual: seg.distanceM !== undefined,
		label: label(seg.direction, seg.mode),
		amount: seg.distanceM !== undefined ? formatDistance(seg.distanceM, options.units) : formatDuration(sec),
		safety: seg.direction === 'backward' ? safety : '',
	};
}

/** The recovery after a work step (none after the last repeat): always timed, always very easy. */
function recoveryStep(after: StepDraft, r: NonNullable<Segment['recovery']>, safety: string): StepDraft {
	return {
		segmentIndex: after.segmentIndex,
		role: after.role,
		repeat: after.repeat,
		repeats: after.repeats,
		repeatText: after.repeatText,
		kind: 'recovery',
		direction: r.direction,
		mode: r.mode,
		effort: 'very-easy',
		durationMs: toMs(r.durationSec),
		manual: false,
		label: label(r.direction, r.mode),
		amount: formatDuration(r.durationSec),
		safety: r.direction === 'backward' ? safety : '',
	};
}

/**
 * A whole session's timeline (its segments, the plan's units, surface, guide and paces).
 *
 * Never throws.
 */
export function sessionTimeline(
	session: Pick<Session, 'segments'>,
	plan: {
		input: { units: Units; surface: Surface; hasGuide: boolean };
		paces?: TimelineOptions['paces'];
	},
): Timeline {
	return buildTimeline(session.segments, {
		units: plan.input.units,
		surface: plan.input.surface,
		hasGuide: plan.input.hasGuide,
		...(plan.paces ? { paces: plan.paces } : {}),
	});
}

/** Whole milliseconds, at least 1 so start times strictly increase. */
function toMs(sec: number): number {
	return Math.max(1, Math.round(sec * 1000));
}

function label(direction: Direction, mode: Mode): string {
	return `${direction === 'backward' ? 'Backward' : 'Forward'} ${mode}`;
}

/**
 * Estimated time range for covering `distanceM`, seconds: the segment's pace
 * range when it has one, else the plan's easy pace for the direction (scaled
 * for strides and sprints), else a walking speed.
 *
 * Never throws.
 */
export function estimateSec(
	seg: Pick<Segment, 'direction' | 'mode' | 'pace'>,
	distanceM: number,
	options: TimelineOptions,
): { min: number; max: number } {
	const units = metresToUnits(distanceM, options.units);
	let pace = seg.pace !== undefined && seg.pace.max > 0 ? seg.pace : undefined;
	if (pace === undefined && seg.mode !== 'walk' && options.paces) {
		const easy = seg.direction === 'backward' ? options.paces.backwardEasy : options.paces.forwardEasy;
		const factor =
			seg.mode === 'stride' ? MODE_PACE_FACTOR.stride : seg.mode === 'sprint' ? MODE_PACE_FACTOR.sprint : 1;
		if (easy.max > 0) pace = { min: easy.min * factor, max: easy.max * factor };
	}
	if (pace !== undefined) {
		const min = Math.max(1, Math.round(units * Math.min(pace.min, pace.max)));
		const max = Math.max(min, Math.round(units * Math.max(pace.min, pace.max)));
		return { min, max };
	}
	const secPerM = seg.direction === 'backward' ? BACKWARD_WALK_SEC_PER_M : FORWARD_WALK_SEC_PER_M;
	const sec = Math.max(1, Math.round(distanceM * secPerM));
	return { min: sec, max: sec };
}
