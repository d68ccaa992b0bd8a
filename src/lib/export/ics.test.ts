import fc from 'fast-check';
import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { BIG_INPUT, DST_SPAN_INPUT, planOf, validInput } from '../../../test/support/plan-fixtures';
import { addDays } from '../plan/dates';
import { generatePlan } from '../plan/generate';
import type { Plan } from '../plan/schema';
import { escapeText, foldLine, planToIcs, sanitizeText } from './ics';
import { planLink } from './text';

const NOW = new Date('2026-02-01T08:00:00Z');
const ZONES = ['UTC', 'America/Los_Angeles', 'Europe/London', 'Pacific/Auckland'] as const;

function ics(plan: Plan, options: Parameters<typeof planToIcs>[1] = {}): string {
	const result = planToIcs(plan, { now: NOW, timeZone: 'UTC', ...options });
	if (!result.ok) throw new Error(result.message);
	return result.value;
}

function sessionsOf(plan: Plan) {
	return plan.weeks.flatMap((w) => w.sessions);
}

/** ical.js events, in file order. */
function icalEvents(text: string) {
	const component = new ICAL.Component(ICAL.parse(text));
	return component.getAllSubcomponents('vevent').map((v) => ({ component: v, event: new ICAL.Event(v) }));
}

/** node-ical events, in file order. */
function nodeIcalEvents(text: string) {
	return Object.values(nodeIcal.sync.parseICS(text)).filter(
		(c): c is VEvent => c !== undefined && 'type' in c && c.type === 'VEVENT',
	);
}

/** 'yyyy-mm-dd HH:mm' of an instant on a zone's wall clock. */
function wallClock(date: Date, timeZone: string): string {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
	}).formatToParts(date);
	const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** ical.js's own TEXT decoder, for properties it does not know (NAME, X-WR-CALNAME). */
const icalText = (raw: string): string => ICAL.design.icalendar.value.text.fromICAL(raw);

/** Octet length of a string in UTF-8. */
const octets = (s: string) => new TextEncoder().encode(s).length;

const dstPlan = planOf(DST_SPAN_INPUT);
const allDayPlan = planOf({ ...DST_SPAN_INPUT, sessionTime: undefined });

describe('escapeText (RFC 5545 §3.3.11)', () => {
	it('escapes backslash first, then ; , and line breaks', () => {
		expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
		expect(escapeText('\\n')).toBe('\\\\n'); // a literal backslash-n stays literal
	});
	it('drops control characters RFC 5545 forbids and repairs lone surrogates', () => {
		expect(sanitizeText('a\u0000b\u0007c\u007fd\te')).toBe('abcd\te');
		expect(sanitizeText('x\uD83Dy')).toBe('x\uFFFDy');
		expect(sanitizeText('🏃‍♀️')).toBe('🏃‍♀️');
	});
});

