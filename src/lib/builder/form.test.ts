import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPace } from '../plan/format';
import { parsePlanInput } from '../plan/input';
import { WEEKDAYS } from '../plan/options';
import { defaultUnitsForLocale, formStateFromInput, quickDefaultInput, toggleDay, withSplit } from './form';
import { defaultFormState, evaluateForm } from './form-check';
import { formStateToRaw, parsePaceText } from './form-read';

describe('pace text', () => {
	it('reads minutes:seconds and plain minutes', () => {
		expect(parsePaceText('5:30')).toBe(330);
		expect(parsePaceText(' 6 ')).toBe(360);
		expect(parsePaceText('10:05')).toBe(605);
	});

	it('refuses text that is not a pace', () => {
		for (const bad of ['', '5:', '5:7', '5:75', 'abc', '5.30', '-5:00', '<b>5</b>']) {
			expect(parsePaceText(bad), bad).toBeUndefined();
		}
	});

	it('round-trips every whole-second pace a runner could have', () => {
		fc.assert(
			fc.property(fc.integer({ min: 60, max: 99 * 60 + 59 }), (sec) => {
				expect(parsePaceText(formatPace(sec))).toBe(sec);
			}),
			{ numRuns: 1000 },
		);
	});
});

describe('units from the browser locale', () => {
	it('uses miles in the United States and kilometres elsewhere', () => {
		expect(defaultUnitsForLocale('en-US')).toBe('mi');
		expect(defaultUnitsForLocale('es-US')).toBe('mi');
		expect(defaultUnitsForLocale('en-GB')).toBe('km');
		expect(defaultUnitsForLocale('de-DE')).toBe('km');
		expect(defaultUnitsForLocale('en')).toBe('km');
		expect(defaultUnitsForLocale('zh-Hant-TW')).toBe('km');
		expect(defaultUnitsForLocale('not a locale')).toBe('km');
	});
});

describe('training-day toggles', () => {
	it('adds and removes a day and keeps Monday-first order', () => {
		expect(toggleDay(['sat', 'tue'], 'mon')).toEqual(['mon', 'tue', 'sat']);
		expect(toggleDay(['mon', 'tue', 'sat'], 'tue')).toEqual(['mon', 'sat']);
	});
});

