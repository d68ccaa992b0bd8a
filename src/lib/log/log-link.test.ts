/**
 * The log in a link: every log comes back as it went, a damaged or
 * hand-edited link is refused with a sentence, and nothing throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareCheck } from '../export/share-encode';
import { CHECKIN_STATUSES, type CheckIn, PAIN_SITES } from './checkin-schema';
import { decodeLogLink, encodeLogLink, MAX_LOG_LINK_LENGTH } from './log-link';

const calf: CheckIn = { session: 'w03-s2', date: '2026-03-19', status: 'done', effort: 4, pain: 5, painAt: ['calf'] };

/** A check-in as the link keeps it: places in the scale's order, once each; no empty note, painAt or false dizzy. */
function asKept(c: CheckIn): CheckIn {
	const { painAt, dizzy, note, ...rest } = c;
	const sites = PAIN_SITES.filter((s) => painAt?.includes(s));
	return {
		...rest,
		...(sites.length > 0 ? { painAt: sites } : {}),
		...(dizzy ? { dizzy } : {}),
		...(note ? { note } : {}),
	};
}

const checkIn: fc.Arbitrary<CheckIn> = fc.record(
	{
		session: fc
			.tuple(
				fc.integer({ min: 1, max: 52 }),
				fc.integer({ min: 1, max: 7 }),
				fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 2 }),
			)
			.map(([w, s, r]) => `w${String(w).padStart(2, '0')}-s${s}${r.map((n) => `-r${n}`).join('')}`),
		date: fc.integer({ min: 0, max: 400 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10)),
		status: fc.constantFrom(...CHECKIN_STATUSES),
		effort: fc.integer({ min: 0, max: 10 }),
		pain: fc.integer({ min: 0, max: 10 }),
		painAt: fc.array(fc.constantFrom(...PAIN_SITES), { maxLength: 4 }),
		dizzy: fc.boolean(),
		note: fc.string({ maxLength: 40, unit: 'grapheme' }),
	},
	{ requiredKeys: ['session', 'date', 'status'] },
);

describe('encodeLogLink and decodeLogLink', () => {
	it('write a check-in in a few characters', () => {
		expect(encodeLogLink([calf])).toMatch(/^l1\.20260319\.3s2d0de4p5a2\.[0-9a-z]{2}$/);
		expect(encodeLogLink([])).toBeUndefined();
	});

	it('bring every log back as it went (property)', () => {
		fc.assert(
			fc.property(fc.array(checkIn, { minLength: 1, maxLength: 30 }), (log) => {
				const code = encodeLogLink(log);
				if (code === undefined) return;
				expect(code).toMatch(/^[A-Za-z0-9._~-]+$/); // URL-unreserved: no percent-encoding
				expect(decodeLogLink(code)).toEqual({ ok: true, value: log.map(asKept) });
			}),
			{ numRuns: 200 },
		);
	});

	it('never throws, and refuses a link cut short or mistyped', () => {
		const code =
			encodeLogLink([calf, { session: 'w03-s3', date: '2026-03-21', status: 'skipped', note: 'Rain' }]) ?? '';
		expect(decodeLogLink(code.slice(0, -5))).toMatchObject({
			ok: false,
			message: expect.stringMatching(/damaged or incomplete/),
		});
		expect(decodeLogLink(code.replace('p5', 'p6'))).toMatchObject({ ok: false });
		fc.assert(
			fc.property(fc.string({ maxLength: 60 }), (junk) => {
				expect(decodeLogLink(junk).ok).toBe(false);
			}),
		);
	});

	it('refuses a hand-edited link whose check still adds up, if its values are out of range', () => {
		const body = 'l1.20260319.3s2d0dp11';
		expect(decodeLogLink(`${body}.${shareCheck(body)}`)).toMatchObject({ ok: false });
		const fine = 'l1.20260319.3s2d0dp3';
		expect(decodeLogLink(`${fine}.${shareCheck(fine)}`)).toEqual({
			ok: true,
			value: [{ session: 'w03-s2', date: '2026-03-19', status: 'done', pain: 3 }],
		});
	});

	it('says so for a newer version, an empty link, or a log too long for a link', () => {
		expect(decodeLogLink('l2.20260319.3s2d0d.xx')).toMatchObject({ message: expect.stringMatching(/newer version/) });
		expect(decodeLogLink('')).toMatchObject({ message: 'This log link has no check-ins in it.' });
		const long = Array.from(
			{ length: 800 },
			(_, i): CheckIn => ({
				...calf,
				date: `2026-03-${String((i % 28) + 1).padStart(2, '0')}`,
				note: 'Tight calves all the way round',
			}),
		);
		expect(encodeLogLink(long)).toBeUndefined();
		expect(decodeLogLink('l1.'.padEnd(MAX_LOG_LINK_LENGTH + 1, 'x'))).toMatchObject({
			message: expect.stringMatching(/too long/),
		});
	});
});
