/**
 * The squad at a glance: each athlete with a plan, its summary, what the
 * plan says to know, and a link that opens it in the builder: the share
 * code carries the settings and the coach's edits, and the athlete's opaque
 * id lets the builder save new edits back here; never the name.
 */
import { coachStrings } from '../../i18n/coach';
import { formatPlanDate, WEEKDAY_OPTIONS } from '../../lib';
import { ATHLETE_PARAM, type SquadAthlete } from '../../lib/roster';

const t = coachStrings.squad;
const DAY_NAMES = Object.fromEntries(WEEKDAY_OPTIONS.map((o) => [o.value, o.label.slice(0, 3)]));

/**
 * The builder on this athlete's plan: /coach/plan/ (the builder with the roster's line) with the id that lets
 * it save edits back to the roster, never the name; the plain builder for a row not yet given an id.
 */
function builderLink(base: string, a: SquadAthlete): string {
	if (a.id === undefined) return `${base}plan/?p=${a.code}`;
	return `${base}coach/plan/?p=${a.code}&${ATHLETE_PARAM}=${a.id}`;
}

export function SquadTable({ athletes, base }: { athletes: SquadAthlete[]; base: string }) {
	return (
		<section className="coach-panel" aria-labelledby="squad-heading">
			<h2 id="squad-heading">{t.heading}</h2>
			{athletes.length > 0 && <p>{t.editsHint}</p>}
			{athletes.length === 0 ? (
				<p>{t.empty}</p>
			) : (
				// biome-ignore lint/a11y/noNoninteractiveTabindex: on a narrow screen the table scrolls sideways, so keyboard users must reach it (WCAG 2.1.1)
				<section className="table-scroll" tabIndex={0} aria-label={t.caption(athletes.length)}>
					<table className="squad-table">
						<caption>{t.caption(athletes.length)}</caption>
						<thead>
							<tr>
								<th scope="col">{t.athlete}</th>
								<th scope="col">{t.plan}</th>
								<th scope="col">{t.warnings}</th>
								<th scope="col">{t.link}</th>
							</tr>
						</thead>
						<tbody>
							{athletes.map((a) => {
								const last = a.plan.weeks.at(-1)?.endDate ?? a.input.startDate;
								return (
									<tr key={a.row}>
										<th scope="row">{a.name}</th>
										<td>
											<strong>{a.plan.title}</strong>
											<br />
											{t.dates(
												formatPlanDate(a.input.startDate, { withYear: true }),
												formatPlanDate(a.input.raceDate ?? last, { withYear: true }),
												a.plan.weeks.length,
											)}
											<br />
											{t.days}: {a.input.days.map((d) => DAY_NAMES[d] ?? d).join(', ')}
											{a.input.sessionTime ? ` at ${a.input.sessionTime}` : ''}
											{a.edited > 0 && (
												<>
													<br />
													<span className="squad-table__edited">{t.edited(a.edited)}</span>
												</>
											)}
										</td>
										<td>
											{a.plan.warnings.length === 0 ? (
												t.none
											) : (
												<ul className="squad-table__warnings">
													{a.plan.warnings.map((w) => (
														<li key={w}>{w}</li>
													))}
												</ul>
											)}
										</td>
										<td>
											<a href={builderLink(base, a)}>{t.open(a.name)}</a>
										</td>
									</tr>
								);
							})}
						</tbody>
					</table>
				</section>
			)}
		</section>
	);
}
