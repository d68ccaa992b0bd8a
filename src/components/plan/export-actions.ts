/**
 * What the export buttons do, loaded on the first click together with the
 * export code itself (see ExportPanel), so neither weighs on page load.
 */
import { type Plan, type Session, servedSiteUrl } from '../../lib';
import {
	type CsvSeparator,
	csvSeparatorFor,
	googleCalendarUrl,
	outlookCalendarUrl,
	parsePlanJson,
	planToCsv,
	planToIcs,
	planToJson,
} from '../../lib/export';

import { download } from '../download';

export { download };

/** A filesystem-friendly name from the plan title: "backward-5k-in-12-weeks". */
function fileStem(plan: Plan): string {
	return (
		plan.title
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'retrostride-plan'
	);
}

export type FileKind = 'ics' | 'csv' | 'json';

/** Where this site lives: the build's `siteUrl` and `base`; links in files point where the page was served from. */
export interface SiteAddress {
	siteUrl: string;
	base: string;
}

/** The address the page was served from (site-url.ts), worked out here so the page's first load skips it. */
function served(site: SiteAddress): string {
	return servedSiteUrl(window.location.origin, site.base, site.siteUrl);
}

/** Writes the plan as a file and answers what to tell the runner. */
export function exportPlan(
	plan: Plan,
	kind: FileKind,
	options: SiteAddress & { timed: boolean; timeZone: string; csvSeparator?: CsvSeparator | 'auto' },
): { ok: boolean; message: string } {
	const stem = fileStem(plan);
	const siteUrl = served(options);
	if (kind === 'ics') {
		const result = planToIcs(plan, { timed: options.timed, timeZone: options.timeZone, siteUrl });
		if (!result.ok) return { ok: false, message: result.message };
		download(`${stem}.ics`, 'text/calendar;charset=utf-8', result.value);
		const count = plan.weeks.reduce((n, w) => n + w.sessions.length, 0);
		return { ok: true, message: `Saved ${stem}.ics with ${count} sessions.` };
	}
	if (kind === 'csv') {
		// "auto": what a spreadsheet in the browser's language expects (semicolons where decimals take a comma).
		const wanted = options.csvSeparator ?? 'auto';
		const separator = wanted === 'auto' ? csvSeparatorFor(navigator.language) : wanted;
		download(`${stem}.csv`, 'text/csv;charset=utf-8', planToCsv(plan, { separator }));
	} else download(`${stem}.json`, 'application/json', planToJson(plan, { siteUrl }));
	return { ok: true, message: `Saved ${stem}.${kind}.` };
}

/**
 * Reads a plan file; a bad file leaves the current plan alone and says why.
 * Never throws: only reading the file can fail from outside (`try` wraps
 * just that), and parsePlanJson answers any text with a result.
 */
export async function importPlan(file: File): Promise<{ ok: true; plan: Plan } | { ok: false; message: string }> {
	let text: string;
	try {
		text = await file.text();
	} catch {
		return { ok: false, message: 'That file could not be read. Your current plan is unchanged.' };
	}
	const result = parsePlanJson(text);
	return result.ok
		? { ok: true, plan: result.value }
		: { ok: false, message: `${result.message} Your current plan is unchanged.` };
}

/** Every IANA zone the browser knows, with the current one first if it is missing. */
export function timeZones(current: string): string[] {
	const list = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
	return list.includes(current) ? list : [current, ...list];
}

/** "Add to Google Calendar" and "Add to Outlook" links for one session, or a message saying why not. */
export function calendarLinks(
	plan: Plan,
	session: Session,
	options: SiteAddress & { timed: boolean },
): { ok: true; google: string; outlook: string } | { ok: false; message: string } {
	const links = { timed: options.timed, siteUrl: served(options) };
	const google = googleCalendarUrl(plan, session, links);
	const outlook = outlookCalendarUrl(plan, session, links);
	if (!google.ok) return google;
	if (!outlook.ok) return outlook;
	return { ok: true, google: google.value, outlook: outlook.value };
}
