import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formStateFromInput } from '../builder/form';
import { evaluateForm } from '../builder/form-check';
import { decodeShareState } from '../export/share';
import { buildEditedPlan } from '../plan/edits';
import { generatePlan } from '../plan/generate';
import { EXPERIENCE_LEVELS, GOALS, WEEKDAYS } from '../plan/options';
import { readRosterRow } from './athlete';
import { readDate, readDays, readPace, readSplit, readTime } from './cells';
import { EMPTY_ROW, type RosterRow } from './row-schema';
import { buildSquad } from './squad';

const TODAY = '2026-02-20';

describe('each athlete gets the plan the builder makes from the same choices', () => {
	const row = fc.record({
		name: fc.constantFrom('Ada', 'Bo Li', 'Zoë'),
		experience: fc.constantFrom(...EXPERIENCE_LEVELS, 'Tried it a few times', ''),
		currentRunMinutes: fc.constantFrom('', '0', '10', '30', '60'),
		easyPace: fc.constantFrom('', '5:00', '6:30', '7:45', '10:00'),
		days: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 2, maxLength: 6 }).map((d) => d.join(' ')),
		goal: fc.constantFrom(...GOALS),
		startDate: fc.constantFrom('2026-03-02', '2026-03-05', '2026-04-13'),
		raceDate: fc.constantFrom('', '2026-09-13', '2026-10-25'),
		weeks: fc.constantFrom('', '6', '12', '20'),
		units: fc.constantFrom('km', 'mi', ''),
		time: fc.constantFrom('', '18:30', '6:15'),
		split: fc.constantFrom('', '2+0.5', '20+5 min step 1 every 3'),
	});

	it('through the builder form and through the share link in the table and QR code', () => {
		let built = 0;
		fc.assert(
			fc.property(row, (r) => {
				// Cells that only fit race goals are left empty for the others, as a coach would.
				const fitted: RosterRow = {
					...r,
					raceDate: r.goal.startsWith('retro') ? r.raceDate : '',
					split: ['drills', 'knee-friendly'].includes(r.goal) ? '' : r.split,
				};
				const squad = buildSquad([fitted], TODAY);
				const athlete = squad.athletes[0];
				if (athlete === undefined) {
					// A refusal is always named on a cell, with words to act on.
					for (const e of squad.problems[0]?.errors ?? []) expect(e.message.length).toBeGreaterThan(10);
					return;
				}
				built++;
				// The builder's own path: the form these choices make, judged by the builder, then the engine.
				const form = evaluateForm(formStateFromInput(athlete.input), TODAY);
				expect(form.ok).toBe(true);
				if (!form.ok) return;
				expect(form.input).toEqual(athlete.input);
				expect(generatePlan(form.input)).toEqual(athlete.plan);
				// The link in the table opens the same plan, and carries no name.
				const shared = decodeShareState(athlete.code);
				expect(shared.ok).toBe(true);
				if (!shared.ok) return;
				expect(buildEditedPlan(shared.value, shared.edits).plan).toEqual(athlete.plan);
				expect(athlete.code).not.toContain(athlete.name);
			}),
			{ numRuns: 120 },
		);
		expect(built).toBeGreaterThan(30);
	});
});

describe('readRosterRow', () => {
	const ada: RosterRow = { ...EMPTY_ROW, name: 'Ada', startDate: '2026-03-02', days: 'tue thu sat' };

	it('fills what a row leaves out with the builder defaults', () => {
		const result = readRosterRow(ada, TODAY);
		expect(result).toMatchObject({ ok: true, name: 'Ada', input: { goal: 'mix-in', experience: 'new', units: 'km' } });
	});

	it('starts a race-date-only row on the next Monday, as the builder would', () => {
		const result = readRosterRow(
			{ ...ada, startDate: '', goal: 'retro-mile', experience: 'regular', raceDate: '2026-07-26' },
			TODAY,
		);
		expect(result.ok && result.input.startDate).toBe('2026-02-23');
	});

	it('asks for a name and a start date, and refuses cells that only fit other goals', () => {
		const result = readRosterRow({ ...EMPTY_ROW, goal: 'drills', split: '2+0.5', raceDate: '2026-06-01' }, TODAY);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.map((e) => e.column)).toEqual(['name', 'split', 'raceDate', 'startDate']);
	});

	it('refuses a start date years away, as the builder does', () => {
		const result = readRosterRow({ ...ada, startDate: '2202-03-02' }, TODAY);
		expect(!result.ok && result.errors[0]?.column).toBe('startDate');
	});

	it('puts the engine messages on the cell they are about', () => {
		const result = readRosterRow({ ...ada, days: 'mon', currentRunMinutes: '500' }, TODAY);
		expect(!result.ok && result.errors.map((e) => e.column).sort()).toEqual(['currentRunMinutes', 'days']);
	});
});

describe('cell readers', () => {
	it('read what spreadsheets write back', () => {
		expect(readPace('6:30:00')).toEqual({ ok: true, value: 390 });
		expect(readTime('7:30')).toEqual({ ok: true, value: '07:30' });
		expect(readTime('18:30:00')).toEqual({ ok: true, value: '18:30' });
		expect(readTime('24:00').ok).toBe(false);
		expect(readDate('2.3.2026')).toEqual({ ok: true, value: '2026-03-02' });
		expect(readDate('2026-02-30').ok).toBe(false);
		expect(readDate('46083').ok).toBe(false);
		expect(readDays('Tuesday, thu / SAT')).toEqual({ ok: true, value: ['tue', 'thu', 'sat'] });
		expect(readDays('t s').ok).toBe(false);
		expect(readSplit('2 + 0,5')).toEqual({ ok: true, value: { measure: 'distance', forward: 2, backward: 0.5 } });
		expect(readSplit('20+5 min step 1')).toEqual({
			ok: true,
			value: { measure: 'time', forward: 20, backward: 5, step: 1, everyWeeks: 2 },
		});
		expect(readSplit('half and half').ok).toBe(false);
	});
});
