/**
 * The group session sheet on one page: everyone's warm-up, then a row per
 * athlete (or per group doing the same blocks) with their main blocks in
 * order, then everyone's cool-down, and who has no session that day.
 */
import { coachStrings } from '../../i18n/coach';
import { formatPlanDate } from '../../lib';
import type { SessionSheet } from '../../lib/roster';
import { PrintToolbar } from './PrintToolbar';

const t = coachStrings.print;

export function SessionSheetView({ sheet, onBack }: { sheet: SessionSheet; onBack: () => void }) {
	return (
		<div className="print-page coach-print">
			<PrintToolbar onBack={onBack} />
			<article className="sheet session-sheet" aria-labelledby="coach-view-heading">
				<h2 id="coach-view-heading" tabIndex={-1}>
					{t.sessionTitle(formatPlanDate(sheet.date, { withYear: true }))}
				</h2>
				{sheet.groups.length === 0 ? (
					<p>{t.nobody}</p>
				) : (
					<>
						<h3>{t.together}</h3>
						<dl className="session-sheet__together">
							<div>
								<dt>1. {t.warmUp}</dt>
								<dd>{sheet.warmUp ?? t.noWarmUp}</dd>
							</div>
						</dl>
						<h3>2. {t.groups}</h3>
						{/* biome-ignore lint/a11y/noNoninteractiveTabindex: on a narrow screen the table scrolls sideways, so keyboard users must reach it (WCAG 2.1.1) */}
						<section className="table-scroll" tabIndex={0} aria-label={t.groups}>
							<table className="session-sheet__table">
								<thead>
									<tr>
										<th scope="col">{t.who}</th>
										<th scope="col">{t.session}</th>
										<th scope="col">{t.blocks}</th>
									</tr>
								</thead>
								<tbody>
									{sheet.groups.map((g) => (
										<tr key={g.names.join('\n')}>
											<th scope="row">{g.names.join(', ')}</th>
											<td>{g.title}</td>
											<td>
												<ol className="session-sheet__blocks">
													{g.blocks.map((b, i) => (
														// biome-ignore lint/suspicious/noArrayIndexKey: the same block may come twice in a session
														<li key={i}>{b}</li>
													))}
												</ol>
											</td>
										</tr>
									))}
								</tbody>
							</table>
						</section>
						<dl className="session-sheet__together">
							<div>
								<dt>3. {t.coolDown}</dt>
								<dd>{sheet.coolDown ?? t.noCoolDown}</dd>
							</div>
						</dl>
					</>
				)}
				{sheet.resting.length > 0 && (
					<p>
						<strong>{t.resting}:</strong> {sheet.resting.join(', ')}
					</p>
				)}
			</article>
		</div>
	);
}
