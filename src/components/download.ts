/**
 * Saves text or bytes as a file in the browser, through a temporary object
 * URL: the builder's exports, the training log and the coach's roster files
 * all download this way. The URL is revoked after a pause, not at once, so a
 * slow browser still finds it when the download starts.
 */

/** Downloads `body` as a file called `name`, of MIME type `type`. */
export function download(name: string, type: string, body: string | Uint8Array<ArrayBuffer>): void {
	const url = URL.createObjectURL(new Blob([body], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
