/**
 * The fridge sheet: week rows × weekday columns, one short cell per session
 * (day, kind, B amounts, F amounts, a tick box). Twelve weeks per page; a
 * longer plan continues on the next page and the sheet says so.
 */
import {
	FRIDGE_WEEKS_PER_PAGE,
	type FridgePage,
	formatWeekRange,
	fridgeColumns,
	fridgePages,
	PHASE_LABELS,
	type Plan,
	printSession,
	STOP_RULE,
	sessionOn,
	WEEKDAY_OPTIONS,
	type Weekday,
} from '../../lib';
import { TickBox } from './TickBox';

const DAY_NAMES = Object.fromEntries(WEEKDAY_OPTIONS.map((o) => [o.value, o.label])) as Record<Weekday, string>;

function FridgeTable({ plan, page, columns }: { plan: Plan; page: FridgePage; columns: Weekday[] }) {
	const units = plan.input.units;
	const many = page.pageCount > 1;
	const className = `fridge-page table-scroll${page.pageNumber > 1 ? ' fridge-page--next' : ''}`;
	const label = `Weeks ${page.firstWeek} to ${page.lastWeek}`;
	return (
		// biome-ignore lint/a11y/noNoninteractiveTabindex: on a narrow screen the grid scrolls sideways, so keyboard users must reach it (WCAG 2.1.1)
		<section className={className} aria-label={label} tabIndex={0}>
			{page.pageNumber > 1 && (
				<p className="fridge-page__continued">
					{plan.title}, continued: page {page.pageNumber} of {page.pageCount}
				</p>
			)}
			<table className="fridge">
				<caption>
					Weeks {page.firstWeek}–{page.lastWeek}
					{many ? ` (page ${page.pageNumber} of ${page.pageCount})` : ''}
				</caption>
				<thead>
					<tr>
						<th scope="col" className="fridge__week-col">
							Week
						</th>
						{columns.map((d) => (
							<th key={d} scope="col">
								<abbr title={DAY_NAMES[d]}>{DAY_NAMES[d].slice(0, 3)}</abbr>
							</th>
						))}
					</tr>
				</thead>
				<tbody>
					{page.weeks.map((w) => (
						<tr key={w.index}>
							<th scope="row" className="fridge__week">
								<span className="fridge__week-name">{`Week ${w.index}`}</span>
								<span className="fridge__phase">{PHASE_LABELS[w.phase]}</span>
								<span className="fridge__dates">{formatWeekRange(w.startDate, w.endDate)}</span>
							</th>
							{columns.map((d) => {
								const s = sessionOn(w, d);
								if (!s) {
									return (
										<td key={d} className="fridge__rest">
											<span aria-hidden="true">–</span>
											<span className="visually-hidden">Rest</span>
										</td>
									);
								}
								const row = printSession(s, units);
								return (
									<td key={d}>
										<span className="fridge__top">
											<span>
												<span className="fridge__day">{row.dayLabel}</span>{' '}
												<span className="fridge__kind">{row.shortKind}</span>
											</span>
											<TickBox />
										</span>
										{row.backwardShort && <span className="fridge__amount">B {row.backwardShort}</span>}
										{row.forwardShort && <span className="fridge__amount">F {row.forwardShort}</span>}
									</td>
								);
							})}
						</tr>
					))}
				</tbody>
			</table>
		</section>
	);
}

export function FridgeSheet({ plan }: { plan: Plan }) {
	const pages = fridgePages(plan);
	const columns = fridgeColumns(plan);
	const pageCount = pages.length;
	return (
		<div className="fridge-sheet">
			{pageCount > 1 && (
				<p className="fridge-sheet__note">
					This plan has {plan.weeks.length} weeks. The fridge sheet fits {FRIDGE_WEEKS_PER_PAGE} weeks per page, so it
					continues on {pageCount === 2 ? 'a second page' : `${pageCount - 1} more pages`}.
				</p>
			)}
			{pages.map((p) => (
				<FridgeTable key={p.pageNumber} plan={plan} page={p} columns={columns} />
			))}
			<p className="fridge-sheet__stop">
				<strong>Stop rule:</strong> {STOP_RULE} Paces and details of every session: the full sheet, or scan the code.
			</p>
		</div>
	);
}
