/**
 * Switching units converts what the runner typed: a pace per mile must not
 * silently become the same digits per km (11:15 per km is a walk).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPlanInput } from '../plan/input';
import { formStateFromInput } from './form';
import { parsePaceText, withUnits } from './form-read';

const km = { ...formStateFromInput(defaultPlanInput('2026-03-02')), units: 'km' };

describe('withUnits', () => {
	it('converts a pace, a weekly distance and a split by distance', () => {
		const mi = withUnits({ ...km, forwardEasyPace: '7:00', forwardWeeklyDistance: '20' }, 'mi');
		expect(mi).toMatchObject({ units: 'mi', forwardEasyPace: '11:16', forwardWeeklyDistance: '12.4' });
		const split = withUnits(
			{ ...km, units: 'mi', splitOn: true, splitForward: '2', splitBackward: '0.5', splitStep: '0.25' },
			'km',
		);
		expect(split).toMatchObject({ splitForward: '3.2', splitBackward: '0.8', splitStep: '0.4' });
	});

	it('leaves text that is not a number as typed, a split by time, and the same units, alone', () => {
		const typed = { ...km, forwardEasyPace: '7:7', forwardWeeklyDistance: 'lots' };
		expect(withUnits(typed, 'mi')).toMatchObject({ forwardEasyPace: '7:7', forwardWeeklyDistance: 'lots' });
		const timed = { ...km, splitOn: true, splitMeasure: 'time', splitForward: '20', splitBackward: '5' };
		expect(withUnits(timed, 'mi')).toMatchObject({ splitForward: '20', splitBackward: '5' });
		expect(withUnits(km, 'km')).toBe(km);
	});

	it('a pace switched there and back comes back to the second from km, within a second from miles', () => {
		const text = (sec: number) => `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;
		const roundTrip = (sec: number, from: 'km' | 'mi', to: 'km' | 'mi') =>
			parsePaceText(withUnits(withUnits({ ...km, units: from, forwardEasyPace: text(sec) }, to), from).forwardEasyPace);
		fc.assert(
			fc.property(fc.integer({ min: 180, max: 1450 }), (sec) => {
				expect(roundTrip(sec, 'km', 'mi')).toBe(sec);
				expect(Math.abs((roundTrip(sec, 'mi', 'km') ?? Number.NaN) - sec)).toBeLessThanOrEqual(1);
			}),
			{ numRuns: 300, seed: 16 },
		);
	});
});
