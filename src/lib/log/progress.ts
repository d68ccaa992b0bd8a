/**
 * Planned against done, week by week, from the plan and the log: what the
 * progress view charts and a coach or physiotherapist reads.
 */
import type { Plan } from '../plan/schema';
import type { CheckIn } from './checkin-schema';

/** One week of progress. */
export interface WeekProgress {
	/** The week's number in the plan. */
	readonly week: number;
	/** Backward seconds the plan asks for (skipped sessions left out). */
	readonly plannedSec: number;
	/** Backward seconds checked in: a done session counts in full, a partly done one half. */
	readonly doneSec: number;
	/** Sessions planned (not skipped). */
	readonly planned: number;
	/** Sessions checked in as done or partly done. */
	readonly done: number;
	/** The highest pain reported that week, if any check-in gave one. */
	readonly maxPain: number | undefined;
	/** The mean effort reported that week (one decimal), if any. */
	readonly meanEffort: number | undefined;
}

/**
 * Progress per week. Check-ins for sessions the plan does not have are left out.
 *
 * Never throws.
 *
 * @example
 * logProgress(plan, [{ session: 'w01-s1', date: '2026-03-03', status: 'done', effort: 3 }])[0]
 * // { week: 1, plannedSec: 1440, doneSec: 480, planned: 3, done: 1, maxPain: undefined, meanEffort: 3 }
 */
export function logProgress(plan: Plan, log: readonly CheckIn[]): WeekProgress[] {
	const bySession = new Map<string, CheckIn>();
	for (const c of log) bySession.set(c.session, c);
	return plan.weeks.map((w) => {
		let doneSec = 0;
		let done = 0;
		const pains: number[] = [];
		const efforts: number[] = [];
		for (const s of w.sessions) {
			const c = bySession.get(s.id);
			if (!c) continue;
			if (c.status !== 'skipped') {
				done++;
				doneSec += c.status === 'done' ? s.backwardSec : s.backwardSec / 2;
			}
			if (c.pain !== undefined) pains.push(c.pain);
			if (c.effort !== undefined) efforts.push(c.effort);
		}
		return {
			week: w.index,
			plannedSec: w.totals.backwardSec,
			doneSec: Math.round(doneSec),
			planned: w.totals.sessions,
			done,
			maxPain: pains.length > 0 ? Math.max(...pains) : undefined,
			meanEffort:
				efforts.length > 0 ? Math.round((efforts.reduce((a, b) => a + b, 0) / efforts.length) * 10) / 10 : undefined,
		};
	});
}
