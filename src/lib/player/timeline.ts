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
 * `positionAt` turns an elapsed time into the current step and the time left.
 * It counts from an {@link Anchor}: the step where the runner last jumped
 * (Done, Skip, Back) and the elapsed time when they did. With the default
 * anchor and no distance step, it agrees with the list's start times.
 *
 * All times are whole milliseconds of session time (pauses excluded).
 */
import { formatDistance, formatDuration, formatPace, metresToUnits } from '../plan/format';
import type { Direction, Effort, Mode, Surface, Units } from '../plan/options';
import { BACKWARD_WALK_SEC_PER_M, FORWARD_WALK_SEC_PER_M, MODE_PACE_FACTOR } from '../plan/rules';
import type { PaceRangeValue, Segment, Session } from '../plan/schema';

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

const ROLE_WORDS: Readonly<Record<Segment['role'], string>> = {
	'warm-up': 'Warm-up.',
	main: 'Main set.',
	'cool-down': 'Cool-down.',
};

const EFFORT_WORDS: Readonly<Record<Effort, string>> = {
	'very-easy': 'very easy',
	easy: 'easy',
	moderate: 'moderate effort',
	hard: 'hard',
	race: 'race effort',
};

/** The safety reminder before a backward step, for where and how the runner practises. */
export function safetyReminder(options: Pick<TimelineOptions, 'surface' | 'hasGuide'>): string {
	if (options.surface === 'treadmill') return 'Hold the rails until you feel steady.';
	if (options.hasGuide) return 'Check with your guide first.';
	return 'Check your path first.';
}

/**
 * Unroll a session's segments into steps with start times and cues.
 *
 * @example
 * buildTimeline([{ role: 'main', direction: 'backward', mode: 'jog', repeats: 2, durationSec: 30,
 *   recovery: { durationSec: 60, mode: 'walk', direction: 'forward' }, effort: 'easy' }], { units: 'km' })
 * // steps: backward jog 30 s (0 ms), forward walk 1 min (30 000 ms), backward jog 30 s (90 000 ms); totalMs 120 000
 */
