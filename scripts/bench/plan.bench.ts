/**
 * Plan engine and exports: how long a runner waits for a plan, and for each
 * file of the largest plan we make (26 weeks, 6 days). Targets from the
 * issues: generatePlan p50 < 1 ms; .ics and CSV p50 < 5 ms.
 */
import { generatePlan, parsePlanInput } from '../../src/lib';
import {
	decodeShareState,
	encodeShareState,
	parsePlanJson,
	planToCsv,
	planToIcs,
	planToJson,
} from '../../src/lib/export';
import { runCases } from './format';

const raw = {
	goal: 'retro-half',
	experience: 'regular',
	startDate: '2026-03-02',
	weeks: 26,
	days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
	units: 'km',
	sessionTime: '06:30',
	reminderMinutes: 30,
};
const parsed = parsePlanInput(raw);
if (!parsed.ok) throw new Error(`bench input is invalid: ${JSON.stringify(parsed.errors)}`);
const input = parsed.value;
const plan = generatePlan(input);
const json = planToJson(plan);
const share = encodeShareState(input);
const now = new Date('2026-02-01T00:00:00Z');

await runCases('Plan engine and exports (26 weeks, 6 days)', [
	{ name: 'parsePlanInput', fn: () => parsePlanInput(raw) },
	{ name: 'generatePlan', fn: () => generatePlan(input) },
	{ name: 'planToIcs (timed, Europe/London)', fn: () => planToIcs(plan, { timeZone: 'Europe/London', now }) },
	{ name: 'planToIcs (all-day)', fn: () => planToIcs(plan, { timed: false, now }) },
	{ name: 'planToCsv', fn: () => planToCsv(plan) },
	{ name: 'planToJson', fn: () => planToJson(plan) },
	{ name: 'parsePlanJson (validate and rebuild)', fn: () => parsePlanJson(json) },
	{ name: 'encodeShareState', fn: () => encodeShareState(input) },
	{ name: 'decodeShareState', fn: () => decodeShareState(share) },
]);
console.log(`\nShare link state for this plan: ${share.length} characters (${share})`);
