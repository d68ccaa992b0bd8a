/**
 * The canonical plans: fixed inputs whose text renderings are kept as
 * snapshots (`__snapshots__/generate.test.ts.snap`) so a coach can review
 * the rules as plans. src/lib/README.md says how to read them.
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
	/** A backward 5K in 22 weeks for a runner who has tried it (grass, with a guide; spans the October DST change). */
	'retro-5k-some-22-weeks': {
		goal: 'retro-5k',
		experience: 'some',
		startDate: '2026-07-06',
		weeks: 22,
		forwardEasyPace: 330,
		days: ['tue', 'thu', 'sat', 'sun'],
		longRunDay: 'sun',
		units: 'km',
		surface: 'grass',
		hasGuide: true,
	},
	/** A backward half marathon in 24 weeks for a regular (miles, path, guide, 20 mi a week forward, 9:00/mi easy): run/walk. */
	'retro-half-regular-24-weeks': {
		goal: 'retro-half',
		experience: 'regular',
		startDate: '2026-11-02',
		weeks: 24,
		days: ['mon', 'wed', 'thu', 'sat'],
		longRunDay: 'sat',
		units: 'mi',
		surface: 'path',
		hasGuide: true,
		forwardEasyPace: 540,
		forwardWeeklyDistance: 20,
	},
	/**
	 * The same half for a slower regular (7:30/km easy): the race takes about 3 h 45, so the long
	 * session builds by time to the most a session holds (2 h 11 min, rules.ts RACE_OVER_LONGEST_WARN)
	 * and says so. At 8:30/km the half is refused and the 10K suggested (1.75 times the longest session at most).
	 */
	'retro-half-slow-regular-26-weeks': {
		goal: 'retro-half',
		experience: 'regular',
		startDate: '2026-03-02',
		weeks: 26,
		days: ['tue', 'thu', 'sat'],
		longRunDay: 'sat',
		units: 'km',
		surface: 'track',
		hasGuide: false,
		forwardEasyPace: 450,
	},
	/** A backward 5K on two days a week (Wednesday and Sunday) for a regular, in the fewest weeks it takes. */
	'retro-5k-two-days-11-weeks': {
		goal: 'retro-5k',
		experience: 'regular',
		startDate: '2026-05-04',
		weeks: 11,
		days: ['wed', 'sun'],
		longRunDay: 'sun',
		units: 'km',
		surface: 'track',
		hasGuide: false,
	},
	/** Someone who cannot run yet: walk/run first (as Couch to 5K), backward walking, then backward running. */
	'mix-in-first-steps-10-weeks': {
		goal: 'mix-in',
		experience: 'new',
		startDate: '2026-03-02',
		weeks: 10,
		days: ['mon', 'tue', 'thu', 'sat'],
		units: 'km',
		surface: 'grass',
		hasGuide: true,
		currentRunMinutes: 0,
	},
	/** The coach's split in miles: 2 mi forward + 0.5 mi backward, 0.25 mi more every 2 weeks. */
	'mix-in-coach-split-miles-8-weeks': {
		goal: 'mix-in',
		experience: 'some',
		startDate: '2026-03-02',
		weeks: 8,
		days: ['tue', 'thu', 'sat'],
		units: 'mi',
		surface: 'track',
		hasGuide: false,
		forwardEasyPace: 540,
		split: { measure: 'distance', forward: 2, backward: 0.5, step: 0.25, everyWeeks: 2 },
	},
} as const;
