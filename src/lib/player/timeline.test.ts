/**
 * The timeline against its promises, for any session the schema allows:
 * start times strictly increase, the total is the sum of the segments and
 * their recoveries, every backward step carries a safety cue, and the
 * elapsed-to-step function agrees with the list at every boundary.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPlanInput, generatePlan, parsePlanInput } from '../index';
import { DIRECTIONS, EFFORTS, MODES, SURFACES, UNITS } from '../plan/options';
import type { Segment } from '../plan/schema';
import { positionAt, START_ANCHOR } from './position';
import { estimateText, formatClock } from './screen';
import { spokenDistance, spokenDuration } from './speech';
import { buildTimeline, estimateSec, sessionTimeline, type TimelineOptions } from './timeline';

const RUNS = { numRuns: 1000 };

const paceArb = fc
	.tuple(fc.integer({ min: 150, max: 1500 }), fc.integer({ min: 0, max: 300 }))
	.map(([min, spread]) => ({ min, max: min + spread }));

const segmentArb: fc.Arbitrary<Segment> = fc
	.record({
		role: fc.constantFrom('warm-up', 'main', 'cool-down'),
		direction: fc.constantFrom(...DIRECTIONS),
		mode: fc.constantFrom(...MODES),
		repeats: fc.integer({ min: 1, max: 12 }),
		amount: fc.oneof(
			fc.record({ durationSec: fc.integer({ min: 1, max: 3600 }) }),
			fc.record({ durationSec: fc.double({ min: 0.5, max: 600, noNaN: true }) }),
			fc.record({ distanceM: fc.double({ min: 5, max: 25_000, noNaN: true }) }),
		),
		recovery: fc.option(
			fc.record({
				durationSec: fc.integer({ min: 1, max: 600 }),
				mode: fc.constantFrom('walk' as const, 'jog' as const),
				direction: fc.constantFrom(...DIRECTIONS),
			}),
			{ nil: undefined },
		),
		effort: fc.constantFrom(...EFFORTS),
		pace: fc.option(paceArb, { nil: undefined }),
	})
	.map(({ amount, recovery, pace, ...rest }) => ({
		...rest,
		...amount,
		...(recovery ? { recovery } : {}),
		...(pace ? { pace } : {}),
	}));

const optionsArb: fc.Arbitrary<TimelineOptions> = fc.record({
	units: fc.constantFrom(...UNITS),
	surface: fc.constantFrom(...SURFACES),
	hasGuide: fc.boolean(),
	paces: fc.record({ forwardEasy: paceArb, backwardEasy: paceArb }),
});

const sessionArb = fc.tuple(fc.array(segmentArb, { minLength: 1, maxLength: 8 }), optionsArb);

/** Expected length of a segment in ms: repeats × (duration or estimate) + recoveries between. */
function expectedSegmentMs(seg: Segment, options: TimelineOptions): number {
	const rep =
		seg.distanceM !== undefined
			? (() => {
					const e = estimateSec(seg, seg.distanceM, options);
					return Math.max(1, Math.round(((e.min + e.max) / 2) * 1000));
				})()
			: Math.max(1, Math.round((seg.durationSec ?? 0) * 1000));
	const rec = seg.recovery ? (seg.repeats - 1) * Math.max(1, Math.round(seg.recovery.durationSec * 1000)) : 0;
	return seg.repeats * rep + rec;
}

