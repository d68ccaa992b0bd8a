/**
 * What the player shows: the session clock, a distance step's time estimate
 * and a step's pace range, as short text for the screen.
 */
import { formatDuration, formatPace } from '../plan/format';
import type { Units } from '../plan/options';
import type { PaceRangeValue } from '../plan/schema';
import type { TimelineStep } from './timeline';

/**
 * Session time as a clock: "0:07", "12:30", "1:02:03". Rounds down to the
 * whole second for time elapsed; pass `up` for time left, so a countdown
 * shows 0:01 until the step really ends.
 *
 * Never throws.
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

/**
 * "about 4-5 min" (or "about 5 min") for a distance step's estimate.
 *
 * Never throws.
 */
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

/**
 * The pace range of a step's segment as text, for the screen ("9:00-10:10 /km"); empty without one.
 *
 * Never throws.
 */
export function paceText(pace: PaceRangeValue | undefined, units: Units): string {
	if (pace === undefined || pace.max <= 0) return '';
	return `${formatPace(pace.min)}-${formatPace(pace.max)} /${units}`;
}
