/**
 * Every training rule of the plan builder, once, with its source.
 *
 * A source is a key of `src/content/references.yaml` in square brackets
 * (`[alghadir-2019]`), which holds the full reference and how strong it is.
 * Where the research is silent the rule is a coaching convention and says
 * which one; where conventions differ we take the conservative one and say so.
 * Change a number here and every plan, test and guide that uses it follows.
 *
 * The plan is made in five steps, each in its own file (see src/lib/README.md):
 * targets.ts → dose.ts → shapes.ts → rounding.ts → safety.ts and warnings.ts.
 *
 * At about 770 lines this file is longer than our 450-line guide on purpose:
 * it is a table of constants, each with the sentence that justifies it and
 * grouped by section (Units, Weekly structure, Load, Continuous backward
 * blocks, Runners new to running, Mixed runs, The coach's split, Knee-friendly
 * walking, Drills, Races, Plan length, Pace), and a coach checking a rule wants
 * them all in one place (issue 13 asks that the rules stay here). Splitting it
 * by section would scatter the sources a reviewer reads together.
 */
import type { Experience, Goal, RaceGoal, Units } from './options';

// ---------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------

// METRES_PER_UNIT, BACKWARD_PACE_RATIO and FORWARD_PACE_LIMITS live in pace-basics.ts, shared with the
// guide's pace converter without the rest of these rules; they are re-exported here, unchanged.
import { BACKWARD_PACE_RATIO, FORWARD_PACE_LIMITS, METRES_PER_UNIT } from './pace-basics';

export { BACKWARD_PACE_RATIO, FORWARD_PACE_LIMITS, METRES_PER_UNIT };

// ---------------------------------------------------------------------------
// Numbers a coach would write (rounding.ts applies them)
// ---------------------------------------------------------------------------

// The rounding steps (DURATION_STEP_SEC, DISTANCE_STEP_M, FORWARD_DISTANCE_STEP_M), the race distances
// (RACE_DISTANCE_M) and the defaults (DEFAULT_FORWARD_EASY_PACE, DEFAULT_CURRENT_RUN_MINUTES) live in
// measures.ts, which the builder page needs to show a plan before the engine loads; re-exported here, unchanged.
export {
	DEFAULT_CURRENT_RUN_MINUTES,
	DEFAULT_FORWARD_EASY_PACE,
	DISTANCE_STEP_M,
	DURATION_STEP_SEC,
	FORWARD_DISTANCE_STEP_M,
	RACE_DISTANCE_M,
} from './measures';

// ---------------------------------------------------------------------------
// Weekly structure
// ---------------------------------------------------------------------------

/**
 * At most 3 backward sessions a week. Clinical and training studies used 2-3
 * a week ([alghadir-2019] and [kachanathu-2014] 3×, [whitaker-2016] 2 on
 * non-consecutive days); a fourth adds unfamiliar calf and quadriceps load for
 * little gain. Coaching convention on top of those doses.
 */
export const MAX_BACKWARD_SESSIONS_PER_WEEK = 3;

/** Runners new to backward running do at most 2 backward sessions a week in their first 4 weeks (coaching convention). */
export const NEW_RUNNER_MAX_BACKWARD_SESSIONS = 2;

/**
 * How many weeks the new-runner limit lasts: the first 4-week block and the
 * week after its recovery week, so the third session arrives in a week that
 * builds, not in one that must start below the week before (coaching convention).
 */
export const NEW_RUNNER_LIMITED_WEEKS = 5;

/**
 * Backward sessions are never on consecutive days, across week boundaries too
 * ([whitaker-2016] used non-consecutive days). Enforced by choosing a weekday
 * set with no two days adjacent on the 7-day circle (schedule.ts).
 */
export const MIN_DAYS_BETWEEN_BACKWARD_SESSIONS = 2;

/**
 * The most backward sessions a runner may do in plan week `weekIndex` (1-based).
 * Knee-friendly walking follows the trial's 3 a week from the start
 * [alghadir-2019], since walking is far gentler than running.
 *
 * @example
 * maxBackwardSessions('mix-in', 'new', 2) // 2
 * maxBackwardSessions('mix-in', 'new', 6) // 3
 */
export function maxBackwardSessions(goal: Goal, experience: Experience, weekIndex: number): number {
	if (goal !== 'knee-friendly' && experience === 'new' && weekIndex <= NEW_RUNNER_LIMITED_WEEKS) {
		return NEW_RUNNER_MAX_BACKWARD_SESSIONS;
	}
	return MAX_BACKWARD_SESSIONS_PER_WEEK;
}

// ---------------------------------------------------------------------------
// Load
// ---------------------------------------------------------------------------

