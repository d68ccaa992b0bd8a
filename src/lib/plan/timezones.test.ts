/**
 * Same plan in every time zone. Vitest cannot switch a running process's time
 * zone reliably, so this test starts one plain Node process per zone (TZ env
 * var) running tz-probe.mjs, which imports the real sources (Node 24 strips
 * the types) and prints the plans as JSON. That is the simplest setup that
 * runs our actual code under each zone: no build step, no second test runner.
 * The inputs cross DST changes (March, October, November; Auckland April and
 * September) and the 2028 leap day.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatePlan } from './generate';
import { parsePlanInput } from './input';

const ZONES = ['UTC', 'America/Los_Angeles', 'Europe/London', 'Pacific/Auckland'] as const;

const INPUTS = [
	// US DST starts 2026-03-08, Europe 2026-03-29; NZ DST ends 2026-04-05.
	{
		goal: 'retro-5k',
		experience: 'some',
		startDate: '2026-02-23',
		weeks: 22,
		forwardEasyPace: 330,
		days: ['mon', 'wed', 'fri', 'sun'],
		units: 'km',
	},
	// Europe DST ends 2026-10-25, US 2026-11-01; NZ DST starts 2026-09-27.
	{
		goal: 'mix-in',
		experience: 'new',
		startDate: '2026-09-14',
		weeks: 10,
		days: ['tue', 'thu', 'sat', 'sun'],
		units: 'mi',
		sessionTime: '06:30',
	},
	// Leap day 2028-02-29 (a Tuesday) inside week 1, race through the March changes.
	{
		goal: 'retro-half',
		experience: 'regular',
		startDate: '2028-02-26',
		raceDate: '2028-08-05',
		days: ['tue', 'thu', 'sat'],
		units: 'km',
	},
	{
		goal: 'knee-friendly',
		experience: 'some',
		startDate: '2028-02-28',
		weeks: 6,
		days: ['mon', 'tue', 'thu', 'sat'],
		units: 'km',
	},
];

const probe = fileURLToPath(new URL('../../../test/support/tz-probe.mjs', import.meta.url));
// Node 24 runs .ts files by stripping types; older Node (e.g. a global Node 20) cannot run the probe.
const canStripTypes = Boolean((process.features as { typescript?: unknown }).typescript);

describe('plans do not depend on the time zone', () => {
	it.skipIf(!canStripTypes)('gives identical JSON in UTC, Los Angeles, London and Auckland', () => {
		const expected = INPUTS.map((raw) => {
			const parsed = parsePlanInput(raw);
			if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
			return generatePlan(parsed.value);
		});
		for (const tz of ZONES) {
			const out = execFileSync(process.execPath, [probe, JSON.stringify(INPUTS)], {
				env: { ...process.env, TZ: tz },
				encoding: 'utf8',
				timeout: 30_000,
			});
			const result = JSON.parse(out) as { tz: string; plans: unknown[] };
			expect(result.tz).toBe(tz); // the child really ran in that zone
			expect(result.plans).toEqual(expected);
		}
	});

	it('keeps the leap day and DST weeks whole', () => {
		const parsed = parsePlanInput(INPUTS[2]);
		if (!parsed.ok) throw new Error('fixture');
		const plan = generatePlan(parsed.value);
		expect(plan.weeks[0]?.startDate).toBe('2028-02-26');
		expect(plan.weeks[0]?.sessions.map((s) => s.date)).toContain('2028-02-29');
		expect(plan.weeks[1]?.startDate).toBe('2028-03-04');
		for (const w of plan.weeks) expect(w.endDate).not.toBe(w.startDate);
		expect(plan.weeks.at(-1)?.sessions.at(-1)?.date).toBe('2028-08-05');
	});
});
