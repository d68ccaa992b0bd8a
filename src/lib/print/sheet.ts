/**
 * The coach's print sheet (/plan/print/?p=<share state>&layout=full|fridge):
 * what the page reads from its address, and how a plan is cut into printed
 * rows, cells and pages. Pure: the React island only renders these.
 *
 * Two layouts:
 * - `full`: a header, then one table per week (date, session, backward and
 *   forward amounts, pace, notes, a tick box), then a safety summary. A week
 *   never splits across pages, so a page holds two or three whole weeks on
 *   A4 or US Letter. {@link fullSheetPageBound} is the promise the e2e test
 *   holds the PDF to.
 * - `fridge`: every week on one page as a grid, week rows × weekday columns,
 *   {@link FRIDGE_WEEKS_PER_PAGE} weeks per page; a longer plan continues on
 *   a second (and third) page, and the sheet says so.
 */
import { decodeShareState } from '../export/share';
import { encodePlanShare } from '../export/share-edits';
import { buildEditedPlan, type EditWarning } from '../plan/edits';
import { formatDistance, formatDuration, formatPace, formatRoundedDuration } from '../plan/format';
import {
	type Direction,
	EFFORT_LABELS,
	type Effort,
	SESSION_KIND_LABELS,
	type SessionKind,
	WEEKDAYS,
	type Weekday,
} from '../plan/options';
import { CALF_NOTE, STOP_RULE } from '../plan/safety';
import type { Plan, Segment, Session, Week } from '../plan/schema';

/** The two printed layouts; the first is the default. */
export const PRINT_LAYOUTS = ['full', 'fridge'] as const;
export type PrintLayout = (typeof PRINT_LAYOUTS)[number];

/** Weeks one fridge page holds (12 rows fit A4 and US Letter with the header). */
export const FRIDGE_WEEKS_PER_PAGE = 12;

/**
 * The `layout` query value as a layout; anything else is the full sheet.
 *
 * Never throws: anything unknown gives the full layout.
 *
 * @example
 * parsePrintLayout('fridge') // 'fridge'
 * parsePrintLayout('poster') // 'full'
 */
export function parsePrintLayout(value: string | null | undefined): PrintLayout {
	return PRINT_LAYOUTS.find((l) => l === value) ?? 'full';
}

/** What the print page shows for its address. */
export type PrintSheetResult =
	| { kind: 'empty' }
	| { kind: 'error'; message: string }
	| { kind: 'ready'; plan: Plan; warnings: EditWarning[]; code: string; layout: PrintLayout };

/**
 * Read the print page's address. Never throws: no `p` gives `empty` (the page
 * explains where sheets come from); a damaged one gives the share decoder's
 * message. `code` is the share string re-encoded from the checked input, so
 * the QR code always carries a canonical link.
 *
 * @example
 * openPrintSheet(new URLSearchParams('p=v1.00000…&layout=fridge')) // { kind: 'ready', plan, code, layout: 'fridge' }
 * openPrintSheet(new URLSearchParams('p=v1.junk')) // { kind: 'error', message: 'This plan link is damaged…' }
 */
export function openPrintSheet(params: URLSearchParams): PrintSheetResult {
	try {
		const raw = params.get('p');
		if (raw === null || raw.trim() === '') return { kind: 'empty' };
		const shared = decodeShareState(raw);
		if (!shared.ok) return { kind: 'error', message: shared.message };
		const { plan, warnings } = buildEditedPlan(shared.value, shared.edits);
		return {
			kind: 'ready',
			plan,
			warnings,
			code: encodePlanShare(plan.input, plan.edits),
			layout: parsePrintLayout(params.get('layout')),
		};
	} catch {
		return { kind: 'error', message: 'This plan could not be built from the link. Build the plan again and print it.' };
	}
}

/**
 * The builder's absolute address for a plan: what the QR code holds.
 *
 * Never throws.
 *
 * @example
 * builderPlanUrl('https://example.org', '/retro', 'v1.…') // 'https://example.org/retro/plan/?p=v1.…'
 */
export function builderPlanUrl(origin: string, base: string, code: string): string {
	const path = base.endsWith('/') ? base : `${base}/`;
	return `${origin.replace(/\/$/, '')}${path}plan/?p=${code}`;
}

