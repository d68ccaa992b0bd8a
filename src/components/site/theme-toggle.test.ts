// @vitest-environment happy-dom
/**
 * The header's theme toggle (theme-toggle.ts): a press flips the theme and
 * remembers it under the key the inline head script reads; the button says
 * whether the dark theme is on, whichever way it came on.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import headScript from '../../scripts/theme.js?raw';
import { initThemeToggle, isDark, THEME_KEY } from './theme-toggle';

/** A document with two toggles (say, a header and a footer) and the system theme as given. */
function pageWith(systemDark: boolean) {
	const doc = document.implementation.createHTMLDocument('Retrostride');
	doc.body.innerHTML = `
		<button type="button" data-theme-toggle aria-pressed="false">Dark theme</button>
		<button type="button" data-theme-toggle aria-pressed="false">Dark theme</button>`;
	const listeners: (() => void)[] = [];
	const query = {
		matches: systemDark,
		addEventListener: (_: string, l: () => void) => listeners.push(l),
	};
	vi.spyOn(window, 'matchMedia').mockReturnValue(query as unknown as MediaQueryList);
	Object.defineProperty(doc, 'defaultView', { value: window });
	const toggles = [...doc.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')];
	return {
		doc,
		toggles,
		pressed: () => toggles.map((t) => t.getAttribute('aria-pressed')),
		/** The reader changes the system theme while the page is open. */
		systemTurns: (dark: boolean) => {
			query.matches = dark;
			for (const l of listeners) l();
		},
	};
}

afterEach(() => {
	vi.restoreAllMocks();
	localStorage.clear();
});

describe('theme toggle', () => {
	it('flips a light page to dark and back, stores each choice, and every toggle follows', () => {
		const p = pageWith(false);
		initThemeToggle(p.doc);
		expect(p.pressed()).toEqual(['false', 'false']);
		p.toggles[0]?.click();
		expect(p.doc.documentElement.dataset.theme).toBe('dark');
		expect(localStorage.getItem(THEME_KEY)).toBe('dark');
		expect(p.pressed()).toEqual(['true', 'true']);
		p.toggles[1]?.click();
		expect(p.doc.documentElement.dataset.theme).toBe('light');
		expect(localStorage.getItem(THEME_KEY)).toBe('light');
		expect(p.pressed()).toEqual(['false', 'false']);
	});

	it('reads a dark system theme as pressed, and a press then chooses light', () => {
		const p = pageWith(true);
		initThemeToggle(p.doc);
		expect(p.pressed()).toEqual(['true', 'true']);
		p.toggles[0]?.click();
		expect(p.doc.documentElement.dataset.theme).toBe('light');
		expect(p.pressed()).toEqual(['false', 'false']);
	});

	it('follows the system theme while nothing is chosen, and ignores it once something is', () => {
		const p = pageWith(false);
		initThemeToggle(p.doc);
		p.systemTurns(true);
		expect(p.pressed()).toEqual(['true', 'true']);
		p.toggles[0]?.click(); // chooses light
		p.systemTurns(true);
		expect(p.pressed()).toEqual(['false', 'false']);
	});

	it('still flips the theme for this page when the browser refuses storage', () => {
		const p = pageWith(false);
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		initThemeToggle(p.doc);
		expect(() => p.toggles[0]?.click()).not.toThrow();
		expect(p.doc.documentElement.dataset.theme).toBe('dark');
		expect(p.pressed()).toEqual(['true', 'true']);
	});

	it('stores the choice under the key the inline head script reads before first paint', () => {
		expect(headScript).toContain(`localStorage.getItem('${THEME_KEY}')`);
	});
});

describe('isDark', () => {
	it('is the chosen theme when there is one, else the system theme', () => {
		const root = document.createElement('html');
		expect(isDark(root, true)).toBe(true);
		expect(isDark(root, false)).toBe(false);
		root.dataset.theme = 'light';
		expect(isDark(root, true)).toBe(false);
		root.dataset.theme = 'dark';
		expect(isDark(root, false)).toBe(true);
	});
});
