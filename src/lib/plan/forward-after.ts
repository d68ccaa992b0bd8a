/**
 * The forward run before each backward session of a race plan after the
 * walk/run foundation: how long it is, week by week, for the long session and
 * for the others. Each week's run depends on the weeks before it (a run the
 * session cap shortened never grows back; the run eases from last week's), so
 * {@link forwardRunsAfterFoundation} walks the weeks in order and keeps that
 * memory in one {@link RunMemory}. The parts, in the order a week meets them:
 *
 *  - {@link foundationWeek}: a continuous foundation stage runs whole, within the cap;
 *  - {@link weekAfterFoundation}: after it, last week's run eased as the backward
 *    work grows, the long day's lengthened ({@link longDayFirst}), or cut in a
 *    lighter week ({@link lighterWeekCut});
 *  - {@link fitWithinCap}: every run fits the session cap, the brisk walk before
 *    it going first ({@link runWithinCapSec}).
 *
 * warm-ups.ts turns the seconds into the session's first segments.
 */
import { layoutDurationSec, type SizedLayout } from './blocks';
import type { WeekDose } from './dose-curve';
import { walkRunStage } from './foundation';
import {
	COOL_DOWN_SEC,
	FORWARD_RUN_STEP_SEC,
	FOUNDATION_WALK_SEC,
	forwardAfterFoundationSec,
	toRunStep,
	WARM_UP_SEC,
} from './rules';
import type { WeekFrame } from './skeleton';

/** The shortest forward run shown as a run before backward work: a step past the warm-up jog (15 minutes). */
const SHORTEST_RUN_SEC = WARM_UP_SEC + FORWARD_RUN_STEP_SEC;

/**
 * Whether a forward run before backward work shows as its own run (after a
 * brisk walk) rather than as the usual warm-up jog: only when longer than
 * the warm-up.
 *
 * @example
 * showsRun(600)  // false: the 10-minute warm-up jog
 * showsRun(900)  // true: "15 min forward, then …"
 */
export function showsRun(runSec: number): boolean {
	return runSec > WARM_UP_SEC;
}

/** The forward run before a week's long backward session and before its other backward sessions, seconds. */
export interface ForwardAfter {
	readonly long: number;
	readonly support: number;
	/** The sessions whose run starts without the brisk walk: the session cap took it before any run minutes. */
	readonly walkless?: { readonly long: boolean; readonly support: boolean };
}

type Role = 'long' | 'support';

/** What the weeks so far leave the next week's runs, per role. */
interface RunMemory {
	/**
	 * The cap took the brisk walk in the last week at full load: a recovery, taper or race week
	 * runs as that week did (a walk that came back only in the lighter week left it no lighter
	 * than the build: a coach's grid, 88 5K plans).
	 */
	walkless: Record<Role, boolean>;
	/** The run the week before ran, once the foundation is over. */
	before: Record<Role, number>;
	/**
	 * The most running a foundation session held, forward and backward together, once its runs
	 * were continuous: a runner who already ran backward ran the foundation's 30 minutes and that
	 * backward work too (a coach read a regular backward runner's sessions at 30 + 19 minutes in
	 * the foundation's last week and at 10 + 20 at the peak, the build's heaviest week its fourth).
	 */
	kept: Record<Role, number>;
	/**
	 * The longest run the role may still ask for once the session cap has cut it: the run it gave
	 * way to never comes back, in the foundation or after it (a coach reads 25, 20, 22, 25, 20
	 * minutes forward as a run that comes and goes).
	 */
	ceiling: Record<Role, number>;
}

/** The sessions' backward work of one role: the long session's main layout, the others' support. */
function layoutOf(dose: WeekDose | undefined, role: Role): SizedLayout | undefined {
	return role === 'long' ? dose?.main : dose?.support;
}

/**
 * The forward run before each backward session of a race plan after the
 * walk/run foundation (rules.ts forwardAfterFoundationSec), for the long
 * session and the others apart: each keeps the running the foundation's
 * sessions held once they ran without a break (its 30 minutes and the
 * backward work on top) while its backward work grows, eased by at most a third a week and never
 * lengthened, then cut like the week's easy runs in recovery, taper and
 * race weeks. In the foundation's continuous weeks, the stage's run. Every
 * run fits `sessionCapSec` (rules.ts RACE_SESSION_CAP_SEC, runWithinCapSec),
 * and a run the cap shortened never grows back. 0 in walk/run weeks, without
 * a foundation, and once it is down to the warm-up.
 *
 * @example
 * forwardRunsAfterFoundation(frames, doses)[5]       // { long: 1200, support: 1500 } after a 30-minute foundation
 * forwardRunsAfterFoundation(frames, doses, 3600)[6] // { long: 1200, support: 1500 }: the 30-minute stage before 28 minutes backward
 */
