/**
 * Opening a session from the player's address (?p=<share state>&s=<session id>):
 * rebuild the plan from the share state, find the session, unroll its
 * timeline. Never throws; a bad or missing part gives a message to show.
 */
import { decodeShareState } from '../export/share';
import { SESSION_ID } from '../plan/edit-schema';
import { buildEditedPlan } from '../plan/edits';
import type { Plan, Session } from '../plan/schema';
import { sessionTimeline, type Timeline } from './timeline';

export type OpenResult =
	| { ok: true; plan: Plan; session: Session; timeline: Timeline }
	| { ok: false; message: string; plan?: Plan };

/**
 * Never throws: a damaged link or an unknown session comes back as an error with a message.
 *
 * @example
 * openSession(new URLSearchParams('p=v1.00000…&s=w01-s1')) // { ok: true, plan, session, timeline }
 * openSession(new URLSearchParams('')) // { ok: false, message: 'This link has no plan in it…' }
 */
export function openSession(params: URLSearchParams): OpenResult {
	try {
		const code = params.get('p');
		if (code === null || code.trim() === '') {
			return { ok: false, message: 'This link has no plan in it, so there is no session to play.' };
		}
		const shared = decodeShareState(code);
		if (!shared.ok) return { ok: false, message: shared.message };
		const { plan } = buildEditedPlan(shared.value, shared.edits);
		const id = params.get('s') ?? '';
		if (id === '') return { ok: false, message: 'This link does not say which session to play.', plan };
		const session = SESSION_ID.test(id) ? plan.weeks.flatMap((w) => w.sessions).find((s) => s.id === id) : undefined;
		if (session === undefined) {
			return { ok: false, message: 'This plan has no such session. Pick one from the plan instead.', plan };
		}
		return { ok: true, plan, session, timeline: sessionTimeline(session, plan) };
	} catch {
		return { ok: false, message: 'This session could not be opened. Build the plan again and pick the session.' };
	}
}
