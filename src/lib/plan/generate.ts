/**
 * `generatePlan`: from a normalised input to a full plan. Pure and
 * deterministic: all dates are yyyy-mm-dd day arithmetic (dates.ts), nothing
 * reads the clock or the time zone, and the input is never mutated.
 *
 * The progression works on what each week really holds: a week is built,
 * its backward seconds are summed from its segments, and the next week may
 * add at most `weeklyIncreaseCapSec` of that (rules.ts). If rounding pushes a
 * week over, it is rebuilt a little smaller. So the cap holds by construction.
 */
import { addDays, daysBetween, nextOnOrAfter, weekdayOf } from './dates';
import { formatDuration, roundFriendlyDistanceM, roundTo } from './format';
import { hashValue } from './hash';
import {
	type Goal,
	isRaceGoal,
	optionLabel,
	type Phase,
	type RaceGoal,
	WEEKDAY_OPTIONS,
	type Weekday,
} from './options';
import { longRunPeakSec, otherSessionPeakSec, planPhases, splitWeek } from './progression';
import {
	CONTINUOUS_FROM_SEC,
	COOL_DOWN_SEC,
	DRILL_STAGES,
	DRILL_START_STAGE,
	EASY_FORWARD_SEC,
	EASY_RUN_MAX_SEC,
	EASY_RUN_MIN_SEC,
	FORWARD_FACTOR,
	KNEE_JOG_STAGES_SEC,
	KNEE_SESSION_TARGET_SEC,
	KNEE_START_SESSION_SEC,
	KNEE_WALK_ONLY_WEEKS,
	KNEE_WARM_UP_SEC,
	LONG_RUN_MIN_FRACTION,
	LONG_SESSION_SHARE,
	MAX_BACKWARD_SESSIONS_PER_WEEK,
	MAX_REPS,
	METRES_PER_UNIT,
	MIX_IN_MAX_BACKWARD_SHARE,
	maxBackwardSessions,
	maxNextWeekBackwardSec,
	RACE_DISTANCE_M,
	RACE_WEEK_SHAKEOUT_SEC,
	RECOVERY_FACTOR,
	REP_HOLD_WEEKS,
	REP_LADDER_SEC,
	REPS_BEFORE_NEXT_RUNG,
	START_RUNG_SEC,
	START_SESSION_BACKWARD_SEC,
	TAPER_FACTORS,
	WARM_UP_SEC,
} from './rules';
import {
	backwardSafetyNotes,
	CALF_NOTE,
	DRILL_CUES,
	guideIdsFor,
	NECK_NOTE,
	RACE_CUES,
	raceSafetyNotes,
	runningCues,
	SCREENING_NOTE,
	WALKING_CUES,
} from './safety';
import { backwardWeekdaySets } from './schedule';
import type { Plan, PlanInput, Session, Week, WeekTotals } from './schema';
import {
	aboutDistance,
	backwardReps,
	backwardWalk,
	backwardWalkJog,
	createContext,
	type DraftSession,
	draftSession,
	drillSegments,
	type ForwardAmount,
	forwardRun,
	forwardText,
	forwardWalk,
	type PlanContext,
	raceName,
	raceSegment,
	repsText,
	rungFor,
	sessionMetrics,
} from './sessions';

/** One chosen training day inside a week. */
interface Slot {
	readonly date: string;
	readonly weekday: Weekday;
	readonly backward: boolean;
}

/** What a week should hold; built into sessions by `buildWeek`. */
interface WeekSpec {
	readonly index: number;
	readonly phase: Phase;
	readonly slots: readonly Slot[];
	/** Backward seconds per backward slot, in slot order. */
	readonly targets: readonly number[];
	/** Index among backward slots of the long session, or -1. */
	readonly longIndex: number;
	readonly rungIndex: number;
	readonly kneeStage: number;
	readonly drillStage: number;
	readonly drillStrideDelta: number;
	/** Round repetitions down instead of to the nearest. */
	readonly floor: boolean;
	readonly forwardFactor: number;
	readonly firstBackwardDate: string;
}

