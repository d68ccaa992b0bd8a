/**
 * The header's theme toggle. The inline script in <head> (src/scripts/theme.js)
 * only applies a stored choice before first paint; everything that can wait
 * for a module lives here, so the part every page carries inline stays a few
 * lines (README "Page weight"). The toggle is a pressed/not pressed button for
 * the dark theme: pressed whenever the page is dark, whether by the reader's
 * choice or by the system's.
 */

/** Where the choice is stored; theme.js reads the same key before first paint. */
export const THEME_KEY = 'retrostride-theme';

const SYSTEM_DARK = '(prefers-color-scheme: dark)';

/** True when the page shows the dark theme: chosen here, or the system's and nothing chosen. */
export function isDark(root: HTMLElement, systemDark: boolean): boolean {
	const chosen = root.dataset.theme;
	return chosen === 'dark' || (!chosen && systemDark);
}

/**
 * Wires every `[data-theme-toggle]` button: a press flips the theme, stores
 * the choice (a browser that refuses storage still flips it for this page)
 * and every toggle says whether the dark theme is on, also when the system
 * theme changes while the page is open.
 *
 * @example
 * initThemeToggle(); // in the header's module script
 */
export function initThemeToggle(doc: Document = document): void {
	const root = doc.documentElement;
	const view = doc.defaultView;
	const system = view?.matchMedia?.(SYSTEM_DARK);
	const dark = () => isDark(root, system?.matches ?? false);
	const toggles = [...doc.querySelectorAll<HTMLElement>('[data-theme-toggle]')];
	const sync = () => {
		for (const t of toggles) t.setAttribute('aria-pressed', String(dark()));
	};
	for (const t of toggles) {
		t.addEventListener('click', () => {
			root.dataset.theme = dark() ? 'light' : 'dark';
			try {
				view?.localStorage.setItem(THEME_KEY, root.dataset.theme);
			} catch {
				// Storage refused (a private window, a full disk): the theme still changes for this page.
			}
			sync();
		});
	}
	system?.addEventListener?.('change', sync);
	sync();
}
