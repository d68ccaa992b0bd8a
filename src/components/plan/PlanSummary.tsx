/** The plan at a glance: title, size, backward time, peak week, the screening note and the engine's warnings. */
import { formatDuration, type Plan, planTotals } from '../../lib';

export function PlanSummary({ plan }: { plan: Plan }) {
	const t = planTotals(plan);
	return (
		<section className="plan-summary" aria-labelledby="plan-title">
			<h2 id="plan-title">{plan.title}</h2>
			<dl className="plan-facts">
				<div>
					<dt>Weeks</dt>
					<dd>{plan.weeks.length}</dd>
				</div>
				<div>
					<dt>Sessions</dt>
					<dd>{t.sessions}</dd>
				</div>
				<div>
					<dt>Total backward time</dt>
					<dd>{formatDuration(t.backwardSec)}</dd>
				</div>
				<div>
					<dt>Peak week</dt>
					<dd>
						Week {t.peakWeek} ({formatDuration(t.peakBackwardSec)} backward)
					</dd>
				</div>
			</dl>
			<div className="callout callout--safety plan-screening">
				<p>{plan.screening}</p>
			</div>
			{plan.warnings.length > 0 && (
				<div className="plan-warnings">
					<h3>Good to know</h3>
					<ul>
						{plan.warnings.map((w) => (
							<li key={w}>{w}</li>
						))}
					</ul>
				</div>
			)}
		</section>
	);
}
