// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { offlineText } from '../../i18n/offline';
import { initAppStatus, type RegisterWorker } from './app-status';

function page() {
	document.body.innerHTML = `
		<div data-app-status data-worker="/retro/sw.js" data-scope="/retro/">
			<p aria-live="polite" data-app-status-offline></p>
			<p aria-live="polite" data-app-status-update>
				<span data-app-status-update-text></span>
				<button type="button" data-app-status-reload hidden>Reload</button>
			</p>
		</div>`;
	return {
		offline: document.querySelector('[data-app-status-offline]') as HTMLElement,
		update: document.querySelector('[data-app-status-update]') as HTMLElement,
		reload: document.querySelector('[data-app-status-reload]') as HTMLButtonElement,
	};
}

const setOnline = (online: boolean) => {
	Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
	window.dispatchEvent(new Event(online ? 'online' : 'offline'));
};

beforeEach(() => {
	setOnline(true);
	// happy-dom has no service workers; the browsers we support do.
	Object.defineProperty(window.navigator, 'serviceWorker', { configurable: true, value: {} });
});

describe('the offline line', () => {
	it('says nothing online, says so when the network drops, and clears when it is back', () => {
		const { offline } = page();
		initAppStatus(document, async () => vi.fn<RegisterWorker>());
		expect(offline.textContent).toBe('');
		setOnline(false);
		expect(offline.textContent).toBe(offlineText.note);
		expect(offline.classList.contains('is-shown')).toBe(true);
		setOnline(true);
		expect(offline.textContent).toBe('');
	});
});

describe('the update prompt', () => {
	it('registers the worker of the base path, and offers a reload only when a new version waits', async () => {
		const { update, reload } = page();
		let announce: Parameters<RegisterWorker>[2] | undefined;
		const register = vi.fn<RegisterWorker>((_script, _scope, onUpdateReady) => {
			announce = onUpdateReady;
		});
		initAppStatus(document, async () => register);
		window.dispatchEvent(new Event('load'));
		await vi.waitFor(() => expect(register).toHaveBeenCalledWith('/retro/sw.js', '/retro/', expect.any(Function)));
		expect(reload.hidden).toBe(true);
		expect(update.textContent?.trim()).toBe('Reload');

		const reloadIntoUpdate = vi.fn();
		announce?.(reloadIntoUpdate);
		expect(update.textContent).toContain(offlineText.updateReady);
		expect(reload.hidden).toBe(false);
		// Showing the prompt reloads nothing: a running session goes on.
		expect(reloadIntoUpdate).not.toHaveBeenCalled();
		reload.click();
		expect(reloadIntoUpdate).toHaveBeenCalledOnce();
		expect(reload.disabled).toBe(true);
	});

	it('leaves a browser without service workers as it was: no registration, no prompt', async () => {
		Reflect.deleteProperty(window.navigator, 'serviceWorker');
		const { reload } = page();
		const load = vi.fn(async () => vi.fn<RegisterWorker>());
		initAppStatus(document, load);
		window.dispatchEvent(new Event('load'));
		await new Promise((r) => setTimeout(r, 10));
		expect(load).not.toHaveBeenCalled();
		expect(reload.hidden).toBe(true);
	});
});

/** What Vite's chunk loader dispatches when an on-demand chunk cannot be fetched. */
const chunkFailed = () => window.dispatchEvent(new Event('vite:preloadError', { cancelable: true }));

describe('a chunk that is gone after a deploy', () => {
	it('online, offers the reload at once (a plain reload until a new worker waits)', async () => {
		const { update, reload } = page();
		const reloadPage = vi.fn();
		const win = Object.create(window, { location: { value: { reload: reloadPage } } }) as Window;
		initAppStatus(document, async () => vi.fn<RegisterWorker>(), win);
		chunkFailed();
		expect(update.textContent).toContain(offlineText.updateReady);
		expect(reload.hidden).toBe(false);
		expect(reloadPage).not.toHaveBeenCalled();
		reload.click();
		expect(reloadPage).toHaveBeenCalledOnce();
	});

	it('reloads into the waiting worker when there is one', async () => {
		const { reload } = page();
		let announce: Parameters<RegisterWorker>[2] | undefined;
		initAppStatus(document, async () =>
			vi.fn<RegisterWorker>((_script, _scope, onUpdateReady) => {
				announce = onUpdateReady;
			}),
		);
		window.dispatchEvent(new Event('load'));
		await vi.waitFor(() => expect(announce).toBeDefined());
		const reloadIntoUpdate = vi.fn();
		announce?.(reloadIntoUpdate);
		chunkFailed();
		reload.click();
		expect(reloadIntoUpdate).toHaveBeenCalledOnce();
	});

	it('offline, says nothing of a new version: the chunk is just not cached', () => {
		const { update, reload } = page();
		initAppStatus(document, async () => vi.fn<RegisterWorker>());
		setOnline(false);
		chunkFailed();
		expect(update.textContent).not.toContain(offlineText.updateReady);
		expect(reload.hidden).toBe(true);
	});
});
