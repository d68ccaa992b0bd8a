/**
 * The plan follows the runner: from the training log, `adaptPlan` eases a
 * plan after pain, dizziness or missed sessions, as edits of the same kind a
 * coach makes by hand (plan/edits.ts), so they show next to their sessions,
 * can be undone, and reach the calendar, the sheet and the player.
 *
 * Rules (log/rules.ts):
 * - pain 4/10 or more, or dizziness or a fall: the next backward session
 *   becomes an easy forward walk, and the week is repeated;
 * - pain on 3 check-ins running: backward sessions pause, see a physiotherapist;
 * - mild pain twice running, or effort 8+ on an easy session twice: the week repeats, and the dose
 *   holds until two easy check-ins (a held week that can no longer bring them repeats again);
 * - 2 or more sessions skipped in a week: the week repeats.
 *
 * A week repeats only while it is this week or last week: a check-in logged
 * long after its session eases what comes next but moves no weeks. While
 * backward running is paused, no week repeats.
 *
 * Every change also writes its reason as a note on the session it changes
 * ("Repeated week 5: you reported calf pain 5/10 on Thursday"). A change
 * already made is not made again, and the builder passes only the check-ins
 * the plan has not seen (`triggeredBy`), so it can adapt after every check-in
 * from the whole log. Adapting twice from scratch is not always the same as
 * once: when an old check-in arrives with newer ones, a repeat made for a
 * newer one can leave room for the old one to ease one more session.
 */
import { daysBetween, formatDayMonthYear, weekdayOf } from '../plan/dates';
import type { PlanEdit } from '../plan/edit-schema';
import { applyPlanEdits, type EditWarning } from '../plan/edits';
import { isRaceGoal, WEEKDAY_OPTIONS } from '../plan/options';
import type { Plan, Session } from '../plan/schema';
import type { CheckIn } from './checkin-schema';
import { ADAPT_EASY_WALK_SEC, ADAPT_HOLD, ADAPT_MISSED_IN_WEEK, ADAPT_PAIN_RUN, ADAPT_PAIN_STOP } from './rules';

/** One change the log made, in words, next to the session it is about. */
export interface Adaptation {
	/** The session the change is shown next to. */
	readonly session: string;
	/** What changed. */
	readonly change: 'eased' | 'repeated' | 'paused' | 'race';
	/** Why, in the runner's own terms: "you reported calf pain 5/10 on Thursday". */
	readonly reason: string;
	/** The rule's constant in log/rules.ts (RACE_READINESS: the race's own readiness check). */
	readonly rule: 'ADAPT_PAIN_STOP' | 'ADAPT_PAIN_RUN' | 'ADAPT_HOLD' | 'ADAPT_MISSED_IN_WEEK' | 'RACE_READINESS';
}

/** What `adaptPlan` returns. */
export interface AdaptResult {
	/** The plan with the log's edits applied after any it already had. */
	readonly plan: Plan;
	/** The edits the log added (append them to the builder's edit history as one step). */
	readonly edits: PlanEdit[];
	/** The changes in words. */
	readonly changes: Adaptation[];
	/** Warnings about the edited plan (plan/edit-checks.ts), the race's readiness included. */
	readonly warnings: EditWarning[];
}

const EASY = new Set(['very-easy', 'easy']);
const EASED_TITLE = 'Easy forward walk (eased after your check-in)';
/** How each change's note begins, so `adaptationsInPlan` (changes.ts) can find them again. */
export const EASED_PREFIX = 'Eased to an easy forward walk: ';
export const PAUSED_PREFIX = 'Backward running paused: ';
export const REPEATED_PATTERN = /^Repeated week \d+: /;

/**
 * A trigger found in the log, acted on in date order. `holding`: a check-in
 * while the dose holds, which still needs `needed` easy check-ins.
 */
export type Trigger = {
	kind: 'stop' | 'pause' | 'hold' | 'holding' | 'missed';
	checkIn: CheckIn;
	reason: string;
	needed?: number;
};

