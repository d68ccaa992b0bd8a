import { describe, expect, it, vi } from 'vitest';
import { stepwise } from './stepwise';

/** A build of `slices` slices that counts them and returns how many ran. */
function counting(slices: number) {
	const ran = { slices: 0 };
	return {
		ran,
		start: vi.fn(function* () {
			for (let i = 1; i < slices; i++) {
				ran.slices++;
				yield;
			}
			ran.slices++;
			return ran.slices;
		}),
	};
}

describe('stepwise', () => {
	it('runs one slice per step, and says when the build is done', () => {
		const { ran, start } = counting(3);
		const build = stepwise(start);
		expect(start).not.toHaveBeenCalled(); // nothing runs until asked
		expect([build.step(), build.step()]).toEqual([false, false]);
		expect(ran.slices).toBe(2);
		expect(build.step()).toBe(true);
		expect(build.done).toBe(true);
		expect(build.get()).toBe(3);
		expect(build.step()).toBe(true);
		expect(start).toHaveBeenCalledTimes(1);
	});

	it('get() finishes what the steps left, once', () => {
		const { ran, start } = counting(5);
		const build = stepwise(start);
		build.step();
		expect(build.get()).toBe(5);
		expect(build.get()).toBe(5);
		expect(ran.slices).toBe(5);
	});

	it('a slice that throws reaches the caller, and the next call starts the build again', () => {
		let attempts = 0;
		const build = stepwise(function* () {
			attempts++;
			yield;
			if (attempts === 1) throw new Error('out of memory');
			return 'index';
		});
		expect(build.step()).toBe(false);
		expect(() => build.step()).toThrow('out of memory');
		expect(build.done).toBe(false);
		expect(build.get()).toBe('index');
		expect(attempts).toBe(2);
	});
});
