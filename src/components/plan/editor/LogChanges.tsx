/**
 * "What changed and why": each change the training log made that is still
 * in the plan, with the rule it followed and the check-in that set it off
 * (adaptationsInPlan in src/lib). A change the runner undid is gone from the
 * plan, so it is gone from here too.
 */
import {
	ADAPT_RULE_WORDS,
	type AdaptationRecord,
	type CheckIn,
	describeCheckIn,
	formatPlanDate,
	type Plan,
} from '../../../lib';

/** "Check-in on Thu 19 Mar 2026 after “Backward intervals: 2 × 4 min”: done, pain 5/10 (calf)." */
function checkInLine(plan: Plan, c: CheckIn | undefined): string {
	if (!c) return 'The check-in behind it is no longer in the log.';
	const title = plan.weeks.flatMap((w) => w.sessions).find((s) => s.id === c.session)?.title ?? c.session;
	return `Check-in on ${formatPlanDate(c.date, { withYear: true })} after “${title}”: ${describeCheckIn(c)}.`;
}

export function LogChanges({ plan, records }: { plan: Plan; records: readonly AdaptationRecord[] }) {
	const sessions = new Map(plan.weeks.flatMap((w) => w.sessions.map((s) => [s.id, s] as const)));
	return (
		<>
			<h3>What changed and why</h3>
			{records.length === 0 ? (
				<p>Your check-ins have not changed the plan.</p>
			) : (
				<ol className="log-changes">
					{records.map((r) => {
						const s = sessions.get(r.session);
						return (
							<li key={`${r.session}-${r.change}-${r.reason}`}>
								<p>
									<a href={`#${r.session}`}>{s ? `${formatPlanDate(s.date)}, ${s.title}` : r.session}</a>: {r.reason}
								</p>
								<p className="log-changes__why">
									{r.rule ? `Rule: ${ADAPT_RULE_WORDS[r.rule]}. ` : ''}
									{r.change === 'race' ? '' : checkInLine(plan, r.checkIn)}
								</p>
							</li>
						);
					})}
				</ol>
			)}
		</>
	);
}
