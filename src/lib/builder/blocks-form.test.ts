/**
 * The block editor's rows: a session's blocks become fields a coach can
 * change and come back as the same blocks; bad fields get a message each.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editSegment } from '../../../test/support/plan-fixtures';
import type { Segment } from '../plan/schema';
import { blockRows, NEW_BLOCK, segmentsFromRows } from './blocks-form';

describe('block rows', () => {
	it('write times in minutes or seconds and distances in metres or the plan unit', () => {
		const segments: Segment[] = [
			{ role: 'warm-up', direction: 'forward', mode: 'jog', repeats: 1, durationSec: 600, effort: 'easy' },
			{
				role: 'main',
				direction: 'backward',
				mode: 'run',
				repeats: 3,
				distanceM: 200,
				recovery: { durationSec: 90, mode: 'walk', direction: 'forward' },
				effort: 'moderate',
			},
			{ role: 'main', direction: 'backward', mode: 'walk', repeats: 1, durationSec: 45, effort: 'easy' },
			{ role: 'cool-down', direction: 'forward', mode: 'run', repeats: 1, distanceM: 1609.344 * 2, effort: 'easy' },
		];
		const rows = blockRows(segments, 'mi');
		expect(rows.map((r) => [r.repeats, r.amount, r.unit, r.recoverySec])).toEqual([
			['1', '10', 'min', ''],
			['3', '200', 'm', '90'],
			['1', '45', 'sec', ''],
			['1', '2', 'mi', ''],
		]);
		expect(segmentsFromRows(rows)).toEqual({ ok: true, segments });
	});

	it('give back the same blocks for any whole-number blocks with forward recoveries', () => {
		fc.assert(
			fc.property(fc.array(editSegment, { minLength: 1, maxLength: 5 }), fc.constantFrom('km', 'mi'), (raw, units) => {
				const segments = raw.map((s) => ({
					...s,
					...(s.recovery && s.repeats > 1 ? { recovery: { ...s.recovery, direction: 'forward' as const } } : {}),
				}));
				const clean = segments.map(({ recovery, ...s }) => (recovery && s.repeats > 1 ? { ...s, recovery } : s));
				const back = segmentsFromRows(blockRows(clean, units));
				expect(back.ok).toBe(true);
				if (back.ok) {
					back.segments.forEach((s, i) => {
						const want = clean[i];
						expect(s.repeats).toBe(want?.repeats);
						if (want?.durationSec !== undefined) expect(s.durationSec).toBe(want.durationSec);
						else expect(Math.abs((s.distanceM ?? 0) - (want?.distanceM ?? 0))).toBeLessThanOrEqual(10);
						expect(s.recovery).toEqual((want as Segment | undefined)?.recovery);
					});
				}
			}),
		);
	});

	it('say which field of which block is wrong, in words', () => {
		const result = segmentsFromRows([
			NEW_BLOCK,
			{ ...NEW_BLOCK, repeats: '0', amount: 'abc' },
			{ ...NEW_BLOCK, repeats: '4', recoverySec: '-5' },
		]);
		expect(result).toEqual({
			ok: false,
			errors: [
				{ row: 1, field: 'repeats', message: 'Enter a whole number of repeats from 1 to 50' },
				{ row: 1, field: 'amount', message: 'Enter an amount above 0 and at most 240 min' },
				{ row: 2, field: 'recoverySec', message: 'Enter the recovery in whole seconds, up to 1800, or leave it empty' },
			],
		});
		expect(segmentsFromRows([])).toMatchObject({
			ok: false,
			errors: [{ message: 'Keep at least one block in the session' }],
		});
	});
});
