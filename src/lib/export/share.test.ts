import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BIG_INPUT, DST_SPAN_INPUT, inputOf, validInput } from '../../../test/support/plan-fixtures';
import { parsePlanInput } from '../plan/input';
import { decodeShareState, encodeShareState, MAX_SHARE_LENGTH, shareCheck } from './share';

/** A body with a correct check, for strings that pass the checksum but not the rules. */
const signed = (body: string) => `${body}.${shareCheck(body)}`;

describe('encodeShareState', () => {
	it('writes the documented v2 layout (changing it breaks every shared link)', () => {
		const input = inputOf({ ...DST_SPAN_INPUT, forwardEasyPace: 420, longRunDay: 'sun' }); // no engine defaults
		const text = encodeShareState(input);
		expect(text).toMatch(/^v2\.00000\.20260302\.6\.\.33\.6\.420\.\.0630\.30\.\.\.[0-9a-z]{2}$/);
		const coach = inputOf({
			startDate: '2026-03-02',
			units: 'mi',
			experience: 'some',
			currentRunMinutes: 12,
			split: { measure: 'distance', forward: 2, backward: 0.5, step: 0.25, everyWeeks: 2 },
		});
		expect(encodeShareState(coach)).toMatch(/\.12\.d2-0_5-0_25-2\.[0-9a-z]{2}$/);
		expect(decodeShareState(encodeShareState(coach))).toEqual({ ok: true, value: coach, edits: [] });
	});
	it('still opens every v1 link, with the defaults for what v1 did not carry', () => {
		const input = inputOf({ ...DST_SPAN_INPUT, forwardEasyPace: 420, longRunDay: 'sun' });
		expect(decodeShareState('v1.00000.20260302.6..33.6.420..0630.30.26')).toEqual({
			ok: true,
			value: input,
			edits: [],
		});
		const decoded = decodeShareState('v1.00000.20260302.6..33.6.420..0630.30.26');
		expect(decoded.ok && decoded.value.currentRunMinutes).toBe(30);
		expect(decoded.ok && 'split' in decoded.value).toBe(false);
	});
	it('is short: ~40 characters typically, far under 300 for the fullest input', () => {
		const defaults = encodeShareState(inputOf({ startDate: '2026-03-02' }));
		const full = encodeShareState(inputOf(BIG_INPUT));
		expect(defaults.length).toBeLessThanOrEqual(45);
		expect(full.length).toBeLessThanOrEqual(60);
		expect(full).toMatch(/^[A-Za-z0-9._~-]+$/); // RFC 3986 unreserved: no percent-encoding needed
	});
	it('writes fractions with _ and keeps them exact', () => {
		const input = inputOf({ startDate: '2026-03-02', forwardEasyPace: 412.5, forwardWeeklyDistance: 0.1 + 30.2 });
		const text = encodeShareState(input);
		expect(text).toContain('.412_5.');
		expect(decodeShareState(text)).toEqual({ ok: true, value: input, edits: [] });
	});
});

describe('decodeShareState', () => {
	it('round-trips examples', () => {
		for (const raw of [DST_SPAN_INPUT, BIG_INPUT, { startDate: '2026-03-02' }]) {
			const input = inputOf(raw);
			expect(decodeShareState(encodeShareState(input))).toEqual({ ok: true, value: input, edits: [] });
		}
	});

	it.each([
		['', /no plan/],
		['   ', /no plan/],
		['x'.repeat(MAX_SHARE_LENGTH + 1), /too long/],
		['v4.00000.20260302.6..33.6.420..0630.30...26', /newer version/],
		['v0.00000.20260302.6..33.6.420..0630.30.26', /old format/],
		['hello world', /damaged/],
		['v1.', /damaged/],
		['v1.00000.20260302.6..33.6.420..0630.30.27', /damaged/], // wrong check
		['v1.00000.20260302.6..33.6.420..0630.30.26.', /damaged/],
		[signed('v1.90000.20260302.6..33.6.420..0630.30'), /damaged/], // no goal 9
		[signed('v1.00000.20260230.6..33.6.420..0630.30'), /start date/], // 30 February
		[signed('v1.00000.20260302.6..1.0.420...'), /at least 2 training days/],
		[signed('v1.00000.20260302.6..7f.6.420...'), /damaged/], // days bitmask above 127
		[signed('v1.00000.20260302.6..33.6.420..2460.'), /damaged|time/],
		[signed('v1.00000.20260302.6..33.6.1e3...'), /damaged/],
		[signed('v2.00000.20260302.6..33.6.420....30.x2-1'), /damaged/], // no measure x
		[signed('v2.00000.20260302.6..33.6.420....30.d2'), /damaged/], // no backward part
		[signed('v2.00000.20260302.6..33.6.420....30.d2-0_37'), /0\.05 km/], // off the grid a coach writes
		[signed('v2.00000.20260302.6..33.6.420....999.'), /between 0 and 120 minutes/],
		[signed('v2.00000.20260302.6..33.6.420....30.d2-0_5-1-9'), /every 1 to 8 weeks/],
	])('%j is refused with a message', (text, message) => {
		const result = decodeShareState(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(message);
	});

	it('refuses every truncation of a valid string', () => {
		const text = encodeShareState(inputOf(BIG_INPUT));
		for (let n = 0; n < text.length; n++) expect(decodeShareState(text.slice(0, n)).ok).toBe(false);
	});

	it('never echoes the string back', () => {
		const result = decodeShareState('v1.<script>alert(1)</script>');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).not.toContain('<script>');
	});
});

describe('share state (properties)', () => {
	it('round-trips every valid input, in under 300 URL-safe characters', () => {
		fc.assert(
			fc.property(validInput, (input) => {
				const text = encodeShareState(input);
				expect(text.length).toBeLessThan(300);
				expect(text).toMatch(/^[A-Za-z0-9._~-]+$/);
				expect(decodeShareState(text)).toEqual({ ok: true, value: input, edits: [] });
			}),
			{ numRuns: 1000 },
		);
	});

	it('never throws on random strings', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 2000 })), (text) => {
				const result = decodeShareState(text);
				expect(typeof result.ok).toBe('boolean');
			}),
			{ numRuns: 1000 },
		);
	});

	it('never throws on mutated valid strings, and whatever it accepts is a valid input', () => {
		const mutated = fc
			.tuple(validInput, fc.nat(), fc.nat(), fc.string({ unit: 'binary-ascii', maxLength: 3 }))
			.map(([input, at, len, insert]) => {
				const text = encodeShareState(input);
				const i = at % (text.length + 1);
				return text.slice(0, i) + insert + text.slice(i + (len % 4));
			});
		fc.assert(
			fc.property(mutated, (text) => {
				const result = decodeShareState(text);
				if (result.ok) expect(parsePlanInput(result.value)).toEqual({ ok: true, value: result.value });
			}),
			{ numRuns: 1000 },
		);
	});

	it('never throws on non-string input from untyped callers', () => {
		for (const junk of [null, undefined, 42, {}, []]) {
			expect(decodeShareState(junk as unknown as string).ok).toBe(false);
		}
	});
});
