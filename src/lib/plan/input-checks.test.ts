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
	"a coach's split that one session can hold at the runner's paces": {
		split: { measure: 'distance', forward: 2, backward: 10 },
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

describe("a coach's split that no session could hold", () => {
	// The coach's absurd split: 2 mi forward + 10 mi backward, for a new backward runner at 8:30/km (13:41/mi).
	const slowMiles: PlanInput = { ...base, goal: 'mix-in', units: 'mi', forwardEasyPace: 821 };
	it('is refused next to the split, saying how long it would take and what we plan at most', () => {
		const errors = runInputChecks({ ...slowMiles, split: { measure: 'distance', forward: 2, backward: 10 } });
		expect(errors).toEqual([
			{
				path: 'split',
				message:
					'At your easy backward pace this backward part takes about 3 h 40 min, more than the 1 h 30 min we ask of anyone backward in one session: enter a shorter backward part',
			},
		]);
	});
	it('is refused by time too, when the two parts together pass the 150-minute session', () => {
		const errors = runInputChecks({ ...slowMiles, split: { measure: 'time', forward: 90, backward: 75 } });
		expect(errors.map((e) => e.path)).toEqual(['split']);
		expect(errors[0]?.message).toMatch(/takes about 2 h 45 min before the warm-up, more than the 2 h 30 min/);
	});
	it("accepts the product's example and a long but possible split, whose later breaches are warnings", () => {
		expect(runInputChecks({ ...slowMiles, split: { measure: 'distance', forward: 2, backward: 0.5 } })).toEqual([]);
		expect(runInputChecks({ ...slowMiles, split: { measure: 'time', forward: 60, backward: 60 } })).toEqual([]);
	});
});

describe("a coach's split by time, on the grid the plan prints", () => {
	const split = (forward: number, backward: number) =>
		runInputChecks({ ...base, split: { measure: 'time', forward, backward } });
	it('refuses a part of 10 minutes or more that is not whole minutes, naming the part', () => {
		// The plan prints whole minutes from 10 minutes: 20.5 would print "20 min 30 s".
		expect(split(20.5, 5)).toEqual([
			{ path: 'split', message: expect.stringMatching(/^Use whole minutes for a forward part of 10 minutes or more/) },
		]);
		expect(split(20, 12.25)[0]?.message).toMatch(/a backward part of 10 minutes or more/);
	});
	it('accepts quarter minutes under 10 and whole minutes from 10', () => {
		expect(split(20, 2.5)).toEqual([]);
		expect(split(9.75, 9.25)).toEqual([]);
	});
});
