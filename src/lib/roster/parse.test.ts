import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROSTER_COLUMNS } from './columns';
import { MAX_ROSTER_BYTES, parseRosterCsv } from './parse';
import { EMPTY_ROW, MAX_CELL_LENGTH, MAX_ROSTER_ROWS, type RosterRow } from './row-schema';
import { buildSquad } from './squad';
import { ROSTER_HEADER, rosterTemplate, rosterToCsv } from './write';

const TODAY = '2026-02-20';
const HEADER = 'Name,Experience,Current run (min),Easy forward pace,Days,Goal,Start date,Race date,Weeks,Units';

describe('parseRosterCsv: files coaches actually have', () => {
	it('reads the template it offers, and the template builds a plan', () => {
		const { rows, problems } = parseRosterCsv(rosterTemplate(TODAY));
		expect(problems).toEqual([]);
		expect(rows).toHaveLength(1);
		expect(rows[0]?.name).toBe('Ada Quinn');
		expect(rows[0]?.startDate).toBe('2026-02-23');
		expect(buildSquad(rows, TODAY).athletes).toHaveLength(1);
	});

	it('reads a European Excel file: BOM, semicolons, decimal commas, dd.mm.yyyy dates', () => {
		const text =
			'\uFEFFName;Experience;Days;Goal;Start date;Weeks;Units;Split\r\n' +
			'Zoë Müller;some;di do sa;mix-in;02.03.2026;8;km;3,2+0,8 step 0,4 every 2\r\n';
		const { rows, problems } = parseRosterCsv(text);
		expect(problems).toEqual([]);
		expect(rows[0]?.name).toBe('Zoë Müller');
		// German day names are not ours: the row reads, and the cell says what to write.
		const squad = buildSquad(rows, TODAY);
		expect(squad.problems[0]?.errors.map((e) => e.column)).toEqual(['days']);
		const fixed = buildSquad([{ ...(rows[0] as RosterRow), days: 'tue thu sat' }], TODAY);
		expect(fixed.athletes[0]?.input.startDate).toBe('2026-03-02');
		expect(fixed.athletes[0]?.input.split).toEqual({
			measure: 'distance',
			forward: 3.2,
			backward: 0.8,
			step: 0.4,
			everyWeeks: 2,
		});
	});

	it('matches headers in any order, case and spelling, and names the columns it leaves out', () => {
		const text = 'start_date,ATHLETE,Shoe size,days,Name\n2026-03-02,Ada,42,tue thu sat,Again\n';
		const { rows, problems } = parseRosterCsv(text);
		expect(rows[0]).toMatchObject({ name: 'Ada', startDate: '2026-03-02', days: 'tue thu sat' });
		expect(problems).toEqual([
			'The column “Shoe size” is not one we read, so it was left out.',
			'Two columns are Name; we read the first.',
		]);
	});

	it('refuses a file without a header row naming the columns, without crashing', () => {
		for (const text of ['', '\uFEFF', 'Ada,new,30\nBo,some,20\n', '\u0000\u0001binary\uFFFD', '"unclosed,quote\n']) {
			const result = parseRosterCsv(text);
			expect(result.rows).toEqual([]);
			expect(result.problems[0]).toMatch(/no Name column/);
		}
		expect(parseRosterCsv('x'.repeat(MAX_ROSTER_BYTES + 1)).problems[0]).toMatch(/over 1 MB/);
	});

	it('keeps formula cells as text and never runs them; numbers and dates refuse them by column', () => {
		const text = `${HEADER}\n"=HYPERLINK(""http://evil.example"",""x"")",=1+1,@SUM(A1),+6:30,=cmd|'/c calc'!A0,-2+3,2026-03-02,,8,km\n`;
		const { rows } = parseRosterCsv(text);
		expect(rows[0]?.name).toBe('=HYPERLINK("http://evil.example","x")');
		const squad = buildSquad(rows, TODAY);
		expect(squad.athletes).toEqual([]);
		expect(squad.problems[0]?.name).toBe('=HYPERLINK("http://evil.example","x")');
		expect(squad.problems[0]?.errors.map((e) => e.column)).toEqual([
			'experience',
			'currentRunMinutes',
			'easyPace',
			'days',
			'goal',
		]);
		// No message repeats the cell back.
		for (const e of squad.problems[0]?.errors ?? []) expect(e.message).not.toMatch(/HYPERLINK|cmd|SUM/);
		// And written out again, every formula is guarded.
		const out = rosterToCsv(rows);
		expect(out).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
		expect(out).toContain(`'=1+1`);
		expect(out).toContain(`'@SUM(A1)`);
	});

	it('names each wrong type by row and column with what to write', () => {
		const text = [
			HEADER,
			'Ada,new,30,6:30,tue thu sat,mix-in,2026-03-02,,8,km',
			'Bo,expert,thirty,fast,tue,marathon,3/2/2026,,many,furlongs',
			'Cy,some,25,6:00,tue thu sat,retro-5k,2026-03-02,2026-03-20,,km',
		].join('\n');
		const squad = buildSquad(parseRosterCsv(text).rows, TODAY);
		expect(squad.athletes.map((a) => a.name)).toEqual(['Ada']);
		const bo = squad.problems.find((p) => p.name === 'Bo');
		expect(bo?.row).toBe(3);
		expect(bo?.errors).toEqual([
			{ column: 'experience', message: 'Write new, some or regular' },
			{ column: 'currentRunMinutes', message: 'Write whole minutes, like 30 (0 if they walk)' },
			{ column: 'easyPace', message: 'Write the pace as minutes:seconds per km or mile, like 6:30' },
			{
				column: 'goal',
				message: 'Write mix-in, drills, knee-friendly, retro-mile, retro-5k, retro-10k or retro-half',
			},
			{
				column: 'startDate',
				message: 'Write the date as yyyy-mm-dd, like 2026-03-02 (a date with slashes reads differently in the US)',
			},
			{ column: 'weeks', message: 'Write the number of weeks, like 8' },
			{ column: 'units', message: 'Write km or mi' },
		]);
		// The engine's own rules land on their cell too: a race too soon is the race date's problem.
		const cy = squad.problems.find((p) => p.name === 'Cy');
		expect(cy?.row).toBe(4);
		expect(cy?.errors[0]?.column).toBe('raceDate');
	});

	it('reads 1,000 athletes, and names the rows it could not take beyond that', () => {
		const line = 'Ada,new,30,6:30,tue thu sat,mix-in,2026-03-02,,8,km';
		const thousand = [HEADER, ...Array.from({ length: MAX_ROSTER_ROWS }, () => line)].join('\r\n');
		const started = performance.now();
		const read = parseRosterCsv(thousand);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(read.rows).toHaveLength(MAX_ROSTER_ROWS);
		expect(read.problems).toEqual([]);
		const more = parseRosterCsv(`${thousand}\r\n${line}\r\n${line}`);
		expect(more.rows).toHaveLength(MAX_ROSTER_ROWS);
		expect(more.problems).toEqual(['The roster has 1002 athletes; we read the first 1000. Split it into two rosters.']);
	});

	it('keeps line breaks and separators inside quoted cells, skips blank lines, pads short rows', () => {
		const text = `Name,Days,Start date\r\n"Quinn, Ada\njunior",tue thu sat,2026-03-02\r\n\r\n,,\r\nBo\r\n`;
		const { rows } = parseRosterCsv(text);
		expect(rows.map((r) => r.name)).toEqual(['Quinn, Ada\njunior', 'Bo']);
		expect(rows[1]?.days).toBe('');
	});

	it('cuts a cell at 200 characters', () => {
		const { rows } = parseRosterCsv(`Name\n${'a'.repeat(5000)}\n`);
		expect(rows[0]?.name).toHaveLength(MAX_CELL_LENGTH);
	});
});

describe('rosterToCsv and parseRosterCsv', () => {
	const cellText = fc.string({ maxLength: 40, unit: 'grapheme' });
	const row = fc.record(
		Object.fromEntries(ROSTER_COLUMNS.map((c) => [c, cellText])) as Record<keyof RosterRow, typeof cellText>,
	);

	it('gives back exactly the rows it wrote, whatever is in the cells, with either separator', () => {
		fc.assert(
			fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), fc.constantFrom(',', ';'), (rows, sep) => {
				// A row of only empty cells is a blank line, which readers skip.
				const kept = rows.filter((r) => ROSTER_COLUMNS.some((c) => r[c].trim() !== ''));
				const read = parseRosterCsv(rosterToCsv(rows, sep as ',' | ';'));
				expect(read.rows).toEqual(kept);
			}),
			{ numRuns: 300 },
		);
	});

	it('writes the template header in column order', () => {
		expect(rosterToCsv([EMPTY_ROW]).split('\r\n')[0]).toBe(`\uFEFF${ROSTER_HEADER.join(',')}`);
	});
});
