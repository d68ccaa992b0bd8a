/**
 * The offline line and the update prompt (AppStatus.astro). Kept small
 * because it loads on every page: Workbox's page-side helper comes in its own
 * chunk (register-worker.ts) once the page has loaded and painted, so it never
 * competes with first paint.
 *
 * The prompt also answers a tab older than the deploy: its on-demand chunks
 * (the builder's exports, editor, checks) are gone from the server and from
 * the new worker's cache, so the first `import()` of one fails. Vite's loader
 * announces that as `vite:preloadError` on the window; online, that means a
 * new version, so the page offers the reload instead of leaving a button that
 * does nothing. Offline it means "not cached": the caller's own message says so.
 */
import { offlineText } from '../../i18n/offline';

/** What registering the worker needs from the page; a seam for tests. */
export type RegisterWorker = (
	script: string,
	scope: string,
	onUpdateReady: (reloadIntoUpdate: () => void) => void,
) => void;

const loadRegister = async (): Promise<RegisterWorker> => (await import('./register-worker')).registerWorker;

/** Shows or clears one status line; an empty line takes no room. */
function say(line: HTMLElement, shown: boolean): void {
	line.classList.toggle('is-shown', shown);
}

/**
 * Wires the offline line to the browser's online/offline events and, after
 * `load` and the first paint, registers the service worker, turning "a new version is waiting"
 * into the prompt. Pressing Reload is the only way the page reloads.
 *
 * @example
 * initAppStatus(); // on a page with AppStatus.astro
 */
export function initAppStatus(
	doc: Document = document,
	load: () => Promise<RegisterWorker> = loadRegister,
	win: Window = window,
): void {
	const root = doc.querySelector<HTMLElement>('[data-app-status]');
	const offline = root?.querySelector<HTMLElement>('[data-app-status-offline]');
	const update = root?.querySelector<HTMLElement>('[data-app-status-update]');
	const updateText = update?.querySelector<HTMLElement>('[data-app-status-update-text]');
	const reload = update?.querySelector<HTMLButtonElement>('[data-app-status-reload]');
	if (!root || !offline || !update || !updateText || !reload) return;

	const showConnection = () => {
		const isOffline = !win.navigator.onLine;
		offline.textContent = isOffline ? offlineText.note : '';
		say(offline, isOffline);
	};
	win.addEventListener('online', showConnection);
	win.addEventListener('offline', showConnection);
	showConnection();

	// A plain reload, until a waiting worker offers to reload into its version.
	let reloadInto = () => win.location.reload();
	const offerReload = () => {
		updateText.textContent = offlineText.updateReady;
		reload.hidden = false;
		say(update, true);
	};
	reload.addEventListener('click', () => {
		reload.disabled = true;
		reloadInto();
	});
	win.addEventListener('vite:preloadError', () => {
		if (win.navigator.onLine) offerReload();
	});

	if (!('serviceWorker' in win.navigator)) return;
	const script = root.dataset.worker ?? '';
	const scope = root.dataset.scope ?? '/';
	const register = () =>
		void load().then((registerWorker) =>
			registerWorker(script, scope, (reloadIntoUpdate) => {
				reloadInto = reloadIntoUpdate;
				offerReload();
			}),
		);
	afterLoadAndFirstPaint(doc, win, register);
}

/** How long after `load` the worker waits for a first paint that may never come (a tab opened in the background). */
export const PAINT_WAIT_MS = 5000;

/**
 * Runs `run` once the page has both fired `load` and put its first content on
 * screen, whichever comes last. The worker's registration waits for both: its
 * chunk and the precache download it starts (up to 1 MB) must never compete
 * with the first paint. `load` alone came before the first frame on a slow
 * phone CPU, and Lighthouse then counted the registration's chunk in the
 * guides' LCP (up to 1.41 s instead of 0.90-0.96 s; README "Page weight").
 * Without paint timing (Safari before 14.1, test DOMs), or when observing it
 * throws, `load` is enough; a tab that never paints (hidden) registers
 * `PAINT_WAIT_MS` after `load`.
 *
 * @example
 * afterLoadAndFirstPaint(document, window, () => navigator.serviceWorker.register('/sw.js'));
 */
export function afterLoadAndFirstPaint(doc: Document, win: Window, run: () => void): void {
	const loaded = new Promise<void>((resolve) => {
		if (doc.readyState === 'complete') resolve();
		else win.addEventListener('load', () => resolve(), { once: true });
	});
	const painted = new Promise<void>((resolve) => {
		const Observer = (win as Window & typeof globalThis).PerformanceObserver as typeof PerformanceObserver | undefined;
		if (!Observer?.supportedEntryTypes?.includes('paint')) return resolve();
		let fallback: number | undefined;
		const done = (observer: PerformanceObserver) => {
			observer.disconnect();
			win.clearTimeout(fallback);
			resolve();
		};
		// `buffered` also delivers a paint that happened before this script ran.
		const observer = new Observer((entries) => {
			if (entries.getEntriesByName('first-contentful-paint').length > 0) done(observer);
		});
		try {
			observer.observe({ type: 'paint', buffered: true });
		} catch {
			// Browsers that list 'paint' but refuse `type` (Chromium 73-76): `load` is enough.
			return done(observer);
		}
		void loaded.then(() => {
			fallback = win.setTimeout(() => done(observer), PAINT_WAIT_MS);
		});
	});
	void Promise.all([loaded, painted]).then(run);
}