/**
 * The rise cap. No session's backward time exceeds the longest earlier
 * session by more than 15 % or 2 minutes, whichever is more, and never by
 * more than 60 % (RISE_MAX_FACTOR); the 15 % or 2 minutes holds
 * for a week against the biggest earlier week (2 minutes per backward
 * session). No backward-running study tested a progression rate: studies held
 * one dose for weeks and [ordway-2016] raised speed once, after 5 weeks. 15 %
 * sits between the 10 % rule and the weekly jumps over 30 % that novice
 * runners in [nielsen-2014] got hurt after more often (a trend, p = 0.07, not a
 * significant result); the 2-minute floor lets a 30-second start grow at all.
 */
export const RISE_FRACTION = 0.15;
/** The smallest rise the cap always allows, per session, up to RISE_MAX_FACTOR. */
export const RISE_FLOOR_SEC = 120;
/**
 * No session grows by more than 60 % in one step, whatever the floor allows:
 * under 3 min 20 s the 2-minute floor would let a session double (a
 * coach read 4 × 30 s become 4 × 1 min: "sessions that double from one week
 * to the next"); now 4 × 30 s grows to 4 × 45 s or 3 × 1 min. Coaching
 * convention, the conservative one where no study tested a rate. Not 50 %:
 * measured over the plan grid (scripts/grid/plan-grid.ts), half would cost
 * a new runner up to 3 more weeks to the backward mile and change nothing a
 * coach objected to.
 */
export const RISE_MAX_FACTOR = 1.6;

/**
 * The most backward seconds a session may hold after sessions of at most
 * `longestEarlierSec`.
 *
 * Never throws.
 *
 * @example
 * maxSessionBackwardSec(120)  // 192  (2 min → at most 3 min 12 s: never double)
 * maxSessionBackwardSec(300)  // 420  (5 min → at most 7 min: the 2-minute floor)
 * maxSessionBackwardSec(2400) // 2760 (40 min → at most 46 min: 15 %)
 */
export function maxSessionBackwardSec(longestEarlierSec: number): number {
	return Math.max(
		longestEarlierSec * (1 + RISE_FRACTION),
		Math.min(longestEarlierSec + RISE_FLOOR_SEC, longestEarlierSec * RISE_MAX_FACTOR),
	);
}

/**
 * The most backward seconds a week with `sessions` backward sessions may hold
 * after weeks of at most `biggestEarlierSec`: the session rule applied to the
 * week, so adding a session cannot smuggle in a jump.
 *
 * Never throws.
 *
 * @example
 * maxWeekBackwardSec(600, 3) // 960 (10 min → 16 min: 2 minutes per session)
 */
export function maxWeekBackwardSec(biggestEarlierSec: number, sessions: number): number {
	return Math.max(biggestEarlierSec * (1 + RISE_FRACTION), biggestEarlierSec + RISE_FLOOR_SEC * Math.max(1, sessions));
}

/** Every 4th week is a recovery week: 3 weeks up, 1 down (coaching convention, as in [higdon-plans]). */
export const RECOVERY_EVERY_WEEKS = 4;

/**
 * A recovery week holds 75 % of the week before it: a cut of 20-30 % of
 * weekly backward time, and a shorter longest session, not the same one
 * (coaching convention, [higdon-plans]).
 */
export const RECOVERY_FACTOR = 0.75;
/**
 * The band a recovery week's cut must land in after rounding; or up to 5
 * points outside it (15-35 %) in the same blocks, where none of them lands
 * in it: a coach writes 3 × 1 min 30 s, then 3 × 1 min (a third less), not
 * 7 × 30 s (a coach reading our plans).
 */
export const RECOVERY_CUT = { min: 0.2, max: 0.3, keepingBlocks: 0.05 } as const;

/**
 * The week after a recovery week starts below the week before the recovery
 * (90 % of it), so each block builds from a lower base instead of stacking
 * (coaching convention: "two steps forward, one back").
 */
export const AFTER_RECOVERY_FACTOR = 0.9;

/**
 * A long run's last two blocks merge into one in the lighter week after a
 * recovery week, which may hold up to 30 % less than the last build week
 * (a recovery week's cut at most): 2 × 8 min becomes 12 min continuous,
 * not 16, so the longest block grows by half, not double (coaching
 * convention: NHS Couch to 5K merges its runs the same way, with bigger
 * jumps; we keep to mergeBlockSec). Blocks of 10 minutes or more do not
 * merge at once: the first grows by nextBlockSec and a shorter second one
 * follows (dose-layouts.ts unevenLongRun), within the same dip.
 */
export const LONG_RUN_MERGE_DIP = 0.3;

/**
 * The biggest weeks before a race (the peak) last 2 weeks (coaching
 * convention: 2-3 weeks, as in [higdon-plans]). Two, not three, in long plans
 * too: a third week at the peak is a week the long run does not climb, and
 * the runners who need the long plans are the ones still climbing.
 */
export const RACE_PEAK_WEEKS = 2;

