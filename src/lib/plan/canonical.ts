/**
 * The four canonical plans: fixed inputs whose text renderings are kept as
 * snapshots (generate.test.ts) so a coach can review the rules as plans.
 */
export const CANONICAL_INPUTS = {
	/** A runner new to backward running mixes it into 8 weeks of forward runs (miles, path, solo). */
	'mix-in-new-8-weeks': {
		goal: 'mix-in',
		experience: 'new',
		startDate: '2026-03-02',
		weeks: 8,
		days: ['tue', 'thu', 'sat', 'sun'],
		units: 'mi',
		surface: 'path',
		hasGuide: false,
	},
	/** Knee-friendly backward walking, 3 times a week for 6 weeks, on a track (after Alghadir 2019). */
	'knee-friendly-6-weeks': {
		goal: 'knee-friendly',
		experience: 'new',
		startDate: '2026-04-06',
		weeks: 6,
		days: ['mon', 'wed', 'fri'],
		units: 'km',
		surface: 'track',
		hasGuide: false,
	},
	/** A backward 5K in 12 weeks for a runner who has tried it (grass, with a guide; spans the October DST change). */
	'retro-5k-some-12-weeks': {
		goal: 'retro-5k',
		experience: 'some',
		startDate: '2026-09-07',
		weeks: 12,
		days: ['tue', 'thu', 'sat', 'sun'],
		longRunDay: 'sun',
		units: 'km',
		surface: 'grass',
		hasGuide: true,
	},
	/** A backward half marathon in 16 weeks for a regular (miles, path, guide, 20 mi a week forward, 9:00/mi easy). */
	'retro-half-regular-16-weeks': {
		goal: 'retro-half',
		experience: 'regular',
		startDate: '2027-01-04',
		weeks: 16,
		days: ['mon', 'wed', 'thu', 'sat'],
		longRunDay: 'sat',
		units: 'mi',
		surface: 'path',
		hasGuide: true,
		forwardEasyPace: 540,
		forwardWeeklyDistance: 20,
	},
} as const;
