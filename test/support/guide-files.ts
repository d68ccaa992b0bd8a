/**
 * Reads the guide MDX files straight from disk into {@link GuideSource}s, for
 * Node code that has no Astro content layer: the relevance test and the bench.
 * Lives in test/support, not src/lib, because it reads files with node:fs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { GuideSource } from '../../src/lib/search/build';
import { splitFrontmatter } from '../../src/lib/search/mdx';

interface Frontmatter {
	title: string;
	description: string;
	category: string;
	tags?: string[];
	draft?: boolean;
}

/** Every published guide in `dir` (files starting with _ and drafts are skipped, as in the site). */
export function readGuideFiles(dir: string): GuideSource[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
		.sort()
		.flatMap((file) => {
			const { frontmatter, body } = splitFrontmatter(readFileSync(join(dir, file), 'utf8'));
			const fm = parse(frontmatter) as Frontmatter;
			if (fm.draft) return [];
			return [
				{
					id: file.replace(/\.mdx$/, ''),
					title: fm.title,
					description: fm.description,
					category: fm.category,
					tags: fm.tags ?? [],
					body,
				},
			];
		});
}
