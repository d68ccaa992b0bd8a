import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePlan } from './generate';
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
				currentRunMinutes: 30,
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
		const r = parsePlanInput({
			...base,
			goal: 'retro-5k',
			experience: 'some',
			weeks: 22,
			forwardEasyPace: 300,
			currentRunMinutes: 45,
			split: { measure: 'time', forward: 20, backward: 5, step: 1, everyWeeks: 3 },
		});
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

describe('parsePlanInput: race dates and readiness', () => {
	it('derives weeks from the race date, counting the race week (race day = last session)', () => {
		const r = parsePlanInput({ ...base, goal: 'retro-5k', experience: 'regular', raceDate: '2026-05-17', weeks: 4 });
		expect(r.ok && r.value.weeks).toBe(11); // 2026-03-02 .. 2026-05-17 spans 11 weeks; the stale `weeks` is ignored
		expect(r.ok && r.value.raceDate).toBe('2026-05-17');
	});
	it('derives the race date from weeks: the long-run day of the last week', () => {
		const r = parsePlanInput({
			...base,
			goal: 'retro-5k',
			experience: 'some',
			forwardEasyPace: 300,
			weeks: 22,
			days: ['tue', 'thu', 'sun'],
		});
		expect(r.ok && r.value.raceDate).toBe('2026-08-02');
	});
	it('drops a race date from goals without a race', () => {
		const r = parsePlanInput({ ...base, goal: 'mix-in', raceDate: '2026-05-10' });
		expect(r.ok && 'raceDate' in r.value).toBe(false);
	});
	it('explains each race problem next to the race date, with the dates that would work', () => {
		const some = { ...base, goal: 'retro-5k', experience: 'some', forwardEasyPace: 300 } as const;
		expect(errorsOf({ ...some, raceDate: '2026-03-01' })).toEqual([
			{ path: 'raceDate', message: 'The race date must be after the start date' },
		]);
		const [tooSoon] = errorsOf({ ...some, raceDate: '2026-04-12' });
		expect(tooSoon?.path).toBe('raceDate');
		expect(tooSoon?.message).toMatch(
			/^A backward 5K needs at least (\d+) weeks of training from where you are; your race is 6 weeks away\. Choose a race on or after \w{3} \d+ \w{3} 20\d\d, or start by \w{3} \d+ \w{3} 20\d\d, or choose the backward mile instead, with a race on or after \w{3} \d+ \w{3} 20\d\d\.$/,
		);
		// A race days away says what the race needs and names the earliest race day that works (a coach read
		// "choose a later race", then "less than 4 weeks away" for a 5K that needs many more).
		const [daysAway] = errorsOf({ ...some, raceDate: '2026-03-07' });
		expect(daysAway?.path).toBe('raceDate');
		expect(daysAway?.message).toMatch(
			/^A backward 5K needs at least (\d+) weeks of training from where you are; your race is 1 week away\. Choose a race on or after /,
		);
		expect(/at least (\d+) weeks/.exec(daysAway?.message ?? '')?.[1]).toBe(
			/at least (\d+) weeks/.exec(tooSoon?.message ?? '')?.[1],
		);
		const earliest = /Choose a race on or after \w{3} (\d+) (\w{3}) (20\d\d)[,.]/.exec(daysAway?.message ?? '');
		expect(earliest).not.toBeNull();
		const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
		const iso = `${earliest?.[3]}-${String(months.indexOf(earliest?.[2] ?? '') + 1).padStart(2, '0')}-${earliest?.[1]?.padStart(2, '0')}`;
		expect(parsePlanInput({ ...some, raceDate: iso }).ok).toBe(true);
		// The start it names falls on the runner's start weekday (base starts on a Monday).
		expect(tooSoon?.message).toMatch(/start by Mon /);
		// The date it names really works.
		const weeks = Number(/at least (\d+) weeks/.exec(tooSoon?.message ?? '')?.[1]);
		expect(parsePlanInput({ ...some, weeks }).ok).toBe(true);
		expect(parsePlanInput({ ...some, weeks: weeks - 1 }).ok).toBe(false);
	});
	it('refuses a race plan that would not get ready, and says how many weeks would', () => {
		const [e] = errorsOf({ ...base, goal: 'retro-10k', experience: 'regular', weeks: 10 });
		expect(e?.path).toBe('weeks');
		expect(e?.message).toMatch(
			/^A backward 10K needs at least \d+ weeks of training from where you are: choose at least \d+ weeks, or choose the backward 5K instead(, with at least \d+ weeks)?\.$/,
		);
	});
	it('suggests a shorter race when even 26 weeks are not enough', () => {
		expect(errorsOf({ ...base, goal: 'retro-half', experience: 'new' })[0]).toEqual({
			path: 'goal',
			message: expect.stringMatching(
				/^A backward half marathon takes more than 26 weeks to build up to from where you are\. Choose the backward (mile|5K|10K) instead(, with at least \d+ weeks)?\.$/,
			),
		});
		// A half days away is told the same, with the race day the shorter race could be run on, not "less than 4 weeks".
		const [close] = errorsOf({ ...base, goal: 'retro-half', experience: 'new', raceDate: '2026-03-14' });
		expect(close?.path).toBe('goal');
		expect(close?.message).toMatch(
			/^A backward half marathon takes more than 26 weeks to build up to from where you are\. Choose the backward (mile|5K|10K) instead, with a race on or after \w{3} \d+ \w{3} 20\d\d\.$/,
		);
	});
	it('asks for days with a rest day between when the long race would be the whole week', () => {
		expect(errorsOf({ ...base, goal: 'retro-10k', experience: 'regular', days: ['sat', 'sun'] })[0]).toEqual({
			path: 'days',
			message:
				'A backward 10K needs at least 2 backward sessions a week, and your days sit next to each other. Choose days with a rest day between (such as Wed, Fri and Sun), or choose the backward mile instead.',
		});
		// With fewer weeks than those days would need, it says how many.
		expect(errorsOf({ ...base, goal: 'retro-10k', experience: 'regular', days: ['sat', 'sun'], weeks: 12 })[0]).toEqual(
			{
				path: 'days',
				message:
					'A backward 10K needs at least 2 backward sessions a week, and your days sit next to each other. Choose days with a rest day between (such as Wed, Fri and Sun), with at least 18 weeks, or choose the backward mile instead.',
			},
		);
	});
	it('gives a race without a chosen length the usual length, or more when it needs more', () => {
		const mile = parsePlanInput({ ...base, goal: 'retro-mile', experience: 'regular' });
		expect(mile.ok && mile.value.weeks).toBe(8);
		const fiveK = parsePlanInput({ ...base, goal: 'retro-5k', experience: 'some', forwardEasyPace: 300 });
		expect(fiveK.ok && fiveK.value.weeks).toBeGreaterThan(12);
	});
});