describe('foldLine (RFC 5545 §3.1)', () => {
	it('leaves short lines alone', () => {
		expect(foldLine('SUMMARY:Easy')).toBe('SUMMARY:Easy');
		expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
	});
	it('folds at 75 octets with a leading space on continuations', () => {
		const folded = foldLine('X'.repeat(76 + 74));
		expect(folded.split('\r\n')).toEqual(['X'.repeat(75), ` ${'X'.repeat(74)}`, ' X']);
	});
	it('never splits a multi-byte character', () => {
		for (const ch of ['é', '中', '🏃']) {
			const folded = foldLine(`DESCRIPTION:${ch.repeat(100)}`);
			for (const part of folded.split('\r\n')) {
				expect(octets(part)).toBeLessThanOrEqual(75);
				expect(part.replace(/^ /, '').replace('DESCRIPTION:', '')).toMatch(new RegExp(`^(${ch})+$`, 'u'));
			}
			expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${ch.repeat(100)}`);
		}
	});
});

describe('planToIcs: file structure', () => {
	const text = ics(dstPlan);
	const lines = text.split('\r\n');

	it('uses CRLF only, ends with CRLF, and keeps every line within 75 octets', () => {
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
	});

	it('has the calendar header of a publishable calendar', () => {
		expect(lines.slice(0, 7)).toEqual([
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:-//Retrostride//Plan export 1//EN',
			'CALSCALE:GREGORIAN',
			'METHOD:PUBLISH',
			`NAME:${escapeText(dstPlan.title)}`,
			`X-WR-CALNAME:${escapeText(dstPlan.title)}`,
		]);
		expect(ics(dstPlan, { calendarName: 'Club, "Retro" run; Tuesday' })).toContain(
			'X-WR-CALNAME:Club\\, "Retro" run\\; Tuesday\r\n',
		);
	});

	it('parses in ical.js and node-ical with one event per session', () => {
		const count = sessionsOf(dstPlan).length;
		expect(count).toBeGreaterThan(30);
		expect(icalEvents(text)).toHaveLength(count);
		expect(nodeIcalEvents(text)).toHaveLength(count);
	});

	it('gives each event the session title, details, link, categories and stamp', () => {
		const sessions = sessionsOf(dstPlan);
		const link = planLink(dstPlan, 'https://retrostride.example');
		icalEvents(text).forEach(({ component, event }, i) => {
			const session = sessions[i];
			if (session === undefined) throw new Error('missing session');
			expect(event.summary).toBe(session.title);
			expect(event.description).toContain(link);
			for (const note of [...session.techniqueCues, ...session.safetyNotes]) expect(event.description).toContain(note);
			for (const seg of session.segments) {
				if (seg.pace !== undefined) expect(event.description).toMatch(/pace \d+:\d\d-\d+:\d\d \/km/);
			}
			expect(component.getFirstPropertyValue('url')).toBe(link);
			expect(component.getFirstProperty('categories')?.getValues()).toContain('Retrostride');
			expect(String(component.getFirstPropertyValue('dtstamp'))).toBe('2026-02-01T08:00:00Z');
			expect(component.getFirstPropertyValue('sequence')).toBe(0);
		});
	});

	it('adds a display reminder from the plan, from an option, or none', () => {
		const alarm = icalEvents(text)[0]?.component.getFirstSubcomponent('valarm');
		expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
		expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-PT30M');
		expect(ics(dstPlan, { reminderMinutes: 90 })).toContain('TRIGGER:-PT90M\r\n');
		expect(ics(dstPlan, { reminderMinutes: null })).not.toContain('VALARM');
		expect(ics(planOf({ ...DST_SPAN_INPUT, reminderMinutes: undefined }))).not.toContain('VALARM');
	});

	it('writes SEQUENCE from the option', () => {
		expect(ics(dstPlan, { sequence: 3 })).toContain('SEQUENCE:3\r\n');
	});
});

describe('planToIcs: UIDs', () => {
	it('are unique within a file', () => {
		const uids = icalEvents(ics(planOf(BIG_INPUT))).map((e) => e.event.uid);
		expect(new Set(uids).size).toBe(uids.length);
	});
	it('are equal across two exports of the same plan, at different times and in different zones', () => {
		const a = icalEvents(ics(dstPlan)).map((e) => e.event.uid);
		const b = icalEvents(ics(planOf(DST_SPAN_INPUT), { now: new Date(), timeZone: 'Asia/Tokyo' })).map(
			(e) => e.event.uid,
		);
		expect(b).toEqual(a);
	});
	it('stay the same when only the run time or the reminder changes, so a re-import moves events instead of doubling them', () => {
		const a = icalEvents(ics(dstPlan)).map((e) => e.event.uid);
		const moved = planOf({ ...DST_SPAN_INPUT, sessionTime: '18:15', reminderMinutes: 60 });
		const b = icalEvents(ics(moved)).map((e) => e.event.uid);
		expect(b).toEqual(a);
	});
	it('differ for a different plan', () => {
		const a = new Set(icalEvents(ics(dstPlan)).map((e) => e.event.uid));
		const other = icalEvents(ics(planOf({ ...DST_SPAN_INPUT, startDate: '2026-03-09' }))).map((e) => e.event.uid);
		for (const uid of other) expect(a.has(uid)).toBe(false);
	});
});

describe('planToIcs: all-day events', () => {
	const text = ics(allDayPlan, { timeZone: 'Pacific/Auckland' });
	const sessions = sessionsOf(allDayPlan);

	it('are DATE values with an exclusive next-day end and never a TZID', () => {
		expect(text).not.toContain('TZID');
		expect(text).toContain('DTSTART;VALUE=DATE:20260302\r\nDTEND;VALUE=DATE:20260303\r\n');
		icalEvents(text).forEach(({ event }, i) => {
			const session = sessions[i];
			expect(event.startDate.isDate).toBe(true);
			expect(event.startDate.toString()).toBe(session?.date);
			expect(event.endDate.toString()).toBe(addDays(session?.date ?? '', 1));
		});
	});

	it('land on the planned day in node-ical', () => {
		nodeIcalEvents(text).forEach((event, i) => {
			const start = event.start;
			expect(start?.dateOnly).toBe(true);
			const day = `${start?.getFullYear()}-${String((start?.getMonth() ?? 0) + 1).padStart(2, '0')}-${String(start?.getDate()).padStart(2, '0')}`;
			expect(day).toBe(sessions[i]?.date);
		});
	});

	it('are the default without a session time, and can be forced with timed: false', () => {
		expect(text).not.toMatch(/DTSTART:\d/);
		expect(ics(dstPlan, { timed: false })).not.toMatch(/DTSTART:\d/);
	});
});

describe('planToIcs: timed events across DST changes', () => {
	const sessions = sessionsOf(dstPlan);
	it('spans the US, EU and NZ clock changes', () => {
		const dates = sessions.map((s) => s.date);
		for (const day of ['2026-03-08', '2026-03-29', '2026-04-05']) expect(dates).toContain(day);
	});

	for (const zone of ZONES) {
		it(`start at 06:30 local on every date in ${zone} (ical.js and node-ical)`, () => {
			const text = ics(dstPlan, { timeZone: zone });
			const viaIcalJs = icalEvents(text).map(({ event }) => wallClock(event.startDate.toJSDate(), zone));
			const viaNodeIcal = nodeIcalEvents(text).map((e) => wallClock(e.start ?? new Date(Number.NaN), zone));
			const expected = sessions.map((s) => `${s.date} 06:30`);
			expect(viaIcalJs).toEqual(expected);
			expect(viaNodeIcal).toEqual(expected);
		});
	}

	it('last the estimated duration rounded up to 5 minutes', () => {
		icalEvents(ics(dstPlan, { timeZone: 'Europe/London' })).forEach(({ event }, i) => {
			const minutes = (event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()) / 60_000;
			const estimate = (sessions[i]?.estimatedDurationSec ?? 0) / 60;
			expect(minutes % 5).toBe(0);
			expect(minutes).toBeGreaterThanOrEqual(estimate);
			expect(minutes - estimate).toBeLessThan(5);
		});
	});

	it('move a time that does not exist (spring-forward gap) an hour later, like calendar apps', () => {
		const text = ics(dstPlan, { timeZone: 'America/Los_Angeles', sessionTime: '02:30' });
		const starts = icalEvents(text).map(({ event }) => wallClock(event.startDate.toJSDate(), 'America/Los_Angeles'));
		expect(starts).toContain('2026-03-08 03:30');
		expect(starts.filter((s) => !s.startsWith('2026-03-08')).every((s) => s.endsWith('02:30'))).toBe(true);
	});

	it('use UTC DATE-TIME values only', () => {
		const text = ics(dstPlan, { timeZone: 'Pacific/Auckland' });
		expect(text).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/);
		expect(text).not.toContain('TZID');
		expect(text).not.toContain('VALUE=DATE');
	});
});

describe('planToIcs: reminders ring at the time the runner chose', () => {
	/** Each event's date and its alarm's absolute time on `zone`'s wall clock, read back by ical.js and node-ical. */
	function alarms(text: string, zone: string) {
		const fromIcalJs = icalEvents(text).map(({ event, component }) => {
			const trigger = component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger');
			const start = event.startDate;
			const at =
				trigger instanceof ICAL.Time
					? trigger.toJSDate()
					: (() => {
							const when = start.clone();
							when.addDuration(trigger as ICAL.Duration);
							return when.toJSDate();
						})();
			return { date: start.toString().slice(0, 10), at: wallClock(at, zone) };
		});
		// node-ical keeps an absolute trigger as its raw UTC text ("20260302T060000Z").
		const fromNodeIcal = nodeIcalEvents(text).map((e) => {
			const trigger = (e as unknown as { alarms?: { trigger?: { val?: string } }[] }).alarms?.[0]?.trigger?.val ?? '';
			const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(trigger);
			return m ? new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`) : undefined;
		});
		return { fromIcalJs, fromNodeIcal };
	}

	for (const zone of ['Europe/Berlin', 'America/New_York', 'Pacific/Auckland'] as const) {
		it(`all-day sessions ring on the day at 07:00 in ${zone}, the DST change days included`, () => {
			const text = ics(allDayPlan, { timeZone: zone, reminderMinutes: -420 });
			expect(text).not.toContain('TRIGGER:-PT');
			const { fromIcalJs, fromNodeIcal } = alarms(text, zone);
			expect(fromIcalJs.length).toBe(sessionsOf(allDayPlan).length);
			for (const a of fromIcalJs) expect(a.at).toBe(`${a.date} 07:00`);
			// node-ical reads the same absolute instants.
			expect(fromNodeIcal.length).toBe(fromIcalJs.length);
			for (const [i, trigger] of fromNodeIcal.entries()) {
				expect(trigger, 'node-ical reads the trigger').toBeInstanceOf(Date);
				if (trigger) expect(wallClock(trigger, zone)).toBe(`${fromIcalJs[i]?.date} 07:00`);
			}
		});

		it(`all-day sessions ring the evening before at 20:00 in ${zone}`, () => {
			const { fromIcalJs } = alarms(ics(allDayPlan, { timeZone: zone, reminderMinutes: 240 }), zone);
			for (const a of fromIcalJs) expect(a.at).toBe(`${addDays(a.date, -1)} 20:00`);
		});

		it(`timed sessions at 06:30 with "1 hour before" ring at 05:30 in ${zone}, across DST`, () => {
			const { fromIcalJs } = alarms(ics(dstPlan, { timeZone: zone, reminderMinutes: 60 }), zone);
			const times = new Set(fromIcalJs.map((a) => a.at.slice(11)));
			// 05:30 every day; on a spring-forward night 05:30 exists, so no exception is needed.
			expect([...times]).toEqual(['05:30']);
		});
	}

	it('a plan with a session time exports timed events by default', () => {
		const text = ics(dstPlan, { timeZone: 'Europe/Berlin' });
		expect(text).not.toContain('VALUE=DATE');
		expect(text).toMatch(/\r\nDTSTART:20260302T053000Z\r\n/);
	});

	it('refuses a reminder after a timed session starts, and accepts it on an all-day day', () => {
		expect(planToIcs(dstPlan, { now: NOW, reminderMinutes: -60 })).toEqual({
			ok: false,
			message: 'A reminder after your session starts comes too late: choose one before it',
		});
		expect(planToIcs(allDayPlan, { now: NOW, reminderMinutes: -60 }).ok).toBe(true);
	});
});

