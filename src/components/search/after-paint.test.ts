// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './after-paint';

afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('afterPaint', () => {
	it('resolves after the next frame and then a task, not before the frame', async () => {
		vi.useFakeTimers();
		let frame: FrameRequestCallback = () => undefined;
		vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => {
			frame = f;
			return 1;
		});
		let done = false;
		void afterPaint().then(() => {
			done = true;
		});
		await vi.advanceTimersByTimeAsync(50);
		expect(done).toBe(false); // no frame yet
		frame(0);
		await vi.advanceTimersByTimeAsync(0);
		expect(done).toBe(true);
	});

	it('resolves anyway in a tab that runs no frames (hidden), after `latest` ms', async () => {
		vi.useFakeTimers();
		vi.stubGlobal('requestAnimationFrame', () => 1);
		let done = false;
		void afterPaint(100).then(() => {
			done = true;
		});
		await vi.advanceTimersByTimeAsync(99);
		expect(done).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		expect(done).toBe(true);
	});
});
