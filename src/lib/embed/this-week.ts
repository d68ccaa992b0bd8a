/**
 * A club's "this week" card: the cohort's next group session for each level,
 * from the same engine and the same starting form a member of that level
 * gets in the club's widget, so the card never disagrees with a member's plan.
 *
 * All date logic compares yyyy-mm-dd strings (they sort like dates), so the
 * answer does not depend on the time zone the code runs in.
 */
import { defaultFormState, embedStartState, evaluateForm } from '../builder/form-check';
import { generatePlan } from '../plan/generate';
import { EXPERIENCE_OPTIONS, type Experience } from '../plan/options';
import type { Plan } from '../plan/plan-schema';
import type { EmbedConfig } from './config';

/** One level's line on the card. */
export interface WeekCardLevel {
	/** The experience level, as the builder names it. */
	level: Experience;
	/** The level's label, as a member sees it in the form. */
	label: string;
	/** The level's session on the card's date, or its own next one when it has none that day. */
	session?: { date: string; title: string };
	/** Why the level has no session: its plan cannot be made (race too soon) or is over. */
	problem?: string;
}

/** The whole card: its heading, the group session's date and time, then one line per level. */
export interface WeekCard {
	/** The cohort's name the club set (data-cohort, already checked by parseCohort): the card's heading. Absent = the card's own heading. */
	cohort?: string;
	/** The next group session's date (yyyy-mm-dd); undefined when no level has one left. */
	date?: string;
	/** The session time the club set (HH:mm), if any. */
	time?: string;
	/** One line per level, new to regular. */
	levels: WeekCardLevel[];
}

/**
 * The first session of a plan on or after `today` (both yyyy-mm-dd), skipping
 * skipped ones. Undefined once the plan is over.
 *
 * Never throws.
 *
 * @example
 * nextSessionOnOrAfter(plan, '2026-12-08')?.date // '2026-12-08' when the plan has a session that day
 */
export function nextSessionOnOrAfter(plan: Plan, today: string): Plan['weeks'][number]['sessions'][number] | undefined {
	for (const week of plan.weeks) {
		if (week.endDate < today) continue;
		const found = week.sessions.find((s) => s.date >= today && !s.skipped);
		if (found) return found;
	}
	return undefined;
}

/**
 * Builds the card for a club's widget settings on `today` (the reader's local
 * date, yyyy-mm-dd). Each level's plan comes from the builder's own starting
 * form for that level (defaultFormState + embedStartState), checked by
 * evaluateForm and made by generatePlan. The card's date is the earliest next
 * session of any level; each level shows its session on that date, or its
 * own next one when its plan has none that day.
 *
 * A level whose plan cannot be made says why in `problem`, one line. The
 * cohort's name, when the club set one, heads the card (the page sets it as
 * text, never as markup).
 *
 * @throws {RangeError} when `today` is not a yyyy-mm-dd date (a bug in the caller, never user input).
 *
 * @example
 * thisWeekCard({ theme: 'auto', cohort: 'Spring retro mile', goal: 'retro-5k', days: ['tue', 'sat'], time: '18:30' }, '2026-12-04', 'en-GB')
 * // { cohort: 'Spring retro mile', date: '2026-12-08', time: '18:30', levels: [{ level: 'new', label: 'New to backward running', session: { … } }, …] }
 */
export function thisWeekCard(config: EmbedConfig, today: string, language: string): WeekCard {
	const perLevel = EXPERIENCE_OPTIONS.map(({ value, label }) => {
		const defaults = { ...defaultFormState(today, language), experience: value };
		const evaluated = evaluateForm(embedStartState(defaults, config));
		if (!evaluated.ok) {
			const problem = evaluated.errors.find((e) => e.path === 'goal') ?? evaluated.errors[0];
			return { level: value, label, problem: problem?.message ?? 'No plan can be made for this level.' };
		}
		const plan = generatePlan(evaluated.input);
		return { level: value, label, plan };
	});
	const nexts = perLevel.map((l) => ('plan' in l && l.plan ? nextSessionOnOrAfter(l.plan, today) : undefined));
	const dates = nexts.flatMap((s) => (s ? [s.date] : [])).sort();
	const date = dates[0];
	const levels = perLevel.map((l, i): WeekCardLevel => {
		if ('problem' in l && l.problem) return { level: l.level, label: l.label, problem: l.problem };
		const plan = 'plan' in l ? l.plan : undefined;
		const onDate = plan && date ? nextSessionOnOrAfter(plan, date) : undefined;
		const session = onDate?.date === date ? onDate : nexts[i];
		if (!session) return { level: l.level, label: l.label, problem: 'This level’s plan has finished.' };
		return { level: l.level, label: l.label, session: { date: session.date, title: session.title } };
	});
	return {
		...(config.cohort ? { cohort: config.cohort } : {}),
		...(date ? { date } : {}),
		...(config.time ? { time: config.time } : {}),
		levels,
	};
}
