/**
 * `generatePlan`: from a normalised input to a full plan, in five steps a
 * coach can follow, each in its own file with its rules:
 *
 * 1. targets.ts: what the plan builds toward (start, aim, race readiness);
 * 2. dose.ts: how much backward time each week holds (rise cap, recovery
 *    weeks, peak, taper), on the frame of weeks and days from skeleton.ts;
 * 3. shapes.ts: which blocks each session is made of, and its title;
 * 4. rounding.ts: numbers a coach would write (used by steps 2 and 3);
 * 5. safety.ts and warnings.ts: safety notes, cues, guides and warnings.
 *
 * Pure and deterministic: all dates are yyyy-mm-dd day arithmetic (dates.ts),
 * nothing reads the clock or the time zone, and the input is never mutated.
 */
import { createContext } from './context';
import { drillSchedule, kneeSchedule, planRunningDoses, type WeekDose } from './dose';
import { forwardRunsAfterFoundation } from './forward-after';
import { hashValue } from './hash';
import { climbingLead } from './lead-in';
import { type Goal, isRaceGoal } from './options';
import { readinessOver } from './readiness';
import { MAX_LEAD_IN_WEEKS, MIN_PLAN_WEEKS, RACE_SESSION_CAP_SEC } from './rules';
import { SCREENING_NOTE } from './safety';
import type { Plan, PlanInput, Session, Week } from './schema';
import { raceName, weekTotals } from './sessions';
import { shapeWeek } from './shapes';
import { planSkeleton, type Skeleton } from './skeleton';
import { firstSplitWeek, splitSteps, splitWarnings, splitWeek, takesSplitRuns } from './split';
import { asTrained, planTargets } from './targets';
import { planWarnings } from './warnings';

/** Format version of the plan object (not the file envelope). */
export const PLAN_FORMAT_VERSION = 1;

/**
 * Build a plan. Pure and deterministic: the same input gives a deep-equal
 * plan, ids included, in every time zone. Expects a normalised input from
 * `parsePlanInput` (which refuses race plans that could not get ready).
 *
 * Failure contract: never throws for an input from `parsePlanInput`; an input
 * that skipped parsing (a missing or unknown field) may throw a TypeError,
 * which is a programming error, not a runner's.
 *
 * @example
 * const parsed = parsePlanInput({ startDate: '2026-03-02', goal: 'retro-5k', experience: 'some', weeks: 16 });
 * if (parsed.ok) generatePlan(parsed.value).title // 'Backward 5K in 16 weeks'
 */
export function generatePlan(input: PlanInput): Plan {
	return planAndReadiness(input).plan;
}

/** A plan, and whether it is ready for its race (always true for other goals). */
export interface BuiltPlan {
	readonly plan: Plan;
	readonly ready: boolean;
}

/**
 * The plan generatePlan returns, with its readiness read off the targets the
 * plan was built toward (readiness.ts readinessOver), with a peak of at least 2
 * weeks. With `leadIn` false, the plan exactly as its weeks fall: what the search
 * for the fewest weeks reads (feasibility.ts), four times cheaper on a race that
 * cannot get ready, and the same answer, since a plan with lead-in weeks builds
 * as a shorter plan does. Same failure contract as generatePlan.
 *
 * @example
 * planAndReadiness(input).ready // false where parsePlanInput would refuse the race
 */
export function planAndReadiness(input: PlanInput, leadIn = true): BuiltPlan {
	// A longer plan must never train the race less than a shorter one: where one week more would put a
	// recovery week three weeks in and cost the build a rise, the plan starts with an easy lead-in week
	// and builds as the plan a week shorter does (lead-in.ts).
	const first = leadIn ? climbingLead(createContext(input)) : 0;
	const built = buildPlan(input, first);
	if (built.ready || !leadIn) return built;
	// Where a recovery week costs the build its last rise before the race, other lead-in weeks (readiness.ts;
	// at most MAX_LEAD_IN_WEEKS extra plans, rarely).
	for (let lead = 0; lead <= MAX_LEAD_IN_WEEKS && lead < input.weeks - MIN_PLAN_WEEKS; lead++) {
		if (lead === first) continue;
		const led = buildPlan(input, lead);
		if (led.ready) return led;
	}
	return built;
}