/** Each trigger's rule in log/rules.ts. */
const RULE_OF = {
	stop: 'ADAPT_PAIN_STOP',
	pause: 'ADAPT_PAIN_RUN',
	hold: 'ADAPT_HOLD',
	holding: 'ADAPT_HOLD',
	missed: 'ADAPT_MISSED_IN_WEEK',
} as const satisfies Record<Trigger['kind'], Adaptation['rule']>;

/**
 * The plan, eased where the log says it should be. Never throws: an unknown
 * session, a check-in after `today` or a damaged entry is left out.
 *
 * @example
 * adaptPlan(plan, [{ session: 'w05-s2', date: '2026-04-02', status: 'done', pain: 5, painAt: ['calf'] }], '2026-04-03')
 * // week 5 repeated, the next backward session an easy walk, each with its reason as a note
 */
export function adaptPlan(plan: Plan, log: readonly CheckIn[], today: string, options: AdaptOptions = {}): AdaptResult {
	try {
		return adaptUnsafe(plan, log, today, options);
	} catch {
		return { plan, edits: [], changes: [], warnings: [] };
	}
}

/** Which check-ins may change the plan. */
export interface AdaptOptions {
	/**
	 * Only triggers from these check-ins act (the whole log still counts for
	 * "running" rules): the builder passes the new check-ins, so a change the
	 * runner undid is not made again by the next check-in.
	 */
	readonly triggeredBy?: readonly CheckIn[];
}

/**
 * The rules' triggers in the log, in date order, each with its check-in,
 * its reason in words and its rule: what `adaptPlan` acts on, and what
 * `adaptationsInPlan` (changes.ts) matches the plan's notes against. Check-
 * ins after `today` and for sessions the plan does not have are left out.
 */
export function logTriggers(
	plan: Plan,
	log: readonly CheckIn[],
	today = '9999-12-31',
): (Trigger & { rule: (typeof RULE_OF)[Trigger['kind']] })[] {
	const known = new Map(plan.weeks.flatMap((w) => w.sessions.map((s) => [s.id, { s, week: w.index }] as const)));
	const entries = log
		.filter((c) => c.date <= today && known.has(c.session))
		.map((c, i) => ({ c, i }))
		.sort((a, b) => (a.c.date < b.c.date ? -1 : a.c.date > b.c.date ? 1 : a.i - b.i))
		.map(({ c }) => c);
	return findTriggers(entries, known).map((t) => ({ ...t, rule: RULE_OF[t.kind] }));
}

function adaptUnsafe(plan: Plan, log: readonly CheckIn[], today: string, options: AdaptOptions): AdaptResult {
	const only = options.triggeredBy;
	const triggers = logTriggers(plan, log, today).filter((t) => !only || only.includes(t.checkIn));

	const edits: PlanEdit[] = [];
	const changes: Adaptation[] = [];
	const current = () => applyPlanEdits(plan, edits).plan;
	for (const t of triggers) act(t, current, edits, changes, today);

	const result = applyPlanEdits(plan, edits);
	if (isRaceGoal(plan.input.goal) && changes.some((c) => c.change === 'repeated')) {
		raceChange(result.warnings, changes, plan);
	}
	// With no new edits, applyPlanEdits hands the plan back as it is, its earlier edits included.
	const applied = edits.length === 0 ? [] : (result.plan.edits ?? []);
	const all = [...(plan.edits ?? []), ...applied];
	return {
		plan: { ...result.plan, ...(all.length > 0 ? { edits: all } : {}) },
		edits: applied,
		changes,
		warnings: result.warnings,
	};
}

// ---------------------------------------------------------------------------
// Reading the log
// ---------------------------------------------------------------------------

/** "calf pain 5/10", "pain 5/10", "dizziness or a loss of balance". */
function complaint(c: CheckIn): string {
	if (c.dizzy) return 'dizziness or a loss of balance';
	const where = (c.painAt ?? []).filter((p) => p !== 'other').join(' and ');
	return `${where ? `${where} ` : ''}pain ${c.pain ?? 0}/10`;
}

