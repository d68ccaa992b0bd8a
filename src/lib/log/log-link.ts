/**
 * The training log in a link, for a runner to send a coach: compact and
 * URL-safe like the plan's share links (export/share*.ts), with no server.
 * The builder puts it after `#log=` in the plan's own share link, so the
 * coach opens the plan with its changes and the log together, and because
 * a browser never sends the part after `#` to a server, the check-ins (pain
 * and all) reach no one but the person the link is sent to.
 *
 * ```
 * l1.yyyymmdd.CHECKIN~CHECKIN~….CC
 *  │     │       │               └ check: shareCheck of everything before it
 *  │     │       └ check-ins joined by `~`, each:
 *  │     │           3s2r1   the session (w03-s2-r1), as in share-edits.ts
 *  │     │           d16     days after the first date
 *  │     │           d|h|k   done, partly done (half), skipped
 *  │     │           e4 p5   effort, pain (0-10), when given
 *  │     │           z       dizzy or off balance
 *  │     │           a2      where it hurt: a bitmask of PAIN_SITES in base36 (calf = 2), last
 *  │     │                   before the note, so its letters cannot swallow another field
 *  │     │           -Tm90ZQ the note, base64url of UTF-8
 *  │     └ the earliest check-in's date
 *  └ version
 * ```
 *
 * `3s2d16de4p5a2` reads "w03-s2, 16 days after the first date, done,
 * effort 4, pain 5 in the calf".
 */
import { fromBase64Url, ref, toBase64Url, unref } from '../export/share-edits';
import { shareCheck } from '../export/share-encode';
import { addDays, daysBetween } from '../plan/dates';
import { withoutJit } from '../plan/schema';
import { CHECKIN_STATUSES, type CheckIn, checkInLogSchema, PAIN_SITES } from './checkin-schema';

/** The version tag every log link this code writes starts with. */
export const LOG_LINK_VERSION = 'l1';
/**
 * Longest log link we write or read, in characters: about 400 check-ins
 * without notes. Chat apps and mail clients keep links this long whole; a
 * longer log goes as a file.
 */
export const MAX_LOG_LINK_LENGTH = 8000;

const STATUS_LETTERS = { done: 'd', partly: 'h', skipped: 'k' } as const satisfies Record<CheckIn['status'], string>;
const ENTRY =
	/^(\d{1,2}s\d{1,2}(?:r\d{1,2})*)d(\d{1,5})([dhk])(?:e(\d{1,2}))?(?:p(\d{1,2}))?(z)?(?:a([0-9a-z]{1,2}))?(?:-([A-Za-z0-9_-]*))?$/;
const DAMAGED = 'This log link is damaged or incomplete. Ask for the link again, or for the log as a file.';

/**
 * The log as the text after `#log=`; undefined when it is too long for a
 * link (send the file instead) or empty.
 *
 * Never throws.
 *
 * @example
 * encodeLogLink([{ session: 'w03-s2', date: '2026-03-19', status: 'done', effort: 4, pain: 5, painAt: ['calf'] }])
 * // 'l1.20260319.3s2d0de4p5a2.xx'
 */
export function encodeLogLink(log: readonly CheckIn[]): string | undefined {
	const first = log.reduce<string | undefined>(
		(min, c) => (min === undefined || c.date < min ? c.date : min),
		undefined,
	);
	if (first === undefined) return undefined;
	const entries = log.map((c) => {
		const where = (c.painAt ?? []).reduce((mask, site) => mask | (1 << PAIN_SITES.indexOf(site)), 0);
		return [
			`${ref(c.session)}d${daysBetween(first, c.date)}${STATUS_LETTERS[c.status]}`,
			c.effort !== undefined ? `e${c.effort}` : '',
			c.pain !== undefined ? `p${c.pain}` : '',
			c.dizzy ? 'z' : '',
			where > 0 ? `a${where.toString(36)}` : '',
			c.note ? `-${toBase64Url(c.note)}` : '',
		].join('');
	});
	const body = `${LOG_LINK_VERSION}.${first.replaceAll('-', '')}.${entries.join('~')}`;
	const code = `${body}.${shareCheck(body)}`;
	return code.length > MAX_LOG_LINK_LENGTH ? undefined : code;
}

/**
 * Reads the text after `#log=` back into check-ins, checked by the log's
 * zod schema. Never throws: a damaged, cut-off, oversized or newer link
 * gives a sentence that says what to do, never echoing the link.
 *
 * @example
 * decodeLogLink(encodeLogLink(log) ?? '') // { ok: true, value: log }
 * decodeLogLink('l1.2026') // { ok: false, message: 'This log link is damaged or incomplete. …' }
 */
export function decodeLogLink(text: string): { ok: true; value: CheckIn[] } | { ok: false; message: string } {
	try {
		return decodeUnsafe(text);
	} catch {
		return { ok: false, message: DAMAGED };
	}
}

function decodeUnsafe(text: string): { ok: true; value: CheckIn[] } | { ok: false; message: string } {
	if (typeof text !== 'string' || text.trim() === '')
		return { ok: false, message: 'This log link has no check-ins in it.' };
	if (text.length > MAX_LOG_LINK_LENGTH) {
		return { ok: false, message: 'This log link is too long to be a Retrostride training log.' };
	}
	const parts = text.trim().split('.');
	const version = /^l(\d{1,4})$/.exec(parts[0] ?? '')?.[1];
	if (version !== undefined && Number(version) > 1) {
		return {
			ok: false,
			message: 'This log link was made by a newer version of Retrostride. Reload the page and try again.',
		};
	}
	const [tag, start = '', entries = '', check = ''] = parts;
	if (tag !== LOG_LINK_VERSION || parts.length !== 4 || check !== shareCheck(parts.slice(0, 3).join('.'))) {
		return { ok: false, message: DAMAGED };
	}
	const day = /^(\d{4})(\d{2})(\d{2})$/.exec(start);
	if (!day) return { ok: false, message: DAMAGED };
	const first = `${day[1]}-${day[2]}-${day[3]}`;
	const raw: unknown[] = [];
	for (const entry of entries.split('~')) {
		const m = ENTRY.exec(entry);
		if (!m) return { ok: false, message: DAMAGED };
		const [, session = '', days, status, effort, pain, dizzy, where, note] = m;
		const mask = where === undefined ? 0 : Number.parseInt(where, 36);
		raw.push({
			session: unref(session),
			date: addDays(first, Number(days)),
			status: CHECKIN_STATUSES.find((s) => STATUS_LETTERS[s] === status),
			...(effort !== undefined ? { effort: Number(effort) } : {}),
			...(pain !== undefined ? { pain: Number(pain) } : {}),
			...(mask > 0 ? { painAt: PAIN_SITES.filter((_, i) => (mask & (1 << i)) !== 0) } : {}),
			...(dizzy ? { dizzy: true } : {}),
			...(note ? { note: fromBase64Url(note) } : {}),
		});
		if (mask >= 1 << PAIN_SITES.length) return { ok: false, message: DAMAGED };
	}
	withoutJit();
	const parsed = checkInLogSchema.safeParse(raw);
	return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: DAMAGED };
}
