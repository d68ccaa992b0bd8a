/**
 * Plain-text descriptions of sessions shared by every export (calendar, URL
 * templates, spreadsheet), so a session reads the same wherever it lands.
 * No escaping here: each format escapes its own way.
 */

import { describeSegment } from '../plan/describe';
import { PHASE_LABELS, type Phase } from '../plan/options';
import type { Plan, Session } from '../plan/schema';
import { encodePlanShare } from './share-edits';

/** Where links back to the site point when the caller gives no `siteUrl`. */
export const DEFAULT_SITE_URL = 'https://retrostride.example';

/** The week number and phase label of a session ("Week 3 · Build"); falls back to week 0 if absent. */
export function sessionWeek(plan: Plan, session: Session): { index: number; phase: Phase; label: string } {
	const week = plan.weeks.find((w) => w.sessions.some((s) => s.id === session.id));
	const index = week?.index ?? 0;
	const phase = week?.phase ?? 'foundation';
	return { index, phase, label: `Week ${index} · ${PHASE_LABELS[phase]}` };
}

/**
 * The share link that rebuilds this plan: the input travels in the URL, so the
 * link works with no server and never goes stale (share.ts).
 *
 * Never throws.
 *
 * @example
 * planLink(plan, 'https://retrostride.example') // 'https://retrostride.example/plan/?p=v1.…'
 */
export function planLink(plan: Plan, siteUrl: string = DEFAULT_SITE_URL): string {
	return `${siteUrl.replace(/\/+$/, '')}/plan/?p=${encodePlanShare(plan.input, plan.edits)}`;
}

/**
 * True for an absolute http(s) URL, the only kind of `siteUrl` we link to
 * (a `javascript:` link in a calendar would be a trap).
 */
export function isHttpUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:';
	} catch {
		return false;
	}
}

/** Which optional parts a session description includes. */
export interface DetailParts {
	/** Technique cues ("Technique:" list). */
	cues: boolean;
	/** Safety notes ("Safety:" list). */
	safety: boolean;
}

/**
 * The body of a calendar event or spreadsheet row: the week, every segment,
 * then the technique cues and safety notes when asked for. Plain text with
 * `\n` line breaks; the caller escapes it for its format.
 *
 * @example
 * sessionDetails(plan, session, { cues: true, safety: true }).split('\n')[0] // 'Week 1 · Foundation'
 */
export function sessionDetails(plan: Plan, session: Session, parts: DetailParts): string {
	const units = plan.input.units;
	const lines = [
		sessionWeek(plan, session).label,
		...(session.skipped ? ['Skipped: this session is off the plan.'] : []),
		...(session.note !== undefined ? [`Note: ${session.note}`] : []),
		...session.segments.map((s) => describeSegment(s, units)),
	];
	if (parts.cues && session.techniqueCues.length > 0) {
		lines.push('', 'Technique:', ...session.techniqueCues.map((c) => `- ${c}`));
	}
	if (parts.safety && session.safetyNotes.length > 0) {
		lines.push('', 'Safety:', ...session.safetyNotes.map((n) => `- ${n}`));
	}
	return lines.join('\n');
}

/** The last line of every calendar description: where the whole plan lives. */
export function planLinkLine(plan: Plan, siteUrl: string): string {
	return `Your plan: ${planLink(plan, siteUrl)}`;
}
