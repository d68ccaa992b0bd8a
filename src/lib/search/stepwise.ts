/**
 * A build done in slices, on demand. The engine's word index is the start-up's
 * main cost (about 100 ms on a slow phone); the page builds it a slice per task
 * after the first answer is drawn, so a letter typed meanwhile waits for one
 * slice, and a search that needs it before then finishes it at once.
 */

/** A build that runs a slice at a time; see {@link stepwise}. */
export interface Stepwise<T> {
	/** Runs the next slice; true once the build is done. */
	step(): boolean;
	/** The result, the rest of the build run now if it is not done. */
	get(): T;
	/** True once the build is done. */
	readonly done: boolean;
}

/**
 * Wraps a generator-based build (each `yield` ends a slice; the return value is
 * the result) so callers can run it slice by slice, or finish it when they need
 * the result. A slice that throws ends that attempt: the error reaches the
 * caller, and the next call starts the build again from `start()`.
 *
 * @example
 * const words = stepwise(() => wordIndexSteps(records, keys));
 * const slice = () => { if (!words.step()) setTimeout(slice, 0); }; // between keystrokes
 * words.get(); // a search that cannot wait finishes it
 */
export function stepwise<T>(start: () => Generator<void, T, void>): Stepwise<T> {
	let running: Generator<void, T, void> | undefined;
	let result: { value: T } | undefined;
	const step = (): boolean => {
		if (result) return true;
		running ??= start();
		try {
			const next = running.next();
			if (next.done) result = { value: next.value };
		} catch (error) {
			running = undefined; // a generator that threw is over
			throw error;
		}
		return result !== undefined;
	};
	return {
		step,
		get: () => {
			while (result === undefined) step();
			return result.value;
		},
		get done() {
			return result !== undefined;
		},
	};
}
