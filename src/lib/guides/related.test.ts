import { describe, expect, it } from 'vitest';
import { neighboursInCategory, relatedByTags } from './related';

const common = ['backward running', 'retro running'];
const guides = [
	{ id: 'a', category: 'technique', tags: [...common, 'posture'] },
	{ id: 'b', category: 'technique', tags: [...common, 'cadence', 'posture'] },
	{ id: 'c', category: 'technique', tags: [...common] },
	{ id: 'd', category: 'safety', tags: [...common, 'Knees', 'posture'] },
	{ id: 'e', category: 'safety', tags: [...common, 'knees', 'cadence'] },
	{ id: 'f', category: 'benefits', tags: [...common, 'knees', 'posture', 'cadence'] },
];

describe('neighboursInCategory', () => {
	it('gives the previous and next guide on the same shelf, none past the ends', () => {
		expect(neighboursInCategory(guides, 'b')).toEqual({ prev: guides[0], next: guides[2] });
		expect(neighboursInCategory(guides, 'a')).toEqual({ next: guides[1] });
		expect(neighboursInCategory(guides, 'c')).toEqual({ prev: guides[1] });
		expect(neighboursInCategory(guides, 'f')).toEqual({});
		expect(neighboursInCategory(guides, 'nope')).toEqual({});
	});
});

describe('relatedByTags', () => {
	it('ranks by shared informative tags, case-insensitively, and ignores tags every guide has', () => {
		expect(relatedByTags(guides, 'd').map((g) => g.id)).toEqual(['f', 'e', 'a']);
		// c shares only the tags every guide has: nothing is related to it, and it is related to nothing.
		expect(relatedByTags(guides, 'c')).toEqual([]);
		expect(relatedByTags(guides, 'a').map((g) => g.id)).not.toContain('c');
	});

	it('never lists the guide itself and respects the limit', () => {
		for (const g of guides) {
			const related = relatedByTags(guides, g.id, 2);
			expect(related.length).toBeLessThanOrEqual(2);
			expect(related.map((r) => r.id)).not.toContain(g.id);
		}
		expect(relatedByTags(guides, 'missing')).toEqual([]);
	});
});