/** "Thursday 19 Mar": the day a runner remembers, and the date that tells two Thursdays apart. */
function dayName(date: string): string {
	const day = WEEKDAY_OPTIONS.find((o) => o.value === weekdayOf(date))?.label ?? '';
	const [, d = '', month = ''] = formatDayMonthYear(date).split(' ');
	return `${day} ${d} ${month}`;
}

/** True when every block of the session is very easy or easy. */
function isEasy(s: Session | undefined): boolean {
	return s?.segments.every((g) => EASY.has(g.effort)) ?? false;
}

/** What a hold promises, said where it begins. */
const HOLDS = `; the dose holds until ${ADAPT_HOLD.easyTimes} easy check-ins (done, no pain, effort under ${ADAPT_HOLD.hardEffort})`;

/** An easy check-in, which counts towards ending a hold: done, no pain, no dizziness, effort under 8. */
function isEasyCheckIn(c: CheckIn): boolean {
	return c.status === 'done' && !c.dizzy && (c.pain ?? 0) === 0 && (c.effort ?? 0) < ADAPT_HOLD.hardEffort;
}

/** A check-in that says the dose is still too much: pain, dizziness or a very hard effort. */
function strains(c: CheckIn): boolean {
	return Boolean(c.dizzy) || (c.pain ?? 0) >= 1 || (c.effort ?? 0) >= ADAPT_HOLD.hardEffort;
}

/** The rules' triggers, in date order. */
function findTriggers(
	entries: readonly CheckIn[],
	known: ReadonlyMap<string, { s: Session; week: number }>,
): Trigger[] {
	const triggers: Trigger[] = [];
	let painRun = 0;
	let mildRun = 0;
	let hardRun = 0;
	// The dose holding: the check-in the easy count (re)started from, and the count.
	let hold: { since: CheckIn; easy: number } | undefined;
	const skippedByWeek = new Map<number, CheckIn[]>();
	for (const c of entries) {
		const before = triggers.length;
		const pain = c.pain ?? 0;
		painRun = pain >= 1 ? painRun + 1 : 0;
		mildRun = pain >= 1 && pain < ADAPT_PAIN_STOP ? mildRun + 1 : 0;
		hardRun = (c.effort ?? 0) >= ADAPT_HOLD.hardEffort && isEasy(known.get(c.session)?.s) ? hardRun + 1 : 0;
		const on = dayName(c.date);
		if (pain >= ADAPT_PAIN_STOP || c.dizzy) {
			triggers.push({ kind: 'stop', checkIn: c, reason: `you reported ${complaint(c)} on ${on}` });
		}
		if (painRun === ADAPT_PAIN_RUN) {
			triggers.push({
				kind: 'pause',
				checkIn: c,
				reason: `you reported pain on ${ADAPT_PAIN_RUN} check-ins running, the last on ${on}`,
			});
		}
		if (mildRun === ADAPT_HOLD.mildPainTimes && pain < ADAPT_PAIN_STOP && !c.dizzy) {
			triggers.push({
				kind: 'hold',
				checkIn: c,
				reason: `you reported mild pain twice running, the last on ${on}${HOLDS}`,
			});
			mildRun = 0;
		}
		if (hardRun === ADAPT_HOLD.hardTimes) {
			triggers.push({
				kind: 'hold',
				checkIn: c,
				reason: `easy sessions felt very hard twice running, the last on ${on}${HOLDS}`,
			});
			hardRun = 0;
		}
		if (c.status === 'skipped') {
			const week = known.get(c.session)?.week ?? 0;
			const list = [...(skippedByWeek.get(week) ?? []), c];
			skippedByWeek.set(week, list);
			if (list.length === ADAPT_MISSED_IN_WEEK) {
				triggers.push({
					kind: 'missed',
					checkIn: c,
					reason: `you skipped ${list.length} sessions that week, the last on ${on}`,
				});
			}
		}
		if (triggers.slice(before).some((t) => t.kind === 'hold')) {
			hold = { since: c, easy: 0 };
		} else if (hold) {
			if (isEasyCheckIn(c)) hold.easy++;
			else if (strains(c)) hold = { since: c, easy: 0 };
			if (hold.easy >= ADAPT_HOLD.easyTimes) {
				hold = undefined;
			} else {
				triggers.push({
					kind: 'holding',
					checkIn: c,
					needed: ADAPT_HOLD.easyTimes - hold.easy,
					reason: `the dose holds until ${ADAPT_HOLD.easyTimes} easy check-ins, and you have logged ${hold.easy === 0 ? 'none' : hold.easy} since ${dayName(hold.since.date)}`,
				});
			}
		}
	}
	return triggers;
}

