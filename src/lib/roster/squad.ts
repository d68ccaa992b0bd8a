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

/**
 * The row number a spreadsheet shows for the roster's row `index` (the header is row 1).
 *
 * Never throws.
 */
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
	/** The share code (`/plan/?p=<code>`): the input and the coach's edits, never the name. */
	code: string;
	/** The row's opaque id (athlete-edits.ts), which the builder link carries; absent on a row not yet given one. */
	id?: string;
	/** How many of the coach's edits the plan carries (0 = as generated). */
	edited: number;
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

/** A row read and built, kept by the caller between calls (see {@link buildSquad}'s `cache`). */
export type BuiltRow =
	| { ok: true; name: string; input: PlanInput; plan: Plan; code: string }
	| { ok: false; name: string; errors: CellError[] };

/** One row read and, when good, its plan made. */
function buildRow(r: RosterRow, today: string): BuiltRow {
	const result = readRosterRow(r, today);
	if (!result.ok) return result;
	try {
		const plan = generatePlan(result.input);
		return { ok: true, name: result.name, input: result.input, plan, code: encodePlanShare(result.input, []) };
	} catch {
		const message = 'We could not build this plan. Open the builder with these settings and tell us.';
		return { ok: false, name: result.name, errors: [{ column: '', message }] };
	}
}

/**
 * Reads every row and makes each good row's plan. A bad row never stops the
 * others. `today` is the coach's local date (see `readRosterRow`). A page
 * that rebuilds the squad on every keystroke passes the same `cache` each
 * time, so only the row being typed in is read again (a row's plan depends
 * only on its cells and `today`); rows no longer in the roster leave the cache.
 *
 * Never throws.
 *
 * @example
 * buildSquad([adaRow, rowWithBadPace], '2026-02-20')
 * // { athletes: [{ row: 2, name: 'Ada', plan, code: 'v2.…' }], problems: [{ row: 3, errors: [{ column: 'easyPace', … }] }] }
 */
export function buildSquad(rows: readonly RosterRow[], today: string, cache?: Map<string, BuiltRow>): Squad {
	const squad: Squad = { athletes: [], problems: [] };
	const used = new Set<string>();
	rows.forEach((r, index) => {
		const row = sheetRow(index);
		const key = `${today}\u0000${JSON.stringify(r)}`;
		used.add(key);
		const built = cache?.get(key) ?? buildRow(r, today);
		cache?.set(key, built);
		if (built.ok) {
			const { name, input, plan, code } = built;
			squad.athletes.push({ row, name, input, plan, code, edited: 0, ...(r.id === undefined ? {} : { id: r.id }) });
		} else squad.problems.push({ row, name: built.name, errors: built.errors });
	});
	// Only the rows of this roster stay cached, so typing never grows the cache.
	for (const key of cache?.keys() ?? []) if (!used.has(key)) cache?.delete(key);
	return squad;
}

/**
 * A file or folder name for an athlete: the row's place in the roster (so
 * two athletes with one name never collide, and files sort as the roster
 * does) and the name with anything a file system dislikes turned to "-".
 *
 * Never throws.
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
