/**
 * The plan the editor and check-in specs work on: mix-in on Tuesday,
 * Thursday and Saturday from Monday 4 January 2027, sessions at 18:00.
 */
import { encodeShareState, generatePlan, parsePlanInput } from '../../src/lib';

const parsed = parsePlanInput({
	goal: 'mix-in',
	experience: 'some',
	startDate: '2027-01-04',
	weeks: 8,
	days: ['tue', 'thu', 'sat'],
	longRunDay: 'sat',
	sessionTime: '18:00',
});
if (!parsed.ok) throw new Error('fixture');

/** The plan's input. */
export const INPUT = parsed.value;
/** The plan as generated. */
export const PLAN = generatePlan(INPUT);
/** Its share code, for `/plan/?p=`. */
export const CODE = encodeShareState(INPUT);
