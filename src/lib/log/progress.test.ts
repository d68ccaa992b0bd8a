import { describe, expect, it } from 'vitest';
import { planOf } from '../../../test/support/plan-fixtures';
import { logProgress } from './progress';

const PLAN = planOf({
	goal: 'mix-in',
	experience: 'some',
	startDate: '2026-03-02',
	weeks: 6,
	days: ['tue', 'thu', 'sat'],
});

describe('logProgress', () => {
	it('counts done sessions in full, partly done ones by half, and skipped ones not at all', () => {
		const [s1, s2, s3] = PLAN.weeks[0]?.sessions ?? [];
		if (!s1 || !s2 || !s3) throw new Error('fixture');
		const rows = logProgress(PLAN, [
			{ session: s1.id, date: s1.date, status: 'done', effort: 3, pain: 0 },
			{ session: s2.id, date: s2.date, status: 'partly', effort: 6, pain: 4 },
			{ session: s3.id, date: s3.date, status: 'skipped' },
		]);
		expect(rows[0]).toEqual({
			week: 1,
			plannedSec: PLAN.weeks[0]?.totals.backwardSec,
			doneSec: Math.round(s1.backwardSec + s2.backwardSec / 2),
			planned: 3,
			done: 2,
			maxPain: 4,
			meanEffort: 4.5,
		});
		expect(rows[1]).toMatchObject({ done: 0, maxPain: undefined, meanEffort: undefined });
	});
});
