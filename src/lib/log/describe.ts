/**
 * A check-in in words, for the schedule's "Checked in: …" line and the
 * progress view's "What changed and why".
 */
import { CHECKIN_STATUS_WORDS, type CheckIn } from './checkin-schema';

/**
 * How a session went, in a short line: status, effort, pain and where,
 * dizziness. The note is left out (the runner's own words are shown as
 * they are, where there is room).
 *
 * Never throws.
 *
 * @example
 * describeCheckIn({ session: 'w03-s2', date: '2026-03-19', status: 'done', effort: 4, pain: 5, painAt: ['calf'] })
 * // 'done, effort 4/10, pain 5/10 (calf)'
 */
export function describeCheckIn(c: CheckIn): string {
	const where = c.painAt && c.painAt.length > 0 && (c.pain ?? 0) > 0 ? ` (${c.painAt.join(', ')})` : '';
	return [
		CHECKIN_STATUS_WORDS[c.status].toLowerCase(),
		...(c.effort !== undefined ? [`effort ${c.effort}/10`] : []),
		...(c.pain !== undefined ? [`pain ${c.pain}/10${where}`] : []),
		...(c.dizzy ? ['dizzy or off balance'] : []),
	].join(', ');
}
