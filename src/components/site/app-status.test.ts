// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { offlineText } from '../../i18n/offline';
import { afterLoadAndFirstPaint, initAppStatus, PAINT_WAIT_MS, type RegisterWorker } from './app-status';

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

/**
 * A window whose paint timing the test drives: `paint()` delivers the first
 * contentful paint to whoever observes it, as a browser does once the first
 * frame with content is on screen.
 */
function paintingWindow(readyState: DocumentReadyState = 'loading', refusesType = false) {
	const observers: { cb: PerformanceObserverCallback; observer: PerformanceObserver }[] = [];
	class FakeObserver {
		static readonly supportedEntryTypes = ['paint', 'resource'];
		constructor(private readonly cb: PerformanceObserverCallback) {}
		observe() {
			if (refusesType) throw new TypeError("Failed to execute 'observe': entryTypes must be set");
			observers.push({ cb: this.cb, observer: this as unknown as PerformanceObserver });
		}
		disconnect() {
			observers.splice(
				observers.findIndex((o) => o.observer === (this as unknown as PerformanceObserver)),
				1,
			);
		}
	}
	const win = Object.create(window, { PerformanceObserver: { value: FakeObserver } }) as Window;
	const doc = Object.create(document, { readyState: { value: readyState } }) as Document;
	const paint = () => {
		const entries = { getEntriesByName: (name: string) => (name === 'first-contentful-paint' ? [{ name }] : []) };
		for (const { cb, observer } of [...observers]) cb(entries as unknown as PerformanceObserverEntryList, observer);
	};
	return { win, doc, paint, observing: () => observers.length };
}

describe('when the worker registers', () => {
	it('waits for the first paint after load, so its download never holds the paint back', async () => {
		const { win, doc, paint, observing } = paintingWindow();
		const run = vi.fn();
		afterLoadAndFirstPaint(doc, win, run);
		window.dispatchEvent(new Event('load'));
		await new Promise((r) => setTimeout(r, 10));
		expect(run).not.toHaveBeenCalled();
		paint();
		await vi.waitFor(() => expect(run).toHaveBeenCalledOnce());
		expect(observing()).toBe(0);
	});

	it('waits for load after a first paint that came first', async () => {
		const { win, doc, paint } = paintingWindow();
		const run = vi.fn();
		afterLoadAndFirstPaint(doc, win, run);
		paint();
		await new Promise((r) => setTimeout(r, 10));
		expect(run).not.toHaveBeenCalled();
		window.dispatchEvent(new Event('load'));
		await vi.waitFor(() => expect(run).toHaveBeenCalledOnce());
	});

	it('registers anyway a while after load when the tab never paints (opened in the background)', async () => {
		vi.useFakeTimers();
		try {
			const { win, doc, observing } = paintingWindow('complete');
			const run = vi.fn();
			afterLoadAndFirstPaint(doc, win, run);
			await vi.advanceTimersByTimeAsync(PAINT_WAIT_MS - 1);
			expect(run).not.toHaveBeenCalled();
			await vi.advanceTimersByTimeAsync(1);
			expect(run).toHaveBeenCalledOnce();
			expect(observing()).toBe(0);
		} finally {
			vi.useRealTimers();
		}
	});

	it('registers at load when the browser lists paint timing but refuses to observe it', async () => {
		const { win, doc } = paintingWindow('loading', true);
		const run = vi.fn();
		afterLoadAndFirstPaint(doc, win, run);
		window.dispatchEvent(new Event('load'));
		await vi.waitFor(() => expect(run).toHaveBeenCalledOnce());
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