describe('planToIcs: bad options are answered, not thrown', () => {
	it.each([
		[{ timeZone: 'Mars/Olympus_Mons' }, /time zone/],
		[{ timeZone: '' }, /time zone/],
		[{ reminderMinutes: -5 }, /reminder/],
		[{ reminderMinutes: 2.5 }, /reminder/],
		[{ siteUrl: 'javascript:alert(1)' }, /https/],
		[{ now: new Date(Number.NaN) }, /date/],
		[{ sequence: -1 }, /sequence/],
		[{ sessionTime: '25:00' }, /time/],
	])('%o', (options, message) => {
		const result = planToIcs(dstPlan, options);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(message);
	});
	it('timed without a session time', () => {
		const result = planToIcs(allDayPlan, { timed: true });
		expect(result).toEqual({ ok: false, message: expect.stringMatching(/session time/) });
	});
	it('does not mutate the plan', () => {
		const copy = structuredClone(dstPlan);
		ics(dstPlan, { timeZone: 'Pacific/Auckland' });
		expect(dstPlan).toEqual(copy);
	});
});

describe('planToIcs: any text survives escaping and folding (property)', () => {
	const tiny = planOf({ goal: 'drills', startDate: '2026-03-02', weeks: 4, days: ['tue', 'sat'] });
	const specials = fc.constantFrom(
		',',
		';',
		'\\',
		'\n',
		'\r\n',
		'\r',
		':',
		'"',
		'\t',
		'\\n',
		'é',
		'Ñ',
		'中文',
		'日本語',
		'🏃‍♀️',
		'👍🏽',
		'🇳🇿',
		' ',
	);
	const text = fc
		.array(fc.oneof(specials, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), { maxLength: 12 })
		.map((parts) => parts.join(''));
	/** What a reader should get back: our documented sanitising, line breaks as LF. */
	const expected = (s: string) => sanitizeText(s).replace(/\r\n|\r/g, '\n');

	it('SUMMARY, DESCRIPTION and calendar name come back exactly from ical.js', () => {
		fc.assert(
			fc.property(text, text, (title, cue) => {
				const plan = structuredClone(tiny);
				const session = plan.weeks[0]?.sessions[0];
				if (session === undefined) throw new Error('no session');
				session.title = title;
				session.techniqueCues = [cue];
				const out = ics(plan, { calendarName: title });
				for (const line of out.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
				expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
				const component = new ICAL.Component(ICAL.parse(out));
				const first = new ICAL.Event(component.getFirstSubcomponent('vevent') ?? undefined);
				expect(first.summary).toBe(expected(title));
				expect(first.description).toContain(`- ${expected(cue)}\n`);
				// ical.js does not know RFC 7986 NAME, so it hands back the raw value; decode it as TEXT.
				expect(icalText(String(component.getFirstPropertyValue('name')))).toBe(expected(title));
			}),
			{ numRuns: 1000 },
		);
	});
});

describe('planToIcs: any generated plan (property)', () => {
	it('gives a file both parsers read, one event per session, on the planned days and times', () => {
		const cases = fc.record({
			input: validInput,
			zone: fc.constantFrom(...ZONES),
			// From 04:00 no clock change in these zones can move the time (they change at 01:00-03:00).
			time: fc.option(
				fc
					.tuple(fc.integer({ min: 4, max: 23 }), fc.integer({ min: 0, max: 59 }))
					.map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
				{ nil: undefined },
			),
		});
		fc.assert(
			fc.property(cases, ({ input, zone, time }) => {
				const plan = generatePlan(input);
				const sessions = sessionsOf(plan);
				const text = ics(plan, { timeZone: zone, timed: time !== undefined, ...(time ? { sessionTime: time } : {}) });
				for (const l of text.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
				expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
				const events = icalEvents(text);
				expect(events).toHaveLength(sessions.length);
				expect(nodeIcalEvents(text)).toHaveLength(sessions.length);
				expect(new Set(events.map((e) => e.event.uid)).size).toBe(sessions.length);
				events.forEach(({ event }, i) => {
					const date = sessions[i]?.date;
					if (time === undefined) expect(event.startDate.toString()).toBe(date);
					else expect(wallClock(event.startDate.toJSDate(), zone)).toBe(`${date} ${time}`);
				});
			}),
			{ numRuns: 200 },
		);
	});
});