// ---------------------------------------------------------------------------
// Acting on a trigger
// ---------------------------------------------------------------------------

function weekIndexOf(plan: Plan, id: string): number | undefined {
	return plan.weeks.find((w) => w.sessions.some((s) => s.id === id))?.index;
}

/** Whether the week after `week` is already a repeat of it. */
function alreadyRepeated(plan: Plan, week: number): boolean {
	const roots = new Set(plan.weeks[week - 1]?.sessions.map((s) => s.repeatOf ?? s.id));
	const next = plan.weeks[week]?.sessions ?? [];
	return next.length > 0 && next.every((s) => s.repeatOf !== undefined && roots.has(s.repeatOf));
}

/** A note edit that adds `text` to the session's note, unless it is there already. */
function noteEdit(s: Session, text: string): PlanEdit | undefined {
	if (s.note?.includes(text)) return undefined;
	const joined = s.note ? `${s.note} · ${text}` : text;
	return { type: 'note', session: s.id, text: joined.slice(0, 280) };
}

function act(t: Trigger, current: () => Plan, edits: PlanEdit[], changes: Adaptation[], today: string): void {
	const rule = RULE_OF[t.kind];
	if (t.kind === 'pause') {
		pause(t, current, edits, changes, today);
		return;
	}
	if (t.kind === 'holding' && !heldWeekRunsOut(current(), t)) return;
	repeatWeekFor(t, current, edits, changes, today);
	if (t.kind !== 'stop') return;
	const plan = current();
	const text = `${EASED_PREFIX}${t.reason}. Walk only if it feels fine, or rest.`;
	// Eased already for this check-in (adapting again from the whole log): nothing more to do. The eased
	// session may since have gone (a race plan gives up a later week for a repeat); its note edit remains.
	if (plan.weeks.some((w) => w.sessions.some((s) => s.note?.includes(text)))) return;
	if (plan.edits?.some((e) => e.type === 'note' && e.text.includes(text))) return;
	const nextBackward = plan.weeks
		.flatMap((w) => w.sessions)
		.find((s) => s.date > t.checkIn.date && s.date >= today && s.backwardSec > 0 && s.kind !== 'race' && !s.skipped);
	if (!nextBackward || nextBackward.title === EASED_TITLE) return;
	const minutes = Math.min(ADAPT_EASY_WALK_SEC, Math.max(600, nextBackward.estimatedDurationSec));
	edits.push({
		type: 'replace',
		session: nextBackward.id,
		title: EASED_TITLE,
		segments: [
			{
				role: 'main',
				direction: 'forward',
				mode: 'walk',
				repeats: 1,
				durationSec: roundMinute(minutes),
				effort: 'very-easy',
			},
		],
	});
	const note = noteEdit(nextBackward, text);
	if (note) edits.push(note);
	changes.push({ session: nextBackward.id, change: 'eased', reason: text, rule });
}

/**
 * Whether the week of a check-in made while the dose holds can no longer
 * bring the easy check-ins the hold still needs (too few sessions left in
 * it), so it must come again. A week already followed by its repeat has
 * its next chance there.
 */
