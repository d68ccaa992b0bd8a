/**
 * A coach's edits, applied to a generated plan. A plan is its input plus a
 * list of edits: the builder regenerates the plan from the form and applies
 * the edits again on every change, and every page, export, sheet and the
 * player show the result, so they can never disagree.
 *
 * The safety rules of the engine are kept in words, not enforced: an edit
 * that breaks one is applied and warned about next to its session
 * (edit-checks.ts), because the coach may know something the engine does
 * not (a relay is three short efforts, not one long one).
 */
import { createContext, type PlanContext } from './context';
import { addDays, daysBetween, formatDayMonthYear, weekdayOf } from './dates';
import { kindForBlocks } from './describe';
import { editWarnings } from './edit-checks';
import type { PlanEdit } from './edit-schema';
import { formatDistance, formatDuration } from './format';
import { generatePlan } from './generate';
import { isRaceGoal, type Phase } from './options';
import type { SessionChange } from './plan-schema';
import { backwardSafetyNotes } from './safety';
import type { Plan, PlanInput, Segment, Session, Week } from './schema';
import { draftSession, weekTotals } from './sessions';

/** A warning about an edited plan, shown next to the session (or week) it is about. */
export interface EditWarning {
	/** The session the warning is about, when it is about one. */
	readonly session?: string;
	/** The week the warning is about (numbered as in the edited plan). */
	readonly week?: number;
	/** The warning, a sentence for the runner or coach. */
	readonly message: string;
}

/** An edit that no longer applies to the plan (its session is gone, its date is outside the plan). */
export interface DroppedEdit {
	/** The edit, as given. */
	readonly edit: PlanEdit;
	/** Its position in the list of edits. */
	readonly index: number;
	/** Why it no longer applies, a sentence the builder shows. */
	readonly message: string;
}

/** What `applyPlanEdits` returns. */
export interface EditResult {
	/** The edited plan (the generated plan itself when there are no edits). */
	readonly plan: Plan;
	/** Warnings about edits that break a rule of the plan; the edits are applied all the same. */
	readonly warnings: EditWarning[];
	/** Edits that were not applied, with the reason. */
	readonly dropped: DroppedEdit[];
}

/**
 * Phases a repeated week may push out of a race plan, in order of choice:
 * a build or foundation week first, a peak week only when none is left, and
 * never a recovery, taper or race week (coaching convention).
 */
const DROPPABLE: readonly (readonly Phase[])[] = [['foundation', 'build'], ['peak']];

/** The plan's weeks while edits are applied: position + 1 is the week number. */
interface Draft {
	readonly plan: Plan;
	readonly ctx: PlanContext;
	weeks: { phase: Phase; sessions: Session[] }[];
	/** Weeks repeated so far (numbered as in the edited plan), for the readiness check. */
	repeated: number[];
}

/**
 * Apply a coach's edits to a generated plan, in order. Never throws: an edit
 * that no longer fits the plan (its session is gone after the form changed,
 * its date is outside the plan) is left out and returned in `dropped` with a
 * sentence the UI shows; an edit that breaks a safety rule is applied and
 * warned about in `warnings`. Pure: the same plan and edits give the same
 * result, and no edits give the plan back unchanged. Pass the generated
 * plan: the result carries the edits that took effect in `plan.edits`, so
 * share links and files made from it rebuild it exactly.
 *
 * @example
 * const { plan: edited } = applyPlanEdits(plan, [{ type: 'move', session: 'w01-s2', to: '2026-03-04' }]);
 * edited.weeks[0].sessions.find((s) => s.id === 'w01-s2')?.date // '2026-03-04'
 */
export function applyPlanEdits(plan: Plan, edits: readonly PlanEdit[]): EditResult {
	if (edits.length === 0) return { plan, warnings: [], dropped: [] };
	try {
		return applyUnsafe(plan, edits);
	} catch {
		// Unreachable for edits that passed planEditSchema; a damaged list must still never break a page.
		return {
			plan,
			warnings: [],
			dropped: edits.map((edit, index) => ({ edit, index, message: 'This edit could not be applied.' })),
		};
	}
}

/**
 * The plan a share link, a file or saved state describes: generated from the
 * input, then edited. Never throws (for an input `parsePlanInput` accepted).
 *
 * @example
 * const shared = decodeShareState(code);
 * if (shared.ok) buildEditedPlan(shared.value, shared.edits).plan
 */
