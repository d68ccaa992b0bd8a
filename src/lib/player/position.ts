/**
 * Where the runner is: `positionAt` turns session time into the current step,
 * the time left and the countdown. It counts from an {@link Anchor}, the step
 * where the runner last jumped (Done, Skip, Back), so a distance step can hold
 * the clock until the runner says they reached the mark.
 */
import { COUNTDOWN_MS, PREPARE_MS, type Timeline, type TimelineStep } from './timeline';

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
 * Never throws.
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
