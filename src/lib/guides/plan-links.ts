/**
 * Plans for guide pages: the builder input a guide suggests ("Build a plan"
 * call to action, <PlanPreview>), the compact first weeks a preview shows,
 * and the relative link that opens the builder prefilled with that input.
 */
import { encodeShareState } from '../export/share-encode';
import { isIsoDate, nextOnOrAfter } from '../plan/dates';
import { describeSegment } from '../plan/describe';
import { parsePlanInput } from '../plan/input';
import { type Experience, type Goal, PHASE_LABELS, type Surface, WEEKDAY_OPTIONS, type Weekday } from '../plan/options';
import type { Plan, PlanInput } from '../plan/schema';

/** The settings a guide may preset; everything else takes the builder's defaults. */
export interface PlanPreset {
	goal: Goal;
	experience?: Experience;
	weeks?: number;
	days?: readonly Weekday[];
	surface?: Surface;
}

/**
 * What "Build a plan" opens on, by guide id. Guides not listed get the
 * default, mixing backward into forward runs (the gentlest goal for most readers).
 * The 5K preset assumes some backward experience and 18 weeks, which is
 * enough for that level to get ready (plan-links.test.ts checks every preset).
 */
export const GUIDE_PLAN_PRESETS: Readonly<Record<string, PlanPreset>> = {
	knees: { goal: 'knee-friendly' },
	'backward-walking-for-rehabilitation': { goal: 'knee-friendly' },
	'drills-and-warm-ups': { goal: 'drills' },
	'first-steps-to-5k': { goal: 'retro-5k', experience: 'some', weeks: 24 },
	'retro-mile': { goal: 'retro-mile' },
	'treadmill-safety': { goal: 'mix-in', surface: 'treadmill' },
};

export const DEFAULT_PLAN_PRESET: PlanPreset = { goal: 'mix-in' };

/**
 * The preset for a guide: its own, or the default.
 *
 * Never throws.
 */
export function presetForGuide(guideId: string): PlanPreset {
	return Object.hasOwn(GUIDE_PLAN_PRESETS, guideId)
		? (GUIDE_PLAN_PRESETS[guideId] ?? DEFAULT_PLAN_PRESET)
		: DEFAULT_PLAN_PRESET;
}

/**
 * The first Monday on or after `today` (yyyy-mm-dd): guide links open the
 * builder on a plan that starts next week, not on a date in the past.
 *
 * @throws {RangeError} when `today` is not a yyyy-mm-dd date (a bug in the caller).
 *
 * @example
 * previewStartDate('2026-11-25') // '2026-11-30'
 */
export function previewStartDate(today: string): string {
	if (!isIsoDate(today)) throw new RangeError(`previewStartDate: not a yyyy-mm-dd date: ${String(today)}`);
	return nextOnOrAfter(today, 'mon');
}

/**
 * A preset made into a full, normalised plan input. Throws when the preset is
 * invalid, so a wrong preset fails the build rather than shipping a broken link.
 *
 * @throws {Error} when a preset gives an invalid plan input (a bug in the preset table, caught by its tests).
 */
export function planInputFromPreset(preset: PlanPreset, startDate: string): PlanInput {
	const result = parsePlanInput({ ...preset, days: preset.days ? [...preset.days] : undefined, startDate });
	if (!result.ok) {
		throw new Error(
			`Invalid plan preset ${JSON.stringify(preset)}: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
		);
	}
	return result.value;
}

/**
 * The builder link for an input, relative to a guide page (/guides/<id>/), so
 * it works when the site is deployed under a sub-path.
 *
 * Never throws.
 */
export function builderHrefFromGuide(input: PlanInput): string {
	return `../../plan/?p=${encodeShareState(input)}`;
}

/** One session of a preview, in words. */
export interface PreviewSession {
	weekday: string;
	title: string;
	/** The main set(s), via describeSegment; warm-up and cool-down are left to the builder. */
	lines: string[];
}

/** One week of a preview. */
export interface PreviewWeek {
	index: number;
	phase: string;
	sessions: PreviewSession[];
}

/**
 * The first `count` weeks of a plan, as text: weekday names (not dates, so
 * the preview reads the same whatever the start date) and each main segment
 * via `describeSegment`, exactly as the builder and the exports word it.
 * Warm-ups and cool-downs are left out to keep the preview short (a session
 * with no main segment keeps all of its segments).
 *
 * Never throws.
 */
export function previewWeeks(plan: Plan, count: number): PreviewWeek[] {
	const dayLabel = (d: Weekday) => WEEKDAY_OPTIONS.find((o) => o.value === d)?.label ?? d;
	return plan.weeks.slice(0, Math.max(0, count)).map((week) => ({
		index: week.index,
		phase: PHASE_LABELS[week.phase],
		sessions: week.sessions.map((s) => ({
			weekday: dayLabel(s.weekday),
			title: s.title,
			lines: (s.segments.some((seg) => seg.role === 'main')
				? s.segments.filter((seg) => seg.role === 'main')
				: s.segments
			).map((seg) => describeSegment(seg, plan.input.units)),
		})),
	}));
}