export function buildEditedPlan(input: PlanInput, edits: readonly PlanEdit[]): EditResult {
	return applyPlanEdits(generatePlan(input), edits);
}

function applyUnsafe(plan: Plan, edits: readonly PlanEdit[]): EditResult {
	const draft: Draft = {
		plan,
		ctx: createContext(plan.input),
		weeks: plan.weeks.map((w) => ({ phase: w.phase, sessions: [...w.sessions] })),
		repeated: [],
	};
	const dropped: DroppedEdit[] = [];
	const applied: PlanEdit[] = [];
	edits.forEach((edit, index) => {
		const problem = applyOne(draft, edit);
		if (problem === undefined) applied.push(edit);
		else dropped.push({ edit, index, message: problem });
	});
	// The plan carries the edits that took effect, so its links and files rebuild it exactly.
	const edited: Plan = { ...plan, weeks: assembleWeeks(draft), ...(applied.length > 0 ? { edits: applied } : {}) };
	return { plan: edited, warnings: editWarnings(edited, draft.repeated), dropped };
}

/** Applies one edit to the draft; returns why it cannot apply, or undefined. */
function applyOne(draft: Draft, edit: PlanEdit): string | undefined {
	switch (edit.type) {
		case 'move':
			return moveSession(draft, edit);
		case 'swap':
			return swapSessions(draft, edit);
		case 'skip':
			return updateSession(draft, edit, edit.session, (s) => ({ ...s, skipped: true }), 'skipped');
		case 'restore':
			return updateSession(draft, edit, edit.session, ({ skipped: _skipped, ...s }) => s, 'restored');
		case 'replace':
			return updateSession(draft, edit, edit.session, (s) => rewriteSession(draft, s, edit), 'replaced');
		case 'note':
			return updateSession(draft, edit, edit.session, (s) => withNote(s, edit.text), 'noted');
		case 'repeat-week':
			return repeatWeek(draft, edit.week);
	}
}

// ---------------------------------------------------------------------------
// Finding sessions, and saying why an edit no longer applies
// ---------------------------------------------------------------------------

function find(draft: Draft, id: string): { week: number; index: number; session: Session } | undefined {
	for (const [w, week] of draft.weeks.entries()) {
		const index = week.sessions.findIndex((s) => s.id === id);
		const session = week.sessions[index];
		if (session) return { week: w, index, session };
	}
	return undefined;
}

const VERBS: Readonly<Record<PlanEdit['type'], string>> = {
	move: 'move',
	swap: 'swap',
	skip: 'skip',
	restore: 'restoring',
	replace: 'rewrite',
	note: 'note on',
	'repeat-week': 'repeat',
};

/** "week 3's session 2", from an id like w03-s2 (the edit's own label is better, when it has one). */
function idLabel(id: string): string {
	const m = /^w(\d+)-s(\d+)/.exec(id);
	return m ? `week ${Number(m[1])}'s session ${Number(m[2])}` : 'a session';
}

/**
 * "Your move of week 3's Thursday session no longer applies: the plan now has 2 sessions that week."
 */
function missing(draft: Draft, edit: PlanEdit & { label?: string | undefined }, id: string): string {
	const week = Number(/^w(\d+)/.exec(id)?.[1] ?? 0);
	const what = `Your ${VERBS[edit.type]} of ${edit.label ?? idLabel(id)} no longer applies`;
	const thatWeek = draft.weeks[week - 1];
	if (!thatWeek) return `${what}: the plan now has ${draft.weeks.length} weeks.`;
	const n = thatWeek.sessions.length;
	return `${what}: the plan now has ${n} ${n === 1 ? 'session' : 'sessions'} that week.`;
}

// ---------------------------------------------------------------------------
// The edits
// ---------------------------------------------------------------------------

/** The session with one more change recorded (each raises its calendar SEQUENCE). */
function changed(session: Session, change: SessionChange): Session {
	return { ...session, changes: [...(session.changes ?? []), change] };
}

/** Replaces a session in place through `update`, recording `change`. */
function updateSession(
	draft: Draft,
	edit: PlanEdit & { label?: string | undefined },
	id: string,
	update: (s: Session) => Session,
	change: SessionChange,
): string | undefined {
	const found = find(draft, id);
	if (!found) return missing(draft, edit, id);
	const week = draft.weeks[found.week];
	if (week) week.sessions[found.index] = changed(update(found.session), change);
	return undefined;
}

