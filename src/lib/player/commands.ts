/**
 * Turning cues into what the phone does: speak, play a tone, vibrate, flash
 * the screen, announce to a screen reader. Pure, so the mapping a runner
 * relies on at the track (a double buzz means "turn around") is tested
 * without a DOM; the player island only carries the commands out.
 */
import type { CueEvent } from './player';

/** Tones the player can play. */
export type Tone = 'go' | 'tick' | 'finish';

/** One thing for the device to do. */
export type DeviceCommand =
	| { readonly type: 'speak'; readonly text: string }
	| { readonly type: 'tone'; readonly tone: Tone }
	| { readonly type: 'vibrate'; readonly pattern: number | readonly number[] }
	| { readonly type: 'flash' }
	| { readonly type: 'announce'; readonly text: string };

/** Vibration patterns, ms: a long buzz for a new step, two for a turn, a short one for a reminder. */
export const VIBRATION = {
	step: 400,
	turn: [250, 120, 250],
	prepare: 120,
	countdown: 80,
	finish: [400, 150, 400],
} as const;

/**
 * The device commands for cue events, in order. With `muted`, nothing is
 * spoken and no tone plays, but vibration, the flash and the screen-reader
 * announcement stay: a runner who mutes the voice still feels each change.
 *
 * Never throws.
 *
 * @example
 * deviceCommands([{ type: 'countdown', count: 3, text: '3' }], { muted: false })
 * // [{ type: 'tone', tone: 'tick' }, { type: 'vibrate', pattern: 80 }]
 */
export function deviceCommands(events: readonly CueEvent[], options: { muted: boolean }): DeviceCommand[] {
	return events.flatMap((e) => commandsFor(e, !options.muted));
}

/** The commands for one cue event; `sound` false leaves out speech and tones. */
function commandsFor(e: CueEvent, sound: boolean): DeviceCommand[] {
	switch (e.type) {
		case 'step':
			return [
				...(sound ? [{ type: 'tone', tone: 'go' } as const, { type: 'speak', text: e.text } as const] : []),
				{ type: 'vibrate', pattern: e.step.turn ? VIBRATION.turn : VIBRATION.step },
				{ type: 'flash' },
				{ type: 'announce', text: e.text },
			];
		case 'prepare':
			return [
				...(sound ? [{ type: 'speak', text: e.text } as const] : []),
				{ type: 'vibrate', pattern: VIBRATION.prepare },
				{ type: 'announce', text: e.text },
			];
		case 'countdown':
			return [
				...(sound ? [{ type: 'tone', tone: 'tick' } as const] : []),
				{ type: 'vibrate', pattern: VIBRATION.countdown },
			];
		case 'finish':
			return [
				...(sound ? [{ type: 'tone', tone: 'finish' } as const, { type: 'speak', text: e.text } as const] : []),
				{ type: 'vibrate', pattern: VIBRATION.finish },
				{ type: 'flash' },
				{ type: 'announce', text: e.text },
			];
	}
}