/** The plan with `lead` easy lead-in weeks (planSkeleton). */
function buildPlan(input: PlanInput, lead: number): BuiltPlan {
	const ctx = createContext(input);
	const { goal, experience } = input;
	const skeleton = planSkeleton(ctx, lead);
	const targets = planTargets(ctx, skeleton);
	const doses = goal === 'mix-in' || isRaceGoal(goal) ? planRunningDoses(ctx, skeleton, targets) : [];
	// Race day runs the run/walk the long sessions trained (targets.ts asTrained); readiness keeps the target.
	const raced = targets.race && asTrained(targets.race, trainedRunSec(skeleton, doses));
	const drills = goal === 'drills' ? drillSchedule(ctx, skeleton) : [];
	const knee = goal === 'knee-friendly' ? kneeSchedule(skeleton, experience) : [];
	const useSplit = input.split !== undefined && (goal === 'mix-in' || isRaceGoal(goal));
	const steps = splitSteps(skeleton.weeks, input.split?.everyWeeks);
	// The split's forward part is a continuous run: it starts after any walk/run foundation.
	const splitFrom = firstSplitWeek(skeleton.weeks);
	const forwardAfter = isRaceGoal(goal)
		? forwardRunsAfterFoundation(skeleton.weeks, doses, RACE_SESSION_CAP_SEC[goal])
		: [];
	const firstBackwardDate = skeleton.weeks.flatMap((w) => w.slots).find((s) => s.role !== 'easy')?.date ?? '';

	const splitIds = new Set<string>();
	let taperWeek = 0;
	const weeks: Week[] = skeleton.weeks.map((frame, i) => {
		const shaped = shapeWeek(ctx, {
			frame,
			...(doses[i] ? { dose: doses[i] } : {}),
			...(drills[i] ? { drills: drills[i] } : {}),
			...(knee[i] !== undefined ? { kneeSec: knee[i] } : {}),
			...(useSplit && input.split && takesSplitRuns(frame)
				? { split: splitWeek(ctx, input.split, frame, steps[i] ?? { step: 1, unfrozen: 1 }, taperWeek) }
				: {}),
			...(raced ? { race: raced } : {}),
			...(skeleton.raceDate ? { raceDate: skeleton.raceDate } : {}),
			...(forwardAfter[i] ? { forwardAfter: forwardAfter[i] } : {}),
			firstBackwardDate,
		});
		if (frame.phase === 'taper') taperWeek++;
		const sessions: Session[] = shaped.map(({ draft, fromSplit }, s) => {
			const id = `w${String(frame.index).padStart(2, '0')}-s${s + 1}`;
			if (fromSplit) splitIds.add(id);
			return { id, ...draft };
		});
		return {
			index: frame.index,
			startDate: frame.startDate,
			endDate: frame.endDate,
			phase: frame.phase,
			totals: weekTotals(ctx, sessions),
			sessions,
		};
	});

	const warnings = planWarnings(ctx, { skeleton, targets: raced ? { ...targets, race: raced } : targets, weeks });
	if (useSplit) {
		if (splitIds.size === 0) {
			warnings.push(
				splitFrom === undefined
					? 'Your split starts once the walk/run foundation runs without walk breaks, which this plan does not reach, so it has none of its mixed runs: choose more weeks to reach it.'
					: 'Your split sets the mixed runs, and with your training days this plan has none: choose days with a rest day between them.',
			);
		}
		if (splitFrom !== undefined && splitFrom > 1 && splitIds.size > 0) {
			warnings.push(
				`Your split starts in week ${splitFrom}, once the walk/run foundation runs without walk breaks: its forward part is a continuous run.`,
			);
		}
		warnings.push(...splitWarnings(ctx, weeks, splitIds, doses as readonly (WeekDose | undefined)[], steps));
	}
	// Ready: the race's block and session reached before the taper, after a peak of at least 2 weeks.
	const ready =
		targets.race === undefined ||
		(readinessOver(targets.race, weeks, ctx.backSecPerM).ready &&
			skeleton.weeks.filter((w) => w.phase === 'peak').length >= 2);
	const plan: Plan = {
		formatVersion: PLAN_FORMAT_VERSION,
		id: hashValue(input),
		title: planTitle(goal, input.weeks),
		input,
		screening: SCREENING_NOTE,
		warnings,
		paces: { forwardEasy: { ...ctx.forwardEasy }, backwardEasy: { ...ctx.backwardEasy } },
		weeks,
	};
	return { plan, ready };
}

/**
 * The run between backward walks of the last run/walk long session before
 * the taper (the peak's, recovery weeks aside), seconds; 0 when none was
 * run/walk. Race day runs what the peak trained: a coach read a 5K whose
 * long runs went from 3 × 4 min 45 s to 5 × 4 min at the peak raced in
 * 4 min 45 s runs, last run five weeks before. A long session of one run
 * has no walks and does not count: race day is run with walks.
 *
 * @example
 * trainedRunSec(skeleton, doses) // 570 when the peak's long run is 12 × 9 min 30 s with walks
 */
function trainedRunSec(skeleton: Skeleton, doses: readonly (WeekDose | undefined)[]): number {
	let last = 0;
	for (const [i, frame] of skeleton.weeks.entries()) {
		if (frame.phase === 'taper' || frame.phase === 'race') break;
		const main = doses[i]?.main;
		if (frame.phase !== 'recovery' && main?.recovery?.direction === 'backward') last = main.repSec;
	}
	return last;
}

function planTitle(goal: Goal, weeks: number): string {
	switch (goal) {
		case 'mix-in':
			return `Mix backward into your runs: ${weeks} weeks`;
		case 'drills':
			return `Backward drills and strides: ${weeks} weeks`;
		case 'knee-friendly':
			return `Knee-friendly backward walking: ${weeks} weeks`;
		default:
			return `Backward ${raceName(goal)} in ${weeks} weeks`;
	}
}
