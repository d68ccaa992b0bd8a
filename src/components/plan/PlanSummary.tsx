/** The plan at a glance: title, size, backward time, peak week, the screening note and the engine's warnings. */

import { builderStrings as t } from '../../i18n/builder';
import { formatRoundedDuration, type Plan, planTotals } from '../../lib';

export function PlanSummary({ plan }: { plan: Plan }) {
	const totals = planTotals(plan);
	return (
		<section className="plan-summary" aria-labelledby="plan-title">
			<h2 id="plan-title">{plan.title}</h2>
			<dl className="plan-facts">
				<div>
					<dt>{t.summary.weeks}</dt>
					<dd>{plan.weeks.length}</dd>
				</div>
				<div>
					<dt>{t.summary.sessions}</dt>
					<dd>{totals.sessions}</dd>
				</div>
				<div>
					<dt>{t.summary.totalBackward}</dt>
					<dd>{formatRoundedDuration(totals.backwardSec)}</dd>
				</div>
				<div>
					<dt>{t.summary.peakWeek}</dt>
					<dd>{t.summary.peak(totals.peakWeek, formatRoundedDuration(totals.peakBackwardSec))}</dd>
				</div>
			</dl>
			<div className="callout callout--safety plan-screening">
				<p>{plan.screening}</p>
			</div>
			{plan.warnings.length > 0 && (
				<div className="plan-warnings">
					<h3>{t.summary.goodToKnow}</h3>
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
