/**
 * No layout jump when the plan regenerates. Layout shift right after a
 * keystroke or click is not counted by browsers (`hadRecentInput`), so these
 * changes come from script, as a restored share link or an undo would make
 * them: every shift counts, and the total must stay under 0.1 (Web Vitals'
 * "good" cumulative layout shift) at phone and desktop widths.
 */
import { expect, type Page, test } from '@playwright/test';

/** Starts recording layout-shift entries; read the total with `shiftTotal`. */
async function recordShifts(page: Page) {
	await page.evaluate(() => {
		const w = window as unknown as { __shift: number };
		w.__shift = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as unknown as { value: number }[]) w.__shift += entry.value;
		}).observe({ type: 'layout-shift' });
	});
}

const shiftTotal = (page: Page) => page.evaluate(() => (window as unknown as { __shift: number }).__shift);

/** Sets a form control's value the way React sees a change, without a user gesture. */
async function setByScript(page: Page, label: string, value: string) {
	await page.getByLabel(label).evaluate((el, v) => {
		const input = el as HTMLInputElement | HTMLSelectElement;
		const proto = input instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
		Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, v);
		input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
	}, value);
}

for (const viewport of [
	{ width: 390, height: 844 },
	{ width: 1280, height: 900 },
]) {
	test(`the plan regenerates without a layout jump at ${viewport.width} px`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto('/plan/');
		await expect(page.locator('.plan-builder[data-ready]')).toBeVisible();
		await recordShifts(page);
		const title = page.locator('#plan-title');
		await setByScript(page, 'Goal', 'drills');
		await expect(title).toHaveText(/drills/i);
		await setByScript(page, 'Number of weeks', '12');
		await expect(title).toHaveText(/12 weeks/);
		await setByScript(page, 'Goal', 'knee-friendly');
		await expect(title).toHaveText(/knee/i);
		await page.waitForTimeout(300); // let the last frame's shift entries arrive
		const total = await shiftTotal(page);
		test.info().annotations.push({ type: 'layout shift', description: total.toFixed(4) });
		expect(total).toBeLessThan(0.1);
	});
}

test('the shift recorder notices a jump (so a pass above means something)', async ({ page }) => {
	await page.goto('/plan/');
	await expect(page.locator('.plan-builder[data-ready]')).toBeVisible();
	await recordShifts(page);
	await page.evaluate(() => {
		const block = document.createElement('div');
		block.style.blockSize = '300px';
		document.querySelector('main')?.prepend(block);
	});
	await expect.poll(() => shiftTotal(page)).toBeGreaterThan(0.1);
});
