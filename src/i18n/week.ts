/**
 * The club "this week" card's words (English). A translation is a copy of
 * this file with the same keys.
 */
export const weekStrings = {
	heading: 'This week’s group session',
	loading: 'Loading the next group session…',
	none: 'No group session is left in this cohort’s plans.',
	at: (date: string, time: string | undefined) => (time ? `${date}, ${time}` : date),
	otherDay: (date: string) => `(its next session: ${date})`,
	noScript: 'Turn on JavaScript to see the next group session.',
};