/**
 * The print page's query for a plan and layout (the layout radio buttons write it).
 *
 * Never throws.
 *
 * @example
 * printSheetQuery('v1.…', 'fridge') // '?p=v1.…&layout=fridge'
 */
export function printSheetQuery(code: string, layout: PrintLayout): string {
	return `?p=${code}&layout=${layout}`;
}

/**
 * Session kinds in one short word, for the fridge grid's cells, where the
 * word shares a line with the date and the tick box.
 */
export const FRIDGE_KIND_LABELS: Readonly<Record<SessionKind, string>> = {
	drills: 'Drills',
	intervals: 'Reps',
	mixed: 'Mixed',
	continuous: 'Steady',
	long: 'Long',
	walk: 'Walk',
	'easy-forward': 'Easy',
	race: 'Race',
};

/** One letter per direction, used in the fridge grid and pace column; the legend spells them out. */
export const DIRECTION_MARKS: Readonly<Record<Direction, string>> = { backward: 'B', forward: 'F' };

/**
 * The plan's units in words, for the sheet header.
 *
 * Never throws.
 */
export function unitsLabel(units: Plan['input']['units']): string {
	return units === 'mi' ? 'miles (paces in minutes per mile)' : 'kilometres (paces in minutes per km)';
}

/** A session as the printed sheets show it. */
export interface PrintSession {
	id: string;
	date: string;
	weekday: Weekday;
	/** 'Tue 3 Mar'. */
	dateLabel: string;
	/** '3 Mar' (the fridge grid names the weekday in its column header). */
	dayLabel: string;
	/** 'Mixed run'. */
	kindLabel: string;
	/** 'Mixed' (the fridge grid). */
	shortKind: string;
	/** 'about 36 min'. */
	durationLabel: string;
	/** Backward blocks in full, e.g. ['4 × 45 s run']. Empty when the session is all forward. */
	backward: string[];
	/** Forward blocks in full, e.g. ['10 min jog (warm-up)', '20 min run']. Recoveries are in `notes`. */
	forward: string[];
	/** Backward blocks in short, e.g. '4×45 s' (no-break spaces inside each block); '' for none. */
	backwardShort: string;
	/** Forward blocks in short, e.g. '10 min + 20 min'; '' for none. */
	forwardShort: string;
	/** Pace ranges by direction, minutes per plan unit, e.g. ['B 10:30–11:55', 'F 6:40–7:20']. */
	paces: string[];
	/** Effort and recoveries, e.g. ['Effort: easy', 'Recover: 1 min forward walk']. */
	notes: string[];
}

/** No-break space: a compact amount ('3×1 min 30 s') never wraps inside itself, only at the ' + ' between amounts. */
const NBSP = '\u00a0';

/** '4 × 45 s' or '20 m'; compact: '4×45 s' with no-break spaces. */
function amountOf(seg: Segment, units: Plan['input']['units'], compact: boolean): string {
	const each =
		seg.distanceM !== undefined ? formatDistance(seg.distanceM, units) : formatDuration(seg.durationSec ?? 0);
	if (!compact) return seg.repeats <= 1 ? each : `${seg.repeats} × ${each}`;
	return (seg.repeats <= 1 ? each : `${seg.repeats}×${each}`).replaceAll(' ', NBSP);
}

function unique<T>(items: readonly T[]): T[] {
	return [...new Set(items)];
}

/** 'easy (can talk in full sentences)' → 'easy'. */
function effortWord(effort: Effort): string {
	return EFFORT_LABELS[effort].replace(/\s*\(.*\)$/, '');
}

/**
 * A session cut into the printed columns.
 *
 * Never throws.
 *
 * @example
 * printSession(session, 'km').backwardShort // '4×45 s'
 */
