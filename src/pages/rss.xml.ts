import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { en } from '../i18n/en';
import { getGuides } from '../utils/guides';
import { url } from '../utils/url';

/** An RSS feed of the guides, newest change first, for readers who follow new guides. */
export const GET: APIRoute = async (context) => {
	const guides = (await getGuides()).sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime());
	return rss({
		title: `${en.siteName} guides`,
		description: en.tagline,
		site: context.site ?? 'https://retrostride.example',
		items: guides.map((g) => ({
			title: g.data.title,
			description: g.data.description,
			pubDate: g.data.updated,
			link: url(`/guides/${g.id}/`),
			categories: [g.data.category, ...g.data.tags],
		})),
	});
};
