import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BIG_INPUT, DST_SPAN_INPUT, planOf } from '../../../test/support/plan-fixtures';
import { csvLines, csvSeparatorFor, planToCsv } from './csv';

/** Parse CSV text as a spreadsheet would, BOM removed. */
function parse(text: string, delimiter = ','): string[][] {
	const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
		delimiter,
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
			text.startsWith(
				'\uFEFFDate,Day,Start,Week,Phase,Session,Backward (min),Forward (min),Distance (km),Details,Status,Note\r\n',
			),
		).toBe(true);
		expect(text.endsWith('\r\n')).toBe(true);
	});

	it('has a header and one row per session, read back by papaparse', () => {
		const rows = parse(text.replace(/\r\n$/, ''));
		expect(rows).toHaveLength(sessions.length + 1);
		rows.slice(1).forEach((row, i) => {
			const s = sessions[i];
			if (s === undefined) throw new Error('missing session');
			expect(row).toHaveLength(12);
			expect(row[0]).toBe(s.date);
			expect(row[1]).toBe(
				new Date(`${s.date}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' }),
			);
			expect(row[2]).toBe('06:30');
			expect(row[5]).toBe(s.title);
			expect(Number(row[6])).toBeCloseTo(s.backwardSec / 60, 1);
			expect(Number(row[6]) + Number(row[7])).toBeCloseTo(s.estimatedDurationSec / 60, 0);
			expect(row[9]?.split('\n')).toHaveLength(s.segments.length);
		});
		expect(rows[1]?.slice(3, 5)).toEqual(['1', 'Foundation']);
	});

	it('puts the unit in the header so distances stay numbers', () => {
		const mi = parse(planToCsv(planOf(BIG_INPUT)).replace(/\r\n$/, ''));
		expect(mi[0]?.[8]).toBe('Distance (mi)');
		for (const row of mi.slice(1)) expect(Number.isFinite(Number(row[8]))).toBe(true);
	});

	it('neutralises a title that looks like a formula', () => {
		const tampered = structuredClone(plan);
		const s = tampered.weeks[0]?.sessions[0];
		if (s === undefined) throw new Error('no session');
		s.title = '=HYPERLINK("https://evil.example","Click")';
		const row = parse(planToCsv(tampered).replace(/\r\n$/, ''))[1];
		expect(row?.[5]).toBe(`'${s.title}`);
	});

	it('opens in columns in German or French Excel: semicolons and decimal commas', () => {
		const rows = parse(planToCsv(plan, { separator: ';' }).replace(/\r\n$/, ''), ';');
		expect(rows[0]).toHaveLength(12);
		for (const [i, row] of rows.slice(1).entries()) {
			const s = sessions[i];
			if (s === undefined) throw new Error('missing session');
			expect(row).toHaveLength(12);
			expect(row[6]).not.toContain('.');
			expect(Number(row[6]?.replace(',', '.'))).toBeCloseTo(s.backwardSec / 60, 1);
		}
		expect(rows.slice(1).some((r) => r[6]?.includes(','))).toBe(true);
	});

	it('leaves the start time empty for all-day plans', () => {
		const rows = parse(planToCsv(planOf({ ...DST_SPAN_INPUT, sessionTime: undefined })).replace(/\r\n$/, ''));
		for (const row of rows.slice(1)) expect(row[2]).toBe('');
	});
});

describe('csvSeparatorFor', () => {
	it.each([
		['de-DE', ';'],
		['fr-FR', ';'],
		['es-ES', ';'],
		['en-GB', ','],
		['en-US', ','],
		['ja-JP', ','],
		['not a locale!', ','],
	] as const)('%s → %s', (locale, separator) => {
		expect(csvSeparatorFor(locale)).toBe(separator);
	});
});

describe('csvLines', () => {
	it.each([
		// An escaped cell is also quoted (papaparse's way); a spreadsheet shows the text, not a formula.
		['=1+1', `"'=1+1"`],
		['+1', `"'+1"`],
		['-1', `"'-1"`],
		['@SUM(A1:A2)', `"'@SUM(A1:A2)"`],
		['\tTAB', `"'\tTAB"`],
		['\r=1', `"'\r=1"`],
		['=cmd\n"x"', `"'=cmd\n""x"""`],
		['=cmd|" /C calc"!A0', `"'=cmd|"" /C calc""!A0"`],
		['a=1', 'a=1'],
		['Easy, then "strides"', '"Easy, then ""strides"""'],
		['two\nlines', '"two\nlines"'],
		['', ''],
	])('%j → %j', (input, output) => {
		expect(csvLines([[input]])).toBe(output);
	});
	it('writes numbers plainly', () => {
		expect(csvLines([[2.5, -3]])).toBe('2.5,-3');
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
			"'",
		);
		const text = fc
			.array(fc.oneof(specials, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), { maxLength: 10 })
			.map((parts) => parts.join(''));
		fc.assert(
			fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (cells) => {
				for (const separator of [',', ';'] as const) {
					const csv = csvLines([cells, cells], separator);
					const rows = Papa.parse<string[]>(csv, { delimiter: separator, newline: '\r\n' }).data;
					// One guard quote before a formula start, and before a cell already starting with the quote
					// (so a reader that takes one off gets the text back exactly).
					const expected = cells.map((c) => (/^[=+\-@\t\r']/.test(c) ? `'${c}` : c));
					expect(rows).toEqual([expected, expected]);
				}
			}),
			{ numRuns: 1000 },
		);
	});
});
