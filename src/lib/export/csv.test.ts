import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BIG_INPUT, DST_SPAN_INPUT, planOf } from '../../../test/support/plan-fixtures';
import { csvCell, planToCsv } from './csv';

/** Parse CSV text as a spreadsheet would, BOM removed. */
function parse(text: string): string[][] {
	const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
		delimiter: ',',
		newline: '\r\n',
		skipEmptyLines: false,
	});
	expect(result.errors).toEqual([]);
	return result.data;
}

describe('planToCsv', () => {
	const plan = planOf(DST_SPAN_INPUT);
	const text = planToCsv(plan);
	const sessions = plan.weeks.flatMap((w) => w.sessions);

	it('starts with a UTF-8 BOM and uses CRLF line ends', () => {
		expect(
			text.startsWith('\uFEFFDate,Week,Phase,Session,Backward (min),Forward (min),Distance (km),Details\r\n'),
		).toBe(true);
		expect(text.endsWith('\r\n')).toBe(true);
	});

	it('has a header and one row per session, read back by papaparse', () => {
		const rows = parse(text.replace(/\r\n$/, ''));
		expect(rows).toHaveLength(sessions.length + 1);
		rows.slice(1).forEach((row, i) => {
			const s = sessions[i];
			if (s === undefined) throw new Error('missing session');
			expect(row).toHaveLength(8);
			expect(row[0]).toBe(s.date);
			expect(row[3]).toBe(s.title);
			expect(Number(row[4])).toBeCloseTo(s.backwardSec / 60, 1);
			expect(Number(row[4]) + Number(row[5])).toBeCloseTo(s.estimatedDurationSec / 60, 0);
			expect(row[7]?.split('\n')).toHaveLength(s.segments.length);
		});
		expect(rows[1]?.slice(1, 3)).toEqual(['1', 'Foundation']);
	});

	it('puts the unit in the header so distances stay numbers', () => {
		const mi = parse(planToCsv(planOf(BIG_INPUT)).replace(/\r\n$/, ''));
		expect(mi[0]?.[6]).toBe('Distance (mi)');
		for (const row of mi.slice(1)) expect(Number.isFinite(Number(row[6]))).toBe(true);
	});

	it('neutralises a title that looks like a formula', () => {
		const tampered = structuredClone(plan);
		const s = tampered.weeks[0]?.sessions[0];
		if (s === undefined) throw new Error('no session');
		s.title = '=HYPERLINK("https://evil.example","Click")';
		const row = parse(planToCsv(tampered).replace(/\r\n$/, ''))[1];
		expect(row?.[3]).toBe(`'${s.title}`);
	});
});

describe('csvCell', () => {
	it.each([
		['=1+1', "'=1+1"],
		['+1', "'+1"],
		['-1', "'-1"],
		['@SUM(A1:A2)', "'@SUM(A1:A2)"],
		['\tTAB', "'\tTAB"],
		['\r=1', '"\'\r=1"'],
		['=cmd|" /C calc"!A0', '"\'=cmd|"" /C calc""!A0"'],
		['a=1', 'a=1'],
		['Easy, then "strides"', '"Easy, then ""strides"""'],
		['two\nlines', '"two\nlines"'],
		['', ''],
	])('%j → %j', (input, output) => {
		expect(csvCell(input)).toBe(output);
	});
	it('writes numbers plainly', () => {
		expect(csvCell(2.5)).toBe('2.5');
	});

	it('round-trips any text through papaparse (apart from the documented leading quote)', () => {
		const specials = fc.constantFrom(
			',',
			'"',
			'""',
			'\n',
			'\r\n',
			'\r',
			'=',
			'+',
			'-',
			'@',
			'\t',
			'é',
			'中',
			'🏃‍♀️',
			';',
		);
		const text = fc
			.array(fc.oneof(specials, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), { maxLength: 10 })
			.map((parts) => parts.join(''));
		fc.assert(
			fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (cells) => {
				const csv = `${cells.map(csvCell).join(',')}\r\n${cells.map(csvCell).join(',')}`;
				const rows = Papa.parse<string[]>(csv, { delimiter: ',', newline: '\r\n' }).data;
				const expected = cells.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c));
				expect(rows).toEqual([expected, expected]);
			}),
			{ numRuns: 1000 },
		);
	});
});
