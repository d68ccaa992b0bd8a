/**
 * The site shell: keyboard access (skip link, visible focus), the theme toggle
 * that persists and never flashes the wrong theme, and the metadata every page
 * carries for search engines and link previews.
 */
import { expect, test } from '@playwright/test';
import { watchForProblems } from './site';

test('the first Tab reaches the skip link, which moves focus to the main content', async ({ page }) => {
	await page.goto('/guides/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('keyboard focus is visible on links', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	const outline = await page.evaluate(() => {
		const el = document.activeElement as HTMLElement;
		const style = getComputedStyle(el);
		return { width: style.outlineWidth, style: style.outlineStyle };
	});
	expect(outline.style).not.toBe('none');
	expect(Number.parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
});

test('the theme toggle switches theme by keyboard and the choice survives a reload', async ({ page }) => {
	const watch = await watchForProblems(page);
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	const toggle = page.getByRole('button', { name: 'Dark theme' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.focus();
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
	await watch.assertClean();
});

test('a stored theme applies before first paint, so the wrong theme never flashes', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.addInitScript(() => localStorage.setItem('retrostride-theme', 'dark'));
	// Record the theme at the first moment <body> exists. Nothing can be painted before the body is
	// parsed (and the stylesheet in <head> blocks rendering), so a theme set by then never flashes.
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (document.body) {
				(window as unknown as { firstTheme: string }).firstTheme = document.documentElement.dataset.theme ?? 'none';
				observer.disconnect();
			}
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto('/guides/');
	const firstTheme = await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme);
	expect(firstTheme).toBe('dark');
	const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(bg).toBe('rgb(18, 20, 23)');
});

test('the system dark preference applies when no theme was chosen', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(bg).toBe('rgb(18, 20, 23)');
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('a browser that refuses storage still toggles the theme without errors', async ({ page }) => {
	const watch = await watchForProblems(page);
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('denied', 'SecurityError');
			},
		});
	});
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	await page.getByRole('button', { name: 'Dark theme' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await watch.assertClean();
});

test('every page carries a description, canonical URL and Open Graph tags', async ({ page }) => {
	for (const path of ['/', '/guides/', '/guides/what-is-retro-running/', '/plan/', '/about/']) {
		await page.goto(path);
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\//);
		for (const prop of ['og:title', 'og:description', 'og:type', 'og:url', 'og:image']) {
			await expect(page.locator(`meta[property="${prop}"]`)).toHaveAttribute('content', /.+/);
		}
	}
});