export function printSession(session: Session, units: Plan['input']['units']): PrintSession {
	const by = (d: Direction) => session.segments.filter((s) => s.direction === d);
	const full = (seg: Segment) => {
		const text = `${amountOf(seg, units, false)} ${seg.mode}`;
		return seg.role === 'main' ? text : `${text} (${seg.role})`;
	};
	const paces: string[] = [];
	for (const d of ['backward', 'forward'] as const) {
		const ranges = unique(
			by(d)
				.filter((s) => s.pace !== undefined && s.pace.max > 0)
				.map((s) => `${formatPace(s.pace?.min ?? 0)}–${formatPace(s.pace?.max ?? 0)}`),
		);
		for (const r of ranges) paces.push(`${DIRECTION_MARKS[d]} ${r}`);
	}
	return {
		id: session.id,
		date: session.date,
		weekday: session.weekday,
		dateLabel: formatLongDay(session.date),
		dayLabel: formatDayMonth(session.date),
		// A skipped session stays on the sheet, said in words: the athlete sees the plan as the coach left it.
		kindLabel: session.skipped ? `Skipped: ${SESSION_KIND_LABELS[session.kind]}` : SESSION_KIND_LABELS[session.kind],
		shortKind: session.skipped ? 'Skipped' : FRIDGE_KIND_LABELS[session.kind],
		// Rounded as the schedule and the player round it, so a coach's sheet and a runner's screen agree.
		durationLabel: `about ${formatRoundedDuration(session.estimatedDurationSec)}`,
		backward: by('backward').map(full),
		forward: by('forward').map(full),
		backwardShort: by('backward')
			.map((s) => amountOf(s, units, true))
			.join(' + '),
		forwardShort: by('forward')
			.map((s) => amountOf(s, units, true))
			.join(' + '),
		paces,
		notes: [...(session.note !== undefined ? [`Note: ${session.note}`] : []), ...sessionNotes(session.segments)],
	};
}

/**
 * Effort ('Effort: easy', or by direction when it differs: 'Effort: B very
 * easy, then moderate; F easy') and recoveries between repeats, grouped by
 * how they are done ('Recover: 15 s or 45 s forward walk').
 */
function sessionNotes(segments: readonly Segment[]): string[] {
	const notes: string[] = [];
	const efforts = unique(segments.map((s) => effortWord(s.effort)));
	if (efforts.length === 1) notes.push(`Effort: ${efforts[0]}`);
	else {
		const byDirection = (['backward', 'forward'] as const).flatMap((d) => {
			const words = unique(segments.filter((s) => s.direction === d).map((s) => effortWord(s.effort)));
			return words.length > 0 ? [`${DIRECTION_MARKS[d]} ${words.join(', then ')}`] : [];
		});
		notes.push(`Effort: ${byDirection.join('; ')}`);
	}
	const recoveries = new Map<string, string[]>();
	for (const s of segments) {
		if (s.recovery === undefined || s.repeats <= 1) continue;
		const how = `${s.recovery.direction} ${s.recovery.mode}`;
		const times = recoveries.get(how) ?? [];
		times.push(formatDuration(s.recovery.durationSec));
		recoveries.set(how, unique(times));
	}
	if (recoveries.size > 0) {
		notes.push(`Recover: ${[...recoveries].map(([how, times]) => `${times.join(' or ')} ${how}`).join('; ')}`);
	}
	return notes;
}

const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const LONG_DAY = new Intl.DateTimeFormat('en-GB', {
	weekday: 'short',
	day: 'numeric',
	month: 'short',
	timeZone: 'UTC',
});

function toDate(date: string): Date | undefined {
	const d = new Date(`${date}T00:00:00Z`);
	return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(d.getTime()) ? d : undefined;
}

/**
 * Never throws: a date it cannot read is shown as written.
 *
 * @example
 * formatDayMonth('2026-03-03') // '3 Mar'
 */
export function formatDayMonth(date: string): string {
	const d = toDate(date);
	return d ? DAY_MONTH.format(d) : date;
}

/** 'Tue 3 Mar' (as the builder's `formatPlanDate`, repeated here so this module stays small). */
function formatLongDay(date: string): string {
	const d = toDate(date);
	return d ? LONG_DAY.format(d).replace(',', '') : date;
}

/**
 * A week's dates in short: the month once when both ends share it.
 *
 * Never throws: a date it cannot read is shown as written.
 *
 * @example
 * formatWeekRange('2026-03-02', '2026-03-08') // '2–8 Mar'
 * formatWeekRange('2026-03-30', '2026-04-05') // '30 Mar–5 Apr'
 */
