/**
 * Share links, the reading half: see share-encode.ts for the format.
 */
import { addDays } from '../plan/dates';
import { type PlanEdit, planEditsSchema } from '../plan/edit-schema';
import { parsePlanInput } from '../plan/input';
import { EXPERIENCE_LEVELS, GOALS, SURFACES, UNITS, WEEKDAYS } from '../plan/options';
import type { PlanInput } from '../plan/schema';
import { decodeEdits } from './share-edits';
import { shareCheck } from './share-encode';

export { encodeShareState, SHARE_VERSION, shareCheck } from './share-encode';

/**
 * Longest share string we try to read; longer ones are rejected unread. A
 * plan's settings take under 100 characters; 20 edits with block rewrites
 * about 800 more, and a QR code at level M holds about 2,300.
 */
export const MAX_SHARE_LENGTH = 2300;

/** Result of reading a share string: the plan input and the coach's edits (empty before v3). */
export type ShareResult = { ok: true; value: PlanInput; edits: PlanEdit[] } | { ok: false; message: string };

/** Fields in a share string, the version and the check included. */
const FIELD_COUNT: Readonly<Record<string, number>> = { v1: 12, v2: 14, v3: 15 };

/**
 * Read a share string back into a validated plan input. Never throws: a
 * damaged, truncated, oversized, old-version or junk string gives a message
 * that says what to do, never echoing the string back. A well-formed string
 * still goes through `parsePlanInput`, so a hand-edited link cannot produce
 * an input the form could not.
 *
 * @example
 * decodeShareState(encodePlanShare(input, edits)) // { ok: true, value: input, edits }
 * decodeShareState('v9.x') // { ok: false, message: 'This link was made by a newer version of Retrostride…' }
 * decodeShareState(aV1Link) // still opens: v1 links carry no runner minutes or split, so those take their defaults
 */
export function decodeShareState(text: string): ShareResult {
	try {
		return decodeUnsafe(text);
	} catch {
		return fail(DAMAGED);
	}
}

const DAMAGED = 'This plan link is damaged or incomplete. Ask for the link again, or build the plan yourself.';

function fail(message: string): { ok: false; message: string } {
	return { ok: false, message };
}

function decodeUnsafe(text: string): ShareResult {
	if (typeof text !== 'string' || text.trim() === '') return fail('This plan link has no plan in it.');
	if (text.length > MAX_SHARE_LENGTH) return fail('This plan link is too long to be a Retrostride plan.');
	const parts = text.trim().split('.');
	const version = parts[0] ?? '';
	const count = Object.hasOwn(FIELD_COUNT, version) ? FIELD_COUNT[version] : undefined;
	if (count === undefined) {
		const n = /^v(\d{1,4})$/.exec(version)?.[1];
		if (n === undefined) return fail(DAMAGED);
		return Number(n) > 3
			? fail('This link was made by a newer version of Retrostride. Reload the page and try again.')
			: fail('This link uses an old format Retrostride can no longer read. Build the plan again from its settings.');
	}
	if (parts.length !== count) return fail(DAMAGED);
	const check = parts.pop() ?? '';
	if (check !== shareCheck(parts.join('.'))) return fail(DAMAGED);

	const [, flags = '', start = '', weeks = '', race = '', days = '', longRun = '', pace = '', distance = ''] = parts;
	const [, , , , , , , , , time = '', reminder = '', running = '', splitText = '', editsText = ''] = parts;
	const flagDigits = /^(\d)(\d)(\d)(\d)([01])$/.exec(flags);
	const startMatch = /^(\d{4})(\d{2})(\d{2})$/.exec(start);
	const dayMask = /^[0-9a-z]{1,2}$/.test(days) ? Number.parseInt(days, 36) : Number.NaN;
	if (
		flagDigits === null ||
		startMatch === null ||
		!/^\d{1,3}$/.test(weeks) ||
		!/^(\d{1,4})?$/.test(race) ||
		!(dayMask > 0 && dayMask < 128) ||
		!/^[0-6]$/.test(longRun) ||
		!/^(\d{2})?(\d{2})?$/.test(time) ||
		time.length === 2 ||
		!/^(\d{1,5})?$/.test(reminder) ||
		!/^(\d{1,3})?$/.test(running)
	) {
		return fail(DAMAGED);
	}
	const split = splitText === '' ? undefined : decodeSplit(splitText);
	if (split === null) return fail(DAMAGED);
	const startDate = `${startMatch[1]}-${startMatch[2]}-${startMatch[3]}`;
	const paceValue = decodeNumber(pace);
	const distanceValue = distance === '' ? undefined : decodeNumber(distance);
	if (paceValue === undefined || (distance !== '' && distanceValue === undefined)) return fail(DAMAGED);

	const raw = {
		goal: GOALS[Number(flagDigits[1])],
		experience: EXPERIENCE_LEVELS[Number(flagDigits[2])],
		units: UNITS[Number(flagDigits[3])],
		surface: SURFACES[Number(flagDigits[4])],
		hasGuide: flagDigits[5] === '1',
		startDate,
		weeks: Number(weeks),
		raceDate: race === '' ? undefined : addDays(startDate, Number(race)),
		days: WEEKDAYS.filter((_, i) => (dayMask & (1 << i)) !== 0),
		longRunDay: WEEKDAYS[Number(longRun)],
		forwardEasyPace: paceValue,
		forwardWeeklyDistance: distanceValue,
		sessionTime: time === '' ? undefined : `${time.slice(0, 2)}:${time.slice(2)}`,
		reminderMinutes: reminder === '' ? undefined : Number(reminder),
		currentRunMinutes: running === '' ? undefined : Number(running),
		split,
	};
	// An out-of-range index gives `undefined`, which parsePlanInput would fill
	// with a default; a damaged link must not silently become another plan.
	if (raw.goal === undefined || raw.experience === undefined || raw.units === undefined || raw.surface === undefined) {
		return fail(DAMAGED);
	}
	const parsed = parsePlanInput(raw);
	if (!parsed.ok) {
		return fail(`This plan link has settings we cannot use: ${parsed.errors.map((e) => e.message).join('; ')}.`);
	}
	const edits = planEditsSchema.safeParse(decodeEdits(editsText, startDate));
	if (!edits.success) return fail(DAMAGED);
	return { ok: true, value: parsed.value, edits: edits.data };
}

/** Inverse of `encodeSplit`; `null` when the text is not a split (a damaged link). */
function decodeSplit(text: string): Record<string, unknown> | null {
	const m = /^([dt])([\d_]+)-([\d_]+)(?:-([\d_]+)(?:-(\d{1,2}))?)?$/.exec(text);
	if (m === null) return null;
	const forward = decodeNumber(m[2] ?? '');
	const backward = decodeNumber(m[3] ?? '');
	const step = m[4] === undefined ? undefined : decodeNumber(m[4]);
	if (forward === undefined || backward === undefined || (m[4] !== undefined && step === undefined)) return null;
	return {
		measure: m[1] === 'd' ? 'distance' : 'time',
		forward,
		backward,
		...(step !== undefined ? { step } : {}),
		...(m[5] !== undefined ? { everyWeeks: Number(m[5]) } : {}),
	};
}

/** Inverse of {@link encodeNumber}; `undefined` for anything that is not plain decimal. */
function decodeNumber(text: string): number | undefined {
	if (!/^\d{1,6}(_\d{1,20})?$/.test(text)) return undefined;
	const value = Number(text.replace('_', '.'));
	return Number.isFinite(value) ? value : undefined;
}
