/**
 * A segment in plain words, shared by the builder's schedule, the session
 * player and every export, so a session reads the same wherever it appears.
 * No escaping here: each output escapes its own way.
 */
import { formatDistance, formatDuration, formatPace } from './format';
import { EFFORT_LABELS, type SessionKind, type Units } from './options';
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
 * Never throws.
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

/**
 * The kind a session's blocks show, so its label matches what the runner
 * does: one backward rep is "Continuous", two or more are "Intervals". The
 * engine's sessions already agree; a coach's rewrite is what changes the
 * blocks under a kind, and "Continuous" over 3 × 5 min with jog recoveries,
 * or "Intervals" over a single 3-minute rep, told the runner the wrong
 * session. Other kinds (drills, mixed, long, walk, race) name the purpose,
 * not the shape, and are kept.
 *
 * Never throws.
 *
 * @example
 * kindForBlocks('continuous', [{ role: 'main', direction: 'backward', mode: 'run', repeats: 3, durationSec: 300,
 *   effort: 'easy' }]) // 'intervals'
 */
export function kindForBlocks(kind: SessionKind, segments: readonly Segment[]): SessionKind {
	if (kind !== 'continuous' && kind !== 'intervals') return kind;
	const reps = segments
		.filter((s) => s.role === 'main' && s.direction === 'backward')
		.reduce((n, s) => n + s.repeats, 0);
	if (reps === 0) return kind;
	return reps === 1 ? 'continuous' : 'intervals';
}