/**
 * Build a plan. Pure and deterministic: the same input gives a deep-equal
 * plan, ids included, in every time zone. Expects a normalised input from
 * `parsePlanInput`.
 *
 * @example
 * const parsed = parsePlanInput({ startDate: '2026-03-02', goal: 'retro-5k', experience: 'some', weeks: 12 });
 * if (parsed.ok) generatePlan(parsed.value).title // 'Backward 5K in 12 weeks'
 */
export function generatePlan(input: PlanInput): Plan {
	const ctx = createContext(input);
	const { goal, experience, weeks: weekCount } = input;
	const raceGoal = isRaceGoal(goal) ? goal : undefined;
	const raceDate =
		raceGoal === undefined
			? undefined
			: (input.raceDate ?? nextOnOrAfter(addDays(input.startDate, 7 * (weekCount - 1)), input.longRunDay));
	const phases = planPhases(goal, weekCount);
	const sets = backwardWeekdaySets(input.days, MAX_BACKWARD_SESSIONS_PER_WEEK, raceGoal ? input.longRunDay : undefined);
	const longPeak = raceGoal ? longRunPeakSec(raceGoal, ctx.backSecPerM) : 0;
	const otherPeak = raceGoal ? otherSessionPeakSec(longPeak, experience) : 0;

	let lastA: number | undefined; // backward seconds of the last non-recovery week
	let peakA = 0; // backward seconds of the last week before the taper
	let rungIndex = Math.max(0, REP_LADDER_SEC.indexOf(START_RUNG_SEC[experience] as (typeof REP_LADDER_SEC)[number]));
	let weeksOnRung = 0;
	let trainingWeeks = 0;
	let drillStage = DRILL_START_STAGE[experience];
	let weeksOnStage = 0;
	let taperWeek = 0;
	let firstBackwardDate = '';

	const weeks: Week[] = [];
	for (let w = 1; w <= weekCount; w++) {
		const phase = phases[w - 1] ?? 'build';
		const startDate = addDays(input.startDate, 7 * (w - 1));
		const limit = maxBackwardSessions(goal, experience, w);
		const set = sets[Math.min(limit, sets.length - 1)] ?? [];
		const slots = weekSlots(startDate, input.days, set, raceDate);
		if (firstBackwardDate === '') firstBackwardDate = slots.find((s) => s.backward)?.date ?? '';

		let drafts: DraftSession[];
		if (phase === 'race' && raceGoal && raceDate) {
			drafts = buildRaceWeek(ctx, raceGoal, raceDate, slots, rungIndex, w, firstBackwardDate);
		} else {
			const backCount = slots.filter((s) => s.backward).length;
			const longIndex =
				raceGoal && phase !== 'foundation' && backCount > 1
					? Math.max(
							0,
							indexOfLast(
								slots.filter((s) => s.backward),
								(s) => s.weekday === input.longRunDay,
								backCount - 1,
							),
						)
					: -1;
			const weeklyPeak = peakWeekly(ctx, goal, backCount, longPeak, otherPeak);
			let target: number;
			if (lastA === undefined) target = startSessionSec(goal, experience) * backCount;
			else if (phase === 'recovery') target = RECOVERY_FACTOR * lastA;
			else if (phase === 'taper') target = (TAPER_FACTORS[raceGoal ?? 'retro-5k'][taperWeek] ?? 0.5) * peakA;
			else target = maxNextWeekBackwardSec(lastA);
			target = Math.min(target, weeklyPeak);

			const training = phase !== 'recovery' && phase !== 'taper';
			const split = (t: number) =>
				splitWeek(
					t,
					backCount,
					longIndex,
					raceGoal ? LONG_SESSION_SHARE[raceGoal] : 0.5,
					raceGoal ? longPeak : Infinity,
					raceGoal ? otherPeak : Infinity,
				);
			if (training && weeksOnRung >= REP_HOLD_WEEKS && rungIndex < REP_LADDER_SEC.length - 1) {
				const rungSec = REP_LADDER_SEC[rungIndex] ?? 30;
				if (Math.max(0, ...split(target)) / rungSec > REPS_BEFORE_NEXT_RUNG) {
					rungIndex++;
					weeksOnRung = 0;
				}
			}
			const kneeStage =
				phase === 'recovery' || trainingWeeks < KNEE_WALK_ONLY_WEEKS[experience]
					? 0
					: Math.min(
							KNEE_JOG_STAGES_SEC.length - 1,
							1 + Math.floor((trainingWeeks - KNEE_WALK_ONLY_WEEKS[experience]) / REP_HOLD_WEEKS),
						);
			const wantStage =
				phase === 'recovery'
					? Math.max(0, drillStage - 1)
					: training && weeksOnStage >= REP_HOLD_WEEKS
						? Math.min(DRILL_STAGES.length - 1, drillStage + 1)
						: drillStage;

			const base = {
				index: w,
				phase,
				longIndex,
				rungIndex,
				kneeStage,
				drillStrideDelta: phase === 'recovery' ? -1 : 0,
				forwardFactor: phase === 'recovery' ? FORWARD_FACTOR.recovery : phase === 'taper' ? FORWARD_FACTOR.taper : 1,
				firstBackwardDate,
			};
			const fits = (spec: WeekSpec): boolean => {
				if (lastA === undefined) return true;
				const actual = sum(buildWeek(ctx, spec, true).map((d) => d.backwardSec));
				return phase === 'recovery' ? actual < lastA : actual <= maxNextWeekBackwardSec(lastA);
			};
			let chosen: WeekSpec | undefined;
			if (goal === 'drills') {
				// Most wanted first: the next stage on every backward day, then smaller stages, then fewer days.
				for (let n = backCount; n >= 1 && chosen === undefined; n--) {
					for (let st = wantStage; st >= 0 && chosen === undefined; st--) {
						const spec: WeekSpec = {
							...base,
							slots: keepBackward(slots, n),
							targets: [],
							drillStage: st,
							floor: false,
						};
						if (fits(spec)) chosen = spec;
					}
				}
			} else {
				// The fullest week that fits: the target itself, else a binary search on a shrink
				// factor (repetitions rounded to nearest), else rounding down. Sized without words.
				const at = (f: number, floor: boolean): WeekSpec => ({
					...base,
					slots,
					targets: split(target * f),
					drillStage: 0,
					floor,
				});
				if (fits(at(1, false))) chosen = at(1, false);
				else {
					let lo = 0.3;
					let hi = 1;
					for (let i = 0; i < 7; i++) {
						const mid = (lo + hi) / 2;
						if (fits(at(mid, false))) {
							lo = mid;
							chosen = at(mid, false);
						} else hi = mid;
					}
					for (const f of [1, 0.8, 0.6, 0.4]) {
						if (chosen === undefined && fits(at(f, true))) chosen = at(f, true);
					}
				}
			}
			chosen ??= { ...base, slots: keepBackward(slots, 1), targets: split(0), drillStage: 0, floor: true };
			const bestStage = chosen.drillStage;
			drafts = buildWeek(ctx, chosen);
			if (goal === 'drills' && phase !== 'recovery' && bestStage > drillStage) {
				drillStage = bestStage;
				weeksOnStage = 0;
			}
			const actual = sum(drafts.map((d) => d.backwardSec));
			if (phase !== 'recovery') {
				lastA = actual;
				if (phase === 'taper') taperWeek++;
				else peakA = actual;
			}
			if (training) {
				trainingWeeks++;
				weeksOnRung++;
				weeksOnStage++;
			}
		}
		const sessions: Session[] = drafts.map((d, i) => ({ id: `w${String(w).padStart(2, '0')}-s${i + 1}`, ...d }));
		weeks.push({
			index: w,
			startDate,
			endDate: addDays(startDate, 6),
			phase,
			totals: weekTotals(ctx, sessions),
			sessions,
		});
	}

	return {
		formatVersion: 1,
		id: hashValue(input),
		title: planTitle(goal, weekCount),
		input,
		screening: SCREENING_NOTE,
		warnings: planWarnings(ctx, weeks, sets[MAX_BACKWARD_SESSIONS_PER_WEEK]?.length ?? 0, raceDate),
		paces: { forwardEasy: { ...ctx.forwardEasy }, backwardEasy: { ...ctx.backwardEasy } },
		weeks,
	};
}

