import { describe, expect, it } from 'vitest';
import { generatePlan, parsePlanInput } from '../index';
import { niceCeiling, volumeChartGeometry } from './chart';
import { formatPlanDate, localToday, planTotals } from './display';

const parsed = parsePlanInput({ goal: 'retro-5k', experience: 'some', startDate: '2026-03-02', weeks: 18 });
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