/**
 * Caps by time, never by distance, so a slower runner never gets more time
 * on their feet than a faster one: no training session over 150 minutes and
 * no week over 4 hours backward. Coaching convention (the longest runs of
 * common half-marathon plans, [higdon-plans]); nobody has studied backward
 * running this long.
 */
export const MAX_SESSION_SEC = 9000;
export const MAX_WEEK_BACKWARD_SEC = 14_400;

// ---------------------------------------------------------------------------
// Continuous backward blocks
// ---------------------------------------------------------------------------

/**
 * The longest continuous backward block grows by half, or by 30 seconds,
 * whichever is more, each training week (held in recovery and taper weeks),
 * the way Couch to 5K turns 60 s of running into 20 minutes over five weeks
 * [nhs-couch-to-5k], a little more gently. From LONG_BLOCK_FROM_SEC it grows
 * by a quarter or 4 minutes, whichever is more (never by more than half): a
 * coach read a long run go 2 × 14 min, then 21 and 28 minutes unbroken, 7
 * minutes more two weeks running, and would write 14, 18, 22, 25, 28. A new
 * backward runner starts with 30 s blocks, as coaches' guides to retro
 * running advise (coaching convention; no study has tested a starting dose).
 *
 * @example
 * nextBlockSec(30)   // 60
 * nextBlockSec(600)  // 840: 10 → 14 min
 * nextBlockSec(1260) // 1575: 21 → 26 min 15 s (a session writes 26 min)
 */
export function nextBlockSec(blockSec: number): number {
	if (blockSec >= LONG_BLOCK_FROM_SEC)
		return Math.min(blockSec * 1.5, Math.max(blockSec * 1.25, blockSec + LONG_BLOCK_STEP_SEC));
	return mergeBlockSec(blockSec);
}

/** Blocks of 10 minutes or more grow by a quarter, or 4 minutes, a week (nextBlockSec). Coaching convention. */
export const LONG_BLOCK_FROM_SEC = 600;
/** The 4 minutes of LONG_BLOCK_FROM_SEC's rule. */
export const LONG_BLOCK_STEP_SEC = 240;

/**
 * The longest block when a long run's last two blocks merge into one (the
 * lighter week after a recovery week, LONG_RUN_MERGE_DIP): half again the
 * longest block, or 30 s more, at any length (2 × 14 min becomes 21 minutes
 * unbroken). A merge needs at least 1.4 times the block, since the merged
 * run loses at most 30 % of the two; the week is a lighter one, so the one
 * bigger step in unbroken running comes with less running in all. After it
 * the run grows by nextBlockSec. Coaching convention (Couch to 5K merges its
 * runs with bigger jumps [nhs-couch-to-5k]).
 *
 * @example
 * mergeBlockSec(840) // 1260: 2 × 14 min → 21 min
 */
export function mergeBlockSec(blockSec: number): number {
	return Math.max(blockSec * 1.5, blockSec + 30);
}

/** Never more than this many backward repetitions in one session (coaching convention). */
export const MAX_REPS = 12;

/** Starting block by experience: 30 s for new (coaching convention), 2 min for some, 10 min for regular (the options' own words). */
export const START_BLOCK_SEC: Readonly<Record<Experience, number>> = { new: 30, some: 120, regular: 600 };

/**
 * Backward seconds in each session of week 1. New: 5 × 30 s; some: 4 × 2 min;
 * regular: 2 × 10 min. In a race plan this is the long session's; the
 * others start a little under it (SUPPORT_GROWTH_UP_TO). Coaching convention.
 */
export const START_SESSION_SEC: Readonly<Record<Experience, number>> = { new: 150, some: 480, regular: 1200 };

/**
 * In a race plan the other backward sessions hold half the long session
 * (but never less than the week-1 dose), so the long session is about half
 * the week with three sessions and 60 % with two (coaching convention:
 * the long run is a third to a half of weekly volume, [higdon-plans]).
 */
export const SUPPORT_SESSION_SHARE = 0.5;

/**
 * In a build week the other sessions grow at least a tenth, so a race
 * plan's shorter runs never stand still while the long run grows
 * (coaching convention; inside the rise cap)...
 */
export const SUPPORT_WEEKLY_GROWTH = 1.1;

/**
 * ...while they stay under nine tenths of the long run, and they start
 * under it in week 1 (dose-start.ts supportStartSec): a regular's 2 × 9 min
 * midweek beside a 2 × 10 min long run, growing from week 2. A coach read a
 * regular's midweek 2 × 10 min held for a month while the long run grew
 * (at three quarters, and starting level with the long run). The long run
 * stays the week's biggest session, a third to a half of the week
 * (coaching convention, [higdon-plans]).
 */
export const SUPPORT_GROWTH_UP_TO = 0.9;

