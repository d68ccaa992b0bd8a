import { describe, expect, it } from 'vitest';
import { defaultPlanInput } from './input';
import { INPUT_CHECKS, runInputChecks } from './input-checks';
import type { PlanInput } from './schema';

const base: PlanInput = defaultPlanInput('2026-03-02');

/** An input that breaks exactly the named rule. */
const BREAKS: Record<string, Partial<PlanInput>> = {
	'each training day once': { days: ['tue', 'tue', 'sat'] },
	'the long run on a training day': { longRunDay: 'mon' },
	'an easy pace in range for the units': { forwardEasyPace: 100 },
	'a weekly distance in range for the units': { forwardWeeklyDistance: 900 },
	'a regular backward runner can run 10 minutes forward': { experience: 'regular', currentRunMinutes: 5 },
	'a timed session reminds before it starts': { sessionTime: '18:30', reminderMinutes: -420 },
	"a coach's split that fits the goal, the units and the grid": {
		split: { measure: 'distance', forward: 2, backward: 0.33 },
	},
};

describe('the table of cross-field checks', () => {
	it('passes the defaults', () => {
		expect(runInputChecks(base)).toEqual([]);
	});

	it.each(INPUT_CHECKS.map((c) => [c.name, c] as const))(
		'%s: breaks only its own rule, next to its field',
		(name, c) => {
			const patch = BREAKS[name];
			expect(patch, `add an input that breaks "${name}" to BREAKS`).toBeDefined();
			const errors = runInputChecks({ ...base, ...patch });
			expect(errors).toHaveLength(1);
			expect(errors[0]?.path).toBe(c.path);
			expect(errors[0]?.message).toMatch(/\w{3,}/);
		},
	);

	it('has a name for every rule, each used once', () => {
		const names = INPUT_CHECKS.map((c) => c.name);
		expect(new Set(names).size).toBe(names.length);
	});
});
