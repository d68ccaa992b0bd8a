/**
 * The form's own messages, for text typed in the builder that is not yet a
 * number, a pace or a whole date (builder/form.ts), and its advice on a start
 * date already past. A file apart from validation.ts because the form's code
 * is on the builder page at load and the other messages load with the
 * checks: the bundler splits by file, so one file would put every message on
 * the page (its JavaScript budget, test/e2e/build.spec.ts).
 */
export const formStrings = {
	startDateInFull: 'Enter the start date in full: day, month and year',
	raceDateInFull: 'Enter the race date in full: day, month and year, or leave it empty',
	weeksWhole: 'Enter the number of weeks as a whole number',
	pace: 'Enter your pace as minutes:seconds, like 6:30',
	weeklyDistance: 'Enter your weekly distance as a number, like 15',
	currentRun: 'Enter the minutes as a whole number, like 30 (0 if you walk)',
	reminderWhole: 'Enter the reminder as a whole number of minutes',
	splitForward: (like: string) => `Enter the forward part as a number, like ${like}`,
	splitBackward: (like: string) => `Enter the backward part as a number, like ${like}`,
	splitStep: (like: string) => `Enter how much the backward part grows as a number, like ${like}, or leave it empty`,
	splitEvery: 'Enter how often it grows as a whole number of weeks, like 2',
	past: (started: string, daysAgo: number) =>
		`This plan started on ${started}, ${daysAgo === 1 ? 'yesterday' : `${daysAgo} days ago`}, so its first sessions are behind you.`,
	startToday: 'Start today',
	startTodayMonday: 'Start today (Monday)',
	startNextMonday: (monday: string) => `Start next Monday, ${monday}`,
} as const;
