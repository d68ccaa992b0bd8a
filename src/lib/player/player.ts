/**
 * The player's state machine: a session clock built from monotonic clock
 * readings (the caller passes `performance.now()`), never from counting timer
 * ticks, plus the anchor that Done, Skip and Back move. Pure functions: each
 * action takes the state, the timeline and the clock reading, and returns the
 * next state. Session time is
 *
 *   elapsed = bankedMs + (running ? now - runningSince : 0)
 *
 * so a throttled background tab, a late timer or a long pause cannot make it drift.
 */
import { type Anchor, type Position, positionAt, START_ANCHOR } from './position';
import type { Timeline, TimelineStep } from './timeline';

export type PlayerStatus = 'ready' | 'running' | 'paused' | 'finished' | 'stopped';

export interface PlayerState {
	readonly status: PlayerStatus;
	/** Session time banked up to the last pause (or resume), ms. */
	readonly bankedMs: number;
	/** Clock reading (ms, monotonic) when the clock last started; null while it stands still. */
	readonly runningSince: number | null;
	/** Where the runner last jumped. */
	readonly anchor: Anchor;
}

/** A session not started yet. */
export const READY: PlayerState = { status: 'ready', bankedMs: 0, runningSince: null, anchor: START_ANCHOR };

/**
 * Session time at clock reading `now`, ms.
 *
 * Never throws.
 */
export function elapsedMs(state: PlayerState, now: number): number {
	return state.runningSince === null ? state.bankedMs : state.bankedMs + Math.max(0, now - state.runningSince);
}

/**
 * Where the runner is at clock reading `now`.
 *
 * Never throws.
 */
export function playerPosition(state: PlayerState, timeline: Timeline, now: number): Position {
	return positionAt(timeline, state.anchor, elapsedMs(state, now));
}

/**
 * Start (or resume after a pause or a reload).
 *
 * Never throws.
 */
export function resume(state: PlayerState, now: number): PlayerState {
	if (state.status === 'running' || state.status === 'finished' || state.status === 'stopped') return state;
	return { ...state, status: 'running', runningSince: now };
}

/**
 * Pause: bank the time so far and stop the clock.
 *
 * Never throws.
 */
export function pause(state: PlayerState, now: number): PlayerState {
	if (state.status !== 'running') return state;
	return { ...state, status: 'paused', bankedMs: elapsedMs(state, now), runningSince: null };
}

/**
 * Pause when running, resume when paused or ready.
 *
 * Never throws.
 */
export function togglePause(state: PlayerState, now: number): PlayerState {
	return state.status === 'running' ? pause(state, now) : resume(state, now);
}

/**
 * Jump to step `index` now (clamped); past the last step finishes the session.
 *
 * Never throws.
 */
export function jumpTo(state: PlayerState, timeline: Timeline, index: number, now: number): PlayerState {
	if (state.status === 'finished' || state.status === 'stopped') return state;
	const step = Math.min(Math.max(0, index), timeline.steps.length);
	const atMs = elapsedMs(state, now);
	return settle({ ...state, anchor: { step, atMs } }, timeline, now);
}

/**
 * Skip to the next step (also "Done" on a distance step).
 *
 * Never throws.
 */
export function skip(state: PlayerState, timeline: Timeline, now: number): PlayerState {
	return jumpTo(state, timeline, playerPosition(state, timeline, now).stepIndex + 1, now);
}

/**
 * Back: to the start of the step before, or to the start of the first step.
 * A runner presses it when they missed a cue, so it restarts a whole step.
 *
 * Never throws.
 */
export function back(state: PlayerState, timeline: Timeline, now: number): PlayerState {
	return jumpTo(state, timeline, playerPosition(state, timeline, now).stepIndex - 1, now);
}

/**
 * Stop at once: the clock stops and the session ends where it is.
 *
 * Never throws.
 */
export function stop(state: PlayerState, now: number): PlayerState {
	if (state.status === 'finished' || state.status === 'stopped') return state;
	return { ...state, status: 'stopped', bankedMs: elapsedMs(state, now), runningSince: null };
}

/**
 * Marks a running session finished once its last step has ended; the clock
 * stops at the nominal end, not at the moment this was noticed (a tab woken
 * late still reports the right time).
 *
 * Never throws.
 */
export function settle(state: PlayerState, timeline: Timeline, now: number): PlayerState {
	const pos = playerPosition(state, timeline, now);
	if (!pos.finished) return state;
	return { ...state, status: 'finished', bankedMs: pos.stepStartMs, runningSince: null };
}

/** Something to say, sound and show. */
export type CueEvent =
	| { readonly type: 'step'; readonly step: TimelineStep; readonly text: string }
	| { readonly type: 'prepare'; readonly step: TimelineStep; readonly text: string }
	| { readonly type: 'countdown'; readonly count: number; readonly text: string }
	| { readonly type: 'finish'; readonly text: string };

/**
 * The cues due between two positions (the last one cued and the current one).
 * Only the latest change is cued: a tab that wakes after several steps says
 * where the runner is now, not everything they missed.
 *
 * Never throws.
 */
export function cuesBetween(timeline: Timeline, previous: Position | undefined, current: Position): CueEvent[] {
	if (current.finished) return previous?.finished ? [] : [{ type: 'finish', text: timeline.finishCue }];
	const step = current.step;
	if (step === undefined) return [];
	if (previous === undefined || previous.stepIndex !== current.stepIndex || previous.finished) {
		return [{ type: 'step', step, text: step.cue }];
	}
	const events: CueEvent[] = [];
	if (current.preparing && !previous.preparing && current.next !== undefined) {
		events.push({ type: 'prepare', step: current.next, text: current.next.prepareCue });
	}
	if (current.countdown > 0 && current.countdown !== previous.countdown) {
		events.push({ type: 'countdown', count: current.countdown, text: String(current.countdown) });
	}
	return events;
}

/** Totals for the end-of-session summary. */
export interface SessionSummary {
	/** Session time, ms (pauses excluded). */
	readonly elapsedMs: number;
	/** Steps begun, of all steps. */
	readonly stepsReached: number;
	readonly stepsTotal: number;
	/** True when the session ran to its end (not stopped). */
	readonly completed: boolean;
}

/**
 * The end-of-session summary: time run (pauses left out), how far the runner
 * got, and whether the session ran to its end or was stopped.
 *
 * Never throws.
 */
export function summarize(state: PlayerState, timeline: Timeline, now: number): SessionSummary {
	const pos = playerPosition(state, timeline, now);
	return {
		elapsedMs: elapsedMs(state, now),
		stepsReached: pos.finished ? timeline.steps.length : pos.stepIndex + 1,
		stepsTotal: timeline.steps.length,
		completed: state.status === 'finished',
	};
}
