/**
 * Registers the service worker with Workbox's page-side helper
 * (workbox-window), loaded on demand by app-status.ts.
 */
import { Workbox } from 'workbox-window';
import type { RegisterWorker } from './app-status';

/**
 * Registers `script` for `scope` and calls `onUpdateReady` when a new version
 * has installed and waits. Its argument activates the new version and reloads
 * this tab once the new worker controls it; other open tabs (a session running
 * in the player) are never reloaded: they keep the code they have.
 *
 * @example
 * registerWorker('/sw.js', '/', (reload) => showPrompt(reload));
 */
export const registerWorker: RegisterWorker = (script, scope, onUpdateReady) => {
	const wb = new Workbox(script, { scope });
	wb.addEventListener('waiting', () =>
		onUpdateReady(() => {
			wb.addEventListener('controlling', () => window.location.reload());
			wb.messageSkipWaiting();
		}),
	);
	// A browser that refuses the worker (private modes, storage off, a blocking policy) keeps the site
	// as it is without one: online only, no prompt. Not an error for the page.
	wb.register().catch(() => undefined);
};
