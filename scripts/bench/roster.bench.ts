/**
 * A coach's squad: how long a 200-athlete roster takes from its CSV to the
 * pack's data (every athlete's plan, what the print pack shows), to the
 * ZIP of everyone's files, and to a group session sheet. Target from the
 * issue: the pack under 2 s. The ZIP is timed apart: 200 calendars with
 * timed events in a zone are most of its time (about 3 ms each), then
 * compressing some 20 MB of text.
 */
import { buildSquad, groupSessionSheet, parseRosterCsv, ROSTER_HEADER, squadZip } from '../../src/lib/roster';
import { runCases } from './format';

const LEVELS = ['new', 'some', 'regular'];
const GOALS = ['mix-in', 'drills', 'knee-friendly', 'mix-in'];
const DAYS = ['tue thu sat', 'mon wed fri sun', 'tue sat', 'mon tue thu fri sat'];
const today = '2026-02-20';
const lines = Array.from({ length: 200 }, (_, i) =>
	[
		`Athlete ${i + 1}`,
		LEVELS[i % 3],
		String(10 + (i % 50)),
		`${5 + (i % 4)}:${i % 2 ? '30' : '00'}`,
		DAYS[i % DAYS.length],
		GOALS[i % GOALS.length],
		'2026-03-02',
		'',
		String(8 + (i % 12)),
		i % 5 ? 'km' : 'mi',
		'18:30',
		'',
	].join(','),
);
const csv = `${ROSTER_HEADER.join(',')}\n${lines.join('\n')}\n`;
const rows = parseRosterCsv(csv).rows;
const squad = buildSquad(rows, today);
if (squad.athletes.length !== 200) throw new Error(`bench roster: ${squad.problems.length} rows refused`);
const now = new Date('2026-02-20T10:00:00Z');
const members = squad.athletes.map((a) => ({ name: a.name, plan: a.plan }));

const pack = () => buildSquad(parseRosterCsv(csv).rows, today);

await runCases(
	'Coach roster (200 athletes)',
	[
		{ name: 'parseRosterCsv', fn: () => parseRosterCsv(csv) },
		{ name: 'buildSquad (every plan)', fn: () => buildSquad(rows, today) },
		{
			name: 'squadZip (.ics, CSV, JSON each, and the roster)',
			fn: () => squadZip(squad.athletes, rows, { calendar: { timeZone: 'Europe/London', now } }),
		},
		{ name: 'groupSessionSheet (one date)', fn: () => groupSessionSheet(members, '2026-03-03', { byBlocks: true }) },
		{ name: 'the pack: CSV to every plan (target < 2000 ms)', fn: pack },
	],
	1000,
	5,
);