export function formatWeekRange(start: string, end: string): string {
	const a = formatDayMonth(start);
	const b = formatDayMonth(end);
	const [dayA, monthA] = a.split(' ');
	const [, monthB] = b.split(' ');
	return monthA !== undefined && monthA === monthB ? `${dayA}–${b}` : `${a}–${b}`;
}

/**
 * The weekdays that carry a session anywhere in the plan, Monday first: the
 * fridge grid's columns (a rest day every week gets no column).
 *
 * Never throws.
 */
export function fridgeColumns(plan: Plan): Weekday[] {
	const used = new Set(plan.weeks.flatMap((w) => w.sessions.map((s) => s.weekday)));
	return WEEKDAYS.filter((d) => used.has(d));
}

/** One printed page of the fridge sheet. */
export interface FridgePage {
	/** 1-based. */
	pageNumber: number;
	pageCount: number;
	weeks: Week[];
	/** Index of the first and last week on the page. */
	firstWeek: number;
	lastWeek: number;
}

/**
 * The fridge sheet's pages: {@link FRIDGE_WEEKS_PER_PAGE} weeks each, so a
 * plan of up to 12 weeks is one page and a 26-week plan is three.
 *
 * Never throws.
 */
export function fridgePages(plan: Plan): FridgePage[] {
	const pageCount = Math.max(1, Math.ceil(plan.weeks.length / FRIDGE_WEEKS_PER_PAGE));
	return Array.from({ length: pageCount }, (_, i) => {
		const weeks = plan.weeks.slice(i * FRIDGE_WEEKS_PER_PAGE, (i + 1) * FRIDGE_WEEKS_PER_PAGE);
		return {
			pageNumber: i + 1,
			pageCount,
			weeks,
			firstWeek: weeks[0]?.index ?? 1,
			lastWeek: weeks.at(-1)?.index ?? 1,
		};
	});
}

/**
 * A week's session on a weekday, or undefined for a rest day.
 *
 * Never throws.
 */
export function sessionOn(week: Week, weekday: Weekday): Session | undefined {
	return week.sessions.find((s) => s.weekday === weekday);
}

/**
 * The most pages the full sheet takes on A4 or US Letter, the promise the
 * e2e test holds the PDF to: the header and at least one week on page 1, at
 * least two whole weeks on every later page (a week never splits), and the
 * safety summary, which may need a page of its own. Measured in Chromium:
 * two to three weeks a page (12-week mixed plan with six days: 5 pages;
 * 12-week drills: 5-6; 16-week half marathon: 8; 26 weeks: 10).
 *
 * Never throws.
 *
 * @example
 * fullSheetPageBound(12) // 8
 */
export function fullSheetPageBound(weekCount: number): number {
	return Math.ceil(weekCount / 2) + 2;
}

/**
 * The safety summary at the end of the full sheet: the stop rule first, then
 * every distinct safety note in the plan, then the calf note, the plan's own
 * warnings and the warnings about a coach's edits. The screening note is
 * printed above it on its own.
 *
 * Never throws.
 */
export function printSafetySummary(plan: Plan, editWarnings: readonly EditWarning[] = []): string[] {
	return unique([
		STOP_RULE,
		...plan.weeks.flatMap((w) => w.sessions.flatMap((s) => s.safetyNotes)),
		CALF_NOTE,
		...plan.warnings,
		// A coach's edit that breaks a rule of the plan, named by its week so the athlete can find it.
		...editWarnings.map((w) => (w.week === undefined ? w.message : `Week ${w.week}: ${w.message}`)),
	]);
}

/**
 * The effort words and what they feel like, for the legend.
 *
 * Never throws.
 */
export function effortLegend(plan: Plan): string[] {
	const used = new Set(plan.weeks.flatMap((w) => w.sessions.flatMap((s) => s.segments.map((g) => g.effort))));
	return (Object.keys(EFFORT_LABELS) as Effort[]).filter((e) => used.has(e)).map((e) => EFFORT_LABELS[e]);
}
