/**
 * The squad: every roster row read, and each good row's plan made by the
 * engine's public API (`parsePlanInput`, `generatePlan`) with the share code
 * the builder opens, so the link in the table, the QR code on the printed
 * page and the files in the ZIP are all the same plan.
 */
import { encodePlanShare } from '../export/share-edits';
import { generatePlan } from '../plan/generate';
import type { Plan, PlanInput } from '../plan/schema';
import { type CellError, readRosterRow } from './athlete';
import type { RosterRow } from './row-schema';

/** The row number a spreadsheet shows for the roster's row `index` (the header is row 1). */
export function sheetRow(index: number): number {
	return index + 2;
}

/** An athlete whose row makes a plan. */
export interface SquadAthlete {
	/** The row number in the spreadsheet (the header is row 1). */
	row: number;
	/** The name from the row, printed and filed, never in a link. */
	name: string;
	/** The plan's checked input. */
	input: PlanInput;
	/** The plan, as the builder makes it from `input`. */
	plan: Plan;
	/** The share code (`/plan/?p=<code>`): the input only, never the name. */
	code: string;
}

/** A row that cannot make a plan yet, and why, cell by cell. */
export interface SquadProblem {
	/** The row number in the spreadsheet (the header is row 1). */
	row: number;
	/** The name, if the row has one. */
	name: string;
	/** Each problem with its column and what to write. */
	errors: CellError[];
}

/** The roster read: plans for the good rows, problems for the others, in roster order. */
export interface Squad {
	athletes: SquadAthlete[];
	problems: SquadProblem[];
}

/**
 * Reads every row and makes each good row's plan. A bad row never stops the
 * others. `today` is the coach's local date (see `readRosterRow`).
 *
 * Never throws.
 *
 * @example
 * buildSquad([adaRow, rowWithBadPace], '2026-02-20')
 * // { athletes: [{ row: 2, name: 'Ada', plan, code: 'v2.…' }], problems: [{ row: 3, errors: [{ column: 'easyPace', … }] }] }
 */
export function buildSquad(rows: readonly RosterRow[], today: string): Squad {
	const squad: Squad = { athletes: [], problems: [] };
	rows.forEach((r, index) => {
		const row = sheetRow(index);
		const result = readRosterRow(r, today);
		if (!result.ok) {
			squad.problems.push({ row, name: result.name, errors: result.errors });
			return;
		}
		try {
			const plan = generatePlan(result.input);
			squad.athletes.push({
				row,
				name: result.name,
				input: result.input,
				plan,
				code: encodePlanShare(result.input, []),
			});
		} catch {
			squad.problems.push({
				row,
				name: result.name,
				errors: [
					{ column: '', message: 'We could not build this plan. Open the builder with these settings and tell us.' },
				],
			});
		}
	});
	return squad;
}

/**
 * A file or folder name for an athlete: the row's place in the roster (so
 * two athletes with one name never collide, and files sort as the roster
 * does) and the name with anything a file system dislikes turned to "-".
 *
 * @example
 * athleteFileName(3, 'Zoë O’Brien / U17') // '03-Zoë-O-Brien-U17'
 */
export function athleteFileName(position: number, name: string): string {
	const safe = name
		.normalize('NFC')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40);
	return `${String(position).padStart(2, '0')}-${safe || 'athlete'}`;
}
