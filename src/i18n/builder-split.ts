/**
 * The words of a coach's split boxes (SplitBoxes.tsx), apart from the main
 * builder strings because the boxes load only when a coach ticks the split.
 */
export const splitStrings = {
	legend: 'Your split',
	byDistance: (units: string) => `By distance (${units})`,
	byTime: 'By time (minutes)',
	forward: (unit: string) => `Forward (${unit})`,
	backward: (unit: string) => `Then backward, week 1 (${unit})`,
	step: (unit: string) => `Backward grows by (${unit})`,
	stepHint: 'Leave empty to keep it as written.',
	every: 'Every (weeks)',
	preview: (forward: number, backward: number, unit: string) =>
		`Week 1: ${forward} ${unit} forward, then ${backward} ${unit} backward`,
	previewSteady: ', every week (recovery and taper weeks ease it).',
	previewStep: (step: number, unit: string, every: number) =>
		`; ${step} ${unit} more backward every ${every === 1 ? 'week' : `${every} weeks`} (recovery and taper weeks ease it).`,
} as const;