// ---------------------------------------------------------------------------
// Week assembly
// ---------------------------------------------------------------------------

/** The chosen training days of the week starting `startDate`; in race week, only those before race day. */
function weekSlots(
	startDate: string,
	days: readonly Weekday[],
	backwardSet: readonly Weekday[],
	raceDate?: string,
): Slot[] {
	const slots: Slot[] = [];
	for (let d = 0; d < 7; d++) {
		const date = addDays(startDate, d);
		const weekday = weekdayOf(date);
		if (!days.includes(weekday)) continue;
		if (raceDate !== undefined && daysBetween(date, raceDate) <= 0) continue;
		// No backward session the day before the (backward) race.
		const backward = backwardSet.includes(weekday) && (raceDate === undefined || daysBetween(date, raceDate) > 1);
		slots.push({ date, weekday, backward });
	}
	return slots;
}

/** Keep only the first `n` backward slots backward. */
function keepBackward(slots: readonly Slot[], n: number): Slot[] {
	let kept = 0;
	return slots.map((s) => {
		if (!s.backward) return s;
		kept++;
		return kept <= n ? s : { ...s, backward: false };
	});
}

function buildWeek(ctx: PlanContext, spec: WeekSpec, measure = false): DraftSession[] {
	const { goal } = ctx.input;
	const drafts: DraftSession[] = [];
	let b = 0;
	let carry = 0;
	for (const slot of spec.slots) {
		if (!slot.backward) {
			if (goal !== 'knee-friendly' && !measure)
				drafts.push(easyForwardSession(ctx, slot, forwardAmount(ctx, spec.forwardFactor)));
			continue;
		}
		const isLong = b === spec.longIndex;
		// Carry rounding left-overs to the next session so small weeks can still grow by one repetition.
		const target = Math.max(0, (spec.targets[b] ?? 0) + carry);
		b++;
		const first = slot.date === spec.firstBackwardDate;
		let draft: DraftSession;
		switch (goal) {
			case 'mix-in':
				draft = mixedSession(ctx, slot, spec, target, forwardAmount(ctx, spec.forwardFactor), first, measure);
				break;
			case 'drills':
				draft = drillsSession(ctx, slot, spec, forwardAmount(ctx, spec.forwardFactor, WARM_UP_SEC), first, measure);
				break;
			case 'knee-friendly':
				draft = walkSession(ctx, slot, spec, target, first, measure);
				break;
			default:
				draft = runningSession(ctx, slot, spec, target, isLong, first, measure);
		}
		carry = target - draft.backwardSec;
		drafts.push(draft);
	}
	return drafts;
}

