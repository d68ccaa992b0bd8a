/**
 * Small formatters the plan views share (builder, print sheet, player).
 * Dates stay yyyy-mm-dd strings everywhere in the domain; here they are read
 * as UTC calendar dates and formatted in UTC, so they show the same day in
 * every zone. Intl rather than date-fns `format`: this runs on the builder
 * page, where `format` and its locale would add about 7 KB gzip to a page
 * with a 95 KB budget.
 */
import type { Plan } from '../plan/schema';

const SHORT = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const WITH_YEAR = new Intl.DateTimeFormat('en-GB', {
	weekday: 'short',
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	timeZone: 'UTC',
});

/**
 * A plan date as a runner reads it on a schedule.
 *
 * Never throws: a date it cannot read is shown as written.
 *
 * @example
 * formatPlanDate('2026-03-03') // 'Tue 3 Mar'
 * formatPlanDate('2026-03-03', { withYear: true }) // 'Tue 3 Mar 2026'
 */
export function formatPlanDate(date: string, options: { withYear?: boolean } = {}): string {
	const d = new Date(`${date}T00:00:00Z`);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(d.getTime())) return date;
	return (options.withYear ? WITH_YEAR : SHORT).format(d).replace(',', '');
}

/**
 * Today's date where the runner is, as yyyy-mm-dd (the start of "next Monday").
 *
 * Never throws.
 *
 * @example
 * localToday(new Date(2026, 10, 25, 23, 30)) // '2026-11-25', whatever UTC says
 */
export function localToday(now: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Totals a summary shows: sessions, backward time and the peak week.
 *
 * Never throws.
 */
export function planTotals(plan: Plan): {
	sessions: number;
	backwardSec: number;
	peakWeek: number;
	peakBackwardSec: number;
} {
	let sessions = 0;
	let backwardSec = 0;
	let peakWeek = 1;
	let peakBackwardSec = -1;
	for (const w of plan.weeks) {
		sessions += w.totals.sessions;
		backwardSec += w.totals.backwardSec;
		if (w.totals.backwardSec > peakBackwardSec) {
			peakBackwardSec = w.totals.backwardSec;
			peakWeek = w.index;
		}
	}
	return { sessions, backwardSec, peakWeek, peakBackwardSec: Math.max(0, peakBackwardSec) };
}

/** Where today falls in a plan, for the schedule's "today" line. */
export type PlanToday =
	| { when: 'before'; startDate: string; days: number }
	| { when: 'during'; week: number; sessionId?: string | undefined; nextSessionId?: string | undefined }
	| { when: 'after'; endDate: string };

/**
 * Where `today` (yyyy-mm-dd, the runner's local date) falls in `plan`: before
 * it starts (and in how many days), in which week and on which session, or
 * after it ends. A runner opening the plan on their phone wants today's
 * session first, and "starts in 4 days" when it has not begun.
 *
 * Never throws.
 *
 * @example
 * planToday(plan, '2026-03-03') // { when: 'during', week: 1, sessionId: 'w01-s1', nextSessionId: 'w01-s1' }
 */
export function planToday(plan: Plan, today: string): PlanToday {
	const first = plan.weeks[0];
	const last = plan.weeks.at(-1);
	if (!first || !last || today < first.startDate) {
		const start = first?.startDate ?? today;
		const days = Math.round((Date.parse(`${start}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
		return { when: 'before', startDate: start, days };
	}
	if (today > last.endDate) return { when: 'after', endDate: last.endDate };
	const week = plan.weeks.find((w) => w.startDate <= today && today <= w.endDate) ?? last;
	const sessions = plan.weeks.flatMap((w) => w.sessions);
	return {
		when: 'during',
		week: week.index,
		sessionId: sessions.find((s) => s.date === today)?.id,
		nextSessionId: sessions.find((s) => s.date >= today)?.id,
	};
}
