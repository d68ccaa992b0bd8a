import { describe, expect, it } from 'vitest';
import { generatePlan, parsePlanInput } from '../index';
import { niceCeiling, volumeChartGeometry } from './chart';
import { formatPlanDate, localToday, planToday, planTotals } from './display';
import { pastStartAdvice } from './form';
import { startDateOutsideWindow } from './form-check';

const parsed = parsePlanInput({ goal: 'retro-5k', experience: 'regular', startDate: '2026-03-02', weeks: 18 });
if (!parsed.ok) throw new Error('fixture must parse');
const plan = generatePlan(parsed.value);

describe('plan dates on screen', () => {
	it('shows the calendar day of the plan, whatever the zone', () => {
		expect(formatPlanDate('2026-03-03')).toBe('Tue 3 Mar');
		expect(formatPlanDate('2028-02-29', { withYear: true })).toBe('Tue 29 Feb 2028');
		expect(formatPlanDate('not a date')).toBe('not a date');
	});

	it("takes today from the runner's clock, not from UTC", () => {
		expect(localToday(new Date(2026, 10, 25, 23, 30))).toBe('2026-11-25');
		expect(localToday(new Date(2028, 1, 29, 0, 5))).toBe('2028-02-29');
	});
});

describe('plan totals', () => {
	it('adds up sessions and backward time and finds the peak week', () => {
		const t = planTotals(plan);
		expect(t.sessions).toBe(plan.weeks.flatMap((w) => w.sessions).length);
		expect(t.backwardSec).toBe(plan.weeks.reduce((a, w) => a + w.totals.backwardSec, 0));
		const peak = plan.weeks.find((w) => w.index === t.peakWeek);
		expect(peak?.totals.backwardSec).toBe(Math.max(...plan.weeks.map((w) => w.totals.backwardSec)));
	});
});

describe('volume chart geometry', () => {
	it('rounds the scale up to 1, 2 or 5 times a power of ten', () => {
		expect(niceCeiling(7)).toBe(10);
		expect(niceCeiling(130)).toBe(200);
		expect(niceCeiling(420)).toBe(500);
		expect(niceCeiling(0)).toBe(10);
	});

	it('draws one bar a week inside the plot, each as tall as its minutes', () => {
		const { bars, maxMinutes } = volumeChartGeometry(plan, 600, 200);
		expect(bars).toHaveLength(plan.weeks.length);
		for (const b of bars) {
			expect(b.x).toBeGreaterThanOrEqual(0);
			expect(b.x + b.width).toBeLessThanOrEqual(600);
			expect(b.forwardY).toBeGreaterThanOrEqual(0);
			expect(b.backwardY + b.backwardHeight).toBeCloseTo(200);
			expect(b.backwardHeight).toBeCloseTo((b.backwardMin / maxMinutes) * 200);
		}
	});
});

describe('today in the plan', () => {
	it('says in how many days a plan starts, before it starts', () => {
		expect(planToday(plan, '2026-02-26')).toEqual({ when: 'before', startDate: '2026-03-02', days: 4 });
	});

	it("finds today's session, or the next one, and this week, while the plan runs", () => {
		expect(planToday(plan, '2026-03-03')).toEqual({
			when: 'during',
			week: 1,
			sessionId: 'w01-s1',
			nextSessionId: 'w01-s1',
		});
		// Wednesday of week 2 is a rest day: no session today, Thursday's is next.
		const wed = planToday(plan, '2026-03-11');
		expect(wed).toMatchObject({ when: 'during', week: 2, sessionId: undefined });
		const next = plan.weeks[1]?.sessions.find((s) => s.date === '2026-03-12');
		expect(wed.when === 'during' && wed.nextSessionId).toBe(next?.id);
	});

	it('says when the plan ended, after race day', () => {
		const end = plan.weeks.at(-1)?.endDate ?? '';
		expect(planToday(plan, '2027-01-01')).toEqual({ when: 'after', endDate: end });
	});
});

describe('start dates the builder questions', () => {
	it('warns about a start in the past and offers today or next Monday', () => {
		expect(pastStartAdvice('2026-11-30', '2026-12-03')).toEqual({
			message: 'This plan started on Mon 30 Nov 2026, 3 days ago, so its first sessions are behind you.',
			choices: [
				{ label: 'Start today', date: '2026-12-03' },
				{ label: 'Start next Monday, Mon 7 Dec 2026', date: '2026-12-07' },
			],
		});
		expect(pastStartAdvice('2026-12-06', '2026-12-07')?.choices).toEqual([
			{ label: 'Start today (Monday)', date: '2026-12-07' },
		]);
		expect(pastStartAdvice('2026-12-02', '2026-12-03')?.message).toContain('yesterday');
		expect(pastStartAdvice('2026-12-03', '2026-12-03')).toBeUndefined();
		expect(pastStartAdvice('2026-12-', '2026-12-03')).toBeUndefined();
	});

	it('refuses a half-typed year far from today, so it never builds a plan or a link', () => {
		expect(startDateOutsideWindow('2202-03-02', '2026-12-03')).toBe(
			'Choose a start date by Sun 3 Dec 2028, within two years of today',
		);
		expect(startDateOutsideWindow('0202-03-02', '2026-12-03')).toMatch(
			/^Choose a start date after .* within a year of today$/,
		);
		expect(startDateOutsideWindow('2026-01-05', '2026-12-03')).toBeUndefined();
		expect(startDateOutsideWindow('2028-06-05', '2026-12-03')).toBeUndefined();
	});
});
