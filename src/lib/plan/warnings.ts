/**
 * Step 5 of the plan, for the plan as a whole: what the runner should know
 * about how the plan was fitted to them, in plain words.
 */
import type { PlanContext } from './context';
import { weekdayOf } from './dates';
import { formatDuration, weeksText } from './format';
import { foundationStartStage, isBackwardWalkWeek, walkRunStage } from './foundation';
import { isRaceGoal, optionLabel, WEEKDAY_OPTIONS } from './options';
import {
	FOUNDATION_UNTIL_MINUTES,
	KNEE_TRIAL_SESSIONS,
	KNEE_TRIAL_WEEKS,
	MAX_BACKWARD_SESSIONS_PER_WEEK,
	MAX_PLAN_WEEKS,
	NEW_RUNNER_LIMITED_WEEKS,
	NEW_RUNNER_MAX_BACKWARD_SESSIONS,
	RACE_OVER_LONGEST_WARN,
	READINESS_CAP_SEC,
	RUN_WALK,
} from './rules';
import type { Week } from './schema';
import { raceName } from './sessions';
import type { Skeleton } from './skeleton';
import type { PlanTargets } from './targets';

/** Everything the plan-wide warnings look at. */
export interface WarningInputs {
	readonly skeleton: Skeleton;
	readonly targets: PlanTargets;
	readonly weeks: readonly Week[];
}

