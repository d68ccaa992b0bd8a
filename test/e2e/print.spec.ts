/**
 * The coach's print sheet in Chromium against the production build: printed
 * to PDF on A4 and on US Letter and read back with pdfjs-dist (no poppler
 * needed), so we know a week never splits across pages and the page count is
 * what each layout promises; the QR code read back with jsQR from the
 * rendered pixels; accessible in both layouts and themes; a bad link
 * explained; no console error or CSP violation anywhere.
 */
import { expect, type Page, test } from '@playwright/test';
import {
	decodeShareState,
	defaultPlanInput,
	encodeShareState,
	formatDayMonth,
	formatPlanDate,
	fullSheetPageBound,
	generatePlan,
	type PlanInput,
	parsePlanInput,
} from '../../src/lib';
import { pdfText } from './pdf';
import { readQr } from './qr';
import { expectNoAxeViolations, watchForProblems } from './site';

function planInput(overrides: Partial<PlanInput> = {}): PlanInput {
	const parsed = parsePlanInput({ ...defaultPlanInput('2026-03-02'), ...overrides });
	if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
	return parsed.value;
}

/** The busiest plans a coach can print: six training days a week. */
const busy: Partial<PlanInput> = { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sun'], longRunDay: 'sun' };
const twelve = planInput({ ...busy, weeks: 12 });
const twelveCode = encodeShareState(twelve);
const twelvePlan = generatePlan(twelve);
const drills = planInput({ ...busy, goal: 'drills', weeks: 12 });

async function openSheet(page: Page, code: string, layout?: 'full' | 'fridge') {
	await page.goto(`/plan/print/?p=${code}${layout ? `&layout=${layout}` : ''}`);
	await expect(page.locator('.print-page[data-ready]')).toBeVisible();
}

const weekLabel = (n: number) => new RegExp(`Week ${n}(?!\\d)`);

/** The one page that names week N; fails if none or several do. */
function pageOfWeek(pages: string[], n: number): number {
	const found = pages.flatMap((text, i) => (weekLabel(n).test(text) ? [i] : []));
	expect(found, `pages naming Week ${n}`).toHaveLength(1);
	return found[0] ?? -1;
}

const formats = ['A4', 'Letter'] as const;

for (const format of formats) {
	test(`full sheet on ${format}: whole weeks per page, within the promised page count, names printed`, async ({
		page,
	}, testInfo) => {
		const watch = await watchForProblems(page);
		for (const input of [twelve, drills]) {
			const plan = generatePlan(input);
			await openSheet(page, encodeShareState(input), 'full');
			await page.getByLabel('Athlete').fill('Ada Quinn');
			await page.getByLabel('Coach').fill('Sam Ortiz');
			const pdf = await page.pdf({ format, printBackground: false });
			await testInfo.attach(`full-${input.goal}-${format}.pdf`, { body: pdf, contentType: 'application/pdf' });
			const pages = await pdfText(pdf);
			expect(pages.length, 'page count').toBeLessThanOrEqual(fullSheetPageBound(plan.weeks.length));
			expect(pages[0]).toContain(plan.title);
			expect(pages[0]).toContain('Ada Quinn');
			expect(pages[0]).toContain('Sam Ortiz');
			for (const week of plan.weeks) {
				const text = pages[pageOfWeek(pages, week.index)] ?? '';
				for (const s of week.sessions) expect(text, `week ${week.index}, ${s.date}`).toContain(formatPlanDate(s.date));
			}
			expect(pages.at(-1)).toContain('Safety summary');
			// Backward and forward are marked in words, so black-and-white paper keeps the meaning.
			expect(pages.join(' ')).toContain('B: backward');
			expect(pages.join(' ')).toContain('F: forward');
			// No site navigation on paper.
			expect(pages.join(' ')).not.toContain('Back to the plan builder');
		}
		await watch.assertClean();
	});

	test(`fridge sheet on ${format}: 12 weeks on exactly one page, 26 weeks on three`, async ({ page }, testInfo) => {
		const watch = await watchForProblems(page);
		// The mixed plan, and drills, whose cells carry the longest text (two backward blocks, two forward).
		for (const input of [twelve, drills]) {
			await openSheet(page, encodeShareState(input), 'fridge');
			const pdf = await page.pdf({ format, printBackground: false });
			await testInfo.attach(`fridge-12-${input.goal}-${format}.pdf`, { body: pdf, contentType: 'application/pdf' });
			const pages = await pdfText(pdf);
			expect(pages, input.goal).toHaveLength(1);
			for (const week of generatePlan(input).weeks) {
				expect(pageOfWeek(pages, week.index)).toBe(0);
				for (const s of week.sessions) expect(pages[0]).toContain(formatDayMonth(s.date));
			}
		}

		const long = planInput({ ...busy, weeks: 26 });
		const longPlan = generatePlan(long);
		await openSheet(page, encodeShareState(long), 'fridge');
		const longPdf = await page.pdf({ format, printBackground: false });
		await testInfo.attach(`fridge-26-${format}.pdf`, { body: longPdf, contentType: 'application/pdf' });
		const longPages = await pdfText(longPdf);
		expect(longPages).toHaveLength(3);
		expect(longPages[0]).toContain('fits 12 weeks per page');
		for (const week of longPlan.weeks) {
			const at = pageOfWeek(longPages, week.index);
			expect(at, `week ${week.index}`).toBe(Math.floor((week.index - 1) / 12));
			for (const s of week.sessions) expect(longPages[at]).toContain(formatDayMonth(s.date));
		}
		await watch.assertClean();
	});
}

test('the QR code opens the same plan in the builder', async ({ page, baseURL }) => {
	const watch = await watchForProblems(page);
	await openSheet(page, twelveCode);
	const expected = `${baseURL}/plan/?p=${twelveCode}`;
	await expect(page.locator('.sheet-qr__url')).toHaveText(expected);
	for (const layout of ['full', 'fridge'] as const) {
		await page.getByRole('radio', { name: layout === 'full' ? /Full sheet/ : /Fridge sheet/ }).check();
		const png = await page.locator('.sheet-qr__code').screenshot();
		expect(await readQr(page, png), layout).toBe(expected);
	}
	await watch.assertClean();
	// And the phone lands on the same plan.
	await page.goto(`/plan/?p=${twelveCode}`);
	await expect(page.locator('.plan-builder[data-ready]')).toBeVisible();
	await expect(page.locator('#plan-title')).toHaveText(twelvePlan.title);
});

test('from the sheet: print button, the way back and the layout kept in the address', async ({ page }) => {
	const watch = await watchForProblems(page);
	await openSheet(page, twelveCode);
	await expect(page.getByRole('radio', { name: /Full sheet/ })).toBeChecked();
	await expect(page.locator('.week-table')).toHaveCount(12);
	await page.evaluate(() => {
		window.print = () => {
			document.documentElement.dataset.printed = 'yes';
		};
	});
	await page.getByRole('button', { name: 'Print' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');

	await page.getByRole('radio', { name: /Fridge sheet/ }).check();
	await expect(page).toHaveURL(/[?&]layout=fridge/);
	await expect(page.locator('table.fridge tbody tr')).toHaveCount(12);
	await page.reload();
	await expect(page.locator('.print-page[data-ready]')).toBeVisible();
	await expect(page.getByRole('radio', { name: /Fridge sheet/ })).toBeChecked();

	const back = page.getByRole('link', { name: /Back to the plan builder/ });
	await expect(back).toHaveAttribute('href', `../?p=${twelveCode}`);
	await back.click();
	await expect(page).toHaveURL(new RegExp(`/plan/\\?p=${twelveCode.replaceAll('.', '\\.')}$`));
	await expect(page.locator('#plan-title')).toHaveText(twelvePlan.title);
	await watch.assertClean();
});

test('both layouts pass axe in light and dark themes and fit a 320 px screen', async ({ page }) => {
	const watch = await watchForProblems(page);
	for (const layout of ['full', 'fridge'] as const) {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.emulateMedia({ colorScheme: 'light' });
		await openSheet(page, twelveCode, layout);
		await page.getByLabel('Athlete').fill('Ada Quinn');
		await expectNoAxeViolations(page);
		await page.emulateMedia({ colorScheme: 'dark' });
		await expectNoAxeViolations(page);
		await page.setViewportSize({ width: 320, height: 640 });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, layout).toBeLessThanOrEqual(0);
	}
	await watch.assertClean();
});

test('a bad, truncated or tampered link explains what happened and leads to the builder', async ({ page }) => {
	const watch = await watchForProblems(page);
	const tampered = twelveCode.replace('.12.', '.13.');
	for (const bad of ['v1.garbage', twelveCode.slice(0, -4), tampered, 'v9.anything', '%E0%A4%A']) {
		const expected = decodeShareState(decodeURIComponentSafe(bad));
		expect(expected.ok, bad).toBe(false);
		await page.goto(`/plan/print/?p=${bad}`);
		await expect(page.locator('.print-page[data-ready]')).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('This plan link does not work');
		if (!expected.ok) await expect(page.locator('.print-page__problem')).toHaveText(expected.message);
		const link = page.getByRole('link', { name: 'Go to the plan builder' });
		await expect(link).toHaveAttribute('href', '../');
		await expect(page.locator('.sheet')).toHaveCount(0);
	}
	await expectNoAxeViolations(page);
	await watch.assertClean();
});

test('without a plan the page says where sheets come from, with or without JavaScript', async ({ browser, page }) => {
	const watch = await watchForProblems(page);
	await page.goto('/plan/print/');
	await expect(page.locator('.print-page[data-ready]')).toBeVisible();
	await expect(page.getByText(/Open this page from the plan builder/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Go to the plan builder' })).toHaveAttribute('href', '../');
	await watch.assertClean();

	const context = await browser.newContext({ javaScriptEnabled: false });
	const noJs = await context.newPage();
	await noJs.goto(`/plan/print/?p=${twelveCode}`);
	await expect(noJs.getByText(/Open this page from the plan builder/)).toBeVisible();
	await context.close();
});

/** What URLSearchParams makes of a raw query value (a malformed escape stays as typed). */
function decodeURIComponentSafe(text: string): string {
	return new URLSearchParams(`p=${text}`).get('p') ?? '';
}
