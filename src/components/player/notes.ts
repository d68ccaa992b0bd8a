/** What the player says about keeping the screen on, by the wake lock's answer. */
import type { WakeLockResult } from './browser';

export const WAKE_NOTES: Readonly<Record<WakeLockResult | 'idle', string>> = {
	idle: '',
	on: 'Your screen stays on while the session runs.',
	unsupported:
		'This browser cannot keep your screen on. Turn off auto-lock for this run, or the voice may stop when the screen sleeps.',
	refused: 'The browser did not let us keep your screen on, so it may turn off. Turn off auto-lock for this run.',
};
