/**
 * One way to load a chunk on demand, shared by the builder's input checks,
 * export code and plan editor: `import()` makes the chunk, the promise is
 * kept so every caller shares one load, and a failed load (a network blip)
 * is forgotten so the next call tries again.
 *
 * @example
 * export const loadEditor = onDemand(() => import('./editor'));
 * const editor = await loadEditor(); // fetched once, then shared
 */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
	let loading: Promise<T> | undefined;
	return () => {
		loading ??= load().catch((error: unknown) => {
			loading = undefined;
			throw error;
		});
		return loading;
	};
}
