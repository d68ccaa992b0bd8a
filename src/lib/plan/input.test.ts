import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPlanInput, parsePlanInput } from './input';

const base = { startDate: '2026-03-02' };

function errorsOf(raw: unknown) {
	const r = parsePlanInput(raw);
	if (r.ok) throw new Error('expected errors');
	return r.errors;
}

describe('parsePlanInput: defaults', () => {
	it('fills every optional field with its documented default', () => {
		const r = parsePlanInput(base);
		expect(r).toEqual({
			ok: true,
			value: {
				goal: 'mix-in',
				experience: 'new',
				startDate: '2026-03-02',
				weeks: 8,
				days: ['tue', 'thu', 'sat'],
				longRunDay: 'sat',
				units: 'km',
				forwardEasyPace: 420,
				surface: 'track',
				hasGuide: false,
			},
		});
	});
	it('defaults the pace by experience and units, and the long-run day to the weekend', () => {
		const r = parsePlanInput({ ...base, experience: 'regular', units: 'mi', days: ['mon', 'wed', 'sun'] });
		expect(r.ok && r.value.forwardEasyPace).toBe(580);
		expect(r.ok && r.value.longRunDay).toBe('sun');
	});
	it('treats null and empty strings as "not given"', () => {
		const r = parsePlanInput({ ...base, sessionTime: '', raceDate: null, goal: null });
		expect(r.ok && r.value.goal).toBe('mix-in');
		expect(r.ok && 'sessionTime' in r.value).toBe(false);
	});
	it('sorts days Monday first and keeps optional extras', () => {
		const r = parsePlanInput({
			...base,
			days: ['sun', 'wed', 'mon'],
			sessionTime: '07:30',
			reminderMinutes: 30,
			forwardWeeklyDistance: 25,
		});
		expect(r.ok && r.value.days).toEqual(['mon', 'wed', 'sun']);
		expect(r.ok && r.value.sessionTime).toBe('07:30');
		expect(r.ok && r.value.reminderMinutes).toBe(30);
	});
	it('is idempotent: a normalised input parses to itself (share links round-trip)', () => {
		const r = parsePlanInput({ ...base, goal: 'retro-5k', experience: 'some', weeks: 12 });
		if (!r.ok) throw new Error('fixture');
		expect(parsePlanInput(r.value)).toEqual(r);
		expect(parsePlanInput(JSON.parse(JSON.stringify(r.value)))).toEqual(r);
	});
	it('gives a form a sensible first plan, starting next Monday', () => {
		expect(defaultPlanInput('2026-03-04').startDate).toBe('2026-03-09');
		expect(defaultPlanInput('2026-03-09').startDate).toBe('2026-03-09');
		expect(() => defaultPlanInput('yesterday')).toThrow(RangeError);
	});
});