describe('form state and plan input', () => {
	it('reports text that is not a number next to its field', () => {
		const state = formStateFromInput(expectOk({ startDate: '2026-03-02' }));
		const { errors } = formStateToRaw({ ...state, weeks: 'six', forwardEasyPace: '6:3x', reminderMinutes: '1 hour' });
		expect(errors.map((e) => e.path).sort()).toEqual(['forwardEasyPace', 'reminderMinutes', 'weeks']);
	});

	it('leaves empty optional fields out so the defaults apply', () => {
		const state = formStateFromInput(expectOk({ startDate: '2026-03-02' }));
		const { raw } = formStateToRaw({ ...state, forwardEasyPace: '', sessionTime: '', reminderMinutes: '' });
		expect(raw).not.toHaveProperty('forwardEasyPace');
		expect(raw).not.toHaveProperty('sessionTime');
		expect(parsePlanInput(raw).ok).toBe(true);
	});

	it('keeps a race date the runner chose, and blanks one the engine derived', () => {
		const chosen = expectOk({
			goal: 'retro-5k',
			experience: 'regular',
			startDate: '2026-03-02',
			raceDate: '2026-07-02',
			days: ['tue', 'thu', 'sat'],
		});
		expect(formStateFromInput(chosen).raceDate).toBe('2026-07-02');
		const derived = expectOk({ goal: 'retro-5k', experience: 'regular', startDate: '2026-03-02', weeks: 18 });
		expect(formStateFromInput(derived).raceDate).toBe('');
	});

	it('a form rebuilt from any valid input gives back the same input (share links and imports restore exactly)', () => {
		const rawInput = fc.record(
			{
				goal: fc.constantFrom('mix-in', 'drills', 'knee-friendly', 'retro-mile', 'retro-5k', 'retro-10k', 'retro-half'),
				experience: fc.constantFrom('new', 'some', 'regular'),
				startDate: fc
					.date({ min: new Date('2025-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
					.map((d) => d.toISOString().slice(0, 10)),
				weeks: fc.integer({ min: 4, max: 26 }),
				days: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 2, maxLength: 6 }),
				units: fc.constantFrom('km', 'mi'),
				surface: fc.constantFrom('track', 'grass', 'path', 'treadmill'),
				hasGuide: fc.boolean(),
				sessionTime: fc.constantFrom('06:30', '18:05', undefined),
				reminderMinutes: fc.constantFrom(0, 30, 1440, undefined),
				forwardWeeklyDistance: fc.constantFrom(10, 12.5, undefined),
				currentRunMinutes: fc.constantFrom(0, 12, 30, 60, undefined),
				split: fc.constantFrom(
					{ measure: 'distance', forward: 2, backward: 0.5, step: 0.25, everyWeeks: 2 },
					{ measure: 'distance', forward: 3.2, backward: 0.8 },
					{ measure: 'time', forward: 20, backward: 2.5, step: 0.5, everyWeeks: 1 },
					undefined,
				),
			},
			{ requiredKeys: ['startDate'] },
		);
		fc.assert(
			fc.property(rawInput, (raw) => {
				const parsed = parsePlanInput(raw);
				fc.pre(parsed.ok);
				if (!parsed.ok) return;
				const { raw: again, errors } = formStateToRaw(formStateFromInput(parsed.value));
				expect(errors).toEqual([]);
				expect(parsePlanInput(again)).toEqual(parsed);
			}),
			{ numRuns: 1000 },
		);
	});
});

function expectOk(raw: Record<string, unknown>) {
	const result = parsePlanInput(raw);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.value;
}

describe('judging the whole form', () => {
	const base = formStateFromInput(expectOk({ startDate: '2026-03-02' }));

	it('gives a valid input for a valid form', () => {
		const result = evaluateForm(base);
		expect(result.ok).toBe(true);
	});

	it('never suggests starting before today when a race is too close', () => {
		// A coach read "or start by Sat 12 Sep 2026" in a refusal seen in December.
		const form = formStateFromInput(expectOk({ startDate: '2026-12-07', goal: 'mix-in', experience: 'some' }));
		const close = { ...form, goal: 'retro-5k', raceDate: '2027-02-27' };
		const today = evaluateForm(close, '2026-12-04');
		expect(today.ok).toBe(false);
		const message = today.ok ? '' : (today.errors.find((e) => e.path === 'raceDate')?.message ?? '');
		expect(message).toMatch(/Choose a race on or after Sat 17 Apr 2027/);
		expect(message).not.toMatch(/start by/);
		// Without a clock (a share link, a file), the engine still offers an earlier start.
		const parsed = parsePlanInput({
			startDate: '2026-12-07',
			goal: 'retro-5k',
			experience: 'some',
			raceDate: '2027-02-27',
		});
		// On the runner's own start weekday (a Monday here), not the race's Saturday.
		expect(parsed.ok ? '' : parsed.errors[0]?.message).toMatch(/start by Mon 19 Oct 2026/);
	});

	it('gives one plain-English message per field, the form first', () => {
		const result = evaluateForm({ ...base, days: ['mon'], weeks: 'x' });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const byPath = Object.fromEntries(result.errors.map((e) => [e.path, e.message]));
		expect(byPath.days).toBe('Choose at least 2 training days');
		expect(byPath.weeks).toBe('Enter the number of weeks as a whole number');
		expect(new Set(result.errors.map((e) => e.path)).size).toBe(result.errors.length);
	});

	it('says which paces it accepts when a pace is out of range', () => {
		const result = evaluateForm({ ...base, forwardEasyPace: '1:00' });
		expect(result.ok ? [] : result.errors).toEqual([
			{ path: 'forwardEasyPace', message: expect.stringMatching(/between/) },
		]);
	});
});

describe('defaults without a parse', () => {
	it('give the same form as the full parse, for any day and locale', () => {
		fc.assert(
			fc.property(
				fc.date({ min: new Date('2025-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
				fc.constantFrom('en-US', 'en-GB', 'de-DE', 'fr', 'es-US'),
				(date, locale) => {
					const today = date.toISOString().slice(0, 10);
					const base = expectOk({ startDate: '2026-01-05' });
					expect(formStateFromInput(quickDefaultInput(base, today, locale))).toEqual(defaultFormState(today, locale));
				},
			),
			{ numRuns: 1000 },
		);
	});
});

describe('the runner\u2019s current running and the coach\u2019s split', () => {
	const base = formStateFromInput(expectOk({ startDate: '2026-03-02', goal: 'mix-in', units: 'mi' }));

	it('starts from the product\u2019s example when a coach ticks "set the split yourself"', () => {
		const on = withSplit(base, { on: true });
		expect(on).toMatchObject({
			splitOn: true,
			splitForward: '2',
			splitBackward: '0.5',
			splitStep: '0.25',
			splitEvery: '2',
		});
		const result = evaluateForm(on);
		expect(result.ok && result.input.split).toEqual({
			measure: 'distance',
			forward: 2,
			backward: 0.5,
			step: 0.25,
			everyWeeks: 2,
		});
		// In kilometres the same example, on the 0.05 grid the engine accepts.
		const km = evaluateForm(withSplit({ ...base, units: 'km' }, { on: true }));
		expect(km.ok && km.input.split).toEqual({
			measure: 'distance',
			forward: 3.2,
			backward: 0.8,
			step: 0.4,
			everyWeeks: 2,
		});
	});

	it('switching to time never leaves miles in the minute boxes, and switching off keeps what was typed', () => {
		const typed = { ...withSplit(base, { on: true }), splitForward: '1.5' };
		const time = withSplit(typed, { measure: 'time' });
		expect(time).toMatchObject({ splitMeasure: 'time', splitForward: '20', splitBackward: '5' });
		const off = withSplit(typed, { on: false });
		expect(off.splitForward).toBe('1.5');
		expect(evaluateForm(off).ok && (evaluateForm(off) as { input: { split?: unknown } }).input.split).toBeUndefined();
		expect(withSplit(off, { on: true }).splitForward).toBe('1.5');
	});

	it('names the box that is not a number, and passes on the engine\u2019s limits', () => {
		const on = withSplit(base, { on: true });
		const bad = evaluateForm({ ...on, splitBackward: 'half' });
		expect(bad.ok ? [] : bad.errors).toEqual([
			{ path: 'split', message: 'Enter the backward part as a number, like 0.5' },
		]);
		const tooFar = evaluateForm({ ...on, splitBackward: '20' });
		expect(tooFar.ok ? [] : tooFar.errors).toEqual([
			{ path: 'split', message: 'Enter a backward part of at most 13.1 mi' },
		]);
		const noStep = evaluateForm({ ...on, splitStep: '' });
		expect(noStep.ok && noStep.input.split).toEqual({ measure: 'distance', forward: 2, backward: 0.5 });
	});

	it('ignores a ticked split for a goal that has no mixed runs', () => {
		const drills = evaluateForm({ ...withSplit(base, { on: true }), goal: 'drills' });
		expect(drills.ok && drills.input.split).toBeUndefined();
	});

	it('reads the minutes a runner can run, and says what to type otherwise', () => {
		const walker = evaluateForm({ ...base, currentRunMinutes: '0' });
		expect(walker.ok && walker.input.currentRunMinutes).toBe(0);
		const empty = evaluateForm({ ...base, currentRunMinutes: '' });
		expect(empty.ok && empty.input.currentRunMinutes).toBe(30);
		const bad = evaluateForm({ ...base, currentRunMinutes: 'ten' });
		expect(bad.ok ? [] : bad.errors).toEqual([
			{ path: 'currentRunMinutes', message: 'Enter the minutes as a whole number, like 30 (0 if you walk)' },
		]);
		const tooMany = evaluateForm({ ...base, currentRunMinutes: '500' });
		expect(tooMany.ok ? [] : tooMany.errors).toEqual([
			{ path: 'currentRunMinutes', message: 'Enter between 0 and 120 minutes' },
		]);
	});
});
