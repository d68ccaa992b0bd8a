/**
 * A coach's edits in a share link: the 13th field of a v3 share string
 * (share-encode.ts). Compact enough that a link with 20 edits, block
 * rewrites included, still fits the QR code on a printed sheet, and made
 * only of URL-unreserved characters, so the link needs no percent-encoding.
 *
 * Edits are joined by `~`. A session id `w03-s2-r1` is written `3s2r1`.
 *
 * ```
 * m3s2d16          move w03-s2 to the plan's day 16 (days after startDate; `dn2` = 2 days before)
 * w3s2x4s1         swap w03-s2 and w04-s1
 * k3s2             skip w03-s2
 * u3s2             restore w03-s2 (bring a skipped session back)
 * n3s2-SGVsbG8     note on w03-s2: base64url of the UTF-8 text ("Hello"); nothing after `-` = remove the note
 * p5               repeat week 5
 * r3s2mbr3t300r60jfe1-VGl0bGU
 *                  rewrite w03-s2: blocks, then `-` and the base64url title when there is one
 * ```
 *
 * A block is `role direction mode repeats (d metres | t seconds) [r seconds
 * mode direction] e effort [p min x max]`, each choice one letter or the
 * index of the option list (options.ts), numbers decimal with `_` for the
 * point: `mbr3t300r60jfe1` = main, backward run, 3 × 300 s, 60 s forward jog
 * between, effort 1 (easy).
 *
 * An edit's `label` (words for messages) is not carried: a link rebuilds the
 * plan it was made from, so its edits always apply.
 */
import { addDays, daysBetween } from '../plan/dates';
import type { PlanEdit } from '../plan/edit-schema';
import { type Direction, EFFORTS, type Mode } from '../plan/options';
import type { PlanInput, Segment } from '../plan/schema';
import { encodeShareState, shareCheck } from './share-encode';

/** The version of a share string that carries edits: v2's fields, then the edits. */
export const SHARE_VERSION_EDITS = 'v3';

/**
 * The share string of a plan with its edits: v3 when there are edits, and
 * the plain v2 string when there are none, so links made before edits
 * existed read the same.
 *
 * Never throws.
 *
 * @example
 * encodePlanShare(input, []) === encodeShareState(input) // true
 * encodePlanShare(input, [{ type: 'skip', session: 'w03-s2' }]) // 'v3.00000.20260302…..k3s2.xx'
 */
export function encodePlanShare(input: PlanInput, edits: readonly PlanEdit[] = []): string {
	const code = encodeShareState(input);
	if (edits.length === 0) return code;
	const body = `${SHARE_VERSION_EDITS}${code.slice(code.indexOf('.'), code.lastIndexOf('.'))}.${encodeEdits(edits, input.startDate)}`;
	return `${body}.${shareCheck(body)}`;
}

/** One letter per option, in the order of the option lists. */
const ROLE_LETTERS: Readonly<Record<Segment['role'], string>> = { 'warm-up': 'w', main: 'm', 'cool-down': 'c' };
const DIRECTION_LETTERS: Readonly<Record<Direction, string>> = { forward: 'f', backward: 'b' };
const MODE_LETTERS: Readonly<Record<Mode, string>> = { walk: 'w', jog: 'j', run: 'r', stride: 's', sprint: 'p' };

const invert = <T extends string>(map: Readonly<Record<T, string>>): Record<string, T> =>
	Object.fromEntries(Object.entries(map).map(([k, v]) => [v, k])) as Record<string, T>;
const ROLES = invert(ROLE_LETTERS);
const DIRS = invert(DIRECTION_LETTERS);
const MODE_OF = invert(MODE_LETTERS);

/** `w03-s2-r1` → `3s2r1` (the training log's link writes sessions the same way). */
export function ref(id: string): string {
	return id.replace(/^w0*(\d+)-s(\d+)/, '$1s$2').replaceAll('-r', 'r');
}

/** `3s2r1` → `w03-s2-r1`; '' for text that is not a session. */
export function unref(text: string): string {
	const m = /^(\d{1,2})s(\d{1,2})((?:r\d{1,2})*)$/.exec(text);
	if (!m) return '';
	return `w${(m[1] ?? '').padStart(2, '0')}-s${m[2]}${(m[3] ?? '').replaceAll('r', '-r')}`;
}

/** A number as decimal text with `_` for the point, at most 3 decimals. */
function num(value: number): string {
	return String(Math.round(value * 1000) / 1000).replace('.', '_');
}

function unnum(text: string | undefined): number {
	return Number((text ?? '').replace('_', '.'));
}