/**
 * The forward part of a run. With a weekly forward distance, each training day
 * gets an equal share of it (backward sessions take the place of forward
 * runs, so the week stays near the runner's usual volume); otherwise a set
 * time (rules.ts EASY_FORWARD_SEC). Between EASY_RUN_MIN_SEC and EASY_RUN_MAX_SEC.
 */
function forwardAmount(ctx: PlanContext, factor: number, minusSec = 0): ForwardAmount {
	const { forwardWeeklyDistance, units, surface, experience, days } = ctx.input;
	if (forwardWeeklyDistance !== undefined) {
		const share = (forwardWeeklyDistance * METRES_PER_UNIT[units] * factor) / days.length;
		const metres = Math.max(
			EASY_RUN_MIN_SEC / ctx.fwdSecPerM,
			Math.min(share, EASY_RUN_MAX_SEC / ctx.fwdSecPerM) - minusSec / ctx.fwdSecPerM,
		);
		return { distanceM: roundFriendlyDistanceM(metres, units, surface === 'track' ? 'path' : surface) };
	}
	return { durationSec: Math.max(EASY_RUN_MIN_SEC, roundTo(EASY_FORWARD_SEC[experience] * factor - minusSec, 300)) };
}

function forwardSec(ctx: PlanContext, amount: ForwardAmount): number {
	return 'durationSec' in amount ? amount.durationSec : amount.distanceM * ctx.fwdSecPerM;
}

