import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Rewrites every HTML page Astro wrote under `outDir` with `rewrite`, writing
 * back only the pages it changed; returns how many changed out of how many.
 * What the integrations that finish pages after the build share
 * (module-preload.ts, page-csp.ts).
 */
export async function rewriteBuiltPages(
	outDir: string,
	rewrite: (html: string) => string,
): Promise<{ changed: number; pages: number }> {
	const pages = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html'));
	let changed = 0;
	for (const page of pages) {
		const file = join(outDir, page);
		const html = await readFile(file, 'utf8');
		const next = rewrite(html);
		if (next === html) continue;
		await writeFile(file, next);
		changed++;
	}
	return { changed, pages: pages.length };
}
