import { describe, expect, it } from 'vitest';
import { encodeShareState } from '../export/share-encode';
import { formatRoundedDuration } from '../plan/format';
import { generatePlan } from '../plan/generate';
import { defaultPlanInput, parsePlanInput } from '../plan/input';
import type { PlanInput } from '../plan/schema';
import {
	builderPlanUrl,
	FRIDGE_WEEKS_PER_PAGE,
	formatDayMonth,
	formatWeekRange,
	fridgeColumns,
	fridgePages,
	fullSheetPageBound,
	openPrintSheet,
	parsePrintLayout,
	printSafetySummary,
	printSession,
	printSheetQuery,
	sessionOn,
} from './sheet';

function input(overrides: Partial<PlanInput> = {}): PlanInput {
	const parsed = parsePlanInput({ ...defaultPlanInput('2026-03-02'), ...overrides });
	if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
	return parsed.value;
}

describe('openPrintSheet', () => {
	it('builds the plan from a share link and keeps the layout', () => {
		const code = encodeShareState(input({ weeks: 12 }));
		const result = openPrintSheet(new URLSearchParams(`p=${code}&layout=fridge`));
		expect(result.kind).toBe('ready');
		if (result.kind !== 'ready') return;
		expect(result.plan.weeks).toHaveLength(12);
		expect(result.code).toBe(code);
		expect(result.layout).toBe('fridge');
	});

	it('says there is nothing to print without a plan', () => {
		expect(openPrintSheet(new URLSearchParams(''))).toEqual({ kind: 'empty' });
		expect(openPrintSheet(new URLSearchParams('p=%20'))).toEqual({ kind: 'empty' });
	});

	it('passes on the share decoder message for a damaged, truncated or tampered link', () => {
		const code = encodeShareState(input());
		for (const bad of [code.slice(0, -5), code.replace('.8.', '.9.'), 'v1.junk', 'v9.x', 'x'.repeat(2000)]) {
			const result = openPrintSheet(new URLSearchParams({ p: bad }));
			expect(result.kind, bad).toBe('error');
			if (result.kind === 'error') expect(result.message).toMatch(/link/);
		}
	});

	it('reads an unknown layout as the full sheet', () => {
		expect(parsePrintLayout('fridge')).toBe('fridge');
		expect(parsePrintLayout('full')).toBe('full');
		expect(parsePrintLayout('<script>')).toBe('full');
		expect(parsePrintLayout(null)).toBe('full');
	});
});

describe('addresses', () => {
	it('builds the builder link for the QR code with or without a trailing slash on the base', () => {
		expect(builderPlanUrl('https://a.example', '/', 'v1.x')).toBe('https://a.example/plan/?p=v1.x');
		expect(builderPlanUrl('https://a.example/', '/retro/', 'v1.x')).toBe('https://a.example/retro/plan/?p=v1.x');
		expect(builderPlanUrl('https://a.example', '/retro', 'v1.x')).toBe('https://a.example/retro/plan/?p=v1.x');
		expect(printSheetQuery('v1.x', 'fridge')).toBe('?p=v1.x&layout=fridge');
	});
});

