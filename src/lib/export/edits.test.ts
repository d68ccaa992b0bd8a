/**
 * Edits travel with the plan: share links (v3, QR-sized), plan files
 * (version 2), calendars (same UID, higher SEQUENCE, cancelled when
 * skipped, read back by ical.js and node-ical) and spreadsheets.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { correction, generate } from 'lean-qr/nano';
import nodeIcal, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { editSegment, editsFor, planOf, RACE_5K } from '../../../test/support/plan-fixtures';
import { addDays } from '../plan/dates';
import type { PlanEdit } from '../plan/edit-schema';
import { applyPlanEdits } from '../plan/edits';
import type { Plan } from '../plan/schema';
import { planToCsv } from './csv';
import { planToIcs } from './ics';
import { parsePlanJson, planToJson } from './json';
import { decodeShareState, MAX_SHARE_LENGTH } from './share';
import { encodePlanShare } from './share-edits';
import { shareCheck } from './share-encode';

const PLAN = planOf({ ...RACE_5K, sessionTime: '18:00' });
const NOW = new Date('2026-02-01T08:00:00Z');

/** Drops the words-only labels, which links do not carry. */
const unlabelled = (edits: readonly PlanEdit[]) =>
	edits.map((e) => {
		const { label: _label, ...rest } = e as PlanEdit & { label?: string };
		return rest;
	});

function ics(plan: Plan): string {
	const result = planToIcs(plan, { now: NOW, timeZone: 'Europe/Berlin' });
	if (!result.ok) throw new Error(result.message);
	return result.value;
}

/** UID → { sequence, status, start } as ical.js reads them. */
function icalRead(text: string) {
	const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
	return new Map(
		vevents.map((v) => [
			String(v.getFirstPropertyValue('uid')),
			{
				sequence: Number(v.getFirstPropertyValue('sequence')),
				status: String(v.getFirstPropertyValue('status')),
				start: new ICAL.Event(v).startDate.toJSDate().toISOString(),
			},
		]),
	);
}

/** The same, as node-ical reads them. */
function nodeIcalRead(text: string) {
	const events = Object.values(nodeIcal.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
	return new Map(events.map((e) => [e.uid, { sequence: Number(e.sequence), status: String(e.status) }]));
}

describe('share links with edits', () => {
	it('round-trip edits of every kind, and a plan without edits keeps its v2 link', () => {
		const edits: PlanEdit[] = [
			{ type: 'move', session: 'w03-s2', to: '2026-03-18' },
			{ type: 'swap', a: 'w04-s1', b: 'w04-s3' },
			{ type: 'skip', session: 'w05-s1' },
			{ type: 'restore', session: 'w05-s1' },
			{ type: 'note', session: 'w05-s2', text: 'Piste fermée: run the park loop — 🏃' },
			{ type: 'repeat-week', week: 6 },
			{
				type: 'replace',
				session: 'w06-s1',
				title: 'Club relay',
				segments: [
					{ role: 'warm-up', direction: 'forward', mode: 'jog', repeats: 1, durationSec: 600, effort: 'easy' },
					{
						role: 'main',
						direction: 'backward',
						mode: 'run',
						repeats: 3,
						distanceM: 200,
						recovery: { durationSec: 90, mode: 'walk', direction: 'forward' },
						effort: 'moderate',
						pace: { min: 540, max: 600.5 },
					},
				],
			},
		];
		const code = encodePlanShare(PLAN.input, edits);
		expect(code.startsWith('v3.')).toBe(true);
		expect(code).toMatch(/^[A-Za-z0-9._~-]+$/);
		expect(decodeShareState(code)).toEqual({ ok: true, value: PLAN.input, edits });
		expect(encodePlanShare(PLAN.input, []).startsWith('v2.')).toBe(true);
	});

	it('round-trip any edits (labels aside, which only word messages)', () => {
		fc.assert(
			fc.property(editsFor(PLAN, 20), (edits) => {
				const code = encodePlanShare(PLAN.input, edits);
				expect(code).toMatch(/^[A-Za-z0-9._~-]+$/);
				expect(decodeShareState(code)).toEqual({ ok: true, value: PLAN.input, edits: unlabelled(edits) });
			}),
			{ numRuns: 300 },
		);
	});

	it('fit a QR code on the printed sheet with 20 edits, rewrites and notes included', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.oneof(
						fc.record({
							type: fc.constant('replace' as const),
							session: fc.constantFrom('w10-s1', 'w11-s2', 'w12-s3'),
							segments: fc.array(editSegment, { minLength: 2, maxLength: 3 }),
							title: fc.string({ unit: 'grapheme-ascii', maxLength: 20 }),
						}),
						fc.record({
							type: fc.constant('note' as const),
							session: fc.constantFrom('w10-s1', 'w11-s2'),
							text: fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
						}),
					),
					{ minLength: 20, maxLength: 20 },
				),
				(edits) => {
					const url = `https://retrostride.example/plan/?p=${encodePlanShare(PLAN.input, edits)}`;
					expect(url.length).toBeLessThan(MAX_SHARE_LENGTH);
					expect(() => generate(url, { minCorrectionLevel: correction.M })).not.toThrow();
				},
			),
			{ numRuns: 30 },
		);
	});

	it('refuse a damaged edits field with the damaged-link message, never a half-edited plan', () => {
		const code = encodePlanShare(PLAN.input, [{ type: 'skip', session: 'w03-s2' }]);
		const body = code.slice(0, code.lastIndexOf('.'));
		// A valid check over a damaged field: only the edits decoder can catch it.
		const tampered = body.replace('k3s2', 'k3q2');
		expect(decodeShareState(`${tampered}.${shareCheck(tampered)}`)).toMatchObject({
			ok: false,
			message: expect.stringMatching(/damaged/),
		});
	});
});

