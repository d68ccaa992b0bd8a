/** What the player says about keeping the screen on, by the wake lock's answer. */

import { playerStrings as t } from '../../i18n/player';
import type { WakeLockResult } from './browser';

export const WAKE_NOTES: Readonly<Record<WakeLockResult | 'idle', string>> = {
	idle: '',
	on: t.wake.on,
	unsupported: t.wake.unsupported,
	refused: t.wake.refused,
};
