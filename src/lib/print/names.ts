/**
 * The names a coach types on a print sheet, kept on this device only. They
 * never go into a share link or an export: a sheet's address can end up on a
 * club notice board, and a name there is personal data nobody asked to publish.
 *
 * The coach's name is one for every sheet (a coach types it once for a whole
 * squad); each athlete's name belongs to the plan it was typed on, keyed by the
 * plan's share code, so reopening that athlete's sheet brings it back.
 */
import { type KeyValueStore, readJson, removeKey, writeJson } from '../local-store';

/** Where the names live in localStorage (bump the suffix if the shape changes). */
export const SHEET_NAMES_KEY = 'retrostride:sheet-names:v1';

/** How many athletes' names we keep; the oldest go first, so storage never grows without bound. */
export const SHEET_NAMES_LIMIT = 200;

/** The longest name the sheet accepts (the input's maxLength); longer stored text is cut. */
export const SHEET_NAME_MAX = 60;

/** The names shown on one sheet. */
export interface SheetNames {
	/** The athlete's name on this plan's sheet; empty when none was typed. */
	athlete: string;
	/** The coach's name, the same on every sheet. */
	coach: string;
}

interface Stored {
	coach: string;
	/** Athletes' names by plan share code, oldest first. */
	athletes: Record<string, string>;
}

/** Reads the stored shape, dropping anything that is not a string (a hand-edited value never throws). */
function readStored(store: KeyValueStore | undefined): Stored {
	const raw = readJson(store, SHEET_NAMES_KEY);
	// No prototype: a plan code (or a hand-edited key) of "__proto__" stays a plain key.
	const out: Stored = { coach: '', athletes: Object.create(null) as Record<string, string> };
	if (typeof raw !== 'object' || raw === null) return out;
	const { coach, athletes } = raw as { coach?: unknown; athletes?: unknown };
	if (typeof coach === 'string') out.coach = coach.slice(0, SHEET_NAME_MAX);
	if (typeof athletes === 'object' && athletes !== null) {
		for (const [plan, name] of Object.entries(athletes)) {
			if (typeof name === 'string' && name !== '') out.athletes[plan] = name.slice(0, SHEET_NAME_MAX);
		}
	}
	return out;
}

/**
 * The names to show on the sheet of the plan with share code `plan`.
 *
 * Never throws: refused storage or junk gives empty names.
 *
 * @example
 * readSheetNames(localStorage, 'v2.00100…') // { athlete: 'Ana', coach: 'Sam' }, or empty strings
 */
export function readSheetNames(store: KeyValueStore | undefined, plan: string): SheetNames {
	const stored = readStored(store);
	return { athlete: stored.athletes[plan] ?? '', coach: stored.coach };
}

/**
 * Keeps the names typed on the sheet of plan `plan`; false when the browser
 * refused (private mode, full storage), so the sheet can say the names will
 * not be there next time.
 *
 * Never throws: storage the browser refuses (private mode, a full quota) gives false.
 *
 * @example
 * saveSheetNames(localStorage, code, { athlete: 'Ana', coach: 'Sam' }) // true
 */
export function saveSheetNames(store: KeyValueStore | undefined, plan: string, names: SheetNames): boolean {
	const stored = readStored(store);
	const athletes = stored.athletes;
	delete athletes[plan];
	const athlete = names.athlete.trim().slice(0, SHEET_NAME_MAX);
	if (athlete !== '') athletes[plan] = athlete;
	const plans = Object.keys(athletes);
	for (const old of plans.slice(0, Math.max(0, plans.length - SHEET_NAMES_LIMIT))) delete athletes[old];
	return writeJson(store, SHEET_NAMES_KEY, { coach: names.coach.trim().slice(0, SHEET_NAME_MAX), athletes });
}

/**
 * Forgets every name on this device (the sheet's "Forget names"); false when storage refused.
 *
 * Never throws: storage the browser refuses (private mode, a full quota) gives false.
 */
export function forgetSheetNames(store: KeyValueStore | undefined): boolean {
	return removeKey(store, SHEET_NAMES_KEY);
}
