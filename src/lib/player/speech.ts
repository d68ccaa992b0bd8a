/**
 * What the player says: each step's cue in words ("Turn around. Main set.
 * Backward jog for 30 seconds, easy, 1 of 4. Check your path first."),
 * durations and distances as a voice reads them, and the safety reminder
 * before each backward step. Pure text; the island turns it into speech.
 */
import { formatDistance } from '../plan/format';
import type { Effort, Units } from '../plan/options';
import type { Segment } from '../plan/schema';
import type { StepDraft, TimelineOptions, TimelineStep } from './timeline';

const ROLE_WORDS: Readonly<Record<Segment['role'], string>> = {
	'warm-up': 'Warm-up.',
	main: 'Main set.',
	'cool-down': 'Cool-down.',
};

const EFFORT_WORDS: Readonly<Record<Effort, string>> = {
	'very-easy': 'very easy',
	easy: 'easy',
	moderate: 'moderate effort',
	hard: 'hard',
	race: 'race effort',
};

/**
 * The safety reminder before a backward step, for where and how the runner practises.
 *
 * Never throws.
 */
export function safetyReminder(options: Pick<TimelineOptions, 'surface' | 'hasGuide'>): string {
	if (options.surface === 'treadmill') return 'Hold the rails until you feel steady.';
	if (options.hasGuide) return 'Check with your guide first.';
	return 'Check your path first.';
}

/**
 * The words said when a step starts: a turn, a new part of the session, what
 * to do and for how long, the repeat, and the safety reminder.
 *
 * Never throws.
 *
 * @example
 * spokenCue(backwardJog30s, forwardWalkStep, true, 'km')
 * // 'Turn around. Main set. Backward jog for 30 seconds, easy, 1 of 4. Check your path first.'
 */
export function spokenCue(step: StepDraft, previous: TimelineStep | undefined, turn: boolean, units: Units): string {
	const parts: string[] = [];
	if (turn) parts.push('Turn around.');
	if (previous === undefined || previous.role !== step.role) parts.push(ROLE_WORDS[step.role]);
	let what: string;
	if (step.distanceM !== undefined) {
		what = `${step.label}, ${spokenDistance(step.distanceM, units)}`;
	} else {
		what = `${step.label} for ${spokenDuration(step.durationMs / 1000)}`;
	}
	if (step.kind === 'recovery') what += ' to recover';
	else what += `, ${EFFORT_WORDS[step.effort]}`;
	if (step.kind === 'work' && step.repeats > 1) what += `, ${step.repeat} of ${step.repeats}`;
	parts.push(`${what}.`);
	if (step.manual) parts.push('Tap Done when you reach the mark.');
	if (step.safety !== '') parts.push(step.safety);
	return parts.join(' ');
}

/**
 * A duration in words for speech: "30 seconds", "1 minute 30 seconds", "1 hour 5 minutes".
 *
 * Never throws.
 *
 * @example
 * spokenDuration(90) // '1 minute 30 seconds'
 */
export function spokenDuration(sec: number): string {
	const total = Math.max(0, Math.round(sec));
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	if (total < 60) return plural(total, 'second');
	if (total < 3600) {
		const m = Math.floor(total / 60);
		const s = total % 60;
		return s === 0 ? plural(m, 'minute') : `${plural(m, 'minute')} ${plural(s, 'second')}`;
	}
	const minutes = Math.round(total / 60);
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	return m === 0 ? plural(h, 'hour') : `${plural(h, 'hour')} ${plural(m, 'minute')}`;
}

/**
 * A distance in words for speech: "400 metres", "5 kilometres", "0.5 miles".
 *
 * Never throws.
 *
 * @example
 * spokenDistance(804.672, 'mi') // '0.5 miles'
 */
export function spokenDistance(metres: number, units: Units): string {
	// A race's distance in the other system, "1 mile (1609 m)", is said without its bracket: "1 mile".
	const text = formatDistance(metres, units).replace(/ \(.*\)$/, '');
	const [value = '', unit = ''] = text.split(' ');
	const words: Record<string, string> = {
		m: 'metres',
		km: 'kilometres',
		mi: value === '1' ? 'mile' : 'miles',
		mile: 'mile',
	};
	if (unit === 'km' && value === '1') return '1 kilometre';
	return `${value} ${words[unit] ?? unit}`;
}
