/**
 * Keeping a session across reloads, and remembering finished sessions. Only
 * session time is stored (elapsed ms and where the runner last jumped), never
 * clock readings or wall-clock times: a reload comes back paused exactly
 * where the runner was. Storage that refuses, throws or holds junk is treated
 * as empty; nothing here throws.
 */
import { type KeyValueStore, readJson, removeKey, writeJson } from '../local-store';
import type { PlayerState } from './player';

/** Bump when the stored shape changes; other versions are ignored. */
export const PLAYER_STORAGE_VERSION = 1;

/**
 * Key of a session in progress.
 *
 * Never throws.
 */
export function progressKey(planId: string, sessionId: string): string {
	return `retrostride-player:${planId}:${sessionId}`;
}

/**
 * Key of a session marked done.
 *
 * Never throws.
 */
export function doneKey(planId: string, sessionId: string): string {
	return `retrostride-done:${planId}:${sessionId}`;
}

/** What is stored for a session in progress. */
export interface SavedProgress {
	/** Session time when saved, ms. */
	readonly elapsedMs: number;
	/** The step the runner last jumped to, and the session time when they did. */
	readonly anchorStep: number;
	readonly anchorAtMs: number;
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * The saved progress of a session, or undefined when there is none or it
 * cannot be used (refused storage, junk, another version, a step the
 * timeline does not have).
 *
 * Never throws: refused storage, junk or progress for another timeline gives undefined.
 */
export function loadProgress(
	store: KeyValueStore | undefined,
	planId: string,
	sessionId: string,
	stepCount: number,
): SavedProgress | undefined {
	const raw = readJson(store, progressKey(planId, sessionId));
	if (typeof raw !== 'object' || raw === null) return undefined;
	const v = raw as Record<string, unknown>;
	const { version, elapsedMs, anchorStep, anchorAtMs } = v;
	if (version !== PLAYER_STORAGE_VERSION) return undefined;
	if (!isTime(elapsedMs) || !isTime(anchorAtMs) || !Number.isInteger(anchorStep)) return undefined;
	if ((anchorStep as number) < 0 || (anchorStep as number) >= stepCount || anchorAtMs > elapsedMs) return undefined;
	return { elapsedMs, anchorStep: anchorStep as number, anchorAtMs };
}

/**
 * Saves a session in progress; false when the browser refused.
 *
 * Never throws: storage the browser refuses (private mode, a full quota) gives false.
 */
export function saveProgress(
	store: KeyValueStore | undefined,
	planId: string,
	sessionId: string,
	progress: SavedProgress,
): boolean {
	return writeJson(store, progressKey(planId, sessionId), { version: PLAYER_STORAGE_VERSION, ...progress });
}

/**
 * Forgets a session in progress (finished, stopped or started over).
 *
 * Never throws: storage the browser refuses (private mode, a full quota) gives false.
 */
export function clearProgress(store: KeyValueStore | undefined, planId: string, sessionId: string): boolean {
	return removeKey(store, progressKey(planId, sessionId));
}

/**
 * The player state a reload comes back to: paused where the runner was.
 *
 * Never throws.
 */
export function stateFromProgress(progress: SavedProgress): PlayerState {
	return {
		status: 'paused',
		bankedMs: progress.elapsedMs,
		runningSince: null,
		anchor: { step: progress.anchorStep, atMs: progress.anchorAtMs },
	};
}

/** What is kept when a runner marks a session done. */
export interface DoneMark {
	/** Local date it was marked (yyyy-mm-dd). */
	readonly on: string;
	/** Session time, ms. */
	readonly elapsedMs: number;
}

/** Never throws: refused storage or junk gives undefined. */
export function loadDone(store: KeyValueStore | undefined, planId: string, sessionId: string): DoneMark | undefined {
	const raw = readJson(store, doneKey(planId, sessionId));
	if (typeof raw !== 'object' || raw === null) return undefined;
	const v = raw as Record<string, unknown>;
	const { version, on, elapsedMs } = v;
	if (version !== PLAYER_STORAGE_VERSION) return undefined;
	if (typeof on !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(on) || !isTime(elapsedMs)) return undefined;
	return { on, elapsedMs };
}

/**
 * Keeps "done" for a session on this device, so the schedule can tick it.
 *
 * Never throws: storage the browser refuses (private mode, a full quota) gives false.
 */
export function saveDone(store: KeyValueStore | undefined, planId: string, sessionId: string, mark: DoneMark): boolean {
	return writeJson(store, doneKey(planId, sessionId), { version: PLAYER_STORAGE_VERSION, ...mark });
}