/**
 * A session is titled "long" only from 10 minutes of backward running: a
 * runner told "Long backward session: 4 × 45 s" reads a promise the plan
 * does not keep (coaching convention).
 */
export const LONG_SESSION_MIN_SEC = 600;

// ---------------------------------------------------------------------------
// Runners new to running
// ---------------------------------------------------------------------------

/** Accepted values for `currentRunMinutes`. */
export const CURRENT_RUN_MINUTES_LIMITS = { min: 0, max: 120 } as const;

/** Below 20 minutes of continuous forward running the plan starts with a walk/run foundation [nhs-couch-to-5k]. */
export const FOUNDATION_UNTIL_MINUTES = 20;

/**
 * After the walk/run foundation, a race plan keeps the forward run before
 * its backward work: each session keeps the running the foundation built
 * (its 30 minutes, and the backward work a runner who already ran backward
 * did on top), forward and backward together, so the forward part shrinks
 * only as the week's longest backward session grows, and by at most a third
 * a week, down to the usual 10-minute warm-up. It never grows back (a
 * recovery or taper week cuts it by its forward factor instead). A coach
 * read a Couch to 5K graduate's forward running fall from 3 × 30 minutes to
 * warm-up jogs in three weeks (124 → 94 → 73 → 49 minutes a week), the peak
 * week running less than the build did. Coaching convention: keep the
 * aerobic base a runner has just built (the weekly rise cap's reasoning,
 * run the other way). A regular backward runner who ran 30 + 19 minutes a
 * session at the foundation's end ran 10 + 20 at the peak when only the 30
 * minutes were kept: the heaviest week of the plan was its fourth.
 */
export const FORWARD_EASE_AFTER_FOUNDATION = 2 / 3;
/**
 * The forward run before a race plan's backward work in a week after a
 * foundation whose sessions ran `keptSec` at most (forward and backward
 * together), when the session's backward work is `backwardSec` and the week
 * before ran `beforeSec` (FORWARD_EASE_AFTER_FOUNDATION), in
 * FORWARD_RUN_STEP_SEC steps; the session shows it only while it is longer
 * than the warm-up.
 *
 * @example
 * forwardAfterFoundationSec(1800, 420, 1800) // 1200: 30 min less 7 backward, 20 min forward (5-minute steps)
 * forwardAfterFoundationSec(1800, 900, 1800) // 1200: never less than two thirds of the week before
 * forwardAfterFoundationSec(1800, 300, 1200) // 1200: never more than the week before
 * forwardAfterFoundationSec(2940, 1200, 1800) // 1500: 30 + 19 min kept, 20 backward, 25 forward
 */
export function forwardAfterFoundationSec(keptSec: number, backwardSec: number, beforeSec: number): number {
	// Two thirds of the week before, up to the step: 30, 20, 15, 10 minutes at the quickest.
	const eased = toRunStep(beforeSec * FORWARD_EASE_AFTER_FOUNDATION, 'up');
	const held = toRunStep(keptSec - backwardSec, 'down');
	return Math.min(beforeSec, Math.max(eased, held));
}

/**
 * A 5K or 10K plan's training sessions stay within an hour (5K) or 75
 * minutes (10K), walks included, where the forward run before the backward
 * work can give way: the session drops the brisk walk before the run, then
 * shortens the run, down to the warm-up, so that it fits. The backward work itself is never cut for it (the
 * race readiness rule decides that). Coaching convention, set by a running
 * coach who read our plans: a regular backward runner's 5K ran 70-minute
 * long days (30 minutes forward, then 28 backward) eight weeks after they
 * could run 15 minutes forward, and a 10K's 79 minutes. The mile and the half
 * keep MAX_SESSION_SEC alone: a mile plan's sessions stay short anyway, and
 * the half's long run is the point of its plan.
 */
export const RACE_SESSION_CAP_SEC: Readonly<Partial<Record<RaceGoal, number>>> = {
	'retro-5k': 3600,
	'retro-10k': 4500,
};

/**
 * The forward run before a race plan's backward work moves in 5-minute
 * steps (30, 25, 20 minutes): a coach read it shrink by a minute most weeks
 * ("25, 24, 23, 22, 21 min forward, then …"). Coaching convention: a run is
 * prescribed in round numbers.
 */
export const FORWARD_RUN_STEP_SEC = 300;

/**
 * `sec` on the forward run's FORWARD_RUN_STEP_SEC grid, rounded up or down.
 *
 * @example
 * toRunStep(1310, 'down') // 1200
 * toRunStep(1310, 'up')   // 1500
 */
export function toRunStep(sec: number, round: 'up' | 'down'): number {
	return (round === 'up' ? Math.ceil : Math.floor)(sec / FORWARD_RUN_STEP_SEC) * FORWARD_RUN_STEP_SEC;
}

