/**
 * Interface strings in one place, so a translation is a file rather than a hunt.
 * Guide prose lives in the MDX files, not here.
 */
export const en = {
	siteName: 'Retrostride',
	tagline: 'Learn retro running. Plan it. Run it safely.',
	skipLink: 'Skip to content',
	nav: {
		label: 'Main',
		guides: 'Guides',
		plan: 'Plan builder',
		clubs: 'For clubs',
		coaches: 'Coach’s roster',
		about: 'About',
	},
	theme: { toggle: 'Dark theme' },
	footer: {
		disclaimer:
			'Retrostride gives general information, not medical advice. If you have balance problems, vertigo or a recent fall, ask a health professional before you try backward running.',
		feed: 'Guides feed (RSS)',
		source: 'Every claim on a guide page links to its source.',
	},
	guides: {
		indexTitle: 'Guides',
		references: 'References',
		updated: 'Updated',
		readingTime: (minutes: number) => `${minutes} min read`,
	},
} as const;