function heldWeekRunsOut(plan: Plan, t: Trigger): boolean {
	const week = weekIndexOf(plan, t.checkIn.session);
	if (week === undefined || alreadyRepeated(plan, week)) return false;
	const left = (plan.weeks[week - 1]?.sessions ?? []).filter(
		(s) => s.date > t.checkIn.date && !s.skipped && s.kind !== 'race',
	);
	return left.length < (t.needed ?? ADAPT_HOLD.easyTimes);
}

/** The day backward running pauses from (the session with the pause's note), if it does. */
function pausedFrom(plan: Plan): string | undefined {
	return plan.weeks.flatMap((w) => w.sessions).find((s) => s.note?.includes(PAUSED_PREFIX))?.date;
}

/** Repeats the week of the trigger's check-in, with the reason as a note on the repeat's first session. */
function repeatWeekFor(t: Trigger, current: () => Plan, edits: PlanEdit[], changes: Adaptation[], today: string) {
	const plan = current();
	const week = weekIndexOf(plan, t.checkIn.session);
	if (week === undefined) return;
	// A week repeats only while it is this week or last week: repeating a week long past would move weeks
	// the runner has already done (and in a race plan give up one of them).
	const end = plan.weeks[week - 1]?.endDate ?? today;
	const recent = daysBetween(end, today) <= 7;
	// While backward running is paused there is no dose to hold: a repeat would only bring back sessions the pause skipped.
	const paused = pausedFrom(plan);
	if (!recent || alreadyRepeated(plan, week) || (paused !== undefined && paused <= end)) return;
	edits.push({ type: 'repeat-week', week });
	const next = current();
	if (!alreadyRepeated(next, week)) {
		edits.pop(); // refused: a race plan with nothing left to give up (raceChange says so)
		return;
	}
	const first = next.weeks[week]?.sessions[0];
	if (!first) return;
	const text = `Repeated week ${week}: ${t.reason}.`;
	const note = noteEdit(first, text);
	if (note) edits.push(note);
	changes.push({ session: first.id, change: 'repeated', reason: text, rule: RULE_OF[t.kind] });
}

function roundMinute(sec: number): number {
	return Math.max(60, Math.round(sec / 60) * 60);
}

/** Pain on several check-ins running: skip every backward session from here on, with a note on the first. */
function pause(t: Trigger, current: () => Plan, edits: PlanEdit[], changes: Adaptation[], today: string): void {
	const plan = current();
	const ahead = plan.weeks
		.flatMap((w) => w.sessions)
		.filter((s) => s.date > t.checkIn.date && s.date >= today && s.backwardSec > 0 && s.kind !== 'race');
	const open = ahead.filter((s) => !s.skipped);
	const first = ahead[0];
	if (!first) return;
	const text = `${PAUSED_PREFIX}${t.reason}. See a physiotherapist before you go on; when they say you can, undo this change.`;
	for (const s of open) edits.push({ type: 'skip', session: s.id });
	const note = noteEdit(first, text);
	if (note) edits.push(note);
	if (open.length > 0) changes.push({ session: first.id, change: 'paused', reason: text, rule: 'ADAPT_PAIN_RUN' });
}

/** A race plan the repeats leave short of the race, or cannot repeat any more: say so with the options. */
export function raceChange(warnings: readonly EditWarning[], changes: Adaptation[], plan: Plan): void {
	const short = warnings.find((w) => /no longer reaches the race block/.test(w.message));
	const race = plan.weeks.flatMap((w) => w.sessions).find((s) => s.kind === 'race');
	if (!short || !race) return;
	const days = plan.input.raceDate ? daysBetween(plan.weeks[0]?.startDate ?? '', plan.input.raceDate) : 0;
	changes.push({
		session: race.id,
		change: 'race',
		rule: 'RACE_READINESS',
		reason: `With the weeks repeated for your check-ins, the plan no longer trains the race before the taper (${days} days from the start). Rather than cram: choose a later race date, a shorter race, or run part of it forward as a run/walk race.`,
	});
}
