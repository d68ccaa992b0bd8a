/**
 * One roster row to one athlete's plan input, through the plan builder's own
 * door: the cells become the raw settings the builder's form would hand
 * `parsePlanInput`, so a row and the same choices typed into the builder give
 * the same plan (athlete.test.ts holds that). Errors name their column.
 */
import { startDateOutsideWindow } from '../builder/form-check';
import { nextOnOrAfter } from '../plan/dates';
import { parsePlanInput } from '../plan/input';
import { isRaceGoal, takesSplit } from '../plan/options';
import type { PlanInput } from '../plan/schema';
import {
	type CellResult,
	cleanCell,
	readDate,
	readDays,
	readExperience,
	readGoal,
	readName,
	readPace,
	readRunMinutes,
	readSplit,
	readTime,
	readUnits,
	readWeeks,
} from './cells';
import { ROSTER_COLUMNS, type RosterColumn } from './columns';
import type { RosterRow } from './row-schema';

/** A problem with one cell of a row ('' = the row as a whole). */
export interface CellError {
	column: RosterColumn | '';
	message: string;
}

/** A row read: the athlete's name and plan input, or every problem by column. */
export type AthleteResult =
	| { ok: true; name: string; input: PlanInput }
	| { ok: false; name: string; errors: CellError[] };

/** Which column holds each of the engine's fields, so its messages land on the right cell. */
const COLUMN_OF_FIELD: Readonly<Record<string, RosterColumn>> = {
	goal: 'goal',
	experience: 'experience',
	startDate: 'startDate',
	weeks: 'weeks',
	raceDate: 'raceDate',
	days: 'days',
	longRunDay: 'days',
	units: 'units',
	forwardEasyPace: 'easyPace',
	currentRunMinutes: 'currentRunMinutes',
	split: 'split',
	sessionTime: 'time',
};

/** Reads each non-empty cell with its reader; the raw settings and the cells' errors. */
function readCells(row: RosterRow): { raw: Record<string, unknown>; errors: CellError[]; name: string } {
	const errors: CellError[] = [];
	const raw: Record<string, unknown> = {};
	const cells = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c, cleanCell(row[c] ?? '')])) as Record<
		RosterColumn,
		string
	>;
	const take = <T>(column: RosterColumn, field: string, read: (text: string) => CellResult<T>) => {
		if (cells[column] === '') return;
		const result = read(cells[column]);
		if (result.ok) raw[field] = result.value;
		else errors.push({ column, message: result.message });
	};
	const name = readName(cells.name);
	if (!name.ok) errors.push({ column: 'name', message: name.message });
	take('experience', 'experience', readExperience);
	take('currentRunMinutes', 'currentRunMinutes', readRunMinutes);
	take('easyPace', 'forwardEasyPace', readPace);
	take('days', 'days', readDays);
	take('goal', 'goal', readGoal);
	take('startDate', 'startDate', readDate);
	take('raceDate', 'raceDate', readDate);
	take('weeks', 'weeks', readWeeks);
	take('units', 'units', readUnits);
	take('time', 'sessionTime', readTime);
	take('split', 'split', readSplit);
	return { raw, errors, name: name.ok ? name.value : '' };
}

/** Rules between cells that the engine would word for a form, worded for a spreadsheet. */
function crossCellErrors(cells: RosterRow, raw: Record<string, unknown>): CellError[] {
	const errors: CellError[] = [];
	const goal = (raw.goal ?? 'mix-in') as PlanInput['goal'];
	if (cleanCell(cells.split) !== '' && !takesSplit(goal))
		errors.push({ column: 'split', message: 'A split is for mix-in and race goals; clear this cell for this goal' });
	if (cleanCell(cells.raceDate) !== '' && !isRaceGoal(goal))
		errors.push({ column: 'raceDate', message: 'A race date is for race goals; clear it or choose a race goal' });
	if (cleanCell(cells.startDate) === '' && !(raw.raceDate !== undefined && isRaceGoal(goal)))
		errors.push({ column: 'startDate', message: 'Write a start date (or a race date for a race goal)' });
	return errors;
}

/**
 * A roster row as an athlete: the name and a valid plan input, or every
 * problem with the column it is in and what to write. `today` (yyyy-mm-dd,
 * the coach's local date) is used as the builder uses it: a race date
 * without a start date starts the plan on the next Monday, and a start date
 * more than a year away is refused.
 *
 * Never throws.
 *
 * @example
 * readRosterRow({ ...EMPTY_ROW, name: 'Ada', startDate: '2026-03-02', days: 'tue thu sat' }, '2026-02-20')
 * // { ok: true, name: 'Ada', input: { goal: 'mix-in', days: ['tue', 'thu', 'sat'], … } }
 * readRosterRow({ ...EMPTY_ROW, name: 'Bo', startDate: '2026-03-02', easyPace: 'fast' }, '2026-02-20')
 * // { ok: false, name: 'Bo', errors: [{ column: 'easyPace', message: 'Write the pace as minutes:seconds…' }] }
 */
export function readRosterRow(row: RosterRow, today: string): AthleteResult {
	const { raw, errors, name } = readCells(row);
	errors.push(...crossCellErrors(row, raw).filter((e) => !errors.some((f) => f.column === e.column)));
	if (errors.length > 0) return { ok: false, name, errors };
	if (raw.startDate === undefined) raw.startDate = nextOnOrAfter(today, 'mon');
	const outside = startDateOutsideWindow(String(raw.startDate), today);
	if (outside) return { ok: false, name, errors: [{ column: 'startDate', message: outside }] };
	const parsed = parsePlanInput(raw);
	if (!parsed.ok) {
		const byColumn = parsed.errors.map(
			(e): CellError => ({ column: COLUMN_OF_FIELD[e.path] ?? '', message: e.message }),
		);
		return { ok: false, name, errors: byColumn };
	}
	return { ok: true, name, input: parsed.value };
}
