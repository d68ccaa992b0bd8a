/**
 * The tool pages read from their Astro sources on disk, as the
 * /search-index.json endpoint reads them at build time, for Node code without
 * Vite: the relevance test, the e2e index check and the bench.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOOL_PAGE_FILES, type ToolPageSource, toolPageFromAstro } from '../../src/lib/search';

/** Every tool page search finds, from the sources under `pagesDir` (src/pages). */
export function readToolPages(pagesDir: string): ToolPageSource[] {
	return TOOL_PAGE_FILES.map(({ path, file }) => toolPageFromAstro(readFileSync(join(pagesDir, file), 'utf8'), path));
}
