/**
 * What a check-in does: it is stored (log-store.ts), and the plan adapts to
 * it (adaptPlan in src/lib) as one undoable step of the edit history. Check-
 * ins made elsewhere (the session player) adapt the plan the next time the
 * builder opens; each check-in adapts the plan once, so a change the runner
 * undid stays undone.
 */
import { get, set } from 'idb-keyval';
import { adaptPlan, type CheckIn, type EditHistory, localToday, type Plan, withEdits } from '../../../lib';
import { loadLog, saveCheckIn } from './log-store';

/** Check-ins the plan has already adapted to, by their JSON. */
const ADAPTED_KEY = 'retrostride-log-adapted';

async function adaptedSet(): Promise<Set<string>> {
	try {
		return new Set(((await get(ADAPTED_KEY)) as string[] | undefined) ?? []);
	} catch {
		return new Set();
	}
}

/**
 * Adapts the plan to the check-ins it has not seen, appending the edits as
 * one undoable step; answers the changes in words ('' for none).
 */
export async function adaptToNew(
	plan: Plan,
	setHistory: (update: (h: EditHistory) => EditHistory) => void,
): Promise<string> {
	const { log } = await loadLog();
	const seen = await adaptedSet();
	const fresh = log.filter((c) => !seen.has(JSON.stringify(c)));
	if (fresh.length === 0) return '';
	const result = adaptPlan(plan, log, localToday(), { triggeredBy: fresh });
	if (result.edits.length > 0) setHistory((h) => withEdits(h, [...h.edits, ...result.edits]));
	try {
		await set(ADAPTED_KEY, [...seen, ...fresh.map((c) => JSON.stringify(c))]);
	} catch {
		// Not stored: the next visit may offer the same change again, which the runner can undo again.
	}
	return result.changes.map((c) => c.reason).join(' ');
}

/** Stores a check-in and adapts the plan to it; answers what to tell the runner. */
export async function recordCheckIn(
	checkIn: CheckIn,
	plan: Plan,
	setHistory: (update: (h: EditHistory) => EditHistory) => void,
): Promise<string> {
	const state = await saveCheckIn(checkIn);
	const changes = await adaptToNew(plan, setHistory);
	const saved = state.saved
		? 'Check-in saved on this device.'
		: 'Check-in kept for this visit only: this browser is not storing data here, so download your log to keep it.';
	return changes ? `${saved} ${changes}` : saved;
}
