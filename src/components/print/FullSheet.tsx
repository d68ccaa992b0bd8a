/**
 * The full sheet: one table per week (a week never splits across pages, see
 * print-sheet.css), then the safety summary. Backward and forward are told
 * apart by column headings and the letters B and F, never by colour alone.
 */
import {
	type EditWarning,
	formatPlanDate,
	formatRoundedDuration,
	PHASE_LABELS,
	type Plan,
	printSafetySummary,
	printSession,
	type Week,
} from '../../lib';
import { TickBox } from './TickBox';

function Lines({ items, empty }: { items: readonly string[]; empty: string }) {
	if (items.length === 0) {
		return (
			<>
				<span aria-hidden="true">–</span>
				<span className="visually-hidden">{empty}</span>
			</>
		);
	}
	return (
		<ul className="cell-lines">
			{items.map((t) => (
				<li key={t}>{t}</li>
			))}
		</ul>
	);
}

/** 'Tue 3 Mar', with the weekday on a line of its own on paper (the session cell beside it has two lines anyway). */
function DateLabel({ text }: { text: string }) {
	const [weekday = '', ...rest] = text.split(' ');
	return (
		<>
			<span className="week-table__weekday">{weekday}</span> {rest.join(' ')}
		</>
	);
}

function WeekTable({ week, units }: { week: Week; units: Plan['input']['units'] }) {
	const backward = week.totals.backwardSec;
	return (
		// biome-ignore lint/a11y/noNoninteractiveTabindex: on a narrow screen the table scrolls sideways, so keyboard users must reach it (WCAG 2.1.1)
		<section className="sheet-week table-scroll" aria-label={`Week ${week.index}`} tabIndex={0}>
			<table className="week-table">
				<caption>
					<span className="week-table__title">{`Week ${week.index}`}</span>
					<span className="week-table__meta">
						{' '}
						· {PHASE_LABELS[week.phase]} · {formatPlanDate(week.startDate)} to {formatPlanDate(week.endDate)} ·{' '}
						{week.totals.sessions} {week.totals.sessions === 1 ? 'session' : 'sessions'}
						{backward > 0 ? `, ${formatRoundedDuration(backward)} backward in all` : ''}
					</span>
				</caption>
				<colgroup>
					<col className="col-date" />
					<col className="col-session" />
					<col className="col-backward" />
					<col className="col-forward" />
					<col className="col-pace" />
					<col className="col-notes" />
					<col className="col-done" />
				</colgroup>
				<thead>
					<tr>
						<th scope="col">Date</th>
						<th scope="col">Session</th>
						<th scope="col">B: backward</th>
						<th scope="col">F: forward</th>
						<th scope="col">Pace (min/{units})</th>
						<th scope="col">Notes</th>
						<th scope="col">Done</th>
					</tr>
				</thead>
				<tbody>
					{week.sessions.map((s) => {
						const row = printSession(s, units);
						return (
							<tr key={s.id}>
								<th scope="row" className="week-table__date">
									<DateLabel text={row.dateLabel} />
								</th>
								<td>
									<span className="week-table__kind">{row.kindLabel}</span>{' '}
									<span className="week-table__time">{row.durationLabel}</span>
								</td>
								<td>
									<Lines items={row.backward.map((b) => `B ${b}`)} empty="No backward running" />
								</td>
								<td>
									<Lines items={row.forward.map((f) => `F ${f}`)} empty="No forward running" />
								</td>
								<td>
									<Lines items={row.paces} empty="Go by effort" />
								</td>
								<td>
									<Lines items={row.notes} empty="No notes" />
								</td>
								<td className="tick-cell">
									<TickBox />
								</td>
							</tr>
						);
					})}
					{week.sessions.length === 0 && (
						<tr>
							<td colSpan={7}>Rest week: no sessions.</td>
						</tr>
					)}
				</tbody>
			</table>
		</section>
	);
}

export function FullSheet({ plan, editWarnings = [] }: { plan: Plan; editWarnings?: readonly EditWarning[] }) {
	return (
		<div className="full-sheet">
			{plan.weeks.map((w) => (
				<WeekTable key={w.index} week={w} units={plan.input.units} />
			))}
			<section className="sheet-safety" aria-labelledby="sheet-safety-heading">
				<h2 id="sheet-safety-heading">Safety summary</h2>
				<p>{plan.screening}</p>
				<ul>
					{printSafetySummary(plan, editWarnings).map((n) => (
						<li key={n}>{n}</li>
					))}
				</ul>
			</section>
		</div>
	);
}