/**
 * How to fill `target` backward seconds when the longest allowed stretch is
 * rung `rungIndex`. Short rungs (under 5 min) give repetitions of a ladder
 * length, e.g. 6 × 45 s. From 5 min up, the session is split into as few
 * equal blocks as the rung allows, each a whole number of minutes (half
 * minutes from 4 blocks up), e.g. 3 × 9 min. At least 1 repetition, at most MAX_REPS.
 */
export function repsFor(target: number, rungIndex: number, floor: boolean): { rep: number; reps: number } {
	const round = floor ? Math.floor : Math.round;
	const longest = REP_LADDER_SEC[rungIndex] ?? REP_LADDER_SEC[0];
	if (longest < CONTINUOUS_FROM_SEC || target < CONTINUOUS_FROM_SEC) {
		const rep = rungFor(target, rungIndex);
		return { rep, reps: Math.min(MAX_REPS, Math.max(1, round(target / rep))) };
	}
	const reps = Math.min(MAX_REPS, Math.ceil(target / longest));
	// Whole minutes for up to 3 blocks; half minutes beyond, so many blocks don't round away minutes.
	const step = reps <= 3 ? 60 : 30;
	const rep = Math.min(longest, Math.max(60, round(target / reps / step) * step));
	return { rep, reps };
}

/** The most backward seconds, at most `limit`, from repetitions of one allowed rung (longer rung on ties). */
export function fillUpTo(limit: number, rungIndex: number): { rep: number; reps: number } {
	let best = { rep: REP_LADDER_SEC[0] as number, reps: 1 };
	for (let i = 0; i <= rungIndex && i < REP_LADDER_SEC.length; i++) {
		const rep = REP_LADDER_SEC[i] ?? 30;
		const reps = Math.min(MAX_REPS, Math.floor(limit / rep));
		if (reps >= 1 && rep * reps >= best.rep * best.reps) best = { rep, reps };
	}
	return best;
}

// ---------------------------------------------------------------------------
// Sessions
// ---------------------------------------------------------------------------

function safety(ctx: PlanContext, spec: Pick<WeekSpec, 'index'>, extra: string[] = []): string[] {
	return backwardSafetyNotes(ctx.input.surface, ctx.input.hasGuide, spec.index <= 2 ? [...extra, CALF_NOTE] : extra);
}

function guides(ctx: PlanContext, kind: Session['kind'], first: boolean): Session['guideIds'] {
	const { surface, hasGuide, goal } = ctx.input;
	return guideIdsFor({
		kind,
		surface,
		hasGuide,
		firstBackward: first,
		...(isRaceGoal(goal) ? { raceGoal: goal } : {}),
	});
}

/** A session with only its numbers, for sizing candidate weeks cheaply (no titles or notes). */
function measured(ctx: PlanContext, slot: Slot, kind: Session['kind'], segments: Session['segments']): DraftSession {
	return draftSession(ctx, {
		date: slot.date,
		weekday: slot.weekday,
		kind,
		title: '',
		segments,
		techniqueCues: [],
		safetyNotes: [],
		guideIds: [],
	});
}

function easyForwardSession(ctx: PlanContext, slot: Slot, amount: ForwardAmount): DraftSession {
	return draftSession(ctx, {
		date: slot.date,
		weekday: slot.weekday,
		kind: 'easy-forward',
		title: `Easy forward run: ${forwardText(ctx, amount)}`,
		segments: [forwardRun(ctx, 'main', amount)],
		techniqueCues: [],
		safetyNotes: [],
		guideIds: [],
	});
}

/**
 * Forward run, then backward repetitions to finish (S2's "2 mi forward +
 * 0.5 mi backward", retro-facts §4), with backward time at most 25 % of the
 * session (rules.ts MIX_IN_MAX_BACKWARD_SHARE).
 */
