/** Raw and gzip byte counts. */
export interface Sizes {
	raw: number;
	gzip: number;
}
export function sizes(content: string | Buffer): Sizes;
export function pageWeight(
	dist: string,
	htmlFile: string,
	base?: string,
): { html: Sizes; css: Sizes; js: Sizes; jsFiles: number; inlineScripts: number; moduleUrls: string[] };
