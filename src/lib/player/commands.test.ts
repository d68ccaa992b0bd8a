import { describe, expect, it } from 'vitest';
import { deviceCommands, VIBRATION } from './commands';
import { buildTimeline } from './timeline';

const timeline = buildTimeline(
	[
		{ role: 'warm-up', direction: 'forward', mode: 'walk', repeats: 1, durationSec: 60, effort: 'very-easy' },
		{ role: 'main', direction: 'backward', mode: 'jog', repeats: 1, durationSec: 30, effort: 'easy' },
		{ role: 'main', direction: 'backward', mode: 'walk', repeats: 1, durationSec: 30, effort: 'very-easy' },
	],
	{ units: 'km' },
);
const [warmUp, turn, keepGoing] = timeline.steps;
if (!warmUp || !turn || !keepGoing) throw new Error('fixture');

describe('cues become what the phone does', () => {
	it('a new step: a tone, the words, a buzz, a flash and the screen-reader announcement', () => {
		expect(deviceCommands([{ type: 'step', step: warmUp, text: warmUp.cue }], { muted: false })).toEqual([
			{ type: 'tone', tone: 'go' },
			{ type: 'speak', text: warmUp.cue },
			{ type: 'vibrate', pattern: VIBRATION.step },
			{ type: 'flash' },
			{ type: 'announce', text: warmUp.cue },
		]);
	});

	it('a turn buzzes twice, so a runner feels it without looking; going on backward buzzes once', () => {
		const vib = (step: typeof turn) =>
			deviceCommands([{ type: 'step', step, text: step.cue }], { muted: false }).find((c) => c.type === 'vibrate');
		expect(turn.turn).toBe(true);
		expect(vib(turn)).toEqual({ type: 'vibrate', pattern: [250, 120, 250] });
		expect(vib(keepGoing)).toEqual({ type: 'vibrate', pattern: 400 });
	});

	it('muted: no voice and no tones, but every buzz, flash and announcement stays', () => {
		const events = [
			{ type: 'step', step: turn, text: turn.cue },
			{ type: 'prepare', step: turn, text: turn.prepareCue },
			{ type: 'countdown', count: 2, text: '2' },
			{ type: 'finish', text: timeline.finishCue },
		] as const;
		const loud = deviceCommands(events, { muted: false });
		const quiet = deviceCommands(events, { muted: true });
		expect(quiet.filter((c) => c.type === 'speak' || c.type === 'tone')).toEqual([]);
		expect(quiet).toEqual(loud.filter((c) => c.type !== 'speak' && c.type !== 'tone'));
		expect(quiet.filter((c) => c.type === 'announce').map((c) => c.type === 'announce' && c.text)).toEqual([
			turn.cue,
			turn.prepareCue,
			timeline.finishCue,
		]);
	});

	it('the countdown ticks and buzzes briefly without words; the finish says so', () => {
		expect(deviceCommands([{ type: 'countdown', count: 1, text: '1' }], { muted: false })).toEqual([
			{ type: 'tone', tone: 'tick' },
			{ type: 'vibrate', pattern: 80 },
		]);
		const finish = deviceCommands([{ type: 'finish', text: timeline.finishCue }], { muted: false });
		expect(finish.slice(0, 2)).toEqual([
			{ type: 'tone', tone: 'finish' },
			{ type: 'speak', text: timeline.finishCue },
		]);
	});
});
