/**
 * The club widget's header: the club's name and the "Powered by" link
 * (opening in a new tab, never replacing the club's page). Widget settings
 * that were ignored go to the console, for the club's webmaster, not to
 * every member (the configurator shows them too). It also keeps the iframe as tall as the builder and tells the
 * club's page about each new plan (embed-frame.ts). Loaded only in the widget
 * (/embed/plan/), never on /plan/.
 */
import { type RefObject, useEffect } from 'react';
import { cohortHeadline, type EmbedConfig, type Plan, servedSiteUrl } from '../../lib';
import { postToParent, reportHeight } from './embed-frame';

export interface EmbedHeaderProps {
	/** The club's settings, once read from the widget's address. */
	club: EmbedConfig | undefined;
	/** Settings that were ignored, each in a sentence naming the bad value: written to the console. */
	notices: readonly string[];
	/** The build's site URL and base path: "Powered by" points where the widget was served from. */
	siteUrl: string;
	base: string;
	/** The builder's root element, whose height the club's iframe follows. */
	root: RefObject<HTMLDivElement | null>;
	/** Each new valid plan, once restored (a club can count plans made). */
	plan: Plan | undefined;
}

export default function EmbedHeader({ club, notices, siteUrl, base, root, plan }: EmbedHeaderProps) {
	const servedUrl = servedSiteUrl(window.location.origin, base, siteUrl);
	useEffect(() => {
		const content = root.current;
		return content ? reportHeight(content) : undefined;
	}, [root]);

	// For the club, not its members: a webmaster checking their page sees each ignored value here.
	useEffect(() => {
		for (const n of notices) console.warn(`Retrostride widget: ${n}`);
	}, [notices]);

	useEffect(() => {
		if (!plan) return;
		const detail = {
			id: plan.id,
			title: plan.title,
			weeks: plan.weeks.length,
			sessions: plan.weeks.reduce((n, w) => n + w.sessions.length, 0),
		};
		postToParent({ source: 'retrostride', type: 'plan', detail });
	}, [plan]);

	const first = plan?.weeks[0];
	const cohort = club && cohortHeadline(club, first && { weeks: plan.weeks.length, startDate: first.startDate });
	return (
		<header className="embed-header">
			<p className="embed-header__title">{club?.club ? `Plan with ${club.club}` : 'Plan your backward running'}</p>
			{cohort && <p className="embed-header__cohort">{cohort}</p>}
			<a href={`${servedUrl}/`} target="_blank" rel="noopener">
				Powered by Retrostride (opens in a new tab)
			</a>
		</header>
	);
}
