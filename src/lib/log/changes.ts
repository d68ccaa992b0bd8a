/**
 * What changed and why: the changes the training log made to a plan, read
 * back from the plan itself, each with its rule and the check-in that set it
 * off. The plan is the record: a change the runner undid is gone from it, and
 * a plan opened from a coach's link (its edits carried in the link) lists the
 * same changes as on the runner's device.
 */
import type { EditWarning } from '../plan/edits';
import { isRaceGoal } from '../plan/options';
import type { Plan } from '../plan/schema';
import { type Adaptation, EASED_PREFIX, logTriggers, PAUSED_PREFIX, REPEATED_PATTERN, raceChange } from './adapt';
import type { CheckIn } from './checkin-schema';

/** One change in the plan made from the log. */
export interface AdaptationRecord {
	/** The session the change is shown next to. */
	readonly session: string;
	/** What changed. */
	readonly change: Adaptation['change'];
	/** The change in words, as on the session ("Repeated week 3: you reported calf pain 5/10 on Thursday 19 Mar."). */
	readonly reason: string;
	/** The rule's constant in log/rules.ts; undefined when the log no longer holds the check-in behind it. */
	readonly rule: Adaptation['rule'] | undefined;
	/** The check-in that set the change off; undefined when it was edited or deleted since. */
	readonly checkIn: CheckIn | undefined;
}

/** Which trigger kinds make each change (adapt.ts). */
const KINDS: Readonly<Record<'repeated' | 'eased' | 'paused', readonly string[]>> = {
	repeated: ['stop', 'hold', 'holding', 'missed'],
	eased: ['stop'],
	paused: ['pause'],
};

/** The change a note part records, and the reason after its opening words; undefined for a note of the runner's own. */
function readNote(part: string): { change: keyof typeof KINDS; body: string } | undefined {
	const repeated = REPEATED_PATTERN.exec(part);
	if (repeated) return { change: 'repeated', body: part.slice(repeated[0].length) };
	if (part.startsWith(EASED_PREFIX)) return { change: 'eased', body: part.slice(EASED_PREFIX.length) };
	if (part.startsWith(PAUSED_PREFIX)) return { change: 'paused', body: part.slice(PAUSED_PREFIX.length) };
	return undefined;
}

/**
 * The log's changes still in the plan, in the plan's order. `warnings` (the
 * edited plan's, from `applyPlanEdits`) adds the race's options when the
 * repeats have left a race plan short of its race. Never throws.
 *
 * @example
 * adaptationsInPlan(adaptPlan(plan, log, today).plan, log)
 * // [{ session: 'w03-s1-r1', change: 'repeated', reason: 'Repeated week 3: you reported calf pain 5/10 on Thursday 19 Mar.',
 * //    rule: 'ADAPT_PAIN_STOP', checkIn: { session: 'w03-s2', date: '2026-03-19', status: 'done', pain: 5, painAt: ['calf'] } }, …]
 */
export function adaptationsInPlan(
	plan: Plan,
	log: readonly CheckIn[],
	options: { warnings?: readonly EditWarning[] } = {},
): AdaptationRecord[] {
	try {
		const triggers = logTriggers(plan, log);
		const records: AdaptationRecord[] = [];
		for (const s of plan.weeks.flatMap((w) => w.sessions)) {
			// adapt.ts adds each change to what the note held, after " · ".
			for (const part of (s.note ?? '').split(' · ')) {
				const read = readNote(part);
				if (!read) continue;
				const t = triggers.find((x) => KINDS[read.change].includes(x.kind) && read.body.startsWith(`${x.reason}.`));
				records.push({ session: s.id, change: read.change, reason: part, rule: t?.rule, checkIn: t?.checkIn });
			}
		}
		if (isRaceGoal(plan.input.goal) && records.some((r) => r.change === 'repeated')) {
			const race: Adaptation[] = [];
			raceChange(options.warnings ?? [], race, plan);
			for (const r of race) records.push({ ...r, checkIn: undefined });
		}
		return records;
	} catch {
		return [];
	}
}
