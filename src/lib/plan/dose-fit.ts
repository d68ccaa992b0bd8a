/**
 * A week's caps, applied after a build week has chosen its sessions: the
 * 4-hour week and the weekly rise cap (fitWeek), a week that adds a session
 * (addSession, holdWeek), and the foundation's cap on a mixed run
 * (thirdOfRuns). In one file so every rule that trims a week reads side by
 * side: the other sessions give up their rise first, then the main one, and
 * nothing falls under week 1 (dose-start.ts atLeastWeekOne).
 */
import type { SizedLayout } from './blocks';
import { type BuildSoFar, type CurveFacts, type WeekDose, weekTotal } from './dose-curve';
import { keepBlocks, shrinkLayout } from './dose-layouts';
import { atLeastWeekOne } from './dose-start';
import { foundationMixedCapSec } from './foundation';
import { roundDurationSec } from './rounding';
import { MAX_WEEK_BACKWARD_SEC, maxWeekBackwardSec } from './rules';

/**
 * The week within its caps: the 4-hour week (rules.ts
 * MAX_WEEK_BACKWARD_SEC) and the weekly rise cap over the biggest week so
 * far (maxWeekBackwardSec). The other sessions give up their rise first,
 * then the main one; never below last week's (`base`), which fits by
 * construction.
 *
 * @example
 * fitWeek(facts, soFar, longRun, others, 4, lastWeek) // the others shorter, so the week stays within the rise cap
 */
export function fitWeek(
	facts: CurveFacts,
	soFar: Pick<BuildSoFar, 'biggestWeekSec'>,
	main: SizedLayout,
	support: SizedLayout,
	count: number,
	base: WeekDose,
): [SizedLayout, SizedLayout] {
	const cap = Math.min(
		MAX_WEEK_BACKWARD_SEC,
		soFar.biggestWeekSec > 0 ? maxWeekBackwardSec(soFar.biggestWeekSec, count) : Number.POSITIVE_INFINITY,
	);
	if (weekTotal(main, support, count) <= cap) return [main, support];
	const { mainStyle, supportStyle } = facts;
	const supportFloor = Math.max(facts.startSupportSec, base.support.backwardSec);
	if (facts.race && count > 1) {
		const room = (cap - main.backwardSec) / (count - 1);
		const fitted = shrinkLayout(support, Math.max(supportFloor, room), supportStyle, { atMost: true });
		const kept =
			fitted.backwardSec >= supportFloor
				? fitted
				: base.support.backwardSec >= supportFloor
					? base.support
					: atLeastWeekOne(facts, fitted);
		if (weekTotal(main, kept, count) <= cap) return [main, kept];
		const mainRoom = cap - kept.backwardSec * (count - 1);
		const smaller = shrinkLayout(main, Math.max(base.main.backwardSec, mainRoom), mainStyle, { atMost: true });
		const mainKept = smaller.backwardSec >= base.main.backwardSec ? smaller : base.main;
		return weekTotal(mainKept, kept, count) <= cap ? [mainKept, kept] : [base.main, base.support];
	}
	const each = shrinkLayout(main, Math.max(base.main.backwardSec, cap / Math.max(1, count)), mainStyle, {
		atMost: true,
	});
	const kept = each.backwardSec >= base.main.backwardSec ? each : base.main;
	return weekTotal(kept, kept, count) <= cap ? [kept, kept] : [base.main, base.support];
}

/**
 * A week that adds a session rises no more than the weekly cap allows
 * over the biggest week so far (rules.ts maxWeekBackwardSec, counted on
 * last week's sessions): the other sessions shrink first (never under
 * week 1's in a race plan), then the main one gives up its rise; mixed
 * runs, all alike, keep last week's backward part (one change a week), and
 * shrink together where the cap needs it, never under week 1's.
 *
 * @example
 * addSession(facts, soFar, [longRun, other], lastWeek, 3) // a third session: the others in last week's blocks, fewer
 */