describe('buildTimeline (properties)', () => {
	it('starts at 0 and cue start times strictly increase, each step starting where the last ended', () => {
		fc.assert(
			fc.property(sessionArb, ([segments, options]) => {
				const { steps, totalMs } = buildTimeline(segments, options);
				expect(steps[0]?.startMs).toBe(0);
				for (let i = 1; i < steps.length; i++) {
					const prev = steps[i - 1];
					const step = steps[i];
					if (!prev || !step) throw new Error('missing step');
					expect(step.startMs).toBeGreaterThan(prev.startMs);
					expect(step.startMs).toBe(prev.startMs + prev.durationMs);
					expect(step.index).toBe(i);
				}
				const last = steps.at(-1);
				expect(totalMs).toBe((last?.startMs ?? 0) + (last?.durationMs ?? 0));
			}),
			RUNS,
		);
	});

	it('totals the segment durations and recoveries (distance segments at their estimate)', () => {
		fc.assert(
			fc.property(sessionArb, ([segments, options]) => {
				const timeline = buildTimeline(segments, options);
				const expected = segments.reduce((sum, seg) => sum + expectedSegmentMs(seg, options), 0);
				expect(timeline.totalMs).toBe(expected);
				// For whole-second timed sessions, the total is exactly the plan's own sum.
				if (segments.every((s) => s.durationSec !== undefined && Number.isInteger(s.durationSec))) {
					const sec = segments.reduce(
						(sum, s) =>
							sum + s.repeats * (s.durationSec ?? 0) + (s.recovery ? (s.repeats - 1) * s.recovery.durationSec : 0),
						0,
					);
					expect(timeline.totalMs).toBe(sec * 1000);
					expect(timeline.estimated).toBe(false);
				}
			}),
			RUNS,
		);
	});

	it('expands every repeat and every recovery between repeats, in order', () => {
		fc.assert(
			fc.property(sessionArb, ([segments, options]) => {
				const { steps } = buildTimeline(segments, options);
				const expectedCount = segments.reduce((n, s) => n + s.repeats + (s.recovery ? s.repeats - 1 : 0), 0);
				expect(steps).toHaveLength(expectedCount);
				for (const step of steps) {
					const seg = segments[step.segmentIndex];
					if (!seg) throw new Error('no segment');
					expect(step.role).toBe(seg.role);
					expect(step.repeatText).toBe(seg.repeats > 1 ? `${step.repeat} of ${seg.repeats}` : '');
					expect(step.manual).toBe(step.kind === 'work' && seg.distanceM !== undefined);
				}
				const segIndexes = steps.map((s) => s.segmentIndex);
				expect(segIndexes).toEqual([...segIndexes].sort((a, b) => a - b));
			}),
			RUNS,
		);
	});

	it('gives every backward step a safety cue, said at its start and (when timed) before it', () => {
		fc.assert(
			fc.property(sessionArb, ([segments, options]) => {
				const { steps } = buildTimeline(segments, options);
				for (const step of steps) {
					if (step.direction === 'backward') {
						expect(step.safety).not.toBe('');
						expect(step.cue).toContain(step.safety);
						expect(step.prepareCue).toContain(step.safety);
						expect(step.cue).toMatch(/Check your path|Check with your guide|Hold the rails/);
					} else {
						expect(step.safety).toBe('');
						expect(step.prepareCue).toBe('');
					}
					expect(step.cue.startsWith('Turn around.')).toBe(step.turn);
				}
			}),
			RUNS,
		);
	});

	it('agrees with the list at every boundary when each distance step is done at its estimate', () => {
		fc.assert(
			fc.property(sessionArb, ([segments, options]) => {
				const timeline = buildTimeline(segments, options);
				let anchor = START_ANCHOR;
				for (const step of timeline.steps) {
					// The runner presses Done on a distance step exactly at its estimate.
					const before = timeline.steps[step.index - 1];
					if (before?.manual) anchor = { step: step.index, atMs: step.startMs };
					const at = positionAt(timeline, anchor, step.startMs);
					expect(at.stepIndex).toBe(step.index);
					expect(at.inStepMs).toBe(0);
					expect(at.remainingMs).toBe(step.durationMs);
					expect(at.stepStartMs).toBe(step.startMs);
					const justBefore = positionAt(timeline, anchor, step.startMs - 1);
					if (step.index > 0) {
						expect(justBefore.stepIndex).toBe(before?.manual ? step.index : step.index - 1);
					}
					const lastMoment = positionAt(timeline, anchor, step.startMs + step.durationMs - 1);
					expect(lastMoment.stepIndex).toBe(step.index);
					expect(lastMoment.remainingMs).toBe(1);
				}
				const end = positionAt(
					timeline,
					timeline.steps.at(-1)?.manual ? { step: timeline.steps.length, atMs: timeline.totalMs } : anchor,
					timeline.totalMs,
				);
				expect(end.finished).toBe(true);
				expect(end.stepStartMs).toBe(timeline.totalMs);
			}),
			RUNS,
		);
	});

	it('never moves past a distance step on time alone', () => {
		fc.assert(
			fc.property(sessionArb, fc.integer({ min: 0, max: 10_000_000 }), ([segments, options], extra) => {
				const timeline = buildTimeline(segments, options);
				const manual = timeline.steps.find((s) => s.manual);
				const pos = positionAt(timeline, START_ANCHOR, (manual?.startMs ?? timeline.totalMs) + extra);
				if (manual) {
					expect(pos.stepIndex).toBe(manual.index);
					expect(pos.waiting).toBe(true);
					expect(pos.countdown).toBe(0);
					expect(pos.remainingMs).toBe(manual.durationMs - extra);
				} else {
					expect(pos.finished).toBe(true);
				}
			}),
			RUNS,
		);
	});

	it('counts down 3-2-1 in the last three seconds of every timed step that lasts that long', () => {
		fc.assert(
			fc.property(sessionArb, ([segments, options]) => {
				const timeline = buildTimeline(segments, options);
				for (const step of timeline.steps) {
					if (step.manual || step.durationMs < 3000) continue;
					const anchor = { step: step.index, atMs: 0 };
					const counts = [3000, 2000, 1000, 1].map(
						(left) => positionAt(timeline, anchor, step.durationMs - left).countdown,
					);
					expect(counts).toEqual([3, 2, 1, 1]);
					if (step.durationMs > 3001) {
						expect(positionAt(timeline, anchor, step.durationMs - 3001).countdown).toBe(0);
					}
				}
			}),
			RUNS,
		);
	});
});

