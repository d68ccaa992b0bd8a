import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultFormState, embedStartState, evaluateForm } from '../builder/form-check';
import { generatePlan } from '../plan/generate';
import { parsePlanInput } from '../plan/input';
import { cohortFieldErrors, cohortFixedFields, cohortHeadline, isCohort } from './cohort';
import { type EmbedConfig, embedQuery, parseEmbedConfig, withClubFixed } from './config';
import { embedSnippets } from './snippets';

const parse = (query: string) => parseEmbedConfig(new URLSearchParams(query));
const TODAY = '2026-12-04';
/** Riverside Harriers' spring retro 5K, as a club would paste it. */
const SPRING =
	'club=Riverside%20Harriers&goal=retro-5k&days=tue,thu,sun&cohort=Riverside%20Harriers%E2%80%99%20spring%20retro%205K&race-date=2027-05-30&time=18:30';

/** A member's form in the widget: their defaults with the club's settings on top, at one level. */
function memberForm(config: EmbedConfig, experience: string, units = 'km') {
	const defaults = { ...defaultFormState(TODAY, 'en-GB'), experience, units };
	return embedStartState(defaults, config);
}

describe('a club cohort in the widget', () => {
	it('reads the cohort a club pastes: name, race date, session time', () => {
		const { config, notices } = parse(SPRING);
		expect(notices).toEqual([]);
		expect(config).toMatchObject({
			cohort: 'Riverside Harriers’ spring retro 5K',
			raceDate: '2027-05-30',
			time: '18:30',
			goal: 'retro-5k',
			days: ['tue', 'thu', 'sun'],
		});
		expect(isCohort(config)).toBe(true);
	});

	it('ignores each bad cohort value with a notice that quotes it, keeping the rest', () => {
		const { config, notices } = parse(
			'goal=retro-5k&cohort=%20&race-date=2027-02-30&start=next%20week&time=25:00&days=tue,thu',
		);
		expect(config).toEqual({ theme: 'auto', goal: 'retro-5k', days: ['tue', 'thu'] });
		expect(notices).toHaveLength(4);
		expect(notices.join('\n')).toMatch(/cohort name is empty/);
		for (const value of ['2027-02-30', 'next week', '25:00']) expect(notices.join('\n')).toContain(`“${value}”`);
	});

	it('refuses a race date without a race goal, and a start on or after the race', () => {
		expect(parse('goal=mix-in&race-date=2027-05-30').notices[0]).toMatch(/needs a race goal/);
		expect(parse('race-date=2027-05-30').config.raceDate).toBeUndefined();
		const late = parse('goal=retro-5k&race-date=2027-05-30&start=2027-06-01');
		expect(late.config).toMatchObject({ raceDate: '2027-05-30' });
		expect(late.config.start).toBeUndefined();
		expect(late.notices[0]).toMatch(/not before the race date/);
	});

	it('never throws and never keeps a value it did not check, whatever the attributes hold', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (cohort, raceDate, start, time) => {
				const q = new URLSearchParams({ goal: 'retro-10k', cohort, 'race-date': raceDate, start, time });
				const { config } = parseEmbedConfig(q);
				if (config.raceDate !== undefined) expect(config.raceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				if (config.start !== undefined) expect(config.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				if (config.time !== undefined) expect(config.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
				// No control or bidi-override character survives into the name members see.
				// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
				if (config.cohort !== undefined) expect(config.cohort).not.toMatch(/[\u0000-\u001f\u202a-\u202e]/);
			}),
		);
	});

	it('goes round the query string and the snippet unchanged, escaped for HTML', () => {
		const { config } = parse(SPRING);
		expect(parse(embedQuery(config)).config).toEqual(config);
		const tricky = { ...config, cohort: '"Tom & Jerry’s" <spring> 5K' };
		const { script } = embedSnippets('https://retrostride.example', tricky);
		expect(script).toContain('data-cohort="&quot;Tom &amp; Jerry’s&quot; &lt;spring&gt; 5K"');
		expect(script).toContain('data-race-date="2027-05-30"');
		expect(script).toContain('data-time="18:30"');
	});

	it('fixes the goal, days, dates and time for members, who choose only level, pace and units', () => {
		const { config } = parse(SPRING);
		const fixed = cohortFixedFields(config);
		expect(fixed).toEqual(
			expect.arrayContaining(['goal', 'days', 'longRunDay', 'startDate', 'weeks', 'raceDate', 'sessionTime']),
		);
		for (const free of ['experience', 'forwardEasyPace', 'units']) expect(fixed).not.toContain(free);
		// Without dates the club's goal and days stay starting choices members can change.
		expect(cohortFixedFields(parse('goal=retro-5k&days=tue,thu').config)).toEqual([]);
	});

	it('gives every member who can be ready the club’s days, race day and session time', () => {
		const { config } = parse(SPRING);
		for (const experience of ['some', 'regular']) {
			const judged = evaluateForm(memberForm(config, experience), TODAY);
			expect(judged.ok, experience).toBe(true);
			if (!judged.ok) continue;
			const plan = generatePlan(judged.input);
			const sessions = plan.weeks.flatMap((w) => w.sessions);
			expect(sessions.at(-1)?.date).toBe('2027-05-30');
			expect(new Set(sessions.map((s) => s.weekday))).toEqual(new Set(['tue', 'thu', 'sun']));
			expect(plan.input.sessionTime).toBe('18:30');
		}
	});

	it('makes the same plan the builder makes from the same settings', () => {
		const { config } = parse(SPRING);
		const form = memberForm(config, 'regular', 'mi');
		const judged = evaluateForm(form, TODAY);
		expect(judged.ok).toBe(true);
		const direct = parsePlanInput({
			goal: 'retro-5k',
			experience: 'regular',
			startDate: form.startDate,
			raceDate: '2027-05-30',
			days: ['tue', 'thu', 'sun'],
			longRunDay: form.longRunDay,
			units: 'mi',
			forwardEasyPace: judged.ok ? judged.input.forwardEasyPace : 0,
			surface: form.surface,
			hasGuide: form.hasGuide,
			sessionTime: '18:30',
		});
		expect(direct.ok).toBe(true);
		if (judged.ok && direct.ok) expect(generatePlan(judged.input)).toEqual(generatePlan(direct.value));
	});

	it('tells a member whose level cannot be ready by the club’s race what would work, without moving the date', () => {
		const { config } = parse('goal=retro-half&days=tue,thu,sun&race-date=2027-01-31');
		const form = memberForm(config, 'new');
		expect(form.raceDate).toBe('2027-01-31');
		const judged = evaluateForm(form, TODAY);
		expect(judged.ok).toBe(false);
		if (!judged.ok) expect(judged.errors.map((e) => e.message).join(' ')).toMatch(/week|race/i);
	});

	it('puts the club’s cohort back over a returning member’s saved form, keeping their level and pace', () => {
		const { config } = parse(SPRING);
		const saved = {
			...defaultFormState(TODAY, 'en-GB'),
			experience: 'regular',
			forwardEasyPace: '5:10',
			raceDate: '2027-04-01',
			sessionTime: '07:00',
		};
		const back = withClubFixed(saved, config);
		expect(back).toMatchObject({
			experience: 'regular',
			forwardEasyPace: '5:10',
			raceDate: '2027-05-30',
			sessionTime: '18:30',
			goal: 'retro-5k',
			days: ['tue', 'thu', 'sun'],
		});
		// A plain widget (no cohort) leaves a member's own choices alone.
		expect(withClubFixed(saved, parse('goal=retro-5k').config)).toEqual(saved);
	});

	it('names the cohort, its length and its first day above the plan', () => {
		expect(
			cohortHeadline({ cohort: 'Spring retro 5K', raceDate: '2027-05-30' }, { weeks: 12, startDate: '2027-03-08' }),
		).toBe('Spring retro 5K: 12 weeks from Mon 8 Mar 2027, race day Sun 30 May 2027');
		expect(cohortHeadline({ start: '2027-03-01' }, { weeks: 1, startDate: '2027-03-01' })).toBe(
			'Your club’s group: 1 week from Mon 1 Mar 2027',
		);
		expect(cohortHeadline({}, { weeks: 8, startDate: '2027-03-01' })).toBeUndefined();
	});

	it('checks what a club types into the configurator beside each field', () => {
		const draft = { cohort: '', raceDate: '', start: '', time: '' };
		expect(cohortFieldErrors({ ...draft, raceDate: '2020-05-31' }, 'retro-5k', TODAY).raceDate).toMatch(/in the past/);
		expect(cohortFieldErrors({ ...draft, raceDate: '2027-05-30' }, 'mix-in', TODAY).raceDate).toMatch(/needs a race/);
		expect(
			cohortFieldErrors({ ...draft, raceDate: '2027-05-30', start: '2027-05-30' }, 'retro-5k', TODAY).start,
		).toMatch(/before the race date/);
		expect(cohortFieldErrors({ ...draft, start: '2026-12-01' }, '', TODAY).start).toMatch(/in the past/);
		expect(cohortFieldErrors({ ...draft, raceDate: '2027-05-30', start: '2027-03-01' }, 'retro-5k', TODAY)).toEqual({});
	});
});
