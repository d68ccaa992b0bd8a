import { describe, expect, it } from 'vitest';
import type { EmbedConfig } from './config';
import { thisWeekCard } from './this-week';

const cohort: EmbedConfig = {
	theme: 'auto',
	goal: 'retro-mile',
	days: ['tue', 'sat'],
	start: '2026-12-07',
	raceDate: '2027-05-30',
	time: '18:30',
};

describe('thisWeekCard', () => {
	it('before the cohort starts, shows its first Tuesday for all three levels', () => {
		const card = thisWeekCard(cohort, '2026-12-04', 'en-GB');
		expect(card.date).toBe('2026-12-08');
		expect(card.time).toBe('18:30');
		expect(card.levels.map((l) => l.level)).toEqual(['new', 'some', 'regular']);
		for (const level of card.levels) {
			expect(level.problem).toBeUndefined();
			expect(level.session?.date).toBe('2026-12-08');
			expect(level.session?.title.length).toBeGreaterThan(0);
		}
	});

	it('is headed by the cohort’s name when the club set one, and by its own heading otherwise', () => {
		const name = 'Riverside <b>Harriers</b>’ spring retro mile';
		expect(thisWeekCard({ ...cohort, cohort: name }, '2026-12-04', 'en-GB').cohort).toBe(name);
		expect(thisWeekCard(cohort, '2026-12-04', 'en-GB')).not.toHaveProperty('cohort');
	});

	it('between sessions (a Wednesday), shows the coming Saturday', () => {
		expect(thisWeekCard(cohort, '2026-12-09', 'en-GB').date).toBe('2026-12-12');
	});

	it('on a session day, shows that day', () => {
		expect(thisWeekCard(cohort, '2026-12-12', 'en-GB').date).toBe('2026-12-12');
	});

	it('gives each level a different session on the same date', () => {
		const titles = thisWeekCard(cohort, '2026-12-04', 'en-GB').levels.map((l) => l.session?.title);
		expect(new Set(titles).size).toBeGreaterThan(1);
	});

	it('after the race, shows no date and a reason for every level', () => {
		const card = thisWeekCard(cohort, '2027-06-01', 'en-GB');
		expect(card.date).toBeUndefined();
		for (const level of card.levels) expect(level.problem).toBeTruthy();
	});

	it('says in one line when a level cannot be ready by the race date', () => {
		const soon: EmbedConfig = { theme: 'auto', goal: 'retro-half', days: ['tue', 'sat'], raceDate: '2027-01-30' };
		const card = thisWeekCard(soon, '2026-12-04', 'en-GB');
		const newcomer = card.levels.find((l) => l.level === 'new');
		expect(newcomer?.session).toBeUndefined();
		expect(newcomer?.problem).toMatch(/\S/);
		expect(newcomer?.problem).not.toContain('\n');
	});

	it('does not depend on the time zone it runs in', () => {
		// Only yyyy-mm-dd strings are compared; run under TZ=Pacific/Kiritimati and TZ=Pacific/Pago_Pago to check.
		const card = thisWeekCard(cohort, '2026-12-08', 'en-GB');
		expect(card.date).toBe('2026-12-08');
	});
});
