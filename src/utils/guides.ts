import { type CollectionEntry, getCollection } from 'astro:content';
import { guideCategories } from '../content.config';

export type Guide = CollectionEntry<'guides'>;

/** Human names for the guide categories, in index order. */
export const categoryLabels: Record<(typeof guideCategories)[number], string> = {
	technique: 'Technique',
	safety: 'Safety',
	benefits: 'Benefits and evidence',
	training: 'Training',
	coaching: 'Coaching and clubs',
	stories: 'Stories and records',
};

/**
 * The published guides, sorted by category then `order` then title.
 * Drafts show in `astro dev` so authors can preview them, never in a build.
 */
export async function getGuides(): Promise<Guide[]> {
	const all = await getCollection('guides', ({ data }) => import.meta.env.DEV || !data.draft);
	return all.sort(
		(a, b) =>
			guideCategories.indexOf(a.data.category) - guideCategories.indexOf(b.data.category) ||
			a.data.order - b.data.order ||
			a.data.title.localeCompare(b.data.title),
	);
}

/**
 * Reading time at 200 words a minute, never less than one minute.
 * MDX tags and frontmatter are stripped first so they do not inflate it.
 */
export function readingMinutes(body: string | undefined): number {
	const text = (body ?? '').replace(/<[^>]+>/g, ' ').replace(/[#*_`[\]()]/g, ' ');
	const words = text.split(/\s+/).filter(Boolean).length;
	return Math.max(1, Math.round(words / 200));
}