/**
 * Until the runner can run 10 minutes forward without stopping, backward
 * work is backward walking: running backward costs about a third more energy
 * than forward at the same speed [wright-2001], so it waits for some forward
 * fitness. Coaching convention.
 */
export const BACKWARD_JOG_FROM_MINUTES = 10;

/**
 * During the foundation, up to its 30-minute run, at most 3 running days a
 * week with a rest day between [nhs-couch-to-5k]: the programme runs 3 times
 * a week from its first walk/run to its last 30 minutes.
 */
export const FOUNDATION_MAX_RUN_DAYS = 3;

/**
 * After the foundation, the runner's other days come back one at a time: one
 * more running day every this many building weeks (recovery weeks add none), so a
 * runner who has just run 30 minutes for the first time keeps 3 days for
 * another week, then runs 4 days for two weeks, and so on. A coach read a
 * Couch to 5K graduate go from 3 runs to 6 in the week their runs turned
 * continuous, forward time up 133 %. Coaching convention: one change at a
 * time, with forward time rising about a third at most when a day is added,
 * and no more than once a fortnight.
 */
export const FOUNDATION_ADD_DAY_EVERY_WEEKS = 2;

/**
 * A day that comes back after the foundation starts with an easy run of half
 * the usual (15 minutes where the runner's runs are 30), the usual from the
 * next week: a fourth run of a full 30 minutes put a race plan's forward
 * time up 59 % in a week where the backward sessions had just eased to their
 * warm-ups, and a mix-in's up 31 %. At half, 29 % and 16 %. Coaching
 * convention (the weekly rise cap's reasoning, for forward running; the
 * coach who read the plans asked for 10-20 % a week).
 */
export const DAY_BACK_FORWARD_FACTOR = 1 / 2;

/**
 * Whether a building week after the foundation brings one of the runner's
 * other days back, `buildWeeksSince` building weeks (this one included) after
 * the foundation's end or the last day that came back: one every
 * FOUNDATION_ADD_DAY_EVERY_WEEKS. A week after a recovery week counts, as its
 * load is below the week before the recovery week and the day back is half an
 * easy run (a coach read a Couch to 5K graduate's forward running fall from
 * 3 × 30 minutes to warm-up jogs while the day waited for the week before the
 * peak); the skeleton keeps the peak's week before it from adding one.
 *
 * @example
 * dayComesBack(1) // false: the week after the 30-minute run keeps the foundation's days
 * dayComesBack(2) // true
 */
export function dayComesBack(buildWeeksSince: number): boolean {
	return buildWeeksSince >= FOUNDATION_ADD_DAY_EVERY_WEEKS;
}

/** One week of the walk/run foundation: `reps` × (`runSec` running + `walkSec` walking). */
export interface WalkRunStage {
	readonly runSec: number;
	readonly walkSec: number;
	readonly reps: number;
}

/**
 * The walk/run foundation, one stage a week (held in recovery weeks), after
 * the NHS Couch to 5K programme [nhs-couch-to-5k]: 60 s runs in week 1, 20
 * minutes continuous by week 9, 30 minutes by week 12. Stages use equal
 * repeats so every session is one block a runner can follow.
 *
 * Two stages are ours, not Couch to 5K's: between 2 × 10 minutes and 20
 * minutes without a break come 2 × 12 minutes and 16 minutes. Couch to 5K
 * goes from 2 × 8 to 20 minutes in one week, and a coach reading our plans
 * found that step too steep for a runner who can run 10 minutes today: the
 * longest run now grows by at most 4 minutes (a third) a week, the
 * conservative choice where the programme itself is the only source
 * (coaching convention).
 */
export const WALK_RUN_STAGES: readonly WalkRunStage[] = [
	{ runSec: 60, walkSec: 90, reps: 8 },
	{ runSec: 90, walkSec: 120, reps: 6 },
	{ runSec: 180, walkSec: 90, reps: 4 },
	{ runSec: 300, walkSec: 180, reps: 3 },
	{ runSec: 480, walkSec: 300, reps: 2 },
	{ runSec: 600, walkSec: 180, reps: 2 },
	{ runSec: 720, walkSec: 120, reps: 2 },
	{ runSec: 960, walkSec: 0, reps: 1 },
	{ runSec: 1200, walkSec: 0, reps: 1 },
	{ runSec: 1500, walkSec: 0, reps: 1 },
	{ runSec: 1680, walkSec: 0, reps: 1 },
	{ runSec: 1800, walkSec: 0, reps: 1 },
];

/** Forward walking before and after a walk/run session: 5 minutes brisk [nhs-couch-to-5k]. */
export const FOUNDATION_WALK_SEC = 300;

// ---------------------------------------------------------------------------
// Mixed runs
// ---------------------------------------------------------------------------

