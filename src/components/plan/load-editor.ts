/**
 * Loads the plan editor chunk (editor/index.ts) on demand: when a session is
 * first opened, or at once when a share link or saved state brings edits.
 * The promise is kept so every caller shares one load; a failed load can be
 * tried again.
 */
export type Editor = typeof import('./editor');

let loading: Promise<Editor> | undefined;

export function loadEditor(): Promise<Editor> {
	loading ??= import('./editor').catch((error: unknown) => {
		loading = undefined;
		throw error;
	});
	return loading;
}
