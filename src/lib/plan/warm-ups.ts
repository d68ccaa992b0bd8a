/**
 * What comes before a race plan's backward work: the week's walk/run while
 * the runner is in the foundation, the forward run it built (giving way to
 * the backward work as it grows), else the usual warm-up. Its
 * own file so the rule for a session's start reads in one place (shapes.ts
 * builds the sessions around it).
 */
import { layoutDurationSec, type SizedLayout } from './blocks';
import type { PlanContext } from './context';
import type { WeekDose } from './dose-curve';
import { formatDuration } from './format';
import { walkRunStage, weekWalkRun } from './foundation';
import {
	COOL_DOWN_SEC,
	FORWARD_RUN_STEP_SEC,
	FOUNDATION_WALK_SEC,
	forwardAfterFoundationSec,
	toRunStep,
	WARM_UP_SEC,
} from './rules';
import type { Segment } from './schema';
import { forwardRun, forwardWalk, walkRun } from './sessions';
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
function showsRun(runSec: number): boolean {
	return runSec > WARM_UP_SEC;
}

/**
 * What comes before a race plan's backward work. While the runner is in the
 * walk/run foundation, the week's walk/run itself (as Couch to 5K has it),
 * so the forward build-up goes on in every session even when every training
 * day is a backward day; after it, the forward run the foundation built, as
 * long as `forwardAfterSec` (forwardRunsAfterFoundation) is longer than the
 * warm-up; else the usual warm-up. The run starts with a brisk walk unless
 * `walkFirst` is false (the session cap took it: forwardRunsAfterFoundation).
 *
 * @example
 * foundationWarmUp(ctx, weekAfterFoundation, 1200).text // "20 min forward, then "
 */
export function foundationWarmUp(
	ctx: PlanContext,
	frame: WeekFrame,
	forwardAfterSec?: number,
	walkFirst = true,
): { segments: Segment[]; text: string } {
	const stage = weekWalkRun(frame.walkRunStage, frame.phase);
	if (stage !== undefined && stage.reps > 1) {
		return {
			segments: [forwardWalk('warm-up', FOUNDATION_WALK_SEC), walkRun(ctx, stage)],
			text: `Walk/run ${stage.reps} × (${formatDuration(stage.runSec)} run, ${formatDuration(stage.walkSec)} walk), then `,
		};
	}
	// The foundation's continuous stages (16 to 30 minutes) come before the backward work of every
	// session too, as Couch to 5K runs each stage three times a week: with the stage on the easy day
	// alone, a runner ran 16 minutes once that week and 25 minutes three times the week it had no easy
	// day.
	const runSec = stage !== undefined ? Math.min(stage.runSec, forwardAfterSec ?? stage.runSec) : (forwardAfterSec ?? 0);
	if (showsRun(runSec)) {
		return {
			segments: [
				...(walkFirst ? [forwardWalk('warm-up', FOUNDATION_WALK_SEC)] : []),
				forwardRun(ctx, 'main', { durationSec: runSec }),
			],
			text: `${formatDuration(runSec)} forward, then `,
		};
	}
	return { segments: [warmUp(ctx, frame)], text: '' };
}

/** The forward run before a week's long backward session and before its other backward sessions, seconds. */
export interface ForwardAfter {
	readonly long: number;
	readonly support: number;
	/** The sessions whose run starts without the brisk walk: the session cap took it before any run minutes. */
	readonly walkless?: { readonly long: boolean; readonly support: boolean };
}