/**
 * In a mixed run the engine keeps backward time at most a third of the
 * forward part (a quarter of the session). Our own convention, not a finding:
 * nobody has studied the share, so backward work stays a small part of a run
 * whose forward part the runner already manages; "20 minutes forward, then 5
 * backward" (the mixing guide's example) is inside it. A coach's own split is
 * honoured as written (split.ts).
 */
export const MIX_IN_MAX_BACKWARD_OF_FORWARD = 1 / 3;

// ---------------------------------------------------------------------------
// The coach's split
// ---------------------------------------------------------------------------

/** A split's step comes every this many weeks when the coach gives a step but no interval: a dose held two weeks. */
export const SPLIT_DEFAULT_EVERY_WEEKS = 2;

/** Accepted split values, in plan units (distance) or minutes (time). Beyond them a value is a typo, not a plan. */
export const SPLIT_LIMITS = {
	distance: { km: { forward: 42.2, backward: 21.1 }, mi: { forward: 26.2, backward: 13.1 } },
	time: { forward: 180, backward: 150 },
	everyWeeks: { min: 1, max: 8 },
} as const;

// ---------------------------------------------------------------------------
// Knee-friendly walking
// ---------------------------------------------------------------------------

/** Backward walking per session: 10 minutes, 3 times a week, for 6 weeks, as in the trial [alghadir-2019]. */
export const KNEE_SESSION_SEC = 600;
/** The trial's length; after it the plan keeps the same dose. */
export const KNEE_TRIAL_WEEKS = 6;
/** The trial's walks a week [alghadir-2019]; fewer days, or a shorter plan, is said as a departure from it. */
export const KNEE_TRIAL_SESSIONS = 3;
/** Runners new to backward movement walk 8 minutes in week 1 and reach the trial's 10 minutes in week 2 (coaching convention). */
export const KNEE_FIRST_WEEK_SEC: Readonly<Record<Experience, number>> = { new: 480, some: 600, regular: 600 };
/** 5 minutes of forward walking first, as in [hadfield-2017]. */
export const KNEE_WARM_UP_SEC = 300;

// ---------------------------------------------------------------------------
// Drills: strides and sprints
// ---------------------------------------------------------------------------

/** One step of the drills progression: strides by time, sprints by distance. */
export interface DrillStage {
	readonly strideReps: number;
	readonly strideSec: number;
	readonly sprintReps: number;
	readonly sprintM: number;
}

/**
 * Strides are short relaxed efforts by time (15-25 s), sprints short hard
 * efforts by distance (50 m, a little more than the 40 yards of [whitaker-2016]),
 * three to five of them as in [whitaker-2016] and [petrakis-2020], first
 * two so their arrival is a small step. Never estimated from an easy pace
 * and never part of the rise cap's arithmetic: what grows is the number and
 * the length, one stage every 2 or more training weeks (a long plan spreads
 * the stages over its weeks), and lengths never shrink. Coaching convention.
 */
export const DRILL_STAGES: readonly DrillStage[] = [
	{ strideReps: 4, strideSec: 15, sprintReps: 0, sprintM: 0 },
	{ strideReps: 5, strideSec: 15, sprintReps: 0, sprintM: 0 },
	{ strideReps: 5, strideSec: 20, sprintReps: 0, sprintM: 0 },
	{ strideReps: 5, strideSec: 20, sprintReps: 2, sprintM: 50 },
	{ strideReps: 5, strideSec: 20, sprintReps: 3, sprintM: 50 },
	{ strideReps: 6, strideSec: 20, sprintReps: 3, sprintM: 50 },
	{ strideReps: 6, strideSec: 25, sprintReps: 4, sprintM: 50 },
	{ strideReps: 6, strideSec: 25, sprintReps: 5, sprintM: 50 },
	{ strideReps: 7, strideSec: 25, sprintReps: 5, sprintM: 50 },
	{ strideReps: 8, strideSec: 25, sprintReps: 5, sprintM: 50 },
];

/** First drill stage by experience (coaching convention). */
export const DRILL_START_STAGE: Readonly<Record<Experience, number>> = { new: 0, some: 2, regular: 4 };

/** A drill stage is held this many training weeks before the next (coaching convention: hold a dose, then step up). */
export const DRILL_HOLD_WEEKS = 2;

/** Backward walking before drills: 2 × 30 s, to find balance (coaching convention). */
export const DRILL_WALK_REPS = 2;

// ---------------------------------------------------------------------------
// Races
// ---------------------------------------------------------------------------

/**
 * Race readiness: before the taper the plan's longest continuous backward
 * block reaches 60 % of the race's longest continuous backward block, or 90
 * minutes, whichever is less. A plan that cannot get there is refused, not
 * generated. Coaching convention: the long run of a novice plan reaches about
 * 60-80 % of race distance [higdon-plans]; 90 minutes is the most we ask of
 * anyone backward, where nothing has been studied.
 */
