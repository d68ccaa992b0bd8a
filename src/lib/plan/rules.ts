/**
 * Every training rule of the plan builder, once, with its source.
 *
 * "retro-facts" is /work/shared/research/retro-facts.md (§ = section, row =
 * row of the §1 table). Where the evidence is silent the rule says "coaching
 * convention". Change a number here and every plan, test and guide that uses
 * it follows.
 */
import type { Experience, Goal, RaceGoal, Units } from './options';

// ---------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------

/** Metres in one unit. 1 mi = 1.609344 km exactly (international mile, 1959). */
export const METRES_PER_UNIT: Readonly<Record<Units, number>> = { km: 1000, mi: 1609.344 };

/**
 * Friendly rounding steps for displayed distances, in metres: 0.25 mi, 0.5 km,
 * and 100 m on a track in km. Coaching convention (nobody runs 3.37 km).
 */
export const FRIENDLY_DISTANCE_STEP_M = { mi: 402.336, km: 500, kmTrack: 100 } as const;

// ---------------------------------------------------------------------------
// Weekly structure
// ---------------------------------------------------------------------------

/**
 * At most 3 backward sessions a week. Clinical and training studies used 2-3
 * a week (retro-facts §4: Alghadir 3×, Kachanathu 3×, Whitaker 2 non-consecutive
 * days, Uthoff twice weekly); a fourth adds unfamiliar calf and quad load
 * (§2 muscle emphasis) for little gain. Coaching convention on top of §4.
 */
export const MAX_BACKWARD_SESSIONS_PER_WEEK = 3;

/** New runners do at most 2 backward sessions a week in their first weeks (coaching convention). */
export const NEW_RUNNER_MAX_BACKWARD_SESSIONS = 2;

/** How many weeks the new-runner limit lasts: the first 4-week block (coaching convention). */
export const NEW_RUNNER_LIMITED_WEEKS = 4;

/**
 * Backward sessions are never on consecutive days, across week boundaries too
 * (Whitaker & Deike used non-consecutive days, retro-facts row 23 and §4).
 * Enforced by choosing a weekday set with no two days adjacent on the 7-day
 * circle, so Sunday then Monday cannot happen either.
 */
export const MIN_DAYS_BETWEEN_BACKWARD_SESSIONS = 2;

/**
 * The most backward sessions a runner may do in plan week `weekIndex` (1-based).
 * Knee-friendly walking follows the trial's 3 a week from the start
 * (retro-facts row 21: 10 min, 3×/wk, 6 wk), since walking is far gentler
 * than running.
 *
 * @example
 * maxBackwardSessions('mix-in', 'new', 2) // 2
 * maxBackwardSessions('mix-in', 'new', 5) // 3
 */
export function maxBackwardSessions(goal: Goal, experience: Experience, weekIndex: number): number {
	if (goal !== 'knee-friendly' && experience === 'new' && weekIndex <= NEW_RUNNER_LIMITED_WEEKS) {
		return NEW_RUNNER_MAX_BACKWARD_SESSIONS;
	}
	return MAX_BACKWARD_SESSIONS_PER_WEEK;
}

// ---------------------------------------------------------------------------
// Progression
// ---------------------------------------------------------------------------

/** Largest weekly rise in backward time, as a fraction (retro-facts §4: no retro evidence; Ordway's single +20 % step). */
export const WEEKLY_INCREASE_FRACTION = 0.2;

/** Smallest allowed weekly rise, so tiny starting doses can grow at all: +1 min (coaching convention). */
export const WEEKLY_INCREASE_FLOOR_SEC = 60;

/**
 * The progression cap: how many seconds of backward time a training week may
 * add over the previous non-recovery week. 20 % of the previous week, but at
 * least 1 minute, because 20 % of 5 min is only 1 min and of 2 min is 24 s.
 * retro-facts §4 found no retro-specific progression rate; 20 % is the size of
 * Ordway's one speed step (row 17), the floor is coaching convention.
 *
 * @example
 * weeklyIncreaseCapSec(300)  // 60  (5 min → at most 6 min)
 * weeklyIncreaseCapSec(3000) // 600 (50 min → at most 60 min)
 */
export function weeklyIncreaseCapSec(previousWeekBackwardSec: number): number {
	return Math.max(previousWeekBackwardSec * WEEKLY_INCREASE_FRACTION, WEEKLY_INCREASE_FLOOR_SEC);
}