type Role = 'long' | 'support';

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
	const layoutOf = (dose: WeekDose | undefined, role: Role) => (role === 'long' ? dose?.main : dose?.support);
	// The run a session may hold under the session cap: a session over it loses the brisk walk before
	// its run first, then run minutes (a coach read a peak long day cut to a 10-minute jog, 51 minutes,
	// beside 58-minute midweek sessions, when dropping the walk left room for 15 minutes forward).
	// A recovery, taper or race week runs as the week before it did: a walk that came back only in the
	// lighter week left it no lighter than the build (a coach's grid: 88 5K plans).
	const walkless = { long: false, support: false };
	const fitRun = (role: Role, runSec: number, dose: WeekDose | undefined, lasting: boolean) => {
		const layout = layoutOf(dose, role);
		const walked = lasting || !walkless[role];
		if (walked && runSec <= runWithinCapSec(sessionCapSec, layout, true)) return { run: runSec, walkless: false };
		const run = Math.min(runSec, runWithinCapSec(sessionCapSec, layout, false));
		return { run, walkless: showsRun(run) };
	};
	const fitted = (runs: ForwardAfter, dose: WeekDose | undefined, lasting: boolean): Required<ForwardAfter> => {
		const long = fitRun('long', runs.long, dose, lasting);
		const support = fitRun('support', runs.support, dose, lasting);
		const week = { long: long.walkless, support: support.walkless };
		if (lasting) Object.assign(walkless, week);
		return { long: long.run, support: support.run, walkless: week };
	};
	const before = { long: 0, support: 0 };
	// The most running a foundation session held, forward and backward together, once its runs were
	// continuous: a runner who already ran backward ran the foundation's 30 minutes and that backward
	// work too (a coach read a regular backward runner's sessions at 30 + 19 minutes in the foundation's
	// last week and at 10 + 20 at the peak, the build's heaviest week its fourth).
	const kept = { long: 0, support: 0 };
	// The longest forward run each role may still ask for once the session cap has cut it: the run it
	// gave way to never comes back, in the foundation or after it (a coach reads 25, 20, 22, 25, 20
	// minutes forward as a run that comes and goes).
	const ceiling = { long: Infinity, support: Infinity };
	return frames.map((frame, i) => {
		const lastRunSec = frame.foundationLastRunSec;
		const stage = walkRunStage(frame.walkRunStage);
		const dose = doses[i];
		// Recovery, taper and race weeks cut the run as they cut easy runs (a coach read recovery weeks
		// only 3 % lighter in all with the run held), without lowering the week after's. A recovery week
		// holds a run its cut would take to the warm-up or below, which made the run come and go; a taper
		// week keeps the shortest run shown, 15 minutes, of a run that long or longer (a coach read a peak's
		// 20 minutes forward gone from the taper, and a long day's 15 minutes, which it had kept before the
		// session cap).
		const factor = dose?.forwardFactor ?? 1;
		const cut = (sec: number) => {
			const less = toRunStep(sec * factor, 'down');
			if (showsRun(less) || !showsRun(sec)) return less;
			if (frame.phase === 'recovery') return sec;
			return sec >= SHORTEST_RUN_SEC ? SHORTEST_RUN_SEC : less;
		};
		const lasting = factor === 1;
		if (stage !== undefined && stage.reps === 1) {
			kept.long = Math.max(kept.long, stage.runSec + (dose?.main.backwardSec ?? 0));
			kept.support = Math.max(kept.support, stage.runSec + (dose?.support.backwardSec ?? 0));
			// The foundation's continuous run before backward work fits the session cap too. A recovery
			// week cuts the stage's run itself (foundationWarmUp, weekWalkRun), or the run the cap left.
			const fit = fitted(
				{ long: Math.min(stage.runSec, ceiling.long), support: Math.min(stage.runSec, ceiling.support) },
				dose,
				lasting,
			);
			const run = (role: Role) => {
				const held = fit[role];
				if (held >= stage.runSec) return stage.runSec;
				if (!lasting) return cut(held);
				ceiling[role] = held;
				return held;
			};
			return { long: run('long'), support: run('support'), walkless: fit.walkless };
		}
		if (frame.weeksAfterFoundation === undefined || lastRunSec === undefined) return { long: 0, support: 0 };
		if (frame.weeksAfterFoundation === 1)
			Object.assign(before, {
				long: Math.min(lastRunSec, ceiling.long),
				support: Math.min(lastRunSec, ceiling.support),
			});
		if (!lasting) {
			const cutLong = cut(before.long);
			return fitted(longDayFirst({ long: cutLong, support: cut(before.support) }, dose, cutLong), dose, false);
		}
		// The peak holds the run the build ended on: easing it there made the peak run less than the
		// week before it (a coach read 319 such plans).
		const longWas = before.long;
		if (frame.phase !== 'peak') {
			before.long = forwardAfterFoundationSec(kept.long, dose?.main.backwardSec ?? 0, before.long);
			before.support = forwardAfterFoundationSec(kept.support, dose?.support.backwardSec ?? 0, before.support);
		}
		const runs = fitted(longDayFirst(before, dose, longWas), dose, true);
		Object.assign(before, { long: runs.long, support: runs.support });
		return runs;
	});
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
	// is no longer (foundationWarmUp). The session cap comes after (forwardRunsAfterFoundation).
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

/**
 * The warm-up before backward work: a 10-minute forward jog, or a brisk
 * 10-minute walk while the runner cannot yet run 10 minutes without
 * stopping (the walk/run foundation; a runner starting from 0 minutes is
 * never told to jog 10 minutes in week 1).
 *
 * @example
 * warmUp(ctx, frame) // 10 min forward jog, or a 10 min brisk walk in an early foundation week
 */
export function warmUp(ctx: PlanContext, frame: WeekFrame): Segment {
	const stage = walkRunStage(frame.walkRunStage);
	return stage !== undefined && stage.runSec < WARM_UP_SEC
		? forwardWalk('warm-up', WARM_UP_SEC)
		: forwardRun(ctx, 'warm-up', { durationSec: WARM_UP_SEC }, 'jog');
}
