/**
 * "Print this page" on the plan builder: paper gets the plan, not the form,
 * and the first page carries the first week instead of leaving it half empty
 * (a whole week used to jump to page 2 when it did not fit below the chart).
 */
import { expect, test } from '@playwright/test';
import { defaultPlanInput, encodeShareState, generatePlan, type PlanInput, parsePlanInput } from '../../src/lib';
import { pdfText } from './pdf';

function planInput(overrides: Partial<PlanInput>): PlanInput {
	const parsed = parsePlanInput({ ...defaultPlanInput('2026-03-02'), ...overrides });
	if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
	return parsed.value;
}

for (const format of ['A4', 'Letter'] as const) {
	test(`the builder printed on ${format} starts the weeks on page 1 and leaves the form off paper`, async ({
		page,
	}) => {
		const input = planInput({ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sun'], longRunDay: 'sun', weeks: 12 });
		const plan = generatePlan(input);
		await page.goto(`/plan/?p=${encodeShareState(input)}`);
		await expect(page.locator('.plan-builder[data-ready]')).toBeVisible();
		await expect(page.getByText(plan.title).first()).toBeVisible();
		const pages = await pdfText(await page.pdf({ format, printBackground: false }));
		expect(pages[0]).toContain(plan.title);
		expect(pages[0]).toMatch(/Week 1(?!\d)/);
		// Every week is on paper, and no form control is.
		const all = pages.join(' ');
		for (const week of plan.weeks) expect(all).toMatch(new RegExp(`Week ${week.index}(?!\\d)`));
		expect(all).not.toContain('Number of weeks');
		expect(all).not.toContain('Download calendar');
	});
}