describe('printSession', () => {
	const plan = generatePlan(input({ goal: 'drills', surface: 'track' }));
	const drills = plan.weeks[0]?.sessions.find((s) => s.kind === 'drills');

	it('splits a session into backward and forward blocks, marked in words, not colour', () => {
		expect(drills).toBeDefined();
		if (!drills) return;
		const row = printSession(drills, 'km');
		expect(row.kindLabel).toBe('Drills');
		expect(row.backward).toEqual(['2 × 30 s walk', '4 × 15 s stride']);
		expect(row.forward).toEqual(['10 min jog (warm-up)', '20 min run']);
		// Amounts wrap only between blocks, never inside one (no-break spaces).
		expect(row.backwardShort).toBe('2×30\u00a0s + 4×15\u00a0s');
		expect(row.forwardShort).toBe('10\u00a0min + 20\u00a0min');
		expect(row.paces).toEqual(['F 6:40–7:20']);
		expect(row.notes).toEqual(['Effort: B very easy, then moderate; F easy', 'Recover: 15 s or 45 s forward walk']);
		expect(row.durationLabel).toMatch(/^about \d+ min$/);
		// The sheet's "about" is the schedule's: one rounding for every output (15 s steps under 10 minutes).
		expect(printSession({ ...drills, estimatedDurationSec: 392 }, 'km').durationLabel).toBe('about 6 min 30 s');
		for (const w of plan.weeks) {
			for (const s of w.sessions) {
				expect(printSession(s, 'km').durationLabel).toBe(`about ${formatRoundedDuration(s.estimatedDurationSec)}`);
			}
		}
		expect(row.shortKind).toBe('Drills');
		expect(row.dateLabel).toBe('Tue 3 Mar');
		expect(row.dayLabel).toBe('3 Mar');
	});

	it('gives an all-forward session no backward blocks', () => {
		const easy = plan.weeks[0]?.sessions.find((s) => s.kind === 'easy-forward');
		if (!easy) throw new Error('no easy run');
		const row = printSession(easy, 'km');
		expect(row.backward).toEqual([]);
		expect(row.backwardShort).toBe('');
		expect(row.forwardShort).toBe('30\u00a0min');
		expect(row.notes).toEqual(['Effort: easy']);
	});
});

describe('dates', () => {
	it('writes short days and week ranges', () => {
		expect(formatDayMonth('2026-03-03')).toBe('3 Mar');
		expect(formatDayMonth('nonsense')).toBe('nonsense');
		expect(formatWeekRange('2026-03-02', '2026-03-08')).toBe('2–8 Mar');
		expect(formatWeekRange('2026-03-30', '2026-04-05')).toBe('30 Mar–5 Apr');
	});
});

describe('fridge sheet', () => {
	it('puts up to 12 weeks on one page', () => {
		const plan = generatePlan(input({ weeks: 12 }));
		const pages = fridgePages(plan);
		expect(FRIDGE_WEEKS_PER_PAGE).toBe(12);
		expect(pages).toHaveLength(1);
		expect(pages[0]).toMatchObject({ pageNumber: 1, pageCount: 1, firstWeek: 1, lastWeek: 12 });
	});

	it('continues a longer plan on further pages, 12 weeks each', () => {
		const plan = generatePlan(input({ weeks: 26 }));
		const pages = fridgePages(plan);
		expect(pages.map((p) => [p.firstWeek, p.lastWeek, p.pageCount])).toEqual([
			[1, 12, 3],
			[13, 24, 3],
			[25, 26, 3],
		]);
		expect(pages.flatMap((p) => p.weeks)).toHaveLength(26);
	});

	it('has a column for each weekday that carries a session, Monday first, and a cell per session', () => {
		const plan = generatePlan(input({ days: ['sat', 'mon', 'wed'], longRunDay: 'sat' }));
		expect(fridgeColumns(plan)).toEqual(['mon', 'wed', 'sat']);
		for (const week of plan.weeks) {
			const placed = fridgeColumns(plan)
				.map((d) => sessionOn(week, d))
				.filter(Boolean);
			expect(placed).toHaveLength(week.sessions.length);
		}
	});
});

describe('full sheet', () => {
	it('promises a page bound of half the weeks plus two', () => {
		expect(fullSheetPageBound(12)).toBe(8);
		expect(fullSheetPageBound(4)).toBe(4);
		expect(fullSheetPageBound(26)).toBe(15);
	});

	it('sums up safety with the stop rule first and no repeats', () => {
		const plan = generatePlan(input({ weeks: 12 }));
		const summary = printSafetySummary(plan);
		expect(summary[0]).toMatch(/^Stop and turn forward/);
		expect(new Set(summary).size).toBe(summary.length);
		for (const w of plan.warnings) expect(summary).toContain(w);
	});
});
