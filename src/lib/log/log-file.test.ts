/**
 * The training log as files: JSON round trips and is checked against its
 * published schema, damaged files get a sentence, CSV is spreadsheet-safe,
 * and merging keeps one check-in per session and day.
 */
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKIN_STATUSES, type CheckIn, PAIN_SITES } from './checkin-schema';
import { logJsonSchema, logToCsv, logToJson, mergeLogs, parseLogCsv, parseLogFile, parseLogJson } from './log-file';

const checkIn: fc.Arbitrary<CheckIn> = fc.record(
	{
		session: fc
			.tuple(fc.integer({ min: 1, max: 26 }), fc.integer({ min: 1, max: 6 }))
			.map(([w, s]) => `w${String(w).padStart(2, '0')}-s${s}`),
		date: fc.integer({ min: 0, max: 400 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10)),
		status: fc.constantFrom(...CHECKIN_STATUSES),
		effort: fc.integer({ min: 0, max: 10 }),
		pain: fc.integer({ min: 0, max: 10 }),
		painAt: fc.subarray([...PAIN_SITES]),
		dizzy: fc.boolean(),
		note: fc.string({ unit: 'grapheme', maxLength: 60 }),
	},
	{ requiredKeys: ['session', 'date', 'status'] },
);
const validate = new Ajv2020({ strict: false }).compile(logJsonSchema('https://retrostride.example'));

describe('training log files', () => {
	it('round-trip any log through JSON, and match the published schema', () => {
		fc.assert(
			fc.property(fc.array(checkIn, { maxLength: 30 }), (log) => {
				const text = logToJson(log);
				expect(validate(JSON.parse(text))).toBe(true);
				expect(parseLogJson(text)).toEqual({ ok: true, value: log });
			}),
			{ numRuns: 200 },
		);
	});

	it('say what is wrong with a file that is not a log, without echoing it', () => {
		expect(parseLogJson('')).toEqual({ ok: false, message: 'This file is empty.' });
		expect(parseLogJson('{"format":"retrostride-log"')).toMatchObject({
			ok: false,
			message: expect.stringMatching(/not complete JSON/),
		});
		expect(parseLogJson('{"format":"retrostride-plan"}')).toEqual({
			ok: false,
			message: 'This is not a Retrostride training log.',
		});
		const bad = JSON.stringify({
			format: 'retrostride-log',
			version: 1,
			checkIns: [{ session: 'w01-s1', date: '2026-03-03', status: 'done', pain: 11 }],
		});
		const result = parseLogJson(bad);
		expect(result).toMatchObject({
			ok: false,
			message: expect.stringMatching(/^This training log is damaged.*checkIns\.0\.pain/),
		});
	});

	it('write CSV a spreadsheet opens safely, with the effort in words', () => {
		const csv = logToCsv([
			{
				session: 'w01-s1',
				date: '2026-03-03',
				status: 'done',
				effort: 3,
				pain: 2,
				painAt: ['calf', 'achilles'],
				note: '=cmd|calc',
			},
		]);
		const [header, row] = csv.slice(1).split('\r\n');
		expect(header).toBe(
			'Date,Session,Status,Effort (0-10),Effort in words,Pain (0-10),Where,Dizzy or off balance,Note',
		);
		expect(row).toBe('2026-03-03,w01-s1,done,3,Moderate,2,calf achilles,,"\'=cmd|calc"');
	});

	it('merge one check-in per session and day, the newer winning, in date order', () => {
		const a: CheckIn = { session: 'w01-s1', date: '2026-03-03', status: 'done', pain: 0 };
		const b: CheckIn = { session: 'w01-s1', date: '2026-03-03', status: 'partly', pain: 3 };
		const c: CheckIn = { session: 'w01-s2', date: '2026-03-01', status: 'skipped' };
		expect(mergeLogs([a], [b, c])).toEqual([c, b]);
	});

	it('read their own CSV back, with commas or semicolons, as a spreadsheet saves it', () => {
		// Notes as the check-in form keeps them: trimmed.
		const tidy = checkIn.map((c) => (c.note === undefined ? c : { ...c, note: c.note.trim() || 'ok' }));
		fc.assert(
			fc.property(fc.array(tidy, { maxLength: 20 }), fc.constantFrom(',' as const, ';' as const), (log, separator) => {
				const back = parseLogCsv(logToCsv(log, { separator }));
				expect(back).toEqual({ ok: true, value: log.map(asCsvKeepsIt) });
			}),
			{ numRuns: 200 },
		);
	});

	it('keep a note that starts with a quote, a quote and a minus, or a formula, exactly', () => {
		const log: CheckIn[] = ["'-5 felt odd", "'quoted", '=1+1', "''two"].map((note, i) => ({
			session: `w01-s${i + 1}`,
			date: '2026-03-03',
			status: 'done',
			note,
		}));
		const back = parseLogCsv(logToCsv(log));
		expect(back.ok && back.value.map((c) => c.note)).toEqual(["'-5 felt odd", "'quoted", '=1+1', "''two"]);
	});

	it('read a picked file as CSV or JSON, by its name or its first brace', () => {
		const log: CheckIn[] = [{ session: 'w01-s1', date: '2026-03-03', status: 'done', pain: 0 }];
		expect(parseLogFile('log.json', logToJson(log))).toEqual({ ok: true, value: log });
		expect(parseLogFile('log.CSV', logToCsv(log))).toEqual({ ok: true, value: log });
		expect(parseLogFile('download', logToCsv(log))).toEqual({ ok: true, value: log });
		expect(parseLogFile('download', `\uFEFF${logToJson(log)}`)).toEqual({ ok: true, value: log });
	});

	it('name the line of a CSV row that is wrong, and refuse a CSV that is not a log', () => {
		const csv = 'Date,Session,Status,Pain (0-10)\r\n2026-03-03,w01-s1,done,2\r\n2026-03-05,w01-s2,done,12\r\n';
		expect(parseLogCsv(csv)).toEqual({
			ok: false,
			message: 'This training log has a row we cannot read (line 3, pain): Give a whole number from 0 to 10.',
		});
		expect(parseLogCsv('Name,Score\r\nAda,3\r\n')).toMatchObject({
			ok: false,
			message: expect.stringMatching(/no Date, Session and Status/),
		});
	});
});

/** A check-in as a CSV can hold it: an empty `painAt` and `dizzy: false` read back as absent, as the form writes them. */
function asCsvKeepsIt(c: CheckIn): CheckIn {
	const { painAt, dizzy, ...rest } = c;
	return { ...rest, ...(painAt && painAt.length > 0 ? { painAt } : {}), ...(dizzy ? { dizzy } : {}) };
}
