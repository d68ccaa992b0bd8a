import { describe, expect, it } from 'vitest';
import { describeCheckIn } from './describe';

describe('describeCheckIn', () => {
	it('says how it went, where it hurt, and leaves out what was not given', () => {
		expect(
			describeCheckIn({
				session: 'w03-s2',
				date: '2026-03-19',
				status: 'done',
				effort: 4,
				pain: 5,
				painAt: ['calf', 'achilles'],
			}),
		).toBe('done, effort 4/10, pain 5/10 (calf, achilles)');
		expect(describeCheckIn({ session: 'w03-s2', date: '2026-03-19', status: 'partly', dizzy: true })).toBe(
			'partly done, dizzy or off balance',
		);
		expect(
			describeCheckIn({ session: 'w03-s2', date: '2026-03-19', status: 'skipped', pain: 0, painAt: ['knee'] }),
		).toBe('skipped, pain 0/10');
	});
});