/**
 * The most backward seconds a training week may hold after a non-recovery
 * week of `previousWeekBackwardSec`.
 *
 * @example
 * maxNextWeekBackwardSec(300) // 360
 */
export function maxNextWeekBackwardSec(previousWeekBackwardSec: number): number {
	return previousWeekBackwardSec + weeklyIncreaseCapSec(previousWeekBackwardSec);
}

/** Every 4th week is a recovery week (coaching convention: 3 up, 1 down). */
export const RECOVERY_EVERY_WEEKS = 4;

/** A recovery week holds about 70 % of the previous week's backward time (coaching convention). */
export const RECOVERY_FACTOR = 0.7;

/**
 * Ladder of backward repetition lengths (seconds). The longest continuous
 * backward stretch climbs one rung at a time, each rung at most 1.5× the last.
 * S2's 30 s intervals are the first rung (retro-facts §4, seed-only); the top
 * rung is 30 min because balance and neck tire after about 30 min backward
 * (retro-facts §3, Clewley).
 */
export const REP_LADDER_SEC = [30, 45, 60, 90, 120, 180, 240, 300, 420, 600, 900, 1200, 1500, 1800] as const;

/**
 * A repetition length is held for at least 2 training weeks before it grows:
 * "hold a dose, then step up". Studies held doses 3-6 weeks (retro-facts §4);
 * 2 weeks is our compromise so race plans can progress at all.
 */
export const REP_HOLD_WEEKS = 2;

/** Move to the next rung once a session needs more than this many repetitions (coaching convention). */
export const REPS_BEFORE_NEXT_RUNG = 4;

/** Never more than this many backward repetitions in one session (coaching convention). */
export const MAX_REPS = 12;

/** From this rung (5 min) on, sessions are whole-minute blocks rather than ladder repetitions (coaching convention). */
export const CONTINUOUS_FROM_SEC = 300;

/** Starting rung by experience: 30 s for new (S2, §4), 2 min for some (1-2 min segments), 15 min continuous for regular. */
export const START_RUNG_SEC: Readonly<Record<Experience, number>> = { new: 30, some: 120, regular: 900 };

/**
 * Backward seconds per session in week 1. New runners: 5 × 30 s = 2.5 min a
 * session, 2 sessions = 5 min in the week (brief: 2-5 min in week 1; S2's 30 s
 * intervals). Some: 4 × 2 min. Regular: 15 min continuous (they can already run 10 min or more). Coaching convention.
 */
export const START_SESSION_BACKWARD_SEC: Readonly<Record<Experience, number>> = {
	new: 150,
	some: 480,
	regular: 900,
};

/**
 * In a mixed run backward time stays at most 25 % of the session, i.e. at most
 * a third of the forward time. S2's "2 mi forward + 0.5 mi backward" is about
 * 25-30 % of the time (retro-facts §4).
 */
export const MIX_IN_MAX_BACKWARD_SHARE = 0.25;

// ---------------------------------------------------------------------------
// Knee-friendly walking
// ---------------------------------------------------------------------------

/** Target backward walking per session: 10 min (retro-facts row 21, Alghadir 2019). */
export const KNEE_SESSION_TARGET_SEC = 600;

/** Week-1 backward walking per session by experience (coaching convention, building to row 21's 10 min). */
export const KNEE_START_SESSION_SEC: Readonly<Record<Experience, number>> = { new: 360, some: 480, regular: 600 };

/** 5 min forward walk first, as in Hadfield 2017 (retro-facts §4). */
export const KNEE_WARM_UP_SEC = 300;

/**
 * Slow backward jog bursts inside the walk, one stage every 2 training weeks
 * once walking is settled. Speed stays low: the kneecap benefit comes from
 * slow speed (retro-facts row 9, §3 "knee-friendliness depends on speed").
 * Each stage: jog seconds per 2-minute cycle.
 */
export const KNEE_JOG_STAGES_SEC = [0, 15, 30, 45, 60] as const;

/** Training weeks of plain walking before the first jog stage (coaching convention). */
export const KNEE_WALK_ONLY_WEEKS: Readonly<Record<Experience, number>> = { new: 4, some: 2, regular: 0 };

// ---------------------------------------------------------------------------
// Drills
// ---------------------------------------------------------------------------

/** One step of the drills progression: backward strides, then short sprints. */
export interface DrillStage {
	readonly strideReps: number;
	readonly strideM: number;
	readonly sprintReps: number;
	readonly sprintM: number;
}

