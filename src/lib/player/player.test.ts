/**
 * The player's clock and jumps, its cues, its saved progress and opening a
 * session from a link.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryStore, refusingStore as refusing } from '../../../test/support/stores';
import { encodeShareState } from '../export/share-encode';
import { defaultPlanInput } from '../plan/input';
import type { Segment } from '../plan/schema';
import { openSession } from './open';
import {
	back,
	cuesBetween,
	elapsedMs,
	pause,
	playerPosition,
	READY,
	resume,
	settle,
	skip,
	stop,
	togglePause,
} from './player';
import { positionAt, START_ANCHOR } from './position';
import {
	clearProgress,
	loadDone,
	loadProgress,
	progressKey,
	saveDone,
	saveProgress,
	stateFromProgress,
} from './storage';
import { buildTimeline } from './timeline';

const segments: Segment[] = [
	{
		role: 'main',
		direction: 'backward',
		mode: 'jog',
		repeats: 2,
		durationSec: 30,
		recovery: { durationSec: 60, mode: 'walk', direction: 'forward' },
		effort: 'easy',
	},
	{
		role: 'cool-down',
		direction: 'forward',
		mode: 'run',
		repeats: 1,
		distanceM: 1000,
		effort: 'easy',
		pace: { min: 400, max: 440 },
	},
];
const timeline = buildTimeline(segments, { units: 'km' });

describe('the session clock', () => {
	it('counts clock readings, not ticks, and stands still while paused', () => {
		let s = resume(READY, 1000);
		expect(elapsedMs(s, 31_000)).toBe(30_000);
		s = pause(s, 11_000);
		expect(elapsedMs(s, 999_999)).toBe(10_000);
		s = resume(s, 500_000);
		expect(elapsedMs(s, 505_000)).toBe(15_000);
		expect(togglePause(s, 505_000).status).toBe('paused');
	});

	it('is the sum of its running stretches for any sequence of pauses', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.nat(100_000), fc.nat(100_000)), { maxLength: 30 }), (stretches) => {
				let s = READY;
				let now = 0;
				let expected = 0;
				for (const [run, rest] of stretches) {
					s = resume(s, now);
					now += run;
					expected += run;
					s = pause(s, now);
					now += rest;
				}
				expect(elapsedMs(s, now)).toBe(expected);
			}),
			{ numRuns: 1000 },
		);
	});

	it('skips, goes back and waits for Done on a distance step', () => {
		let s = resume(READY, 0);
		expect(playerPosition(s, timeline, 10_000).stepIndex).toBe(0);
		s = skip(s, timeline, 10_000);
		expect(playerPosition(s, timeline, 10_000)).toMatchObject({ stepIndex: 1, inStepMs: 0, remainingMs: 60_000 });
		s = back(s, timeline, 20_000);
		expect(playerPosition(s, timeline, 20_000)).toMatchObject({ stepIndex: 0, remainingMs: 30_000 });
		s = back(s, timeline, 21_000);
		expect(playerPosition(s, timeline, 21_000)).toMatchObject({ stepIndex: 0, inStepMs: 0 });
		// 30 + 60 + 30 s later the distance step starts and never ends on its own.
		expect(playerPosition(s, timeline, 21_000 + 120_000)).toMatchObject({ stepIndex: 3, waiting: true });
		expect(playerPosition(s, timeline, 21_000 + 3_600_000).stepIndex).toBe(3);
		s = skip(s, timeline, 21_000 + 400_000); // Done
		expect(s.status).toBe('finished');
		expect(elapsedMs(s, 9_999_999)).toBe(421_000);
	});

	it('finishes at the nominal end even when noticed late', () => {
		const timed = buildTimeline(segments.slice(0, 1), { units: 'km' });
		const s = settle(resume(READY, 0), timed, 500_000);
		expect(s.status).toBe('finished');
		expect(s.bankedMs).toBe(120_000);
	});

	it('stops at once and ignores everything after', () => {
		const s = stop(resume(READY, 0), 5000);
		expect(s).toMatchObject({ status: 'stopped', bankedMs: 5000, runningSince: null });
		expect(resume(s, 6000)).toBe(s);
		expect(skip(s, timeline, 6000)).toBe(s);
	});
});

describe('cues', () => {
	it('cues the step at a change, the reminder and the 3-2-1 before a backward step, and the finish', () => {
		const at = (ms: number) => positionAt(timeline, START_ANCHOR, ms);
		expect(cuesBetween(timeline, undefined, at(0))).toEqual([
			{ type: 'step', step: timeline.steps[0], text: timeline.steps[0]?.cue },
		]);
		expect(cuesBetween(timeline, at(0), at(500))).toEqual([]);
		expect(cuesBetween(timeline, at(83_000), at(84_000))).toEqual([
			{ type: 'prepare', step: timeline.steps[2], text: 'Backward next. Check your path first.' },
		]);
		expect(cuesBetween(timeline, at(86_500), at(87_000))).toEqual([{ type: 'countdown', count: 3, text: '3' }]);
		expect(cuesBetween(timeline, at(88_500), at(89_000))).toEqual([{ type: 'countdown', count: 1, text: '1' }]);
		// A tab that wakes several steps later says only where the runner is now.
		expect(cuesBetween(timeline, at(1000), at(130_000)).map((c) => c.type)).toEqual(['step']);
		const done = positionAt(timeline, { step: 4, atMs: 400_000 }, 400_000);
		expect(cuesBetween(timeline, at(300_000), done)).toEqual([{ type: 'finish', text: timeline.finishCue }]);
		expect(cuesBetween(timeline, done, done)).toEqual([]);
	});
});

describe('saved progress', () => {
	it('round-trips and comes back paused where the runner was', () => {
		const store = memoryStore();
		expect(saveProgress(store, 'plan1', 'w01-s1', { elapsedMs: 45_000, anchorStep: 1, anchorAtMs: 40_000 })).toBe(true);
		const loaded = loadProgress(store, 'plan1', 'w01-s1', timeline.steps.length);
		expect(loaded).toEqual({ elapsedMs: 45_000, anchorStep: 1, anchorAtMs: 40_000 });
		if (!loaded) throw new Error('not loaded');
		const state = stateFromProgress(loaded);
		expect(state.status).toBe('paused');
		expect(playerPosition(state, timeline, 0)).toMatchObject({ stepIndex: 1, inStepMs: 5000 });
		expect(loadProgress(store, 'plan1', 'w01-s2', timeline.steps.length)).toBeUndefined();
		expect(clearProgress(store, 'plan1', 'w01-s1')).toBe(true);
		expect(loadProgress(store, 'plan1', 'w01-s1', timeline.steps.length)).toBeUndefined();
	});

	it('treats refused, missing and junk storage as nothing saved', () => {
		expect(loadProgress(undefined, 'p', 's', 5)).toBeUndefined();
		expect(loadProgress(refusing, 'p', 's', 5)).toBeUndefined();
		expect(saveProgress(refusing, 'p', 's', { elapsedMs: 1, anchorStep: 0, anchorAtMs: 0 })).toBe(false);
		expect(clearProgress(refusing, 'p', 's')).toBe(false);
		const store = memoryStore();
		for (const junk of [
			'{',
			'null',
			'[]',
			'{"version":2,"elapsedMs":1,"anchorStep":0,"anchorAtMs":0}',
			'{"version":1,"elapsedMs":-1,"anchorStep":0,"anchorAtMs":0}',
			'{"version":1,"elapsedMs":10,"anchorStep":9,"anchorAtMs":0}',
			'{"version":1,"elapsedMs":10,"anchorStep":0.5,"anchorAtMs":0}',
			'{"version":1,"elapsedMs":10,"anchorStep":0,"anchorAtMs":20}',
		]) {
			store.setItem(progressKey('p', 's'), junk);
			expect(loadProgress(store, 'p', 's', 5), junk).toBeUndefined();
		}
	});

	it('remembers a session marked done', () => {
		const store = memoryStore();
		expect(loadDone(store, 'p', 's')).toBeUndefined();
		expect(saveDone(store, 'p', 's', { on: '2026-03-02', elapsedMs: 1000 })).toBe(true);
		expect(loadDone(store, 'p', 's')).toEqual({ on: '2026-03-02', elapsedMs: 1000 });
		expect(loadDone(refusing, 'p', 's')).toBeUndefined();
		expect(saveDone(refusing, 'p', 's', { on: '2026-03-02', elapsedMs: 1000 })).toBe(false);
	});
});

describe('openSession', () => {
	const code = encodeShareState(defaultPlanInput('2026-03-02'));

	it('opens a session of a shared plan', () => {
		const result = openSession(new URLSearchParams({ p: code, s: 'w01-s1' }));
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.session.id).toBe('w01-s1');
			expect(result.timeline.steps.length).toBeGreaterThan(0);
		}
	});

	it('explains a missing or bad plan or session', () => {
		for (const query of ['', 'p=', 'p=junk&s=w01-s1', `p=${code}`, `p=${code}&s=w99-s9`, `p=${code}&s=<script>`]) {
			const result = openSession(new URLSearchParams(query));
			expect(result.ok, query).toBe(false);
			if (!result.ok) {
				expect(result.message.length).toBeGreaterThan(10);
				expect(result.message).not.toContain('<script>');
			}
		}
	});
});
