/**
 * Step 5 of the plan: safety notes, technique cues and guide links. Every
 * backward session carries its surface advice, guide or glance-back advice,
 * and the stop rule.
 */

import { formatDuration } from './format';
import type { GuideId, RaceGoal, SessionKind, Surface } from './options';

/**
 * Shown at the top of every plan. No formal contraindication list exists;
 * people with dizziness walked backward more slowly, with shorter, slower
 * steps [davalos-bichara-2014], so screening is a precaution we infer.
 */
export const SCREENING_NOTE =
	'Before you start: if you have balance problems, vertigo or dizziness, have fallen recently, or have a heart, ' +
	'neurological or joint condition, ask a doctor or physiotherapist before running backward. Backward running ' +
	'asks more of your balance and your heart than it looks: at the same speed it took about 15-35 % more energy in studies.';

/** Surface advice: a track first [spikes-2016-dold]; flat, quiet routes; no downhills. */
const SURFACE_NOTES: Readonly<Record<Surface, string>> = {
	track: 'On a track, use an outside lane and keep clear of faster runners.',
	grass: 'Choose flat, even grass you have walked first; check it for holes and sprinkler heads.',
	path: 'Choose a flat, quiet stretch you know well: no kerbs, crowds, traffic or downhills.',
	treadmill:
		"Treadmill: check your gym's and the manufacturer's rules first. Clip the safety key to your clothes, face away from the console, start at a slow walk and hold the handrails until you feel steady.",
};

/**
 * When to look back (with a guide rarely; solo regularly, alternating sides)
 * and who watches ahead: top backward runners train and race with a guide
 * [spikes-2016-dold] [bild-2017].
 */
function lookoutNote(surface: Surface, hasGuide: boolean): string {
	if (surface === 'treadmill')
		return 'Keep to a slow belt speed; if you drift back or wobble, hold the rails and press stop. Never turn round on a moving belt: between blocks, slow it to a walk and hold the rails while you turn.';
	if (hasGuide) {
		return 'Your guide runs forward beside you and watches ahead; agree on "stop", "left" and "right" signals first. Glance back only now and then.';
	}
	if (surface === 'track') return 'On your own, glance back over alternating shoulders every 10 steps or so.';
	return 'Off a track, bring a friend as a guide or spotter if you can; on your own, glance back over alternating shoulders every few steps.';
}

/** The stop rule, in every backward session: falls happen, even to experts [francebleu-2023]. */
export const STOP_RULE = 'Stop and turn forward at once if you feel pain, dizziness or unsteadiness.';

/** Safety notes for a session with backward movement. */
export function backwardSafetyNotes(surface: Surface, hasGuide: boolean, extra: readonly string[] = []): string[] {
	return [SURFACE_NOTES[surface], lookoutNote(surface, hasGuide), ...extra, STOP_RULE];
}

/**
 * Race-day notes replace the surface note: a race is on a course, among
 * other runners; the race rules are the IRR's [team-klinikum-2016].
 */
export function raceSafetyNotes(hasGuide: boolean): string[] {
	return [
		'Start at the back or side of the field, away from forward runners, and keep to one side of the course.',
		hasGuide
			? 'Your guide runs forward beside you, watches ahead and calls turns, kerbs and runners.'
			: 'Race with a guide if the rules allow one; otherwise glance back over alternating shoulders often.',
		'Race rules: heels stay behind the start line; your time stops when your back, at shoulder height, crosses the finish.',
		STOP_RULE,
	];
}

/** Race-day technique: hold back early; the cost is higher than it feels [flynn-1994] [williford-1998]. */
export const RACE_CUES = [
	'Start at your easy backward pace; pick it up only in the last quarter.',
	'Backward running costs clearly more energy than forward at the same speed: hold back early.',
] as const;