export const READINESS_FRACTION = 0.6;
export const READINESS_CAP_SEC = 5400;

/**
 * The race takes at most 1.75 times the longest training session (its
 * estimated time at easy pace; a run/walk race adds its walk breaks): a
 * runner whose longest session is 32 minutes is not sent into an hour of
 * backward running. The long session must reach 4/7 of the race (57 %); a
 * plan that cannot, within the session cap, is refused and a shorter race
 * suggested. Coaching convention: novice half-marathon plans reach about
 * three quarters of the race in their long run [higdon-plans]. Twice the
 * longest session, the ceiling before, let 49 of 1,102 plans in our grid
 * send runners over 1.75 times (up to 1.99), which a coach reading them
 * would not sign; 1.75 keeps a runner new to backward running their 5K at
 * the default easy pace (1.7 times, in 24 weeks) and turns a slow runner's
 * half marathon at the 150-minute session cap (2 times) into the 10K.
 */
export const RACE_OVER_LONGEST_MAX = 1.75;

/**
 * A race plan trains the race when race day is within one and a half times
 * its longest session: the three quarters of the race a novice half-marathon
 * plan reaches in its long run [higdon-plans] (1 / 0.75 ≈ 1.33), with room for
 * the run/walk's walks. Without a chosen length the parser gives a race plan
 * the fewest weeks that do this (feasibility.ts trainedWeeks), and a run/walk
 * race's long session aims at two thirds of the race (up to the session cap),
 * not only 90 minutes. A plan past it (a length the runner chose, or a slow
 * runner's long race at the time cap) says how far, why, and how to run race
 * day. Not a refusal: a cap here would refuse most 10K and half plans for
 * slower runners within the 150-minute session cap. Coaching convention.
 */
export const RACE_OVER_LONGEST_WARN = 1.5;

/** Warm-up and cool-down around the long session: what MAX_SESSION_SEC leaves for backward work is 15 minutes less. */
export const LONG_SESSION_FRAME_SEC = 900;

/**
 * What the long session aims for, as a share of the race's backward time: the
 * mile in full, the 5K at 80 %, the 10K at 70 %, the half at 60 % (coaching
 * convention, [higdon-plans]), never over READINESS_CAP_SEC. Plans with the
 * weeks to spare reach it; plans without still reach READINESS_FRACTION.
 */
export const LONG_SESSION_AIM: Readonly<Record<RaceGoal, number>> = {
	'retro-mile': 1,
	'retro-5k': 0.8,
	'retro-10k': 0.7,
	'retro-half': 0.6,
};

/**
 * Races longer than 90 minutes backward are planned as run/walk: 10 minutes
 * of backward running, then 1 minute of backward walking, to the finish, as
 * Galloway plans run/walk forward [galloway-run-walk]. Walking backward keeps
 * to the race rules and rests balance and neck, which tire after about 30
 * minutes backward [redbull-2015]. The long sessions train the same pattern.
 * The longest block any plan builds is 90 minutes (READINESS_CAP_SEC).
 */
export const RUN_WALK = { runSec: 600, walkSec: 60 } as const;

/**
 * When a race becomes run/walk, by experience: over 90 minutes backward for
 * regular backward runners, over 40 minutes for those with some experience
 * and over 30 for a runner new to it, whose balance and neck tire sooner
 * (after about 30 minutes even for a record holder [redbull-2015]). A runner new to it also runs
 * shorter blocks, 5 minutes before each 1-minute walk, as Galloway gives
 * beginners shorter run segments [galloway-run-walk]. Without this a new
 * runner's backward 5K (about 55 minutes at an easy 11 min/km backward)
 * would ask for some 35 minutes of continuous backward running in training,
 * which no 26-week plan reaches within the rise cap. In a run/walk race the
 * long session must reach 4/7 of the race, walk breaks included
 * (RACE_OVER_LONGEST_MAX), and each run 90 % of the race's runs
 * (RUN_WALK_READY_FRACTION).
 */
export const RUN_WALK_FROM_SEC: Readonly<Record<Experience, number>> = { new: 1800, some: 2400, regular: 5400 };
export const RUN_WALK_RUN_SEC: Readonly<Record<Experience, number>> = { new: 300, some: 600, regular: 600 };

/**
 * A run/walk race's runs are short, so training runs them nearly in full
 * before race day: the longest block reaches 90 % of the race's runs (4 min
 * 30 s of 5, 9 of 10), where a continuous race asks for 60 % of the race.
 * Coaching convention (a coach reading our plans asked for the race's own
 * run length in training; 90 % leaves room for the 15-second grid).
 */
export const RUN_WALK_READY_FRACTION = 0.9;

/**
 * The shortest last run of a run/walk: a session grows by "+ 1 min", never
 * "+ 30 s", and race day ends on a run of a minute or more. With its walk,
 * 2 minutes, the least the rise cap allows. Coaching convention (a coach
 * reading our plans: a 30-second last run reads as a slip).
 */