describe('plan files with edits (version 2)', () => {
	it('round-trip an edited plan, and rebuild it from input and edits', () => {
		fc.assert(
			fc.property(editsFor(PLAN), (edits) => {
				const edited = applyPlanEdits(PLAN, edits).plan;
				const read = parsePlanJson(planToJson(edited));
				expect(read).toEqual({ ok: true, value: edited, changed: false });
			}),
			{ numRuns: 100 },
		);
	});

	it('rebuild a file whose sessions were edited by hand from its edits, and say it changed', () => {
		const edited = applyPlanEdits(PLAN, [{ type: 'skip', session: 'w02-s1' }]).plan;
		const file = JSON.parse(planToJson(edited));
		file.plan.weeks[1].sessions[0].skipped = false;
		file.plan.weeks[2].sessions[0].segments[0].repeats = 40;
		expect(parsePlanJson(JSON.stringify(file))).toEqual({ ok: true, value: edited, changed: true });
	});
});

describe('calendar files with edits', () => {
	const moved = addDays(PLAN.weeks[2]?.sessions[0]?.date ?? '', 1);
	const edits: PlanEdit[] = [
		{ type: 'move', session: 'w03-s1', to: moved },
		{ type: 'skip', session: 'w04-s2' },
		{
			type: 'replace',
			session: 'w05-s1',
			segments: [{ role: 'main', direction: 'backward', mode: 'jog', repeats: 4, durationSec: 60, effort: 'easy' }],
		},
	];
	const before = ics(PLAN);
	const after = ics(applyPlanEdits(PLAN, edits).plan);

	for (const [reader, read] of [
		['ical.js', icalRead],
		['node-ical', nodeIcalRead],
	] as const) {
		it(`keeps every UID, raises SEQUENCE only where an edit touched, and cancels a skipped session (${reader})`, () => {
			const old = read(before);
			const now = read(after);
			expect([...now.keys()]).toEqual([...old.keys()].filter((uid) => now.has(uid)));
			expect(now.size).toBe(old.size);
			for (const [uid, event] of now) {
				const touched = /^(w03-s1|w04-s2|w05-s1)\./.test(uid);
				expect(event.sequence, uid).toBe((old.get(uid)?.sequence ?? 0) + (touched ? 1 : 0));
				expect(event.status, uid).toBe(uid.startsWith('w04-s2.') ? 'CANCELLED' : 'CONFIRMED');
			}
		});
	}

	it('puts a moved session on its new day, at the same time', () => {
		const uid = [...icalRead(after).keys()].find((u) => u.startsWith('w03-s1.')) ?? '';
		expect(icalRead(after).get(uid)?.start).toBe(`${moved}T17:00:00.000Z`); // 18:00 in Berlin, winter time
	});

	it('gives a repeated week new events and moves the later ones, raising their SEQUENCE', () => {
		const repeated = applyPlanEdits(PLAN, [{ type: 'repeat-week', week: 3 }]).plan;
		const old = icalRead(before);
		const now = icalRead(ics(repeated));
		const copies = [...now.keys()].filter((uid) => /^w03-s\d-r1\./.test(uid));
		expect(copies).toHaveLength(PLAN.weeks[2]?.sessions.length ?? 0);
		const later = [...now.entries()].filter(([uid]) => uid.startsWith('w04-s1.'));
		expect(later[0]?.[1].sequence).toBe((old.get(later[0]?.[0] ?? '')?.sequence ?? 0) + 1);
	});

	it('any edits keep UIDs unique and SEQUENCE at least what it was', () => {
		fc.assert(
			fc.property(editsFor(PLAN, 6), (list) => {
				const old = icalRead(before);
				const now = icalRead(ics(applyPlanEdits(PLAN, list).plan));
				for (const [uid, event] of now) {
					const was = old.get(uid);
					if (was) expect(event.sequence).toBeGreaterThanOrEqual(was.sequence);
				}
			}),
			{ numRuns: 40 },
		);
	});
});

describe('spreadsheets with edits', () => {
	it('say which sessions are skipped or edited, with the note', () => {
		const plan = applyPlanEdits(PLAN, [
			{ type: 'skip', session: 'w01-s1' },
			{ type: 'note', session: 'w01-s2', text: '=HYPERLINK("x") bring water' },
			{ type: 'move', session: 'w01-s3', to: addDays(PLAN.weeks[0]?.sessions[2]?.date ?? '', -1) },
		]).plan;
		const lines = planToCsv(plan).split('\r\n');
		expect(lines[1]).toMatch(/,Skipped,$/);
		expect(lines[2]).toMatch(/,Planned,"?'=HYPERLINK\(""x""\) bring water"?$/);
		expect(lines[3]).toMatch(/,Edited,$/);
	});
});