describe('parsePlanInput: race dates', () => {
	it('derives weeks from the race date, counting the race week (race day = last session)', () => {
		const r = parsePlanInput({ ...base, goal: 'retro-5k', experience: 'some', raceDate: '2026-05-10', weeks: 4 });
		expect(r.ok && r.value.weeks).toBe(10); // 2026-03-02 .. 2026-05-10 spans 10 weeks; the stale `weeks` is ignored
		expect(r.ok && r.value.raceDate).toBe('2026-05-10');
	});
	it('derives the race date from weeks: the long-run day of the last week', () => {
		const r = parsePlanInput({ ...base, goal: 'retro-5k', experience: 'some', weeks: 12, days: ['tue', 'thu', 'sun'] });
		expect(r.ok && r.value.raceDate).toBe('2026-05-24');
	});
	it('drops a race date from goals without a race', () => {
		const r = parsePlanInput({ ...base, goal: 'mix-in', raceDate: '2026-05-10' });
		expect(r.ok && 'raceDate' in r.value).toBe(false);
	});
	it('explains each race problem next to the race date', () => {
		expect(errorsOf({ ...base, goal: 'retro-5k', experience: 'some', raceDate: '2026-03-01' })).toEqual([
			{ path: 'raceDate', message: 'The race date must be after the start date' },
		]);
		expect(errorsOf({ ...base, goal: 'retro-5k', experience: 'some', raceDate: '2026-04-12' })[0]?.message).toBe(
			'A backward 5K needs at least 10 weeks of training for runners who have tried backward running; your race is 6 weeks away. Pick a later race or an earlier start date.',
		);
		expect(errorsOf({ ...base, goal: 'retro-half', experience: 'some', raceDate: '2027-03-01' })[0]?.path).toBe(
			'raceDate',
		);
	});
	it('requires each race goal’s minimum weeks (a backward half needs 16 for regulars)', () => {
		expect(errorsOf({ ...base, goal: 'retro-half', experience: 'regular', weeks: 15 })).toEqual([
			{
				path: 'weeks',
				message: 'A backward half marathon needs at least 16 weeks of training for runners who run backward regularly',
			},
		]);
		expect(parsePlanInput({ ...base, goal: 'retro-half', experience: 'regular', weeks: 16 }).ok).toBe(true);
	});
	it('does not offer a 10K or half to runners new to backward running', () => {
		expect(errorsOf({ ...base, goal: 'retro-10k', experience: 'new' })[0]).toEqual({
			path: 'goal',
			message:
				'A backward 10K takes more than 26 weeks to build up to from your first backward steps. Start with the backward mile or 5K.',
		});
	});
});

describe('parsePlanInput: messages a runner understands, next to the field', () => {
	it.each([
		[{ days: ['mon'] }, 'days', 'Choose at least 2 training days'],
		[
			{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] },
			'days',
			'Choose at most 6 training days, so you keep a rest day',
		],
		[{ days: ['mon', 'mon', 'wed'] }, 'days', 'Each training day can only be chosen once'],
		[{ days: ['monday', 'wed'] }, 'days', 'Pick training days from Monday to Sunday'],
		[{ days: ['mon', 'wed'], longRunDay: 'sat' }, 'longRunDay', 'Your long-run day must be one of your training days'],
		[{ weeks: 3 }, 'weeks', 'Choose at least 4 weeks'],
		[{ weeks: 27 }, 'weeks', 'Choose at most 26 weeks'],
		[{ weeks: 6.5 }, 'weeks', 'Choose a whole number of weeks'],
		[{ weeks: '8' }, 'weeks', 'Enter the number of weeks as a number'],
		[{ goal: 'marathon' }, 'goal', 'Choose a goal from the list'],
		[{ goal: '<script>alert(1)</script>' }, 'goal', 'Choose a goal from the list'],
		[{ experience: 'pro' }, 'experience', 'Choose how much backward running you have done'],
		[{ startDate: '2026-02-30' }, 'startDate', 'Enter the start date as a real date, like 2026-03-02'],
		[{ startDate: undefined }, 'startDate', 'Enter the start date as a real date, like 2026-03-02'],
		[{ units: 'miles' }, 'units', 'Choose kilometres or miles'],
		[{ surface: 'sand' }, 'surface', 'Choose where you will run'],
		[{ hasGuide: 'yes' }, 'hasGuide', 'Say yes or no: will someone guide you?'],
		[{ sessionTime: '7:30' }, 'sessionTime', 'Enter a time like 07:30'],
		[{ sessionTime: '24:00' }, 'sessionTime', 'Enter a time like 07:30'],
		[{ reminderMinutes: -5 }, 'reminderMinutes', 'Choose a reminder between 0 minutes and 7 days before'],
		[{ forwardEasyPace: 60 }, 'forwardEasyPace', 'Enter an easy forward pace between 3:00 and 15:00 per km'],
		[
			{ units: 'mi', forwardEasyPace: 200 },
			'forwardEasyPace',
			'Enter an easy forward pace between 4:50 and 24:10 per mi',
		],
		[{ forwardWeeklyDistance: 500 }, 'forwardWeeklyDistance', 'Enter a weekly forward distance between 1 and 200 km'],
		[{ forwardWeeklyDistance: -1 }, 'forwardWeeklyDistance', 'Enter a weekly forward distance above zero'],
	])('%j → %s: %s', (patch, path, message) => {
		expect(errorsOf({ ...base, ...patch })).toContainEqual({ path, message });
	});

	it('reports every bad field at once', () => {
		const errors = errorsOf({ startDate: 'soon', goal: 'x', days: [] });
		expect(errors.map((e) => e.path).sort()).toEqual(['days', 'goal', 'startDate']);
	});

	it('rejects what is not an object', () => {
		for (const raw of [null, undefined, 42, 'plan', [], [base], true]) {
			expect(errorsOf(raw)).toEqual([{ path: '', message: 'We could not read these plan settings.' }]);
		}
	});

	it('ignores prototype-pollution keys and never pollutes Object.prototype', () => {
		const raw = JSON.parse(
			'{"startDate":"2026-03-02","__proto__":{"goal":"retro-half","polluted":1},"constructor":{"prototype":{"polluted":1}}}',
		);
		const r = parsePlanInput(raw);
		expect(r.ok && r.value.goal).toBe('mix-in');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(errorsOf(JSON.parse('{"__proto__":{"startDate":"2026-03-02"}}'))[0]?.path).toBe('startDate');
	});

	it('answers huge arrays quickly without reading them all', () => {
		const started = performance.now();
		expect(errorsOf({ ...base, days: new Array(1_000_000).fill('mon') })[0]?.path).toBe('days');
		expect(performance.now() - started).toBeLessThan(200);
	});

	it('survives hostile objects (throwing getters)', () => {
		const raw = Object.defineProperty({ ...base }, 'goal', {
			enumerable: true,
			get() {
				throw new Error('boom');
			},
		});
		expect(parsePlanInput(raw).ok).toBe(false);
	});
});

