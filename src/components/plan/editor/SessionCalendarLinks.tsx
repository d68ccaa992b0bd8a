/**
 * "Add to Google Calendar" and "Add to Outlook" for one session. Rendered only
 * when a session is opened; the calendar code loads with the first one (the
 * same on-demand chunk as the file exports), so the page does not pay for it.
 * Times follow the builder's session time in the runner's own zone (the
 * exports' default).
 */
import { useEffect, useState } from 'react';
import type { Plan, Session } from '../../../lib';

export interface SessionCalendarLinksProps {
	plan: Plan;
	session: Session;
	/** The build's site URL and base path: links in events point where the page was served from. */
	siteUrl: string;
	base: string;
}

export function SessionCalendarLinks({ plan, session, siteUrl, base }: SessionCalendarLinksProps) {
	const [links, setLinks] = useState<{ google: string; outlook: string } | undefined>(undefined);
	const [problem, setProblem] = useState('');

	useEffect(() => {
		let cancelled = false;
		// The failure handler covers loading the code only (then's second argument): a bug in
		// calendarLinks surfaces in the console instead of blaming the runner's connection.
		import('../export-actions').then(
			(actions) => {
				if (cancelled) return;
				const result = actions.calendarLinks(plan, session, {
					timed: plan.input.sessionTime !== undefined,
					siteUrl,
					base,
				});
				if (result.ok) setLinks(result);
				else setProblem(result.message);
			},
			() => {
				if (!cancelled) setProblem('Calendar links could not be loaded. Check your connection.');
			},
		);
		return () => {
			cancelled = true;
		};
	}, [plan, session, siteUrl, base]);

	if (problem) return <p className="field__hint">{problem}</p>;
	if (!links) return <p className="field__hint">Preparing calendar links…</p>;
	return (
		<p className="session__calendar">
			<a href={links.google} target="_blank" rel="noopener">
				Add to Google Calendar
			</a>{' '}
			·{' '}
			<a href={links.outlook} target="_blank" rel="noopener">
				Add to Outlook
			</a>
		</p>
	);
}
