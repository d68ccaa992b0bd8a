/**
 * Loads the builder's input checks (src/lib/builder/validation.ts, with zod)
 * on demand: at idle time on a first visit, at once when a share link or
 * saved settings need checking. The promise is kept so every caller shares one
 * load; a failed load can be tried again.
 */
export type Validation = typeof import('../../lib/builder/validation');

let loading: Promise<Validation> | undefined;

export function loadValidation(): Promise<Validation> {
	loading ??= import('../../lib/builder/validation').catch((error: unknown) => {
		loading = undefined;
		throw error;
	});
	return loading;
}
