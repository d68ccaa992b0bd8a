/**
 * The group session sheet: "what each athlete does at Tuesday's session" on
 * one page a coach can run with a whistle. Everyone warms up together, then
 * each group does its own main blocks in its plan's order, then everyone
 * cools down together. Read from the athletes' plans, never generated apart
 * from them, so the sheet and each athlete's calendar agree.
 */
import { describeSegment } from '../plan/describe';
import type { Plan, Segment, Session } from '../plan/schema';

/** Someone training at the session: a name (an athlete, or a cohort's level) and the plan. */
export interface SessionMember {
	name: string;
	plan: Plan;
}

/** One row of the sheet: who, their session's title, and their main blocks in order. */
export interface SessionGroup {
	/** The athletes (or levels) doing exactly these blocks. */
	names: string[];
	/** The session's title, e.g. "Backward intervals: 4 × 2 min". */
	title: string;
	/** The main blocks in words, in the plan's order ("4 × 2 min backward run, 1 min forward jog between; easy…"). */
	blocks: string[];
}

/** The sheet for one date. */
export interface SessionSheet {
	/** The date, yyyy-mm-dd. */
	date: string;
	/** The warm-up everyone does together (the longest any member's plan has that day), in words; absent if none has one. */
	warmUp?: string;
	/** The cool-down everyone does together (the longest any has), in words; absent if none has one. */
	coolDown?: string;
	/** One row per member, or per set of members doing the same blocks (`byBlocks`). */
	groups: SessionGroup[];
	/** Members with no session on the date (rest day, or a plan not started or finished). */
	resting: string[];
}

/** Seconds a segment takes, recoveries aside; a distance segment counts as 0 (the longest by time wins). */
function segmentSec(s: Segment): number {
	return (s.durationSec ?? 0) * s.repeats;
}

/** A segment in words without its pace: the group block is shared, and paces differ per athlete. */
function sharedWords(s: Segment, plan: Plan): string {
	const { pace: _pace, ...rest } = s;
	return describeSegment(rest, plan.input.units).replace(/^[^:]+:\s*/, '');
}

/** The longest segment of `role` across the day's sessions, in shared words. */
function longest(sessions: readonly { plan: Plan; session: Session }[], role: Segment['role']): string | undefined {
	let best: { sec: number; words: string } | undefined;
	for (const { plan, session } of sessions) {
		for (const s of session.segments) {
			if (s.role !== role) continue;
			const sec = segmentSec(s);
			if (best === undefined || sec > best.sec) best = { sec, words: sharedWords(s, plan) };
		}
	}
	return best?.words;
}

/** The session on `date` in a plan, if one is there and not skipped. */
function sessionOnDate(plan: Plan, date: string): Session | undefined {
	for (const week of plan.weeks) {
		const found = week.sessions.find((s) => s.date === date && s.skipped !== true);
		if (found) return found;
	}
	return undefined;
}

/** Options for {@link groupSessionSheet}. */
export interface SessionSheetOptions {
	/** One row per set of members with the same blocks (paces left out), rather than one per member [false]. */
	byBlocks?: boolean;
}

/**
 * The sheet for `date`: the shared warm-up and cool-down, and each member's
 * (or each set of members') main blocks in order. With `byBlocks`, members
 * doing the same blocks share a row and paces are left out (each athlete's
 * own pace is on their plan); otherwise each row keeps the athlete's paces.
 *
 * Never throws; a date nobody trains on gives no groups and everyone resting.
 *
 * @example
 * groupSessionSheet([{ name: 'Ada', plan }, { name: 'Bo', plan: other }], '2026-03-17')
 * // { date: '2026-03-17', warmUp: '10 min forward jog; easy (…)', groups: [{ names: ['Ada'], blocks: ['4 × 2 min backward run…'] }, …], resting: [] }
 */
export function groupSessionSheet(
	members: readonly SessionMember[],
	date: string,
	options: SessionSheetOptions = {},
): SessionSheet {
	const training: { name: string; plan: Plan; session: Session }[] = [];
	const resting: string[] = [];
	for (const m of members) {
		const session = sessionOnDate(m.plan, date);
		if (session) training.push({ name: m.name, plan: m.plan, session });
		else resting.push(m.name);
	}
	const groups: SessionGroup[] = [];
	for (const { name, plan, session } of training) {
		const main = session.segments.filter((s) => s.role === 'main');
		const blocks = options.byBlocks
			? main.map((s) => sharedWords(s, plan))
			: main.map((s) => describeSegment(s, plan.input.units).replace(/^[^:]+:\s*/, ''));
		const same = options.byBlocks
			? groups.find((g) => g.title === session.title && g.blocks.join('\n') === blocks.join('\n'))
			: undefined;
		if (same) same.names.push(name);
		else groups.push({ names: [name], title: session.title, blocks });
	}
	const warmUp = longest(training, 'warm-up');
	const coolDown = longest(training, 'cool-down');
	return { date, ...(warmUp ? { warmUp } : {}), ...(coolDown ? { coolDown } : {}), groups, resting };
}

/**
 * The dates any member trains on, in order, with how many train that day:
 * the sheet's date picker, busiest days easy to spot.
 *
 * Never throws.
 *
 * @example
 * sessionDates(members)[0] // { date: '2026-03-03', count: 12 }
 */
export function sessionDates(members: readonly SessionMember[]): { date: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const m of members) {
		for (const week of m.plan.weeks)
			for (const s of week.sessions) if (s.skipped !== true) counts.set(s.date, (counts.get(s.date) ?? 0) + 1);
	}
	return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, count]) => ({ date, count }));
}