/** UTF-8 text as base64url without padding. */
export function toBase64Url(text: string): string {
	let binary = '';
	for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Inverse of `toBase64Url`; throws on text that is not base64url of UTF-8 (callers catch). */
export function fromBase64Url(text: string): string {
	const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
	return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

function encodeSegment(s: Segment): string {
	let text = `${ROLE_LETTERS[s.role]}${DIRECTION_LETTERS[s.direction]}${MODE_LETTERS[s.mode]}${s.repeats}`;
	text += s.distanceM !== undefined ? `d${num(s.distanceM)}` : `t${num(s.durationSec ?? 0)}`;
	if (s.recovery) {
		const r = s.recovery;
		text += `r${num(r.durationSec)}${MODE_LETTERS[r.mode]}${DIRECTION_LETTERS[r.direction]}`;
	}
	text += `e${EFFORTS.indexOf(s.effort)}`;
	if (s.pace) text += `p${num(s.pace.min)}x${num(s.pace.max)}`;
	return text;
}

const NUMBER = '(\\d{1,6}(?:_\\d{1,3})?)';
const SEGMENT = new RegExp(
	`([wmc])([fb])([wjrsp])(\\d{1,2})([dt])${NUMBER}(?:r${NUMBER}([wj])([fb]))?e([0-4])(?:p${NUMBER}x${NUMBER})?`,
	'y',
);

/** Blocks from their text; undefined when the text is not blocks (a damaged link). */
function decodeSegments(text: string): Segment[] | undefined {
	const segments: Segment[] = [];
	SEGMENT.lastIndex = 0;
	while (SEGMENT.lastIndex < text.length) {
		const m = SEGMENT.exec(text);
		if (!m) return undefined;
		const [, role = '', dir = '', mode = '', reps, measure, amount, rSec, rMode = '', rDir = '', effort, pMin, pMax] =
			m;
		const segment: Segment = {
			role: ROLES[role] ?? 'main',
			direction: DIRS[dir] ?? 'forward',
			mode: MODE_OF[mode] ?? 'walk',
			repeats: Number(reps),
			...(measure === 'd' ? { distanceM: unnum(amount) } : { durationSec: unnum(amount) }),
			...(rSec !== undefined
				? {
						recovery: {
							durationSec: unnum(rSec),
							mode: MODE_OF[rMode] === 'jog' ? 'jog' : 'walk',
							direction: DIRS[rDir] ?? 'forward',
						},
					}
				: {}),
			effort: EFFORTS[Number(effort)] ?? 'easy',
			...(pMin !== undefined ? { pace: { min: unnum(pMin), max: unnum(pMax) } } : {}),
		};
		segments.push(segment);
	}
	return segments;
}

/**
 * The edits field of a share string; '' for none.
 *
 * @example
 * encodeEdits([{ type: 'skip', session: 'w03-s2' }, { type: 'repeat-week', week: 5 }], '2026-03-02') // 'k3s2~p5'
 */
export function encodeEdits(edits: readonly PlanEdit[], startDate: string): string {
	return edits.map((e) => encodeEdit(e, startDate)).join('~');
}

function encodeEdit(edit: PlanEdit, startDate: string): string {
	switch (edit.type) {
		case 'move': {
			const days = daysBetween(startDate, edit.to);
			return `m${ref(edit.session)}d${days < 0 ? `n${-days}` : days}`;
		}
		case 'swap':
			return `w${ref(edit.a)}x${ref(edit.b)}`;
		case 'skip':
			return `k${ref(edit.session)}`;
		case 'restore':
			return `u${ref(edit.session)}`;
		case 'note':
			return `n${ref(edit.session)}-${toBase64Url(edit.text)}`;
		case 'repeat-week':
			return `p${edit.week}`;
		case 'replace': {
			const title = edit.title === undefined ? '' : `-${toBase64Url(edit.title)}`;
			return `r${ref(edit.session)}${edit.segments.map(encodeSegment).join('')}${title}`;
		}
	}
}

const REF = '(\\d{1,2}s\\d{1,2}(?:r\\d{1,2})*)';
const PATTERNS = {
	move: new RegExp(`^m${REF}d(n?)(\\d{1,4})$`),
	swap: new RegExp(`^w${REF}x${REF}$`),
	skip: new RegExp(`^k${REF}$`),
	restore: new RegExp(`^u${REF}$`),
	note: new RegExp(`^n${REF}-([A-Za-z0-9_-]*)$`),
	repeat: /^p(\d{1,2})$/,
	replace: new RegExp(`^r${REF}([a-z0-9_]+)(?:-([A-Za-z0-9_-]*))?$`),
};

/**
 * Edits from the edits field of a share string, as plain objects for
 * `planEditsSchema` to check; undefined when the field is damaged. Never
 * throws.
 *
 * @example
 * decodeEdits('k3s2~p5', '2026-03-02') // [{ type: 'skip', session: 'w03-s2' }, { type: 'repeat-week', week: 5 }]
 */
export function decodeEdits(text: string, startDate: string): unknown[] | undefined {
	if (text === '') return [];
	try {
		const edits = text.split('~').map((part) => decodeEdit(part, startDate));
		return edits.every((e) => e !== undefined) ? edits : undefined;
	} catch {
		return undefined;
	}
}

function decodeEdit(text: string, startDate: string): unknown {
	let m = PATTERNS.move.exec(text);
	if (m) {
		const days = Number(m[3]) * (m[2] === 'n' ? -1 : 1);
		return { type: 'move', session: unref(m[1] ?? ''), to: addDays(startDate, days) };
	}
	m = PATTERNS.swap.exec(text);
	if (m) return { type: 'swap', a: unref(m[1] ?? ''), b: unref(m[2] ?? '') };
	m = PATTERNS.skip.exec(text);
	if (m) return { type: 'skip', session: unref(m[1] ?? '') };
	m = PATTERNS.restore.exec(text);
	if (m) return { type: 'restore', session: unref(m[1] ?? '') };
	m = PATTERNS.note.exec(text);
	if (m) return { type: 'note', session: unref(m[1] ?? ''), text: fromBase64Url(m[2] ?? '') };
	m = PATTERNS.repeat.exec(text);
	if (m) return { type: 'repeat-week', week: Number(m[1]) };
	m = PATTERNS.replace.exec(text);
	if (m) {
		const segments = decodeSegments(m[2] ?? '');
		if (!segments) return undefined;
		return {
			type: 'replace',
			session: unref(m[1] ?? ''),
			segments,
			...(m[3] !== undefined ? { title: fromBase64Url(m[3]) } : {}),
		};
	}
	return undefined;
}