function mixedSession(
	ctx: PlanContext,
	slot: Slot,
	spec: WeekSpec,
	target: number,
	amount: ForwardAmount,
	first: boolean,
	measure: boolean,
): DraftSession {
	const cap = (forwardSec(ctx, amount) * MIX_IN_MAX_BACKWARD_SHARE) / (1 - MIX_IN_MAX_BACKWARD_SHARE);
	// Never over the cap: if rounding would cross it, fill the cap as fully as the allowed repetition lengths can.
	const wanted = repsFor(Math.min(target, cap), spec.rungIndex, spec.floor);
	const { rep, reps } = wanted.rep * wanted.reps > cap ? fillUpTo(cap, spec.rungIndex) : wanted;
	const segments = [forwardRun(ctx, 'main', amount), backwardReps(ctx, rep, reps)];
	if (measure) return measured(ctx, slot, 'mixed', segments);
	return draftSession(ctx, {
		date: slot.date,
		weekday: slot.weekday,
		kind: 'mixed',
		title: `Mixed run: ${forwardText(ctx, amount)} forward + ${repsText(rep, reps)} backward`,
		segments,
		techniqueCues: runningCues(spec.index),
		safetyNotes: safety(ctx, spec),
		guideIds: guides(ctx, 'mixed', first),
	});
}

/** Warm-up forward, backward repetitions or blocks, cool-down forward. */
function runningSession(
	ctx: PlanContext,
	slot: Slot,
	spec: WeekSpec,
	target: number,
	isLong: boolean,
	first: boolean,
	measure: boolean,
): DraftSession {
	const { rep, reps } = repsFor(target, spec.rungIndex, spec.floor);
	const kind: Session['kind'] = isLong ? 'long' : rep >= CONTINUOUS_FROM_SEC ? 'continuous' : 'intervals';
	const segments = [
		forwardRun(ctx, 'warm-up', { durationSec: WARM_UP_SEC }, 'jog'),
		backwardReps(ctx, rep, reps),
		forwardWalk('cool-down', COOL_DOWN_SEC),
	];
	if (measure) return measured(ctx, slot, kind, segments);
	const draft = draftSession(ctx, {
		date: slot.date,
		weekday: slot.weekday,
		kind,
		title: '',
		segments,
		techniqueCues: runningCues(spec.index),
		safetyNotes: safety(ctx, spec, reps > 1 && rep >= 300 ? [NECK_NOTE] : []),
		guideIds: guides(ctx, kind, first),
	});
	const main = `${repsText(rep, reps)} (${aboutDistance(ctx, (rep * reps) / ctx.backSecPerM)})`;
	const title =
		kind === 'long'
			? `Long backward session: ${main}`
			: kind === 'continuous'
				? reps === 1
					? `Continuous backward run: ${main}`
					: `Backward blocks: ${main}`
				: `Backward intervals: ${repsText(rep, reps)}`;
	return { ...draft, title };
}

/**
 * Backward walking after a 5-minute forward walk (Hadfield 2017, retro-facts
 * §4), building to 10 minutes (Alghadir 2019, row 21), later with slow jog
 * bursts every 2 minutes (rules.ts KNEE_JOG_STAGES_SEC).
 */
function walkSession(
	ctx: PlanContext,
	slot: Slot,
	spec: WeekSpec,
	target: number,
	first: boolean,
	measure: boolean,
): DraftSession {
	const total = Math.max(
		60,
		Math.min(KNEE_SESSION_TARGET_SEC, (spec.floor ? Math.floor : Math.round)(target / 30) * 30),
	);
	const jog = KNEE_JOG_STAGES_SEC[spec.kneeStage] ?? 0;
	const cycles = Math.floor(total / 120);
	const main =
		jog > 0 && cycles >= 1
			? [backwardWalk(total - (120 * cycles - 120 + jog)), backwardWalkJog(jog, 120 - jog, cycles)]
			: [backwardWalk(total)];
	if (measure) return measured(ctx, slot, 'walk', main);
	const title =
		jog > 0 && cycles >= 1
			? `Backward walk with slow jogs: ${formatDuration(total)} (${formatDuration(jog)} jog every 2 min)`
			: `Backward walk: ${formatDuration(total)}`;
	return draftSession(ctx, {
		date: slot.date,
		weekday: slot.weekday,
		kind: 'walk',
		title,
		segments: [forwardWalk('warm-up', KNEE_WARM_UP_SEC), ...main],
		techniqueCues: [...WALKING_CUES],
		safetyNotes: safety(ctx, spec),
		guideIds: guides(ctx, 'walk', first),
	});
}

