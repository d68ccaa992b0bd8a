import { describe, expect, it } from 'vitest';
import { EVIDENCE_DESIGNS, EVIDENCE_WORDS, evidenceLabel } from './evidence';

describe('evidenceLabel', () => {
	it('says the design and how many people, in words a reader knows', () => {
		expect(evidenceLabel({ design: 'randomised-trial', participants: 68 })).toBe(
			'randomised controlled trial, 68 people',
		);
		expect(evidenceLabel({ design: 'one-group', participants: 10 }, 'short')).toBe('no control group, n=10');
		expect(evidenceLabel({ design: 'case-report', participants: 1 })).toBe('case report, 1 person');
		expect(evidenceLabel({ design: 'thesis' }, 'short')).toBe('thesis');
	});

	it('has words for every design, the short ones short enough to sit beside a citation', () => {
		for (const design of EVIDENCE_DESIGNS) {
			expect(EVIDENCE_WORDS[design].long.length).toBeGreaterThan(3);
			expect(EVIDENCE_WORDS[design].short.length).toBeLessThanOrEqual(20);
		}
	});
});
