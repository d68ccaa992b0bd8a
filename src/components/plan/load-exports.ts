/**
 * The one place the builder loads the export code. `import()` makes it a
 * separate chunk that is fetched on the first export, not with the page; the
 * promise is kept so later exports reuse it.
 */
type ExportActions = typeof import('./export-actions');

let loading: Promise<ExportActions> | undefined;

export function loadExports(): Promise<ExportActions> {
	loading ??= import('./export-actions').catch((error: unknown) => {
		loading = undefined; // let a later click try again (e.g. after a network blip)
		throw error;
	});
	return loading;
}
