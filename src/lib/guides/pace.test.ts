import { describe, expect, it } from 'vitest';
import { parsePaceText } from '../builder/form-read';
import { backwardPaceRange } from '../plan/format';
import { checkForwardPace, convertForwardPace, formatPaceRange } from './pace';

describe('checkForwardPace', () => {
	it('reads m:ss as the builder does', () => {
		expect(checkForwardPace('5:30', 'km')).toEqual({ ok: true, sec: 330 });
		expect(checkForwardPace(' 06:00 ', 'km')).toEqual({ ok: true, sec: 360 });
		expect(checkForwardPace('9:40', 'mi')).toEqual({ ok: true, sec: 580 });
	});

	it('reads text exactly as the builder’s pace field does', () => {
		for (const text of ['5:30', ' 6 ', '10:05', '99:59', '', '5:', '5:7', '5:75', 'abc', '5.30', '-5:00', '6:00 ']) {
			const mine = checkForwardPace(text, 'mi');
			const builder = parsePaceText(text);
			if (builder === undefined) expect(mine.ok, text).toBe(false);
			else if (mine.ok) expect(mine.sec, text).toBe(builder);
			else expect(mine.message, text).toMatch(/between/);
		}
	});

	it('explains empty, malformed and out-of-range paces without echoing them', () => {
		expect(checkForwardPace('', 'km')).toEqual({ ok: false, message: 'Enter your easy forward pace, like 6:00' });
		for (const bad of ['5.30', 'abc', '5:75', '<b>5</b>', '-5:00']) {
			const r = checkForwardPace(bad, 'km');
			expect(r.ok, bad).toBe(false);
			if (!r.ok) expect(r.message).not.toContain(bad);
		}
		expect(checkForwardPace('2:00', 'km')).toEqual({
			ok: false,
			message: 'Enter an easy forward pace between 3:00 and 15:00 per km',
		});
		expect(checkForwardPace('30:00', 'mi')).toMatchObject({ ok: false });
	});
});

describe('convertForwardPace', () => {
	it('gives the engine’s backward range in the unit typed, and the same pace in the other unit', () => {
		const r = convertForwardPace('6:00', 'km', 'new');
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.backward.km).toEqual(backwardPaceRange(360, 'new'));
		expect(r.backward.km).toEqual({ min: 540, max: 610 });
		// 6:00 per km is 9:39 per mile; the mile range is that times the same ratios.
		expect(r.backward.mi).toEqual(backwardPaceRange(360 * 1.609344, 'new'));
	});

	it('narrows the range with experience', () => {
		const fresh = convertForwardPace('6:00', 'km', 'new');
		const regular = convertForwardPace('6:00', 'km', 'regular');
		if (!fresh.ok || !regular.ok) throw new Error('valid paces');
		expect(regular.backward.km.max).toBeLessThan(fresh.backward.km.max);
	});

	it('passes the message through for bad input', () => {
		expect(convertForwardPace('fast', 'km', 'new')).toMatchObject({ ok: false });
	});

	it('formats a range for people', () => {
		expect(formatPaceRange({ min: 540, max: 610 }, 'km')).toBe('9:00–10:10 per km');
		expect(formatPaceRange({ min: 870, max: 985 }, 'mi')).toBe('14:30–16:25 per mile');
	});
});
