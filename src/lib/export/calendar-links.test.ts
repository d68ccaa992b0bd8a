import { describe, expect, it } from 'vitest';
import { DST_SPAN_INPUT, planOf } from '../../../test/support/plan-fixtures';
import { googleCalendarUrl, MAX_DETAILS_ENCODED, outlookCalendarUrl, shortDetails } from './calendar-links';
import { servedSiteUrl } from './site-url';
import { planLink } from './text';

const timedPlan = planOf(DST_SPAN_INPUT);
const allDayPlan = planOf({ ...DST_SPAN_INPUT, sessionTime: undefined });
const first = (plan: typeof timedPlan) => {
	const s = plan.weeks[0]?.sessions[2];
	if (s === undefined) throw new Error('no session');
	return s;
};

function url(result: { ok: true; value: string } | { ok: false; message: string }): URL {
	if (!result.ok) throw new Error(result.message);
	return new URL(result.value);
}

describe('googleCalendarUrl', () => {
	it('makes an all-day template with an exclusive end', () => {
		const session = first(allDayPlan);
		const u = url(googleCalendarUrl(allDayPlan, session));
		expect(`${u.origin}${u.pathname}`).toBe('https://calendar.google.com/calendar/render');
		expect(u.searchParams.get('action')).toBe('TEMPLATE');
		expect(u.searchParams.get('text')).toBe(session.title);
		expect(u.searchParams.get('dates')).toBe('20260304/20260305');
		expect(u.searchParams.get('details')).toContain(planLink(allDayPlan, 'https://retrostride.example'));
	});
	it('makes a timed template in UTC from the local session time', () => {
		const u = url(googleCalendarUrl(timedPlan, first(timedPlan), { timeZone: 'America/Los_Angeles' }));
		expect(u.searchParams.get('dates')).toMatch(/^20260304T143000Z\/20260304T1[45]\d{2}00Z$/);
	});
	it('encodes spaces as %20, never +', () => {
		const result = googleCalendarUrl(timedPlan, first(timedPlan));
		expect(result.ok && result.value.includes('+')).toBe(false);
	});
	it('answers a bad option with a message', () => {
		expect(googleCalendarUrl(timedPlan, first(timedPlan), { timeZone: 'Nowhere/Else' }).ok).toBe(false);
	});
});

describe('outlookCalendarUrl', () => {
	it('makes an all-day compose link', () => {
		const session = first(allDayPlan);
		const u = url(outlookCalendarUrl(allDayPlan, session));
		expect(`${u.origin}${u.pathname}`).toBe('https://outlook.live.com/calendar/0/action/compose');
		expect(u.searchParams.get('rru')).toBe('addevent');
		expect(u.searchParams.get('path')).toBe('/calendar/action/compose');
		expect(u.searchParams.get('subject')).toBe(session.title);
		expect(u.searchParams.get('allday')).toBe('true');
		expect(u.searchParams.get('startdt')).toBe('2026-03-04');
		expect(u.searchParams.get('enddt')).toBe('2026-03-05');
	});
	it('makes a timed compose link in UTC', () => {
		const u = url(outlookCalendarUrl(timedPlan, first(timedPlan), { timeZone: 'Pacific/Auckland' }));
		expect(u.searchParams.get('allday')).toBe('false');
		expect(u.searchParams.get('startdt')).toBe('2026-03-03T17:30:00Z'); // 06:30 NZDT (UTC+13) on 4 March
	});
	it('has the same details as the Google link', () => {
		const g = url(googleCalendarUrl(timedPlan, first(timedPlan)));
		const o = url(outlookCalendarUrl(timedPlan, first(timedPlan)));
		expect(o.searchParams.get('body')).toBe(g.searchParams.get('details'));
	});
});

describe('shortDetails', () => {
	it('keeps everything for a normal session, within the limit', () => {
		const session = first(timedPlan);
		const details = shortDetails(timedPlan, session, 'https://retrostride.example');
		expect(encodeURIComponent(details).length).toBeLessThanOrEqual(MAX_DETAILS_ENCODED);
		for (const note of session.safetyNotes) expect(details).toContain(note);
	});
	it('drops cues, then cuts, but always keeps the link back', () => {
		const plan = structuredClone(timedPlan);
		const session = first(plan);
		session.techniqueCues = ['Stand tall. '.repeat(40)];
		session.safetyNotes = ['长距离倒跑要注意安全。'.repeat(60)];
		const details = shortDetails(plan, session, 'https://retrostride.example');
		expect(encodeURIComponent(details).length).toBeLessThanOrEqual(MAX_DETAILS_ENCODED);
		expect(details).not.toContain('Stand tall');
		expect(details).toContain('…');
		expect(details.endsWith(planLink(plan, 'https://retrostride.example'))).toBe(true);
		expect(details).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/); // no character cut in half
	});
});

describe('servedSiteUrl', () => {
	it('links files made in the browser to the address the page came from', () => {
		expect(servedSiteUrl('https://club.example', '/retro/', 'https://retrostride.example')).toBe(
			'https://club.example/retro',
		);
		expect(servedSiteUrl('http://127.0.0.1:4321', '/', 'https://retrostride.example')).toBe('http://127.0.0.1:4321');
		// A file:// page or a sandboxed frame has no usable origin: keep the build's address.
		expect(servedSiteUrl('null', '/', 'https://retrostride.example')).toBe('https://retrostride.example');
		expect(servedSiteUrl('file://', '/', 'https://retrostride.example')).toBe('https://retrostride.example');
	});
});
