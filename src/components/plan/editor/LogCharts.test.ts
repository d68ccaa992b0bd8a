import { describe, expect, it } from 'vitest';
import { trendPoints } from './LogCharts';

describe('trendPoints', () => {
	it('places each week that has a value on the 0-10 scale and leaves the others out', () => {
		expect(
			trendPoints([
				{ week: 1, value: 0 },
				{ week: 2, value: undefined },
				{ week: 3, value: 5 },
				{ week: 4, value: 10 },
			]),
		).toBe('8,58 40,31 56,4');
		expect(trendPoints([{ week: 1, value: undefined }])).toBe('');
	});
});