/**
 * Drill stages. Sprints start at 3 × 10 m (Petrakis 2020, retro-facts row 27)
 * and end near 3 × 40 yd (Whitaker & Deike 2016, row 23). Strides before them
 * are coaching convention. A stage is held 2 training weeks (REP_HOLD_WEEKS).
 */
export const DRILL_STAGES: readonly DrillStage[] = [
	{ strideReps: 3, strideM: 20, sprintReps: 0, sprintM: 0 },
	{ strideReps: 4, strideM: 20, sprintReps: 0, sprintM: 0 },
	{ strideReps: 4, strideM: 30, sprintReps: 0, sprintM: 0 },
	{ strideReps: 4, strideM: 30, sprintReps: 3, sprintM: 10 },
	{ strideReps: 5, strideM: 30, sprintReps: 3, sprintM: 20 },
	{ strideReps: 5, strideM: 40, sprintReps: 3, sprintM: 30 },
	{ strideReps: 6, strideM: 40, sprintReps: 3, sprintM: 37 },
];

/** First drill stage by experience (coaching convention). */
export const DRILL_START_STAGE: Readonly<Record<Experience, number>> = { new: 0, some: 2, regular: 3 };

/** Backward walking before drills: 2 × 30 s, to find balance (coaching convention). */
export const DRILL_WALK_REPS = 2;

// ---------------------------------------------------------------------------
// Races
// ---------------------------------------------------------------------------

/** Race distances in metres. */
export const RACE_DISTANCE_M: Readonly<Record<RaceGoal, number>> = {
	'retro-mile': 1609.344,
	'retro-5k': 5000,
	'retro-10k': 10000,
	'retro-half': 21097.5,
};

/**
 * The long backward session peaks at 70-90 % of race distance (coaching
 * convention, brief); we aim for 80 %, and the mile goes the full distance.
 * Plans that cannot reach 70 % say so in a warning.
 */
export const LONG_RUN_PEAK_FRACTION: Readonly<Record<RaceGoal, number>> = {
	'retro-mile': 1,
	'retro-5k': 0.8,
	'retro-10k': 0.8,
	'retro-half': 0.8,
};

/** Below this share of race distance the long run is "short" and the plan warns. */
export const LONG_RUN_MIN_FRACTION = 0.7;

/**
 * At most this share of the week's backward time goes to the long session
 * (with 3 or more backward sessions). Longer races lean more on the long
 * session, as Clewley built her long run week by week (retro-facts §4).
 * Coaching convention.
 */
export const LONG_SESSION_SHARE: Readonly<Record<RaceGoal, number>> = {
	'retro-mile': 0.55,
	'retro-5k': 0.55,
	'retro-10k': 0.6,
	'retro-half': 0.6,
};

/** With only 2 backward sessions the long one may take up to 65 % (coaching convention). */
export const LONG_SESSION_SHARE_TWO = 0.65;

/** Other backward sessions stay at most 35 % of the long session's peak, so the week does not balloon once the long run is long (coaching convention). */
export const OTHER_SESSION_PEAK_SHARE = 0.35;

/** Taper weeks before the race week and their share of the peak week (coaching convention). */
export const TAPER_FACTORS: Readonly<Record<RaceGoal, readonly number[]>> = {
	'retro-mile': [0.6],
	'retro-5k': [0.6],
	'retro-10k': [0.75, 0.5],
	'retro-half': [0.75, 0.5],
};

/** Easy backward shakeout in race week: 8 min (coaching convention). */
export const RACE_WEEK_SHAKEOUT_SEC = 480;

/**
 * Fewest weeks for each race goal and experience, `null` = not offered.
 * Derived, not chosen: run the progression above for a runner with an easy
 * forward pace of 6:30/km and 3 well-spaced backward days a week, and find
 * the shortest plan whose long session reaches 70 % of race distance
 * (rules.test.ts re-derives this table). A runner new to backward running
 * starts at 5 min a week and may add 20 % a week, so a backward 5K takes
 * them the full 26 weeks and a 10K or half more than that: those are not
 * offered until they have some experience. Slower runners or fewer days
 * may still fall short; the plan then says so in a warning.
 */