describe('parsePlanInput: the runner and the coach’s split', () => {
	it('takes how long the runner can run forward (0-120 minutes), 30 by default', () => {
		expect(parsePlanInput({ ...base, currentRunMinutes: 0 }).ok).toBe(true);
		expect(errorsOf({ ...base, currentRunMinutes: 121 })[0]?.path).toBe('currentRunMinutes');
		expect(errorsOf({ ...base, currentRunMinutes: 2.5 })[0]?.path).toBe('currentRunMinutes');
		expect(errorsOf({ ...base, experience: 'regular', currentRunMinutes: 5 })[0]).toMatchObject({
			path: 'currentRunMinutes',
			message: expect.stringContaining('10 minutes or more'),
		});
	});
	it('keeps a split as written and leaves out what it does not use', () => {
		const r = parsePlanInput({ ...base, units: 'mi', split: { measure: 'distance', forward: 2, backward: 0.5 } });
		expect(r.ok && r.value.split).toEqual({ measure: 'distance', forward: 2, backward: 0.5 });
		const grows = parsePlanInput({
			...base,
			split: { measure: 'time', forward: 20, backward: 2.5, step: 0.5, everyWeeks: 2 },
		});
		expect(grows.ok && grows.value.split).toEqual({
			measure: 'time',
			forward: 20,
			backward: 2.5,
			step: 0.5,
			everyWeeks: 2,
		});
	});
	it.each([
		[{ measure: 'distance', forward: 2, backward: -0.5 }, 'Enter a backward part above zero'],
		[{ measure: 'distance', forward: 0, backward: 0.5 }, 'Enter a forward part above zero'],
		[{ measure: 'distance', forward: 2, backward: 0.37 }, 'Use steps of 0.05 km in the split, like 0.5 or 0.75'],
		[{ measure: 'time', forward: 20, backward: 2.4 }, 'Use whole or quarter minutes in the split, like 5 or 2.5'],
		[{ measure: 'distance', forward: 500, backward: 0.5 }, 'Enter a forward part of at most 42.2 km'],
		[{ measure: 'time', forward: 20, backward: 400 }, 'Enter a backward part of at most 150 minutes'],
		[{ measure: 'laps', forward: 2, backward: 1 }, 'Choose whether the split is by distance or by time'],
		[{ measure: 'time', forward: '20', backward: 5 }, 'Enter the forward part as a number'],
		[{ measure: 'time', forward: 20, backward: 5, step: 1, everyWeeks: 9 }, 'Grow it every 1 to 8 weeks'],
		[
			{ measure: 'time', forward: 20, backward: 5, everyWeeks: 2 },
			'Enter the step the backward part grows by, or leave "every" empty',
		],
		['2 mi + 0.5 mi', 'Invalid input: expected object, received string'],
	])('refuses the split %j with a message on the split path', (split, message) => {
		const errors = errorsOf({ ...base, split });
		expect(errors[0]?.path).toBe('split');
		if (!message.startsWith('Invalid')) expect(errors[0]?.message).toBe(message);
	});
	it('refuses a split for goals without mixed runs', () => {
		expect(errorsOf({ ...base, goal: 'drills', split: { measure: 'time', forward: 20, backward: 5 } })[0]).toEqual({
			path: 'split',
			message: 'A split sets the mixed runs of a plan: choose "Mix backward into my runs" or a race to use one',
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
		[{ weeks: 3 }, 'weeks', 'Choose between 4 and 26 weeks'],
		[{ weeks: 27 }, 'weeks', 'Choose between 4 and 26 weeks'],
		[{ weeks: 6.5 }, 'weeks', 'Choose a whole number of weeks'],
		[{ weeks: '8' }, 'weeks', 'Enter the number of weeks as a number'],
		[{ goal: 'marathon' }, 'goal', 'Choose a goal from the list'],
		[{ goal: '<script>alert(1)</script>' }, 'goal', 'Choose a goal from the list'],
		[{ experience: 'pro' }, 'experience', 'Choose how much backward running you have done'],
		[
			{ startDate: '2026-02-30' },
			'startDate',
			'Enter the start date as a real date, written year-month-day (yyyy-mm-dd)',
		],
		[{ startDate: undefined }, 'startDate', 'Enter the start date as a real date, written year-month-day (yyyy-mm-dd)'],
		[{ units: 'miles' }, 'units', 'Choose kilometres or miles'],
		[{ surface: 'sand' }, 'surface', 'Choose where you will run'],
		[{ hasGuide: 'yes' }, 'hasGuide', 'Say yes or no: will someone guide you?'],
		[{ sessionTime: '7:30' }, 'sessionTime', 'Enter a time like 07:30'],
		[{ sessionTime: '24:00' }, 'sessionTime', 'Enter a time like 07:30'],
		[
			{ reminderMinutes: -1440 },
			'reminderMinutes',
			'Choose a reminder between 7 days before and the end of the session day',
		],
		[
			{ sessionTime: '18:30', reminderMinutes: -60 },
			'reminderMinutes',
			'A reminder after your session starts comes too late: choose one before it',
		],
		[
			{ forwardEasyPace: 60 },
			'forwardEasyPace',
			'1:00 per km is too fast for an easy run: enter a pace between 3:00 and 15:00 per km',
		],
		[
			{ forwardEasyPace: 0 },
			'forwardEasyPace',
			'0:00 per km is too fast for an easy run: enter a pace between 3:00 and 15:00 per km',
		],
		[
			{ forwardEasyPace: 1200 },
			'forwardEasyPace',
			'20:00 per km is slower than we plan for: enter a pace between 3:00 and 15:00 per km',
		],
		[
			{ units: 'mi', forwardEasyPace: 200 },
			'forwardEasyPace',
			'3:20 per mi is too fast for an easy run: enter a pace between 4:50 and 24:10 per mi',
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

describe("parsePlanInput: where a coach's split steps to", () => {
	const base = { startDate: '2026-03-02', goal: 'mix-in', experience: 'new', units: 'mi', forwardEasyPace: 821 };
	it('refuses steps that pass what one session holds in the plan as it runs, naming the week', () => {
		const r = parsePlanInput({
			...base,
			weeks: 26,
			split: { measure: 'time', forward: 20, backward: 5, step: 85, everyWeeks: 1 },
		});
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors).toEqual([
			{
				path: 'split',
				message:
					'Your steps take this split past 1 h 30 min backward or 2 h 30 min in one session by week 3 of this plan: enter a smaller step, more weeks between steps, or fewer weeks',
			},
		]);
	});
	it('accepts steps the plan never reaches: it holds them at the peak and after each recovery week', () => {
		// As written, 5 + 10 minutes every 2 weeks reaches 125 minutes by week 25; the 10K plan's steps
		// count build weeks only and stop at its peak, so its biggest mixed run stays under 90 minutes.
		const race = {
			startDate: '2026-03-02',
			goal: 'retro-10k',
			experience: 'regular',
			weeks: 26,
			split: { measure: 'time', forward: 30, backward: 5, step: 10, everyWeeks: 2 },
		};
		const r = parsePlanInput(race);
		expect(r.ok ? [] : r.errors).toEqual([]);
		if (!r.ok) return;
		const biggest = Math.max(
			...generatePlan(r.value)
				.weeks.flatMap((w) => w.sessions)
				.filter((s) => s.kind === 'mixed')
				.map((s) => s.backwardSec),
		);
		expect(biggest).toBeLessThanOrEqual(90 * 60);
	});
	it('judges the length the plan gets, not the one typed: a race date sets it', () => {
		const split = { measure: 'time', forward: 20, backward: 5, step: 20, everyWeeks: 1 };
		// By date, an 8-week 10K: steps stop at its peak and fit; 26 typed weeks would carry them past 90 minutes.
		const byDate = parsePlanInput({
			...base,
			goal: 'retro-10k',
			experience: 'regular',
			units: 'km',
			forwardEasyPace: 330,
			raceDate: '2026-04-26',
			split,
		});
		const long = parsePlanInput({
			...base,
			goal: 'retro-10k',
			experience: 'regular',
			units: 'km',
			forwardEasyPace: 330,
			weeks: 26,
			split,
		});
		expect(long.ok ? [] : long.errors.map((e) => e.path)).toEqual(['split']);
		expect(byDate.ok ? byDate.value.weeks : byDate.errors).toBe(8);
	});
});