describe('parsePlanInput never throws', () => {
	it('on anything at all (fc.anything)', () => {
		fc.assert(
			fc.property(
				fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withSet: true }),
				(raw) => {
					const r = parsePlanInput(raw);
					if (!r.ok) {
						expect(r.errors.length).toBeGreaterThan(0);
						for (const e of r.errors) expect(typeof e.message).toBe('string');
					}
				},
			),
			{ numRuns: 1000 },
		);
	});

	it('on a valid input with one field replaced by junk, answering ok:false with a message', () => {
		const valid = {
			startDate: '2026-03-02',
			goal: 'retro-5k',
			experience: 'some',
			weeks: 12,
			days: ['tue', 'thu', 'sun'],
			units: 'km',
			surface: 'grass',
			hasGuide: true,
		};
		const junk = fc.oneof(
			fc.string().filter((s) => s !== '' && !['km', 'mi', 'grass', 'track', 'path', 'treadmill'].includes(s)),
			fc.constantFrom('<b>x</b>', '\u0000\u001b[31m', '__proto__', 'constructor', '2026-02-30', 'NaN'),
			fc.double({ noDefaultInfinity: false }).filter((n) => !Number.isInteger(n) || n < 0 || n > 1e6),
			fc.array(fc.anything(), { minLength: 8, maxLength: 20 }),
			fc.dictionary(fc.string(), fc.anything()),
			fc.boolean(),
		);
		const field = fc.constantFrom('startDate', 'goal', 'experience', 'weeks', 'days', 'units', 'surface', 'hasGuide');
		fc.assert(
			fc.property(field, junk, (key, value) => {
				fc.pre(!(key === 'hasGuide' && typeof value === 'boolean'));
				const r = parsePlanInput({ ...valid, [key]: value });
				expect(r.ok).toBe(false);
				if (!r.ok) expect(r.errors.some((e) => e.path === key && e.message.length > 0)).toBe(true);
			}),
			{ numRuns: 1000 },
		);
	});
});
