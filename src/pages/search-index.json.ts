import { render } from 'astro:content';
import type { APIRoute } from 'astro';
import { buildSearchIndex, TOOL_PAGE_FILES, toolPageFromAstro } from '../lib/search';
import { categoryLabels, getGuides } from '../utils/guides';

/**
 * The pages' Astro sources as text, read at build time, so the words that find
 * the plan builder and the clubs page are the words on those pages.
 */
const pageSources = import.meta.glob<string>(['./plan/index.astro', './embed/index.astro', './coach/index.astro'], {
	query: '?raw',
	import: 'default',
	eager: true,
});

/**
 * The site search index, one static JSON file (`/search-index.json`), fetched
 * by the search dialog and the /search/ page when they first need it. Categories
 * are stored as their labels, as results show them. Headings
 * come from Astro's own render, so every anchor matches an id on the page.
 */
export const GET: APIRoute = async () => {
	const guides = await getGuides();
	const sources = await Promise.all(
		guides.map(async (g) => {
			const { headings } = await render(g);
			return {
				id: g.id,
				title: g.data.title,
				description: g.data.description,
				category: categoryLabels[g.data.category],
				tags: g.data.tags,
				body: g.body ?? '',
				headings,
			};
		}),
	);
	const tools = TOOL_PAGE_FILES.map(({ path, file }) => {
		const source = pageSources[`./${file}`];
		// A page in TOOL_PAGE_FILES but not in the glob above is a build error, not a silent gap.
		if (source === undefined) throw new Error(`search index: add ./${file} to the glob in search-index.json.ts`);
		return toolPageFromAstro(source, path);
	});
	return new Response(JSON.stringify(buildSearchIndex(sources, tools)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