export const RUN_WALK_MIN_LAST_RUN_SEC = 60;

/** Taper weeks before the race week and their share of the peak week (coaching convention, [higdon-plans]). */
export const TAPER_FACTORS: Readonly<Record<RaceGoal, readonly number[]>> = {
	'retro-mile': [0.6],
	'retro-5k': [0.6],
	'retro-10k': [0.75, 0.5],
	'retro-half': [0.75, 0.5],
};

/** Easy backward shakeout in race week: 8 minutes, never the day before (coaching convention). */
export const RACE_WEEK_SHAKEOUT_SEC = 480;

/**
 * The shakeout holds at most three quarters of the last taper session, so
 * race week stays the lightest week before the race (coaching convention,
 * [higdon-plans]).
 */
export const SHAKEOUT_OF_TAPER = 0.75;

/** Race plans need 2 backward sessions a week (except the mile), or the long session would be the whole week. */
export const RACE_MIN_BACKWARD_SESSIONS: Readonly<Record<RaceGoal, number>> = {
	'retro-mile': 1,
	'retro-5k': 2,
	'retro-10k': 2,
	'retro-half': 2,
};

// ---------------------------------------------------------------------------
// Plan length
// ---------------------------------------------------------------------------

export const MIN_PLAN_WEEKS = 4;

/**
 * At most this many easy lead-in weeks at week 1's dose before a race plan's
 * build (generate.ts): where one more week of plan would put a recovery week
 * where it costs the build its last rise, the plan starts easier instead, so
 * a longer plan never trains the race less than a shorter one. Coaching
 * convention: novice plans often open with easy weeks [nhs-couch-to-5k].
 */
export const MAX_LEAD_IN_WEEKS = 3;
export const MAX_PLAN_WEEKS = 26;
/** Default plan length (coaching convention; 6 weeks for knees, the trial's length [alghadir-2019]). */
export const DEFAULT_PLAN_WEEKS: Readonly<Record<Goal, number>> = {
	'mix-in': 8,
	drills: 6,
	'knee-friendly': 6,
	'retro-mile': 8,
	'retro-5k': 12,
	'retro-10k': 18,
	'retro-half': 20,
};

// ---------------------------------------------------------------------------
// Pace
// ---------------------------------------------------------------------------

/** The forward easy pace is shown as ± this fraction (coaching convention). */
export const FORWARD_PACE_SPREAD = 0.05;

/** Accepted forward weekly distance, in the plan unit. */
export const FORWARD_WEEKLY_DISTANCE_LIMITS: Readonly<Record<Units, { readonly min: number; readonly max: number }>> = {
	km: { min: 1, max: 200 },
	mi: { min: 1, max: 125 },
};

/**
 * Pace of strides and sprints relative to easy backward pace. Only the
 * player's and the totals' estimates use it; no session is sized from it.
 */
export const MODE_PACE_FACTOR = { stride: 0.8, sprint: 0.6 } as const;

/** Backward walking speed for estimates: about 3.6 km/h ([alghadir-2019] walked at a self-selected speed). */
export const BACKWARD_WALK_SEC_PER_M = 1;

/** Forward walking speed for estimates: about 5 km/h. */
export const FORWARD_WALK_SEC_PER_M = 0.72;

// ---------------------------------------------------------------------------
// Forward running
// ---------------------------------------------------------------------------

/**
 * An easy forward run lasts what the runner can already run, up to 30
 * minutes, then a third of anything more, up to an hour (coaching
 * convention: easy runs well inside what you can do).
 *
 * @example
 * easyRunSec(30)  // 1800
 * easyRunSec(60)  // 2400
 * easyRunSec(120) // 3600
 */
export function easyRunSec(currentRunMinutes: number): number {
	const minutes = currentRunMinutes <= 30 ? currentRunMinutes : 30 + (currentRunMinutes - 30) / 3;
	return Math.min(3600, Math.max(FOUNDATION_UNTIL_MINUTES * 60, Math.round(minutes / 5) * 300));
}

/** No easy forward run longer than 2 hours, whatever the weekly distance (coaching convention). */
export const EASY_RUN_MAX_SEC = 7200;

/** No forward run (or forward part of a mixed run) shorter than 10 minutes (coaching convention). */
export const EASY_RUN_MIN_SEC = 600;

/** Forward warm-up before backward sessions and drills: 10 minutes easy (coaching convention). */
export const WARM_UP_SEC = 600;

/** Forward cool-down after backward sessions: 5 minutes walking (coaching convention). */
export const COOL_DOWN_SEC = 300;

/** Forward running in recovery, taper and race weeks scales by these (coaching convention). */
export const FORWARD_FACTOR = { recovery: 0.8, taper: 0.7, race: 0.5 } as const;