export function buildTimeline(segments: readonly Segment[], options: TimelineOptions): Timeline {
	const drafts: Draft[] = [];
	const safety = safetyReminder(options);
	segments.forEach((seg, segmentIndex) => {
		for (let repeat = 1; repeat <= seg.repeats; repeat++) {
			const repeatText = seg.repeats > 1 ? `${repeat} of ${seg.repeats}` : '';
			const pace = seg.pace !== undefined && seg.pace.max > 0 ? { pace: seg.pace } : {};
			const common = {
				segmentIndex,
				role: seg.role,
				repeat,
				repeats: seg.repeats,
				repeatText,
			};
			if (seg.distanceM !== undefined) {
				const estimate = estimateSec(seg, seg.distanceM, options);
				drafts.push({
					...common,
					...pace,
					kind: 'work',
					direction: seg.direction,
					mode: seg.mode,
					effort: seg.effort,
					durationMs: toMs((estimate.min + estimate.max) / 2),
					distanceM: seg.distanceM,
					estimateSec: estimate,
					manual: true,
					label: label(seg.direction, seg.mode),
					amount: formatDistance(seg.distanceM, options.units),
					safety: seg.direction === 'backward' ? safety : '',
				});
			} else {
				const sec = seg.durationSec ?? 0;
				drafts.push({
					...common,
					...pace,
					kind: 'work',
					direction: seg.direction,
					mode: seg.mode,
					effort: seg.effort,
					durationMs: toMs(sec),
					manual: false,
					label: label(seg.direction, seg.mode),
					amount: formatDuration(sec),
					safety: seg.direction === 'backward' ? safety : '',
				});
			}
			const r = seg.recovery;
			if (r !== undefined && repeat < seg.repeats) {
				drafts.push({
					...common,
					kind: 'recovery',
					direction: r.direction,
					mode: r.mode,
					effort: 'very-easy',
					durationMs: toMs(r.durationSec),
					manual: false,
					label: label(r.direction, r.mode),
					amount: formatDuration(r.durationSec),
					safety: r.direction === 'backward' ? safety : '',
				});
			}
		}
	});

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

/** A whole session's timeline (its segments, the plan's units, surface, guide and paces). */
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

type Draft = Omit<TimelineStep, 'index' | 'startMs' | 'turn' | 'cue' | 'prepareCue'>;

function spokenCue(step: Draft, previous: TimelineStep | undefined, turn: boolean, units: Units): string {
	const parts: string[] = [];
	if (turn) parts.push('Turn around.');
	if (previous === undefined || previous.role !== step.role) parts.push(ROLE_WORDS[step.role]);
	let what: string;
	if (step.distanceM !== undefined) {
		what = `${step.label}, ${spokenDistance(step.distanceM, units)}`;
	} else {
		what = `${step.label} for ${spokenDuration(step.durationMs / 1000)}`;
	}
	if (step.kind === 'recovery') what += ' to recover';
	else what += `, ${EFFORT_WORDS[step.effort]}`;
	if (step.kind === 'work' && step.repeats > 1) what += `, ${step.repeat} of ${step.repeats}`;
	parts.push(`${what}.`);
	if (step.manual) parts.push('Tap Done when you reach the mark.');
	if (step.safety !== '') parts.push(step.safety);
	return parts.join(' ');
}

/**
 * A duration in words for speech: "30 seconds", "1 minute 30 seconds", "1 hour 5 minutes".
 *
 * @example
 * spokenDuration(90) // '1 minute 30 seconds'
 */
export function spokenDuration(sec: number): string {
	const total = Math.max(0, Math.round(sec));
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	if (total < 60) return plural(total, 'second');
	if (total < 3600) {
		const m = Math.floor(total / 60);
		const s = total % 60;
		return s === 0 ? plural(m, 'minute') : `${plural(m, 'minute')} ${plural(s, 'second')}`;
	}
	const minutes = Math.round(total / 60);
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	return m === 0 ? plural(h, 'hour') : `${plural(h, 'hour')} ${plural(m, 'minute')}`;
}

/**
 * A distance in words for speech: "400 metres", "5 kilometres", "0.5 miles".
 *
 * @example
 * spokenDistance(804.672, 'mi') // '0.5 miles'
 */
export function spokenDistance(metres: number, units: Units): string {
	const text = formatDistance(metres, units);
	const [value = '', unit = ''] = text.split(' ');
	const words: Record<string, string> = { m: 'metres', km: 'kilometres', mi: value === '1' ? 'mile' : 'miles' };
	if (unit === 'km' && value === '1') return '1 kilometre';
	return `${value} ${words[unit] ?? unit}`;
}

/**
 * Session time as a clock: "0:07", "12:30", "1:02:03". Rounds down to the
 * whole second for time elapsed; pass `up` for time left, so a countdown
 * shows 0:01 until the step really ends.
 *
 * @example
 * formatClock(65_000) // '1:05'
 * formatClock(400, 'up') // '0:01'
 */
export function formatClock(ms: number, round: 'down' | 'up' = 'down'): string {
	const safe = Number.isFinite(ms) ? Math.max(0, ms) : 0;
	const total = round === 'up' ? Math.ceil(safe / 1000) : Math.floor(safe / 1000);
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = String(total % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "about 4-5 min" (or "about 5 min") for a distance step's estimate. */
export function estimateText(step: Pick<TimelineStep, 'estimateSec' | 'durationMs'>): string {
	const e = step.estimateSec;
	if (e === undefined) return `about ${formatDuration(step.durationMs / 1000)}`;
	const lo = roundEstimate(e.min);
	const hi = roundEstimate(e.max);
	return lo === hi ? `about ${formatDuration(lo)}` : `about ${formatDuration(lo)} to ${formatDuration(hi)}`;
}

/** Estimates to the nearest 5 s under 2 minutes, else to the whole minute. */
function roundEstimate(sec: number): number {
	return sec < 120 ? Math.max(5, Math.round(sec / 5) * 5) : Math.round(sec / 60) * 60;
}

/** The pace range of a step's segment as text, for the screen ("9:00-10:10 /km"); empty without one. */
export function paceText(pace: PaceRangeValue | undefined, units: Units): string {
	if (pace === undefined || pace.max <= 0) return '';
	return `${formatPace(pace.min)}-${formatPace(pace.max)} /${units}`;
}

/** Where the runner jumped to last (start, Done, Skip, Back): that step began at `atMs` of session time. */
export interface Anchor {
	readonly step: number;
	readonly atMs: number;
}

/** The start of a session. */
export const START_ANCHOR: Anchor = { step: 0, atMs: 0 };

/** Where the runner is at a moment of session time. */
export interface Position {
	/** Index of the current step; `steps.length` once finished. */
	readonly stepIndex: number;
	readonly step: TimelineStep | undefined;
	readonly next: TimelineStep | undefined;
	/** When the current step began (or the session finished), ms of session time. */
	readonly stepStartMs: number;
	/** Time spent in the current step, ms. */
	readonly inStepMs: number;
	/**
	 * Time left in the step, ms. For a distance step, left of the estimate; it
	 * goes below zero when the runner takes longer, and the step does not end.
	 */
	readonly remainingMs: number;
	/** 3, 2 or 1 in the last seconds of a timed step; 0 otherwise. */
	readonly countdown: number;
	/** True in the last {@link PREPARE_MS} of a timed step when a backward step with a reminder follows. */
	readonly preparing: boolean;
	/** True when waiting on the runner's "Done". */
	readonly waiting: boolean;
	readonly finished: boolean;
}

/**
 * The current step and the time left at `elapsedMs` of session time, counting
 * from `anchor`. Timed steps follow each other on the clock; a distance step
 * holds the clock until the runner moves the anchor past it (Done).
 * An anchor outside the timeline is clamped.
 *
 * @example
 * positionAt(timeline, START_ANCHOR, 45_000) // 15 s into the recovery after a 30 s repeat
 */
export function positionAt(timeline: Timeline, anchor: Anchor, elapsedMs: number): Position {
	const { steps } = timeline;
	let i = Math.min(Math.max(0, Math.trunc(anchor.step)), steps.length);
	let t = anchor.atMs;
	const now = Math.max(elapsedMs, t);
	for (;;) {
		const step = steps[i];
		if (step === undefined) {
			return {
				stepIndex: steps.length,
				step: undefined,
				next: undefined,
				stepStartMs: t,
				inStepMs: now - t,
				remainingMs: 0,
				countdown: 0,
				preparing: false,
				waiting: false,
				finished: true,
			};
		}
		if (step.manual || now < t + step.durationMs) {
			const inStepMs = now - t;
			const remainingMs = step.durationMs - inStepMs;
			const next = steps[i + 1];
			const timed = !step.manual;
			return {
				stepIndex: i,
				step,
				next,
				stepStartMs: t,
				inStepMs,
				remainingMs,
				countdown: timed && remainingMs <= COUNTDOWN_MS ? Math.ceil(remainingMs / 1000) : 0,
				preparing: timed && next !== undefined && next.prepareCue !== '' && remainingMs <= PREPARE_MS,
				waiting: step.manual,
				finished: false,
			};
		}
		t += step.durationMs;
		i++;
	}
}