export function forwardRunsAfterFoundation(
	frames: readonly WeekFrame[],
	doses: readonly (WeekDose | undefined)[],
	sessionCapSec = Infinity,
): ForwardAfter[] {
	const memory: RunMemory = {
		walkless: { long: false, support: false },
		before: { long: 0, support: 0 },
		kept: { long: 0, support: 0 },
		ceiling: { long: Infinity, support: Infinity },
	};
	return frames.map((frame, i) => {
		const dose = doses[i];
		const stage = walkRunStage(frame.walkRunStage);
		if (stage !== undefined && stage.reps === 1)
			return foundationWeek(memory, sessionCapSec, frame, stage.runSec, dose);
		if (frame.weeksAfterFoundation === undefined || frame.foundationLastRunSec === undefined)
			return { long: 0, support: 0 };
		return weekAfterFoundation(memory, sessionCapSec, frame, frame.foundationLastRunSec, dose);
	});
}

/**
 * A week of the foundation whose stage is one continuous run (16 to 30
 * minutes): each session runs the stage before its backward work, within the
 * session cap. A run the cap shortened sets the role's ceiling; a lighter week
 * cuts the stage's run itself (foundationWarmUp, weekWalkRun), or the run the cap left.
 *
 * @example
 * foundationWeek(memory, 3600, frame, 1800, dose) // { long: 1800, support: 1800, walkless: … } when the 30 minutes fit
 */
function foundationWeek(
	memory: RunMemory,
	capSec: number,
	frame: WeekFrame,
	stageRunSec: number,
	dose: WeekDose | undefined,
): ForwardAfter {
	memory.kept.long = Math.max(memory.kept.long, stageRunSec + (dose?.main.backwardSec ?? 0));
	memory.kept.support = Math.max(memory.kept.support, stageRunSec + (dose?.support.backwardSec ?? 0));
	const lasting = (dose?.forwardFactor ?? 1) === 1;
	const fit = fitWithinCap(
		memory,
		capSec,
		{ long: Math.min(stageRunSec, memory.ceiling.long), support: Math.min(stageRunSec, memory.ceiling.support) },
		dose,
		lasting,
	);
	const cut = lighterWeekCut(frame, dose);
	const run = (role: Role) => {
		const held = fit[role];
		if (held >= stageRunSec) return stageRunSec;
		if (!lasting) return cut(held);
		memory.ceiling[role] = held;
		return held;
	};
	return { long: run('long'), support: run('support'), walkless: fit.walkless };
}

/**
 * A week after the foundation: the run the foundation's last stage left
 * (`lastRunSec`, under the roles' ceilings), eased week by week as the
 * backward work grows (rules.ts forwardAfterFoundationSec) except at the
 * peak, which holds the run the build ended on (easing it there made the peak
 * run less than the week before it: a coach read 319 such plans). A recovery,
 * taper or race week cuts last week's run instead and leaves it for the week after.
 *
 * @example
 * weekAfterFoundation(memory, Infinity, frame, 1800, dose) // { long: 1500, support: 1500, … } as the backward work grows
 */
function weekAfterFoundation(
	memory: RunMemory,
	capSec: number,
	frame: WeekFrame,
	lastRunSec: number,
	dose: WeekDose | undefined,
): ForwardAfter {
	const { before, kept, ceiling } = memory;
	if (frame.weeksAfterFoundation === 1) {
		before.long = Math.min(lastRunSec, ceiling.long);
		before.support = Math.min(lastRunSec, ceiling.support);
	}
	if ((dose?.forwardFactor ?? 1) !== 1) {
		const cut = lighterWeekCut(frame, dose);
		const cutLong = cut(before.long);
		return fitWithinCap(
			memory,
			capSec,
			longDayFirst({ long: cutLong, support: cut(before.support) }, dose, cutLong),
			dose,
			false,
		);
	}
	const longWas = before.long;
	if (frame.phase !== 'peak') {
		before.long = forwardAfterFoundationSec(kept.long, dose?.main.backwardSec ?? 0, before.long);
		before.support = forwardAfterFoundationSec(kept.support, dose?.support.backwardSec ?? 0, before.support);
	}
	const runs = fitWithinCap(memory, capSec, longDayFirst(before, dose, longWas), dose, true);
	before.long = runs.long;
	before.support = runs.support;
	return runs;
}

/**
 * How a recovery, taper or race week cuts a run, as it cuts easy runs (a coach
 * read recovery weeks only 3 % lighter in all with the run held). A recovery
 * week holds a run its cut would take to the warm-up or below, which made the
 * run come and go; a taper or race week keeps the shortest run shown, 15
 * minutes, of a run that long or longer (a coach read a peak's 20 minutes
 * forward gone from the taper, and a long day's 15 minutes, which it had kept
 * before the session cap). A full week (factor 1) leaves every run as it is.
 *
 * @example
 * lighterWeekCut(recoveryFrame, { forwardFactor: 0.8, … })(1500) // 1200
 * lighterWeekCut(taperFrame, { forwardFactor: 0.6, … })(1200)    // 900: kept at 15 minutes
 */
