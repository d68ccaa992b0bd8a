import { describe, expect, it } from 'vitest';
import { backwardWeekdaySets, chooseBackwardWeekdays, cyclicGap } from './schedule';

describe('choosing backward weekdays', () => {
	it('never picks neighbours, including Sunday next to Monday', () => {
		expect(cyclicGap(0, 6)).toBe(1);
		expect(chooseBackwardWeekdays(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], 3)).toEqual(['mon', 'wed', 'fri']);
		expect(chooseBackwardWeekdays(['mon', 'sun'], 3)).toHaveLength(1);
		expect(chooseBackwardWeekdays(['sat', 'sun'], 3, 'sun')).toEqual(['sun']);
		expect(chooseBackwardWeekdays(['mon', 'wed', 'fri', 'sun'], 3)).toEqual(['mon', 'wed', 'fri']);
	});
	it('includes the long-run day when it can', () => {
		expect(chooseBackwardWeekdays(['tue', 'thu', 'sat', 'sun'], 3, 'sun')).toEqual(['tue', 'thu', 'sun']);
		expect(chooseBackwardWeekdays(['mon', 'wed', 'fri', 'sun'], 3, 'sun')).toEqual(['wed', 'fri', 'sun']);
	});
	it('prefers even spacing', () => {
		expect(chooseBackwardWeekdays(['mon', 'tue', 'thu', 'fri'], 2)).toEqual(['mon', 'thu']);
	});
	it('nests smaller sets inside larger ones, so moving from 2 to 3 a week never makes neighbours', () => {
		const sets = backwardWeekdaySets(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], 3);
		for (const d of sets[2] ?? []) expect(sets[3]).toContain(d);
		expect(sets[3]).toHaveLength(3);
		expect(sets[2]).toHaveLength(2);
	});
});
