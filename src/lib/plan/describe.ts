/**
 * A segment in plain words, shared by the builder's schedule, the session
 * player and every export, so a session reads the same wherever it appears.
 * No escaping here: each output escapes its own way.
 */
import { formatDistance, formatDuration, formatPace } from './format';
import { EFFORT_LABELS, type Units } from './options';
import type { Segment } from './schema';

const ROLE_LABELS: Readonly<Record<Segment['role'], string>> = {
	'warm-up': 'Warm-up',
	main: 'Main',
	'cool-down': 'Cool-down',
};

/**
 * One segment in words, with its effort and pace range, e.g.
 * "Main: 6 × 30 s backward jog, 1 min forward walk between; easy (…); pace 9:00-10:10 /km".
 * Effort comes before pace because effort overrules pace (options.ts).
 *
 * @example
 * describeSegment({ role: 'main', direction: 'backward', mode: 'jog', repeats: 2, durationSec: 30,
 *   effort: 'easy' }, 'km') // 'Main: 2 × 30 s backward jog; easy (can talk in full sentences)'
 */
export function describeSegment(segment: Segment, units: Units): string {
	const amount =
		segment.distanceM !== undefined
			? formatDistance(segment.distanceM, units)
			: formatDuration(segment.durationSec ?? 0);
	const reps = segment.repeats > 1 ? `${segment.repeats} × ` : '';
	let text = `${ROLE_LABELS[segment.role]}: ${reps}${amount} ${segment.direction} ${segment.mode}`;
	if (segment.recovery !== undefined && segment.repeats > 1) {
		const r = segment.recovery;
		text += `, ${formatDuration(r.durationSec)} ${r.direction} ${r.mode} between`;
	}
	text += `; ${EFFORT_LABELS[segment.effort]}`;
	if (segment.pace !== undefined && segment.pace.max > 0) {
		text += `; pace ${formatPace(segment.pace.min)}-${formatPace(segment.pace.max)} /${units}`;
	}
	return text;
}