/**
 * A run/walk race: the walks are part of the plan, not a failure
 * [galloway-run-walk]. Names the race's own run length (5 minutes for a
 * runner new to it, 10 for others, or what training reached).
 *
 * @example
 * runWalkCue(300) // 'Walk backward for the planned minute after every 5 min of running …'
 */
export function runWalkCue(runSec: number): string {
	return `Walk backward for the planned minute after every ${formatDuration(runSec)} of running from the start, before you feel you need to; repeat until you cross the line.`;
}

/** One runner reported her neck and balance tiring after about 30 min backward [redbull-2015]. */
export const NECK_NOTE = 'Turn and jog forward between blocks: it rests your neck and balance.';

/** Calves and toes work harder backward [uthoff-2018] [guerra-2018]. */
export const CALF_NOTE =
	'Expect sore calves at first; if soreness lasts past two days, repeat the week instead of moving on.';

/**
 * Effort beats pace: an easy forward pace can be hard backward (84 % of
 * forward VO2peak [flynn-1994]; heart rate 22 beats higher [williford-1998]).
 * Included in every backward running session.
 */
export const EFFORT_CUE =
	'Run by effort, not pace: a pace that is easy forward can be hard backward. If you cannot talk, slow down.';

/** Technique cues for backward running, rotated week by week [uthoff-2018] [cavagna-2011]. */
export const RUNNING_CUES = [
	'Stand tall with only a slight forward tilt.',
	'Land on the ball of your foot, then let the heel settle.',
	'Take short, quick steps.',
	'Swing your arms in opposition, close to your body.',
] as const;

/** Technique cues for backward walking, adapted from running [uthoff-2018]. */
export const WALKING_CUES = [
	'Reach back with your toes, then roll onto the whole foot.',
	'Walk tall, eyes ahead, short steps.',
	'Keep it slow and easy; stop if your knee hurts more than usual.',
] as const;

/** Technique cues for strides and sprints [whitaker-2016] [petrakis-2020]. */
export const DRILL_CUES = [
	'Strides are quick and relaxed, about three-quarter effort.',
	'Sprints: stay tall, pump the arms, and stop well before the end of your clear space.',
] as const;

/** Two running cues for week `weekIndex` (all four in week 1), so advice rotates. */
export function runningCues(weekIndex: number): string[] {
	if (weekIndex === 1) return [...RUNNING_CUES, EFFORT_CUE];
	const i = (weekIndex - 2) % 2;
	return [RUNNING_CUES[i * 2] ?? '', RUNNING_CUES[i * 2 + 1] ?? '', EFFORT_CUE];
}

/** Guide pages for a session, in a fixed order. */
export function guideIdsFor(args: {
	kind: SessionKind;
	surface: Surface;
	hasGuide: boolean;
	firstBackward: boolean;
	raceGoal?: RaceGoal;
}): GuideId[] {
	const { kind, surface, hasGuide, firstBackward, raceGoal } = args;
	if (kind === 'easy-forward') return [];
	const ids: GuideId[] = [];
	if (firstBackward) ids.push('first-session', 'posture-and-lean', 'foot-contact-and-cadence');
	switch (kind) {
		case 'mixed':
			ids.push('mixing-into-forward-runs');
			break;
		case 'drills':
			ids.push('drills-and-warm-ups');
			break;
		case 'walk':
			ids.push('knees');
			if (firstBackward) ids.push('who-should-be-careful');
			break;
		case 'race':
			break;
		default:
			ids.push('energy-cost');
	}
	if (kind !== 'drills' && kind !== 'walk' && kind !== 'mixed') {
		if (raceGoal === 'retro-mile') ids.push('retro-mile');
		else if (raceGoal === 'retro-5k') ids.push('first-steps-to-5k');
	}
	if (surface === 'treadmill') ids.push('treadmill-safety');
	else {
		ids.push('where-to-practise');
		if (!hasGuide) ids.push('arms-and-looking-back');
	}
	return [...new Set(ids)];
}
