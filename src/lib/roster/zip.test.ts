import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parsePlanJson } from '../export/json';
import { parseRosterCsv } from './parse';
import { EMPTY_ROW, type RosterRow } from './row-schema';
import { athleteFileName, buildSquad } from './squad';
import { squadZip } from './zip';

const TODAY = '2026-02-20';
const rows: RosterRow[] = [
	{ ...EMPTY_ROW, name: 'Ada Quinn', startDate: '2026-03-02', days: 'tue thu sat', time: '18:30' },
	{ ...EMPTY_ROW, name: 'Ada Quinn', startDate: '2026-03-02', days: 'mon wed', goal: 'drills' },
	{ ...EMPTY_ROW, name: 'Bad row', startDate: 'soon' },
	{ ...EMPTY_ROW, name: '=cmd/../../etc', startDate: '2026-03-02', days: 'tue sat', experience: 'regular' },
];
const squad = buildSquad(rows, TODAY);
const now = new Date('2026-02-20T10:00:00Z');

describe('squadZip', () => {
	const result = squadZip(squad.athletes, rows, { calendar: { timeZone: 'Europe/London', now } });
	if (!result.ok) throw new Error(result.message);
	const files = unzipSync(result.value);

	it('holds a folder per athlete with their .ics, .csv and .json, and the roster', () => {
		const names = Object.keys(files).filter((f) => !f.endsWith('/'));
		expect(names.sort()).toEqual(
			[
				'02-Ada-Quinn/02-Ada-Quinn.csv',
				'02-Ada-Quinn/02-Ada-Quinn.ics',
				'02-Ada-Quinn/02-Ada-Quinn.json',
				'03-Ada-Quinn/03-Ada-Quinn.csv',
				'03-Ada-Quinn/03-Ada-Quinn.ics',
				'03-Ada-Quinn/03-Ada-Quinn.json',
				'05-cmd-etc/05-cmd-etc.csv',
				'05-cmd-etc/05-cmd-etc.ics',
				'05-cmd-etc/05-cmd-etc.json',
				'roster.csv',
			].sort(),
		);
		expect(result.ok && result.files.sort()).toEqual(names);
	});

	it('gives each athlete a calendar ical.js reads, with every session of their plan', () => {
		for (const a of squad.athletes) {
			const base = athleteFileName(a.row, a.name);
			const text = strFromU8(files[`${base}/${base}.ics`] ?? new Uint8Array());
			const calendar = new ICAL.Component(ICAL.parse(text));
			const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
			const sessions = a.plan.weeks.flatMap((w) => w.sessions);
			expect(events.map((e) => e.startDate.toJSDate().toISOString().slice(0, 10))).toEqual(sessions.map((s) => s.date));
			expect(calendar.getFirstPropertyValue('x-wr-calname')).toContain(a.name);
		}
	});

	it('gives plan files that import back as the same plan', () => {
		const json = strFromU8(files['02-Ada-Quinn/02-Ada-Quinn.json'] ?? new Uint8Array());
		const back = parsePlanJson(json);
		expect(back.ok && back.value).toEqual(squad.athletes[0]?.plan);
	});

	it('puts the whole roster back, bad rows included, formulas guarded', () => {
		const roster = strFromU8(files['roster.csv'] ?? new Uint8Array());
		expect(roster).toContain("'=cmd/../../etc");
		expect(parseRosterCsv(roster).rows).toEqual(rows);
	});

	it('says which athlete a calendar option fails for', () => {
		const bad = squadZip(squad.athletes, rows, { calendar: { timeZone: 'Mars/Olympus' } });
		expect(bad.ok).toBe(false);
		expect(!bad.ok && bad.message).toMatch(/^Ada Quinn \(row 2\): /);
	});
});

describe('buildSquad with a cache', () => {
	it('gives the same squad, reads only changed rows again, and keeps only this roster', () => {
		const cache = new Map();
		expect(buildSquad(rows, TODAY, cache)).toEqual(squad);
		expect(cache.size).toBe(rows.length);
		const first = cache.values().next().value;
		const edited = rows.map((r, i) => (i === 2 ? { ...r, startDate: '2026-03-02', days: 'tue thu' } : r));
		const again = buildSquad(edited, TODAY, cache);
		expect(again).toEqual(buildSquad(edited, TODAY));
		expect(again.problems).toEqual([]);
		// The untouched rows' plans are the very objects built before.
		expect(cache.values().next().value).toBe(first);
		expect(cache.size).toBe(rows.length);
	});
});
