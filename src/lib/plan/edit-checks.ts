/**
 * The plan's safety rules, read over an edited plan: each rule a coach's
 * edit breaks becomes a warning next to the session it is about. Generated
 * sessions keep every rule (properties-*.test.ts), so only edited sessions are
 * checked, and a plan with no edits has no warnings here.
 */
import { daysBetween, formatDayMonthYear } from './dates';
import type { EditWarning } from './edits';
import { formatDuration } from './format';
import { raceReadiness } from './readiness';
import { maxSessionBackwardSec, RISE_FLOOR_SEC, RISE_FRACTION } from './rules';
import type { Plan, Session } from './schema';

/** More backward sessions than this in a week gets a warning (the engine itself plans at most 3). */
export const EDIT_MAX_BACKWARD_SESSIONS = 4;

/** Changes that alter what or when a session is, so the rules are checked again (a note alters neither). */
const CHECKED = new Set(['moved', 'replaced', 'shifted']);

function isChecked(s: Session): boolean {
	return (s.changes ?? []).some((c) => CHECKED.has(c));
}

/**
 * Warnings for the rules an edited plan breaks.
 *
 * @example
 * editWarnings(planWithTuesdayMovedToWednesday, [])
 * // [{ session: 'w02-s1', week: 2, message: 'This session now follows another backward session the day before…' }]
 */
export function editWarnings(plan: Plan, repeatedWeeks: readonly number[]): EditWarning[] {
	const warnings: EditWarning[] = [];
	const planned = plan.weeks.flatMap((w) => w.sessions.filter((s) => !s.skipped).map((s) => ({ s, week: w.index })));
	consecutiveDays(planned, warnings);
	riseCap(plan, warnings);
	sessionsPerWeek(plan, warnings);
	if (repeatedWeeks.length > 0) readiness(plan, repeatedWeeks, warnings);
	return warnings;
}

/** Backward sessions on consecutive days: the calves and Achilles want a day between ([whitaker-2016] in rules.ts). */
function consecutiveDays(planned: readonly { s: Session; week: number }[], warnings: EditWarning[]): void {
	const backward = planned.filter(({ s }) => s.backwardSec > 0);
	for (let i = 1; i < backward.length; i++) {
		const before = backward[i - 1];
		const after = backward[i];
		if (!before || !after || daysBetween(before.s.date, after.s.date) > 1) continue;
		const [target, other] = isChecked(after.s) ? [after, before] : isChecked(before.s) ? [before, after] : [];
		if (!target || !other) continue;
		const when =
			daysBetween(before.s.date, after.s.date) === 0
				? 'on the same day as'
				: target === after
					? 'the day after'
					: 'the day before';
		warnings.push({
			session: target.s.id,
			week: target.week,
			message: `This session is now ${when} another backward session (${formatDayMonthYear(other.s.date)}). Backward running wants a rest day between sessions so calves and Achilles recover: move one of them if you can.`,
		});
	}
}

/** A session over the rise cap of the plan: 15 % or 2 minutes more backward time than the longest before it. */
function riseCap(plan: Plan, warnings: EditWarning[]): void {
	let longest = 0;
	for (const week of plan.weeks) {
		for (const s of week.sessions) {
			if (s.kind === 'race') continue;
			const cap = maxSessionBackwardSec(longest);
			if (longest > 0 && s.backwardSec > cap + 0.5 && isChecked(s) && !s.skipped) {
				warnings.push({
					session: s.id,
					week: week.index,
					message: `This session holds ${formatDuration(s.backwardSec)} of backward running, more than the ${formatDuration(cap)} the plan allows after ${formatDuration(longest)} before it (at most ${Math.round(RISE_FRACTION * 100)} % or ${RISE_FLOOR_SEC / 60} minutes more). A jump like this is when calves and Achilles get hurt: build up to it over a few weeks.`,
				});
			}
			longest = Math.max(longest, s.backwardSec);
		}
	}
}

/** A week with more backward sessions than the plan ever asks for. */
function sessionsPerWeek(plan: Plan, warnings: EditWarning[]): void {
	for (const week of plan.weeks) {
		const backward = week.sessions.filter((s) => !s.skipped && s.backwardSec > 0);
		const extra = backward[EDIT_MAX_BACKWARD_SESSIONS];
		if (!extra) continue;
		warnings.push({
			session: extra.id,
			week: week.index,
			message: `Week ${week.index} now has ${backward.length} backward sessions. The plan never asks for more than ${EDIT_MAX_BACKWARD_SESSIONS}: skip one, or make it forward running.`,
		});
	}
}

/** A race plan that no longer reaches its race block before the taper, after a repeated week. */
function readiness(plan: Plan, repeatedWeeks: readonly number[], warnings: EditWarning[]): void {
	const r = raceReadiness(plan);
	if (!r || r.ready) return;
	const week = repeatedWeeks[repeatedWeeks.length - 1] ?? 1;
	warnings.push({
		week,
		message: `With week ${week} repeated, the plan has given up later weeks and no longer reaches the race block before the taper: its longest continuous backward run is ${formatDuration(r.longestBlockSec)} and its longest backward session ${formatDuration(r.longestSessionSec)}, against ${formatDuration(r.readyBlockSec)} and ${formatDuration(r.readySessionSec)} the race asks for. Consider a later race, or race part of the way forward.`,
	});
}