describe('buildTimeline (examples)', () => {
	const intervals: Segment[] = [
		{ role: 'warm-up', direction: 'forward', mode: 'jog', repeats: 1, durationSec: 600, effort: 'easy' },
		{
			role: 'main',
			direction: 'backward',
			mode: 'jog',
			repeats: 6,
			durationSec: 30,
			recovery: { durationSec: 60, mode: 'walk', direction: 'forward' },
			effort: 'easy',
		},
		{ role: 'cool-down', direction: 'forward', mode: 'walk', repeats: 1, durationSec: 300, effort: 'very-easy' },
	];

	it('says the cue a runner needs at each change', () => {
		const { steps, totalMs } = buildTimeline(intervals, { units: 'km', surface: 'track', hasGuide: false });
		expect(steps).toHaveLength(1 + 6 + 5 + 1);
		expect(totalMs).toBe((600 + 6 * 30 + 5 * 60 + 300) * 1000);
		expect(steps[0]?.cue).toBe('Warm-up. Forward jog for 10 minutes, easy.');
		expect(steps[1]?.cue).toBe(
			'Turn around. Main set. Backward jog for 30 seconds, easy, 1 of 6. Check your path first.',
		);
		expect(steps[2]?.cue).toBe('Turn around. Forward walk for 1 minute to recover.');
		expect(steps[3]?.cue).toBe('Turn around. Backward jog for 30 seconds, easy, 2 of 6. Check your path first.');
		expect(steps[3]?.prepareCue).toBe('Backward next. Check your path first.');
		expect(steps[12]?.cue).toBe('Turn around. Cool-down. Forward walk for 5 minutes, very easy.');
	});

	it('tells a runner with a guide to check with them, and a treadmill runner to hold the rails', () => {
		const guided = buildTimeline(intervals, { units: 'km', surface: 'path', hasGuide: true });
		expect(guided.steps[1]?.cue).toContain('Check with your guide first.');
		const belt = buildTimeline(intervals, { units: 'km', surface: 'treadmill', hasGuide: false });
		expect(belt.steps[1]?.cue).toContain('Hold the rails until you feel steady.');
	});

	it('makes a distance step open-ended with an estimate from its pace range', () => {
		const { steps, estimated } = buildTimeline(
			[
				{
					role: 'main',
					direction: 'backward',
					mode: 'run',
					repeats: 1,
					distanceM: 804.672,
					effort: 'easy',
					pace: { min: 900, max: 1000 },
				},
			],
			{ units: 'mi' },
		);
		expect(estimated).toBe(true);
		expect(steps[0]).toMatchObject({ manual: true, amount: '0.5 mi', estimateSec: { min: 450, max: 500 } });
		expect(steps[0]?.durationMs).toBe(475_000);
		expect(steps[0]?.cue).toBe(
			'Main set. Backward run, 0.5 miles, easy. Tap Done when you reach the mark. Check your path first.',
		);
		expect(estimateText(steps[0] ?? { durationMs: 0 })).toBe('about 8 min');
	});

	it('plays every session of real plans from start to finish', () => {
		for (const goal of ['mix-in', 'drills', 'knee-friendly'] as const) {
			const parsed = parsePlanInput({ ...defaultPlanInput('2026-03-02'), goal, forwardWeeklyDistance: 20 });
			if (!parsed.ok) throw new Error('bad input');
			const plan = generatePlan(parsed.value);
			for (const session of plan.weeks.flatMap((w) => w.sessions)) {
				const timeline = sessionTimeline(session, plan);
				expect(timeline.steps.length).toBeGreaterThan(0);
				// The plan's own estimate and the timeline's nominal total agree to within a second per step.
				expect(Math.abs(timeline.totalMs / 1000 - session.estimatedDurationSec)).toBeLessThanOrEqual(
					timeline.steps.length + 1,
				);
			}
		}
	});
});

describe('words and clocks', () => {
	it('speaks durations and distances', () => {
		expect(spokenDuration(1)).toBe('1 second');
		expect(spokenDuration(90)).toBe('1 minute 30 seconds');
		expect(spokenDuration(3600)).toBe('1 hour');
		expect(spokenDuration(3900)).toBe('1 hour 5 minutes');
		expect(spokenDistance(400, 'km')).toBe('400 metres');
		expect(spokenDistance(1000, 'km')).toBe('1 kilometre');
		expect(spokenDistance(6500, 'km')).toBe('6.5 kilometres');
		expect(spokenDistance(1609.344, 'mi')).toBe('1 mile');
		// A mile race in a km plan is said as the race, not "1.61 kilometres".
		expect(spokenDistance(1609.344, 'km')).toBe('1 mile');
		expect(spokenDistance(5000, 'mi')).toBe('5 kilometres');
	});

	it('formats session time as a clock', () => {
		expect(formatClock(0)).toBe('0:00');
		expect(formatClock(65_999)).toBe('1:05');
		expect(formatClock(400, 'up')).toBe('0:01');
		expect(formatClock(3_723_000)).toBe('1:02:03');
		expect(formatClock(-5)).toBe('0:00');
		expect(formatClock(Number.NaN)).toBe('0:00');
	});
});