/** Forward warm-up, backward balance walk, strides and sprints, then an easy forward run. */
function drillsSession(
	ctx: PlanContext,
	slot: Slot,
	spec: WeekSpec,
	amount: ForwardAmount,
	first: boolean,
	measure: boolean,
): DraftSession {
	const stage = DRILL_STAGES[spec.drillStage] ??
		DRILL_STAGES[0] ?? { strideReps: 3, strideM: 20, sprintReps: 0, sprintM: 0 };
	const drills = drillSegments(stage, spec.drillStrideDelta);
	if (measure) return measured(ctx, slot, 'drills', drills);
	const strides = drills[1];
	const sprints = stage.sprintReps > 0 ? ` + ${stage.sprintReps} × ${stage.sprintM} m sprints` : '';
	return draftSession(ctx, {
		date: slot.date,
		weekday: slot.weekday,
		kind: 'drills',
		title: `Backward drills: ${strides?.repeats ?? 0} × ${stage.strideM} m strides${sprints}, then ${forwardText(ctx, amount)} easy`,
		segments: [
			forwardRun(ctx, 'warm-up', { durationSec: WARM_UP_SEC }, 'jog'),
			...drills,
			forwardRun(ctx, 'main', amount),
		],
		techniqueCues: [...DRILL_CUES, 'Stand tall with only a slight forward tilt.'],
		safetyNotes: safety(ctx, spec),
		guideIds: guides(ctx, 'drills', first),
	});
}

/** Race week: a short backward shakeout (not the day before), short forward runs, and the race. */
function buildRaceWeek(
	ctx: PlanContext,
	goal: RaceGoal,
	raceDate: string,
	slots: readonly Slot[],
	rungIndex: number,
	w: number,
	firstBackwardDate: string,
): DraftSession[] {
	const spec = { index: w };
	let shakeoutDone = false;
	const drafts: DraftSession[] = [];
	for (const slot of slots) {
		if (slot.backward && !shakeoutDone) {
			shakeoutDone = true;
			const { rep, reps } = repsFor(RACE_WEEK_SHAKEOUT_SEC, rungIndex, false);
			drafts.push(
				draftSession(ctx, {
					date: slot.date,
					weekday: slot.weekday,
					kind: rep >= CONTINUOUS_FROM_SEC ? 'continuous' : 'intervals',
					title: `Backward shakeout: ${repsText(rep, reps)} easy`,
					segments: [forwardRun(ctx, 'warm-up', { durationSec: WARM_UP_SEC }, 'jog'), backwardReps(ctx, rep, reps)],
					techniqueCues: runningCues(w),
					safetyNotes: safety(ctx, spec),
					guideIds: guides(ctx, 'continuous', slot.date === firstBackwardDate),
				}),
			);
			continue;
		}
		drafts.push(easyForwardSession(ctx, slot, forwardAmount(ctx, FORWARD_FACTOR.race)));
	}
	drafts.push(
		draftSession(ctx, {
			date: raceDate,
			weekday: weekdayOf(raceDate),
			kind: 'race',
			title: `Race day: backward ${raceName(goal)}`,
			segments: [
				forwardRun(ctx, 'warm-up', { durationSec: WARM_UP_SEC }, 'jog'),
				raceSegment(ctx, RACE_DISTANCE_M[goal]),
				forwardWalk('cool-down', WARM_UP_SEC),
			],
			techniqueCues: [...RACE_CUES],
			safetyNotes: raceSafetyNotes(ctx.input.hasGuide),
			guideIds: guides(ctx, 'race', false),
		}),
	);
	return drafts;
}

// ---------------------------------------------------------------------------
// Plan-level helpers
// ---------------------------------------------------------------------------

function startSessionSec(goal: Goal, experience: PlanInput['experience']): number {
	return goal === 'knee-friendly' ? KNEE_START_SESSION_SEC[experience] : START_SESSION_BACKWARD_SEC[experience];
}