/** The plan's warnings, most important first. */
export function planWarnings(ctx: PlanContext, { skeleton, targets, weeks }: WarningInputs): string[] {
	const { goal, days, surface, experience } = ctx.input;
	const warnings: string[] = [];
	const backwardDays = skeleton.backwardDaysPossible;
	// While the foundation keeps to 3 days, the others are rest days (foundationWarnings says until when).
	const others =
		goal === 'knee-friendly'
			? 'rest days or your usual activity'
			: skeleton.foundationRestDays === 0
				? 'easy forward runs'
				: skeleton.daysBackIn.length > 0
					? 'rest days at first, then easy forward runs'
					: 'rest days';
	// foundationWarnings names the foundation's rest days (restDayWarnings).
	const restDaysNamed =
		goal !== 'knee-friendly' &&
		foundationStartStage(ctx.currentRunMinutes) !== undefined &&
		restDayWarnings(skeleton).length > 0;
	if (backwardDays < Math.min(days.length, MAX_BACKWARD_SESSIONS_PER_WEEK)) {
		warnings.push(
			`Your training days sit next to each other, so only ${backwardDays} backward ${backwardDays === 1 ? 'session fits' : 'sessions fit'} each week without back-to-back days; the others are ${others}.`,
		);
	} else if (
		days.length > backwardDays ||
		// The new runner's limit only matters to a runner with more days than it allows: two days are two sessions.
		(experience === 'new' && goal !== 'knee-friendly' && days.length > NEW_RUNNER_MAX_BACKWARD_SESSIONS)
	) {
		warnings.push(
			`Backward sessions are limited to ${MAX_BACKWARD_SESSIONS_PER_WEEK} a week${experience === 'new' && goal !== 'knee-friendly' ? ` (${NEW_RUNNER_MAX_BACKWARD_SESSIONS} in your first ${NEW_RUNNER_LIMITED_WEEKS} weeks)` : ''}, never on back-to-back days${
				// Two training days are both backward days: there are no other days to name. While the
				// foundation rests them, its own warning names them (restDayWarnings): a coach read "your other
				// days are rest days" and "rest on the others" in one list.
				days.length > NEW_RUNNER_MAX_BACKWARD_SESSIONS && !restDaysNamed ? `; your other days are ${others}` : ''
			}.`,
		);
	}
	if (goal !== 'knee-friendly') warnings.push(...foundationWarnings(ctx, skeleton));
	if (goal === 'knee-friendly') {
		warnings.push(
			'This plan follows a trial of supervised backward walking for knee osteoarthritis (10 minutes, 3 times a week, 6 weeks). If you have knee pain or arthritis, show it to your physiotherapist first.',
		);
		if (weeks.length > KNEE_TRIAL_WEEKS) {
			warnings.push(
				`The trial lasted ${KNEE_TRIAL_WEEKS} weeks, so after week ${KNEE_TRIAL_WEEKS} the plan keeps the same 10 minutes; ask your physiotherapist before you do more.`,
			);
		}
		// Where the plan departs from the trial, it says so (a coach read 2-day and 4-week plans that did not).
		const walks = Math.min(KNEE_TRIAL_SESSIONS, skeleton.backwardDaysPossible);
		if (walks < KNEE_TRIAL_SESSIONS) {
			warnings.push(
				`The trial walked ${KNEE_TRIAL_SESSIONS} times a week; your days allow ${walks === 1 ? 'one walk' : `${walks} walks`} a week without back-to-back days, so this plan is lighter than the trial. Add a day with a rest day between to match it.`,
			);
		}
		if (weeks.length < KNEE_TRIAL_WEEKS) {
			warnings.push(
				`The trial lasted ${KNEE_TRIAL_WEEKS} weeks; this plan has ${weeks.length}, so it ends before the trial's ${KNEE_TRIAL_WEEKS} weeks of walking. Choose ${KNEE_TRIAL_WEEKS} weeks to match it.`,
			);
		}
	}
	const race = targets.race;
	const leadIn = skeleton.weeks.filter((w) => w.leadIn).length;
	if (leadIn > 0) {
		warnings.push(
			`Weeks 1 ${leadIn === 1 ? 'and' : 'to'} ${leadIn + 1} hold the same backward sessions: an easy start that lets the build climb further before your race.`,
		);
	}
	// Knee-friendly walking holds the trial's dose, and drills hold each stage, on purpose.
	const building = goal !== 'knee-friendly' && goal !== 'drills' && ctx.input.split === undefined;
	const held = building ? heldWeeks(weeks, skeleton) : [];
	if (held.length > 0) {
		warnings.push(
			`${weeksText(held)} ${held.length === 1 ? 'repeats' : 'repeat'} the week before: spread over ${weeks.length} weeks, the build sometimes rises by less than the smallest step we write (15 seconds a block under 10 minutes, a whole minute above), so that week holds and the next one climbs.`,
		);
	}
	if (isRaceGoal(goal) && race !== undefined) {
		if (race.format === 'run-walk') {
			warnings.push(
				`At your easy backward pace the ${raceName(goal)} takes about ${formatDuration(roundToFive(race.estimatedSec))}, so the plan trains it as run/walk: ${formatDuration(race.raceBlockSec)} of backward running, then ${formatDuration(RUN_WALK.walkSec)} of backward walking, to the finish.`,
			);
		}
		// One message for a race far beyond training, saying why: the session cap (a slow runner's long
		// race), or the rise cap over the weeks given. "May" for a longer plan: past the length input.ts
		// picks, a longer plan moves its recovery weeks and need not get closer (feasibility.ts trainedWeeks).
		const capped = race.estimatedSec * 0.6 > READINESS_CAP_SEC;
		const beyond = raceBeyondTraining(weeks);
		if (beyond !== undefined && beyond.ratio > RACE_OVER_LONGEST_WARN) {
			// Within a twentieth of the cap, the cap is what holds the long session back, not the weeks.
			const atCap = beyond.longestSec >= race.longSessionCapSec * 0.95;
			const why = atCap
				? `: we build by time, not distance, and a long session holds at most ${formatDuration(race.longSessionCapSec)}, so a slower runner's covers less of the race`
				: `: a session grows by at most 15 % or 2 minutes at a time, with lighter weeks between, so in ${weeks.length} weeks it gets this far${weeks.length < MAX_PLAN_WEEKS ? ' (a longer plan or a later race may close the gap)' : ', the longest plan we make'}`;
			// The ratio of the two times as written, so a runner who divides them gets it: a coach read
			// "about 15 min backward, 1.6 times your longest training session (7 min 45 s)".
			const raceShown = aboutRaceSec(beyond.raceSec);
			const longestShown = wholeMinutes(beyond.longestSec);
			warnings.push(
				`Race day asks for about ${formatDuration(raceShown)} backward${race.format === 'run-walk' ? ', walks included' : ''}, ${(raceShown / longestShown).toFixed(1)} times your longest training session (${formatDuration(longestShown)})${why}. Training stops short of the race: run race day at an easy effort, walk backward or turn forward whenever you need to, and stop if anything hurts.`,
			);
		} else if (capped && beyond !== undefined) {
			// What the plan builds to, read off its own sessions: a coach read "never past 1 h 30 min in one
			// backward session" beside a run/walk long run of 1 h 53 min (90 minutes is the readiness rule's
			// unbroken block, not a session's limit).
			warnings.push(
				`We build by time, not distance: your longest session reaches ${formatDuration(wholeMinutes(beyond.longestSec))} backward, and race day takes about ${formatDuration(roundToFive(beyond.raceSec))}${race.format === 'run-walk' ? ', walks included' : ''}, ${beyond.ratio.toFixed(1)} times as long, so your longest session covers less of the race than a faster runner's would. On race day, walk backward whenever you need to.`,
			);
		}
		const raceDate = skeleton.raceDate;
		if (raceDate !== undefined && !days.includes(weekdayOf(raceDate))) {
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

/**
 * Building weeks whose backward sessions repeat the week before's, session
 * for session: a coach read one in a regular's 26-week 5K (weeks 4 and 5
 * both "2 × 11 min" and "2 × 12 min") and asked that it be said. Lead-in
 * weeks (said on their own), weeks after a recovery week and the
 * foundation's weeks (which hold backward work on purpose while forward
 * running steps up) are left out.
 *
 * @example
 * heldWeeks(regular5kWeeks, skeleton) // [5]
 */
export function heldWeeks(weeks: readonly Week[], skeleton: Skeleton): number[] {
	const backward = (w: Week | undefined) =>
		(w?.sessions ?? [])
			.filter((s) => s.backwardSec > 0)
			.map((s) => s.title)
			.join('|');
	return weeks
		.filter((w, i) => {
			const [before, frame] = [weeks[i - 1], skeleton.weeks[i]];
			if (!before || !frame || frame.leadIn || frame.walkRunStage !== undefined) return false;
			if (w.phase !== 'build' && w.phase !== 'foundation') return false;
			if (before.phase === 'recovery' || skeleton.weeks[i - 1]?.leadIn) return false;
			return backward(w) !== '' && backward(w) === backward(before);
		})
		.map((w) => w.index);
}

/**
 * How far race day goes beyond training: the race session's backward time
 * over the longest training session's. Undefined without a race session.
 *
 * @example
 * raceBeyondTraining(halfPlan.weeks) // { raceSec: 10800, longestSec: 5400, ratio: 2 }
 */
export function raceBeyondTraining(
	weeks: readonly Week[],
): { raceSec: number; longestSec: number; ratio: number } | undefined {
	let raceSec = 0;
	let longestSec = 0;
	for (const w of weeks) {
		for (const s of w.sessions) {
			if (s.kind === 'race') raceSec = s.backwardSec;
			else longestSec = Math.max(longestSec, s.backwardSec);
		}
	}
	return raceSec > 0 && longestSec > 0 ? { raceSec, longestSec, ratio: raceSec / longestSec } : undefined;
}

/** Whole minutes above 10 minutes, as a coach writes a session's length (47 min 45 s reads 48 min). */
function wholeMinutes(sec: number): number {
	return sec > 600 ? Math.round(sec / 60) * 60 : sec;
}

/** Minutes, rounded to 5 for an estimate a runner reads as "about". */
function roundToFive(sec: number): number {
	return Math.round(sec / 300) * 300;
}

/**
 * A race's time as "about": to 5 minutes from half an hour, to the minute
 * below it (a 13-minute mile read "about 15 min").
 *
 * @example
 * aboutRaceSec(757)  // 780: about 13 min
 * aboutRaceSec(2640) // 2700: about 45 min
 */
function aboutRaceSec(sec: number): number {
	return sec >= 1800 ? roundToFive(sec) : Math.max(60, Math.round(sec / 60) * 60);
}

/** What a runner new to running should know: walk/run first, backward walking first, rest days. */
function foundationWarnings(ctx: PlanContext, skeleton: Skeleton): string[] {
	if (foundationStartStage(ctx.currentRunMinutes) === undefined) return [];
	const out: string[] = [];
	// A runner who can run 20 minutes has no walk/run, but still builds to 30 minutes on 3 days.
	if (ctx.currentRunMinutes >= FOUNDATION_UNTIL_MINUTES) return restDayWarnings(skeleton);
	const firstRunWeek = skeleton.weeks.find((w) => !isBackwardWalkWeek(w.walkRunStage));
	const twenty = skeleton.weeks.find((w) => (walkRunStage(w.walkRunStage)?.runSec ?? 1200) >= 1200);
	out.push(
		`${ctx.currentRunMinutes === 0 ? 'You cannot run without stopping yet' : `You can run ${ctx.currentRunMinutes} ${ctx.currentRunMinutes === 1 ? 'minute' : 'minutes'} without stopping today`}, so the plan starts with walk/run sessions, as Couch to 5K does${twenty ? `, and reaches 20 minutes of running in week ${twenty.index}` : ''}.`,
	);
	if (firstRunWeek !== skeleton.weeks[0]) {
		out.push(
			firstRunWeek
				? `Until you can run 10 minutes forward, your backward work is backward walking; backward running starts in week ${firstRunWeek.index}.`
				: 'Until you can run 10 minutes forward, your backward work is backward walking.',
		);
	}
	return [...out, ...restDayWarnings(skeleton)];
}

/** The days the foundation leaves as rest days, and the weeks that bring them back (skeleton.ts runningDaysByWeek). */
function restDayWarnings(skeleton: Skeleton): string[] {
	if (skeleton.foundationRestDays === 0) return [];
	const back = skeleton.daysBackIn;
	return [
		`While you build up to 30 minutes of running, the plan uses at most 3 of your days, with a rest day between; rest on the others.${back.length > 0 ? ` After that your other days come back one at a time: ${weeksText(back).toLowerCase()} ${back.length === 1 ? 'adds' : 'each add'} an easy run.` : ''}`,
	];
}