/** The first and last day of the plan as it stands. */
function span(draft: Draft): { first: string; last: string } {
	const first = draft.plan.input.startDate;
	return { first, last: addDays(first, draft.weeks.length * 7 - 1) };
}

/** Puts a session on `date`, in the week that holds that date. */
function place(draft: Draft, session: Session, date: string): void {
	const week = Math.floor(daysBetween(draft.plan.input.startDate, date) / 7);
	draft.weeks[week]?.sessions.push(changed({ ...session, date, weekday: weekdayOf(date) }, 'moved'));
}

/** Takes a session out of its week. */
function remove(draft: Draft, at: { week: number; index: number }): void {
	draft.weeks[at.week]?.sessions.splice(at.index, 1);
}

function moveSession(draft: Draft, edit: Extract<PlanEdit, { type: 'move' }>): string | undefined {
	const found = find(draft, edit.session);
	if (!found) return missing(draft, edit, edit.session);
	const { first, last } = span(draft);
	if (edit.to < first || edit.to > last) {
		return `Your move of ${edit.label ?? idLabel(edit.session)} no longer applies: ${formatDayMonthYear(edit.to)} is outside the plan, which now runs from ${formatDayMonthYear(first)} to ${formatDayMonthYear(last)}.`;
	}
	remove(draft, found);
	place(draft, found.session, edit.to);
	return undefined;
}

function swapSessions(draft: Draft, edit: Extract<PlanEdit, { type: 'swap' }>): string | undefined {
	const a = find(draft, edit.a);
	if (!a) return missing(draft, edit, edit.a);
	const b = find(draft, edit.b);
	if (!b) return missing(draft, edit, edit.b);
	if (edit.a === edit.b) return `Your swap of ${edit.label ?? idLabel(edit.a)} names the same session twice.`;
	// Remove the later index first so the earlier one stays valid when both share a week.
	const [later, earlier] = a.week === b.week && a.index < b.index ? [b, a] : [a, b];
	remove(draft, later);
	remove(draft, earlier);
	place(draft, a.session, b.session.date);
	place(draft, b.session, a.session.date);
	return undefined;
}

/** "Your session: 4 × 400 m backward run + 10 min forward jog", from the main blocks. */
function titleFromSegments(segments: readonly Segment[], draft: Draft): string {
	const main = segments.filter((s) => s.role === 'main');
	const parts = (main.length > 0 ? main : segments).map((s) => {
		const amount =
			s.distanceM !== undefined
				? formatDistance(s.distanceM, draft.plan.input.units)
				: formatDuration(s.durationSec ?? 0);
		return `${s.repeats > 1 ? `${s.repeats} × ` : ''}${amount} ${s.direction} ${s.mode}`;
	});
	return `Your session: ${parts.join(' + ')}`;
}

/**
 * The session with new blocks: estimates worked out again, and the backward
 * safety notes added when the new blocks go backward and the old ones did not.
 */
function rewriteSession(draft: Draft, session: Session, edit: Extract<PlanEdit, { type: 'replace' }>): Session {
	const segments = edit.segments.map((s) => ({ ...s }));
	const goesBackward = segments.some((s) => s.direction === 'backward');
	const { surface, hasGuide } = draft.plan.input;
	const notes = goesBackward
		? [...new Set([...session.safetyNotes, ...backwardSafetyNotes(surface, hasGuide)])]
		: session.safetyNotes;
	const title = edit.title?.trim() || titleFromSegments(segments, draft);
	const { id, changes, skipped, note, repeatOf } = session;
	// The label follows the new blocks: a single rep is not "Intervals", reps are not "Continuous".
	const kind = kindForBlocks(session.kind, segments);
	const rebuilt = draftSession(draft.ctx, { ...session, kind, title, segments, safetyNotes: notes });
	return {
		id,
		...rebuilt,
		...(changes ? { changes } : {}),
		...(skipped ? { skipped } : {}),
		...(note !== undefined ? { note } : {}),
		...(repeatOf !== undefined ? { repeatOf } : {}),
	};
}

/** The session with its note set, or removed when the text is blank. */
function withNote(session: Session, text: string): Session {
	const { note: _old, ...rest } = session;
	const trimmed = text.trim();
	return trimmed === '' ? rest : { ...rest, note: trimmed };
}

