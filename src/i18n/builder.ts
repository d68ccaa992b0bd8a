/**
 * The plan builder's interface strings (English), keyed by panel. Plan
 * content (session titles, notes, warnings) comes from src/lib; these are the
 * words around it. A translation is a copy of this file with the same keys.
 */
export const builderStrings = {
	summary: {
		weeks: 'Weeks',
		sessions: 'Sessions',
		totalBackward: 'Total backward time',
		peakWeek: 'Peak week',
		peak: (week: number, backward: string) => `Week ${week} (${backward} backward)`,
		goodToKnow: 'Good to know',
	},
	chart: {
		title: 'Minutes per week, backward and forward',
		description: (weeks: number, peakMin: number, peakWeek: number) =>
			`${weeks} weeks. Backward time peaks at ${peakMin} minutes in week ${peakWeek}. Recovery weeks are marked R, taper weeks T.`,
		marks: { recovery: 'R', taper: 'T', race: 'Race' },
		backwardLegend: 'Backward minutes',
		forwardLegend: 'Forward minutes',
		markLegend: 'R recovery week · T taper week',
		showTable: 'Show the numbers as a table',
		tableCaption: 'Minutes per week',
		week: 'Week',
		phase: 'Phase',
		backwardMin: 'Backward min',
		forwardMin: 'Forward min',
	},
	schedule: {
		heading: 'Week by week',
		week: (n: number) => `Week ${n}`,
		dates: (from: string, to: string) => `${from} to ${to}`,
		today: 'Today',
		about: (duration: string) => `about ${duration}`,
		start: 'Start session',
		technique: 'Technique',
		safety: 'Safety',
		readMore: 'Read more: ',
		edited: 'Edited',
		skipped: 'Skipped',
		repeat: 'Repeat',
		note: 'Note: ',
		repeatWeek: (n: number) => `Repeat week ${n}`,
		loadingTools: 'Loading calendar links and changes…',
		editorFailed: 'Your changes to the plan could not be loaded. Check your connection and reload.',
	},
	todayLine: {
		startsOn: (date: string, days: number) =>
			`Your plan starts on ${date}, ${days === 1 ? 'tomorrow' : `in ${days} days`}.`,
		ended: (date: string) => `This plan ended on ${date}.`,
		inWeek: 'You are in ',
		week: (n: number) => `week ${n}`,
		todayIs: (title: string) => `Today: ${title}`,
		noneToday: 'No session today; next: ',
		next: (date: string, title: string) => `${date}, ${title}`,
		noneLeft: 'No sessions left.',
	},
	/** In place of a part of the builder whose code could not be loaded (an old tab after a deploy). */
	partFailed: {
		split: 'The split boxes could not be loaded: reload the page to get them.',
		exportOptions: 'The export options could not be loaded: reload the page to get them.',
	},
	split: {
		tick: 'Set the split of my mixed runs myself',
		tickHint: 'As a coach writes it: 2 mi forward, then 0.5 mi backward, a little more backward every few weeks.',
		loading: 'Loading the split boxes…',
	},
} as const;