function lighterWeekCut(frame: WeekFrame, dose: WeekDose | undefined): (sec: number) => number {
	const factor = dose?.forwardFactor ?? 1;
	return (sec) => {
		const less = toRunStep(sec * factor, 'down');
		if (showsRun(less) || !showsRun(sec)) return less;
		if (frame.phase === 'recovery') return sec;
		return sec >= SHORTEST_RUN_SEC ? SHORTEST_RUN_SEC : less;
	};
}

/**
 * The week's runs fitted to the session cap: a session over it loses the
 * brisk walk before its run first, then run minutes (a coach read a peak long
 * day cut to a 10-minute jog, 51 minutes, beside 58-minute midweek sessions,
 * when dropping the walk left room for 15 minutes forward). A lighter week
 * (`lasting` false) runs as the last full week did: it drops the walk only if
 * that week had, and does not change what later weeks remember.
 *
 * @example
 * fitWithinCap(memory, 3600, { long: 1500, support: 1500 }, dose, true)
 * // { long: 1500, support: 1500, walkless: { long: true, support: false } } when only the walk did not fit the long day
 */
function fitWithinCap(
	memory: RunMemory,
	capSec: number,
	runs: ForwardAfter,
	dose: WeekDose | undefined,
	lasting: boolean,
): Required<ForwardAfter> {
	const fitRole = (role: Role, runSec: number) => {
		const layout = layoutOf(dose, role);
		const walked = lasting || !memory.walkless[role];
		if (walked && runSec <= runWithinCapSec(capSec, layout, true)) return { run: runSec, walkless: false };
		const run = Math.min(runSec, runWithinCapSec(capSec, layout, false));
		return { run, walkless: showsRun(run) };
	};
	const long = fitRole('long', runs.long);
	const support = fitRole('support', runs.support);
	const walkless = { long: long.walkless, support: support.walkless };
	if (lasting) memory.walkless = { ...walkless };
	return { long: long.run, support: support.run, walkless };
}

/**
 * The longest forward run, on the FORWARD_RUN_STEP_SEC grid, a session with
 * `layout` as its backward work leaves room for under `capSec` (rules.ts
 * RACE_SESSION_CAP_SEC), counting the brisk walk before the run when
 * `walkFirst` and the cool-down walk after; 0 (the warm-up jog instead) when
 * no run longer than the warm-up fits. No cap, or no backward work: no limit.
 *
 * @example
 * runWithinCapSec(3600, twoBlocksOf14Min, true)  // 1200: 5 + 20 + 30 + 5 minutes
 * runWithinCapSec(3600, twoBlocksOf14Min, false) // 1500: 25 + 30 + 5 minutes
 * runWithinCapSec(3600, oneBlockOf45Min, true)   // 0: only the warm-up jog fits
 */
export function runWithinCapSec(capSec: number, layout: SizedLayout | undefined, walkFirst: boolean): number {
	if (!Number.isFinite(capSec) || layout === undefined) return Infinity;
	const walk = walkFirst ? FOUNDATION_WALK_SEC : 0;
	const run = toRunStep(capSec - walk - layoutDurationSec(layout) - COOL_DOWN_SEC, 'down');
	return showsRun(run) ? run : 0;
}

/**
 * The week's forward runs with the long session's lengthened, in
 * FORWARD_RUN_STEP_SEC steps, just enough that it is not shorter than the
 * midweek sessions: its bigger backward work eases its own run first, which
 * left the long day shorter than the midweek sessions at the peak (a coach
 * read "25 min forward, then 3 × 4 min" on Tuesday beside "15 min forward,
 * then 24 min backward" on Saturday: 248 of 832 5K plans). Never longer than
 * the midweek run: giving the long day the midweek run whole made 84-minute
 * long days, and trimming the midweek runs instead made the peak run less
 * than the build. Nor longer than the long day's run the week before
 * (`longWas`): the run never grows back, which may leave the long day a
 * minute or two short of a midweek session whose backward work grew.
 *
 * @example
 * longDayFirst({ long: 900, support: 1500 }, dose, 1500) // { long: 1200, support: 1500 } beside 24 min and 3 × 4 min backward
 */
function longDayFirst(runs: ForwardAfter, dose: WeekDose | undefined, longWas: number): ForwardAfter {
	if (dose === undefined) return runs;
	// The forward part as the session runs it: a brisk walk and the run, or the warm-up jog when the run
	// is no longer (warm-ups.ts foundationWarmUp). The session cap comes after (fitWithinCap).
	const shown = (sec: number) => (showsRun(sec) ? FOUNDATION_WALK_SEC + sec : WARM_UP_SEC);
	const need = shown(runs.support) + layoutDurationSec(dose.support) - layoutDurationSec(dose.main);
	if (shown(runs.long) >= need) return runs;
	// A run no longer than the warm-up is shown as the warm-up: the first run past it is a step longer.
	const long = Math.max(toRunStep(need - FOUNDATION_WALK_SEC, 'up'), SHORTEST_RUN_SEC);
	// Never longer than last week's either: a run that grows back reads as a slip (coach read 11).
	return {
		long: Math.min(Math.max(runs.long, long), runs.support, Math.max(runs.long, longWas)),
		support: runs.support,
	};
}