export const MIN_WEEKS: Readonly<Record<RaceGoal, Readonly<Record<Experience, number | null>>>> = {
	'retro-mile': { new: 15, some: 4, regular: 4 },
	'retro-5k': { new: 26, some: 10, regular: 5 },
	'retro-10k': { new: null, some: 18, regular: 11 },
	'retro-half': { new: null, some: 23, regular: 16 },
};

/** The assumptions behind MIN_WEEKS, so the test can re-derive it. */
export const MIN_WEEKS_ASSUMPTIONS = {
	forwardEasyPaceSecPerKm: 390,
	days: ['tue', 'thu', 'sat', 'sun'],
	longRunDay: 'sun',
} as const;

// ---------------------------------------------------------------------------
// Plan length
// ---------------------------------------------------------------------------

export const MIN_PLAN_WEEKS = 4;
export const MAX_PLAN_WEEKS = 26;
/** Default plan length for goals without a race (coaching convention; also row 21's 6 wk for knees). */
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

/**
 * Backward easy pace = forward easy pace × this ratio. ≈1.6 for new runners
 * (row 32 ≈1.6; row 31 ≈1.7), ≈1.5 with some practice (row 29: 1.51 on a
 * first marathon), approaching 1.4 with experience (row 16: 70 % of forward
 * speed = ×1.43; row 29: 1.40 after practice; row 28: 1.34 for an elite
 * amateur). Shown as a range because it is a guess; effort overrules it
 * (rows 1, 6).
 */
export const BACKWARD_PACE_RATIO: Readonly<Record<Experience, { readonly min: number; readonly max: number }>> = {
	new: { min: 1.5, max: 1.7 },
	some: { min: 1.4, max: 1.6 },
	regular: { min: 1.35, max: 1.5 },
};

/** The forward easy pace is shown as ± this fraction (coaching convention). */
export const FORWARD_PACE_SPREAD = 0.05;

/** Default forward easy pace, seconds per unit, when the runner gives none (coaching convention). */
export const DEFAULT_FORWARD_EASY_PACE: Readonly<Record<Experience, Readonly<Record<Units, number>>>> = {
	new: { km: 420, mi: 675 }, // 7:00/km, 11:15/mi
	some: { km: 390, mi: 630 }, // 6:30/km, 10:30/mi
	regular: { km: 360, mi: 580 }, // 6:00/km, 9:40/mi
};

/** Accepted forward easy pace, seconds per unit: 3:00-15:00 per km, 4:50-24:10 per mile. */
export const FORWARD_PACE_LIMITS: Readonly<Record<Units, { readonly min: number; readonly max: number }>> = {
	km: { min: 180, max: 900 },
	mi: { min: 290, max: 1450 },
};

/** Accepted forward weekly distance, in the plan unit. */
export const FORWARD_WEEKLY_DISTANCE_LIMITS: Readonly<Record<Units, { readonly min: number; readonly max: number }>> = {
	km: { min: 1, max: 200 },
	mi: { min: 1, max: 125 },
};

/**
 * Estimated pace factor of non-running modes relative to easy backward pace,
 * only for time and distance estimates (coaching convention).
 */
export const MODE_PACE_FACTOR = { stride: 0.8, sprint: 0.6 } as const;

/** Backward walking speed for estimates: about 3.6 km/h (retro-facts row 21 walked at self-selected speed). */
export const BACKWARD_WALK_SEC_PER_M = 1;

/** Forward walking speed for estimates: about 5 km/h. */
export const FORWARD_WALK_SEC_PER_M = 0.72;

// ---------------------------------------------------------------------------
// Forward running
// ---------------------------------------------------------------------------

/** Length of an easy forward run when no weekly distance is given (coaching convention). */
export const EASY_FORWARD_SEC: Readonly<Record<Experience, number>> = { new: 1800, some: 2100, regular: 2400 };

/** No easy forward run longer than 2 hours, whatever the weekly distance (coaching convention). */
export const EASY_RUN_MAX_SEC = 7200;

/** No forward run (or forward part of a mixed run) shorter than 10 minutes (coaching convention). */
export const EASY_RUN_MIN_SEC = 600;

/** Forward warm-up before backward sessions and drills: 10 min easy (coaching convention). */
export const WARM_UP_SEC = 600;

/** Forward cool-down after backward sessions: 5 min (coaching convention). */
export const COOL_DOWN_SEC = 300;

/** Forward running in recovery, taper and race weeks scales by these (coaching convention). */
export const FORWARD_FACTOR = { recovery: 0.8, taper: 0.7, race: 0.5 } as const;
