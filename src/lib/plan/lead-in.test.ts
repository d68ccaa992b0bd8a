import { describe, expect, it } from 'vitest';
import { createContext } from './context';
import { parsePlanInput } from './input';
import { climbingLead, climbingWeeks } from './lead-in';
import { planSkeleton } from './skeleton';

function ctxOf(raw: Record<string, unknown>) {
	const r = parsePlanInput({ startDate: '2027-01-04', ...raw });
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return createContext(r.value);
}

const fiveK = { goal: 'retro-5k', experience: 'some', days: ['wed', 'sat'], forwardEasyPace: 510 };

describe('lead-in weeks: a longer race plan never climbs less', () => {
	it('counts the weeks that climb: a recovery week three weeks in costs the 26-week plan a rise', () => {
		expect(climbingWeeks(planSkeleton(ctxOf({ ...fiveK, weeks: 25 })).weeks)).toBe(13);
		expect(climbingWeeks(planSkeleton(ctxOf({ ...fiveK, weeks: 26 })).weeks)).toBe(12);
		// With one lead-in week the 26-week frame climbs as the 25-week one does.
		expect(climbingWeeks(planSkeleton(ctxOf({ ...fiveK, weeks: 26 }), 1).weeks)).toBe(13);
	});

	it('leads in only where the plan a week shorter climbs further, and never for other goals', () => {
		expect(climbingLead(ctxOf({ ...fiveK, weeks: 26 }))).toBe(1);
		expect(climbingLead(ctxOf({ ...fiveK, weeks: 25 }))).toBe(0);
		expect(climbingLead(ctxOf({ goal: 'mix-in', experience: 'some', days: ['wed', 'sat'], weeks: 26 }))).toBe(0);
	});

	it('a week that adds a backward session holds the long run, so it does not climb', () => {
		// A new runner gets a third backward session from week 6 (rules.ts maxBackwardSessions).
		const newRunner = { goal: 'retro-5k', experience: 'new', forwardEasyPace: 300, weeks: 21 };
		const threeDays = ctxOf({ ...newRunner, days: ['tue', 'thu', 'sat'] });
		const twoDays = ctxOf({ ...newRunner, days: ['tue', 'sat'] });
		expect(climbingWeeks(planSkeleton(threeDays).weeks)).toBe(climbingWeeks(planSkeleton(twoDays).weeks) - 1);
	});
});