/** Most backward seconds a week of this goal ever needs (the sum of its per-session peaks). */
function peakWeekly(ctx: PlanContext, goal: Goal, count: number, longPeak: number, otherPeak: number): number {
	if (count === 0) return 0;
	switch (goal) {
		case 'knee-friendly':
			return count * KNEE_SESSION_TARGET_SEC;
		case 'mix-in':
		case 'drills': {
			const fwd = forwardSec(ctx, forwardAmount(ctx, 1));
			return (count * fwd * MIX_IN_MAX_BACKWARD_SHARE) / (1 - MIX_IN_MAX_BACKWARD_SHARE);
		}
		default:
			return longPeak + (count - 1) * otherPeak;
	}
}

function weekTotals(ctx: PlanContext, sessions: readonly Session[]): WeekTotals {
	const totals: WeekTotals = {
		sessions: sessions.length,
		backwardSessions: 0,
		backwardSec: 0,
		forwardSec: 0,
		backwardDistanceM: 0,
		forwardDistanceM: 0,
	};
	for (const s of sessions) {
		const m = sessionMetrics(ctx, s.segments);
		if (m.backwardSec > 0) totals.backwardSessions++;
		totals.backwardSec += m.backwardSec;
		totals.forwardSec += m.forwardSec;
		totals.backwardDistanceM += m.backwardM;
		totals.forwardDistanceM += m.forwardM;
	}
	return totals;
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

function planWarnings(ctx: PlanContext, weeks: readonly Week[], backwardDays: number, raceDate?: string): string[] {
	const { goal, days, surface, experience } = ctx.input;
	const warnings: string[] = [];
	const others = goal === 'knee-friendly' ? 'rest days or your usual activity' : 'easy forward runs';
	if (backwardDays < Math.min(days.length, MAX_BACKWARD_SESSIONS_PER_WEEK)) {
		warnings.push(
			`Your training days sit next to each other, so only ${backwardDays} backward ${backwardDays === 1 ? 'session fits' : 'sessions fit'} each week without back-to-back days; the others are ${others}.`,
		);
	} else if (days.length > backwardDays || (experience === 'new' && goal !== 'knee-friendly')) {
		warnings.push(
			`Backward sessions are limited to ${MAX_BACKWARD_SESSIONS_PER_WEEK} a week${experience === 'new' && goal !== 'knee-friendly' ? ' (2 in your first 4 weeks)' : ''}, never on back-to-back days; your other days are ${others}.`,
		);
	}
	if (goal === 'knee-friendly') {
		warnings.push(
			'This plan follows a trial of supervised backward walking for knee osteoarthritis (10 minutes, 3 times a week, 6 weeks). If you have knee pain or arthritis, show it to your physiotherapist first.',
		);
	}
	if (isRaceGoal(goal) && raceDate !== undefined) {
		const race = RACE_DISTANCE_M[goal];
		let longest = 0;
		for (const week of weeks) {
			if (week.phase === 'race') continue;
			for (const s of week.sessions) longest = Math.max(longest, sessionMetrics(ctx, s.segments).backwardM);
		}
		if (longest < race * LONG_RUN_MIN_FRACTION) {
			warnings.push(
				`Your longest backward session reaches ${aboutDistance(ctx, longest)}, short of the ${Math.round(LONG_RUN_MIN_FRACTION * 100)} % of race distance we aim for. A later race date or more training days would help; on race day, walk backward whenever you need to.`,
			);
		}
		if (!days.includes(weekdayOf(raceDate))) {
			warnings.push(
				`Race day is a ${optionLabel(WEEKDAY_OPTIONS, weekdayOf(raceDate))}, not one of your training days; it is added as the last session.`,
			);
		}
		if (surface === 'treadmill') {
			warnings.push(
				'You train on a treadmill but will race outside: run some sessions on a track or quiet path with a guide before race day.',
			);
		}
	}
	return warnings;
}

function sum(values: readonly number[]): number {
	let s = 0;
	for (const v of values) s += v;
	return s;
}

function indexOfLast<T>(items: readonly T[], pred: (t: T) => boolean, fallback: number): number {
	for (let i = items.length - 1; i >= 0; i--) if (pred(items[i] as T)) return i;
	return fallback;
}