export function addSession(
	facts: CurveFacts,
	soFar: Pick<BuildSoFar, 'biggestWeekSec'>,
	[main, support]: [SizedLayout, SizedLayout],
	previous: WeekDose,
	count: number,
	base: WeekDose = previous,
): [SizedLayout, SizedLayout] {
	const before = Math.max(weekTotal(previous.main, previous.support, previous.count), soFar.biggestWeekSec);
	const cap = maxWeekBackwardSec(before, previous.count);
	// One change at a time: a week that adds a mixed run keeps last week's backward part rather than
	// also lengthening it (a coach read a third mixed day, a longer forward run and a third more
	// backward arrive in one week).
	const last = previous.main.backwardSec < base.main.backwardSec ? previous.main : base.main;
	if (!facts.race && main.backwardSec > last.backwardSec) [main, support] = [last, last];
	if (weekTotal(main, support, count) <= cap) return [main, support];
	if (!facts.race) {
		// All alike: each a little smaller for the week that adds one, never under the first week's.
		const each = shrinkLayout(main, cap / Math.max(1, count), facts.mainStyle, { atMost: true });
		const held = each.backwardSec < facts.curve.startSec ? base.main : each;
		return [held, held];
	}
	const room = (m: SizedLayout) => Math.max(facts.startSupportSec, (cap - m.backwardSec) / Math.max(1, count - 1));
	// Fewer blocks rather than shorter ones: a week that adds a session keeps last week's blocks.
	const supportBeside = (m: SizedLayout) =>
		atLeastWeekOne(
			facts,
			keepBlocks(
				shrinkLayout(support, room(m), facts.supportStyle, { atMost: true }),
				base.support,
				room(m),
				facts.supportStyle,
			),
		);
	const fitted = supportBeside(main);
	if (weekTotal(main, fitted, count) <= cap || main.backwardSec <= base.main.backwardSec) return [main, fitted];
	return [base.main, supportBeside(base.main)];
}

/**
 * A week whose walk/run foundation steps up: last week's sessions again,
 * and where the week adds a session, each a little smaller so the week's
 * backward time does not rise (never under week 1's sessions).
 *
 * @example
 * holdWeek(facts, lastWeek, 3) // last week's two mixed runs of 6 min as three of 4 min at most
 */
export function holdWeek(facts: CurveFacts, previous: WeekDose, count: number): [SizedLayout, SizedLayout] {
	if (count <= previous.count) return [previous.main, previous.support];
	const total = weekTotal(previous.main, previous.support, previous.count);
	if (!facts.race) {
		const each = shrinkLayout(previous.main, total / count, facts.mainStyle, { atMost: true });
		const held = each.backwardSec >= facts.curve.startSec ? each : previous.main;
		return [held, held];
	}
	const room = (total - previous.main.backwardSec) / Math.max(1, count - 1);
	const support = shrinkLayout(previous.support, room, facts.supportStyle, { atMost: true });
	return [previous.main, atLeastWeekOne(facts, support)];
}

/**
 * While the walk/run foundation lasts, a mixed run's backward part stays
 * within a third of the shortest continuous run still ahead in it (rules.ts
 * MIX_IN_MAX_BACKWARD_OF_FORWARD): 16 minutes while the runner still walks
 * between runs (2 × 12 min is followed by 16 min without a break), then the
 * week's own run, up to 20 minutes. So the week of the first continuous run
 * can hold last week's backward work (weekStep) within the rule. Below a
 * plan's aim when the plan goes on past the foundation (targets.ts); no
 * limit after it (`walkRunStage` undefined) or in race plans, whose
 * backward sessions stand alone.
 *
 * @example
 * thirdOfRuns(facts, stageOf2x12) // 315 in a week of 2 × 12 min (a third of 16 minutes, on the 15 s grid)
 */
export function thirdOfRuns(facts: CurveFacts, walkRunStage: number | undefined): number {
	if (facts.race || walkRunStage === undefined) return Number.POSITIVE_INFINITY;
	return roundDurationSec(foundationMixedCapSec(facts.forwardRunSec, walkRunStage), 'down');
}
