/**
 * A coach's edits to each athlete's plan, kept on this device beside the
 * roster. A plan is its input plus edits everywhere (src/lib/plan/edits.ts):
 * the roster row gives the input, the builder (opened from the squad table
 * with the athlete's opaque id, never the name) gives the edits, and the
 * table, the ZIP, the print pack and the session sheet show the plan with both.
 *
 * The edits live under their own key, not inside the roster: the builder in
 * another tab writes one athlete's edits while the roster page may save its
 * rows, and neither can overwrite the other's work.
 */
import * as z from 'zod/mini';
import { encodePlanShare } from '../export/share-edits';
import { type KeyValueStore, readJson, removeKey, writeJson } from '../local-store';
import type { PlanEdit } from '../plan/edit-schema';
import { planEditsSchema } from '../plan/edit-schema';
import { applyPlanEdits } from '../plan/edits';
import { athleteIdSchema, type RosterRow } from './row-schema';
import type { SquadAthlete } from './squad';

/** Where the edits are kept. */
export const ROSTER_EDITS_KEY = 'retrostride-roster-edits';

/** The query parameter the builder link carries the athlete's id in (`plan/?p=…&athlete=…`). */
export const ATHLETE_PARAM = 'athlete';

/** What is stored: each athlete's edits by id. */
const storedEditsSchema = z.object({
	/** Format version; bump on a breaking change. */
	version: z.literal(1),
	/** Each athlete's edits, oldest first, by the athlete's id. */
	athletes: z.record(athleteIdSchema, planEditsSchema),
});

/** Every athlete's edits, by id. */
export type RosterEdits = ReadonlyMap<string, readonly PlanEdit[]>;

/**
 * The edits kept on this device, by athlete id: empty when there are none,
 * storage is refused or what is stored is damaged (the plans then show as
 * generated; the roster itself is untouched).
 *
 * Never throws.
 *
 * @example
 * loadRosterEdits(localStorage).get('k3v9x2m4q8') // [{ type: 'skip', session: 'w02-s1' }]
 */
export function loadRosterEdits(store: KeyValueStore | undefined): RosterEdits {
	const parsed = storedEditsSchema.safeParse(readJson(store, ROSTER_EDITS_KEY));
	return new Map(parsed.success ? Object.entries(parsed.data.athletes) : []);
}

/**
 * Keeps one athlete's edits (none = forget them), leaving every other
 * athlete's as stored; false when storage refused.
 *
 * Never throws.
 *
 * @example
 * saveAthleteEdits(localStorage, 'k3v9x2m4q8', [{ type: 'skip', session: 'w02-s1' }]) // true
 */
export function saveAthleteEdits(store: KeyValueStore | undefined, id: string, edits: readonly PlanEdit[]): boolean {
	if (!athleteIdSchema.safeParse(id).success) return false;
	const athletes = Object.fromEntries(loadRosterEdits(store));
	if (edits.length === 0) delete athletes[id];
	else athletes[id] = [...edits];
	if (Object.keys(athletes).length === 0) return removeKey(store, ROSTER_EDITS_KEY);
	return writeJson(store, ROSTER_EDITS_KEY, { version: 1, athletes });
}

/**
 * A new athlete id: 12 random letters and digits. Random, not counted or
 * derived from the name, so a link shows nothing about who it is for.
 *
 * Never throws.
 *
 * @example
 * newAthleteId() // 'q0k3v9x2m4z8'
 */
export function newAthleteId(): string {
	const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
	return Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => alphabet[byte % alphabet.length]).join('');
}

/**
 * The rows with an id on each row that had none (new, typed or read from a
 * file); the same array when every row has one, so nothing is saved for nothing.
 *
 * Never throws.
 *
 * @example
 * withAthleteIds([{ ...EMPTY_ROW, name: 'Ada' }])[0].id // 'q0k3v9x2m4z8'
 */
export function withAthleteIds(rows: RosterRow[], makeId: () => string = () => newAthleteId()): RosterRow[] {
	if (rows.every((r) => r.id !== undefined)) return rows;
	return rows.map((r) => (r.id === undefined ? { ...r, id: makeId() } : r));
}

/**
 * The squad with each athlete's edits applied, exactly as the builder
 * applies them (`applyPlanEdits` on the generated plan), and the share code
 * carrying the edits that took effect, so the table's link, the QR code,
 * the files and the session sheet all show the edited plan.
 *
 * Never throws.
 *
 * @example
 * withAthleteEdits(squad.athletes, new Map([[ada.id, [{ type: 'skip', session: 'w01-s1' }]]]))[0].edited // 1
 */
export function withAthleteEdits(athletes: readonly SquadAthlete[], edits: RosterEdits): SquadAthlete[] {
	return athletes.map((a) => {
		const own = a.id === undefined ? undefined : edits.get(a.id);
		if (own === undefined || own.length === 0) return a;
		const { plan } = applyPlanEdits(a.plan, own);
		const kept = plan.edits ?? [];
		return { ...a, plan, code: encodePlanShare(a.input, kept), edited: kept.length };
	});
}
