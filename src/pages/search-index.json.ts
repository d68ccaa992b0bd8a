import { render } from 'astro:content';
import type { APIRoute } from 'astro';
import { buildSearchIndex, TOOL_PAGES } from '../lib/search';
import { categoryLabels, getGuides } from '../utils/guides';

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
	return new Response(JSON.stringify(buildSearchIndex(sources, TOOL_PAGES)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