/** A fresh id for a copy of `id`: w03-s2 → w03-s2-r1, or -r2 when that is taken. */
function copyId(draft: Draft, id: string): string {
	for (let n = 1; ; n++) {
		const candidate = `${id}-r${n}`;
		if (!find(draft, candidate)) return candidate;
	}
}

/**
 * Repeat week `n`: a copy follows it and later weeks move 7 days. A race
 * keeps its date, so a race plan gives up one later foundation, build or peak
 * week (the one whose loss makes the smallest step, never a recovery, taper
 * or race week); with none to give up, the repeat is refused.
 */
function repeatWeek(draft: Draft, n: number): string | undefined {
	const source = draft.weeks[n - 1];
	if (!source) return `Your repeat of week ${n} no longer applies: the plan now has ${draft.weeks.length} weeks.`;
	const race = isRaceGoal(draft.plan.input.goal);
	const drop = race ? weekToDrop(draft, n) : undefined;
	if (race && drop === undefined) {
		return `Week ${n} cannot be repeated: the race date holds, and every week after it is a recovery, taper or race week, so there is no build week to give up. Skip a session or move one instead.`;
	}
	if (!race && draft.weeks.length >= 52) return `Week ${n} cannot be repeated: a plan holds at most 52 weeks.`;
	const copy = {
		phase: source.phase,
		sessions: source.sessions.map((s) => {
			const { note: _note, skipped: _skipped, changes: _changes, ...rest } = s;
			const date = addDays(s.date, 7);
			return { ...rest, id: copyId(draft, s.id), date, changes: ['repeated' as const], repeatOf: s.repeatOf ?? s.id };
		}),
	};
	// Weeks after n move a week later, up to the dropped week (race) or the end of the plan.
	const end = drop ?? draft.weeks.length + 1;
	for (let w = n + 1; w < end; w++) {
		const week = draft.weeks[w - 1];
		if (week) week.sessions = week.sessions.map((s) => changed({ ...s, date: addDays(s.date, 7) }, 'shifted'));
	}
	if (drop !== undefined) draft.weeks.splice(drop - 1, 1);
	draft.weeks.splice(n, 0, copy);
	draft.repeated.push(n);
	return undefined;
}

/** The longest backward session of a week, seconds. */
function longestBackward(week: { sessions: readonly Session[] } | undefined): number {
	return Math.max(0, ...(week?.sessions ?? []).filter((s) => s.kind !== 'race').map((s) => s.backwardSec));
}

/**
 * Which later week a race plan gives up when week `n` is repeated: among the
 * build (then peak) weeks after it, the one whose loss makes the smallest
 * step from the week before it to the week after it; undefined when there is
 * none.
 */
function weekToDrop(draft: Draft, n: number): number | undefined {
	for (const phases of DROPPABLE) {
		const week = smallestStep(draft, n, phases);
		if (week !== undefined) return week;
	}
	return undefined;
}

/** Among the weeks after `n` in `phases`, the one whose loss makes the smallest step. */
function smallestStep(draft: Draft, n: number, phases: readonly Phase[]): number | undefined {
	let best: { week: number; step: number } | undefined;
	for (let w = n + 1; w <= draft.weeks.length; w++) {
		const week = draft.weeks[w - 1];
		// A week that is itself a repeat was asked for by the coach: giving it up would undo that edit.
		if (!week || !phases.includes(week.phase) || week.sessions.some((s) => s.repeatOf !== undefined)) continue;
		// After the repeat, week w-1's dose is followed directly by week w+1's.
		const before = longestBackward(draft.weeks[w - 2]);
		const after = longestBackward(draft.weeks[w]);
		const step = before > 0 ? after / before : after;
		if (!best || step <= best.step) best = { week: w, step };
	}
	return best?.week;
}

// ---------------------------------------------------------------------------
// The edited plan's weeks
// ---------------------------------------------------------------------------

/** Weeks numbered from 1 with their dates, sessions in date order, totals worked out again. */
function assembleWeeks(draft: Draft): Week[] {
	const start = draft.plan.input.startDate;
	return draft.weeks.map((week, i) => {
		const sessions = [...week.sessions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
		return {
			index: i + 1,
			startDate: addDays(start, i * 7),
			endDate: addDays(start, i * 7 + 6),
			phase: week.phase,
			totals: weekTotals(draft.ctx, sessions),
			sessions,
		};
	});
}
