/**
 * Navigation between guides: the previous and next guide on the same shelf,
 * and related guides by shared tags.
 */

/** What these helpers need to know about a guide. */
export interface GuideSummary {
	id: string;
	category: string;
	tags: readonly string[];
}

/**
 * The guides before and after `id` within its category, in the order given
 * (the guides index order). Either is undefined at the ends of the shelf.
 *
 * Never throws.
 */
export function neighboursInCategory<T extends GuideSummary>(guides: readonly T[], id: string): { prev?: T; next?: T } {
	const current = guides.find((g) => g.id === id);
	if (!current) return {};
	const shelf = guides.filter((g) => g.category === current.category);
	const i = shelf.indexOf(current);
	const prev = shelf[i - 1];
	const next = shelf[i + 1];
	return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

/**
 * Up to `limit` guides sharing the most informative tags with `id`. Each
 * shared tag weighs log(N / guides with that tag), so a tag every guide has
 * ("backward running") counts for nothing and a rare one ("knees") for a lot.
 * Tags compare case-insensitively. Ties keep the order given. Guides sharing
 * nothing informative are never listed.
 *
 * Never throws.
 */
export function relatedByTags<T extends GuideSummary>(guides: readonly T[], id: string, limit = 3): T[] {
	const current = guides.find((g) => g.id === id);
	if (!current) return [];
	const norm = (tags: readonly string[]) => new Set(tags.map((t) => t.trim().toLowerCase()));
	const tagSets = new Map(guides.map((g) => [g.id, norm(g.tags)]));
	const frequency = new Map<string, number>();
	for (const set of tagSets.values()) for (const t of set) frequency.set(t, (frequency.get(t) ?? 0) + 1);
	const mine = tagSets.get(id) ?? new Set<string>();
	const weight = (t: string) => Math.log(guides.length / (frequency.get(t) ?? guides.length));
	return guides
		.filter((g) => g.id !== id)
		.map((g, order) => {
			let score = 0;
			for (const t of tagSets.get(g.id) ?? []) if (mine.has(t)) score += weight(t);
			return { g, score, order };
		})
		.filter((x) => x.score > 1e-9)
		.sort((a, b) => b.score - a.score || a.order - b.order)
		.slice(0, limit)
		.map((x) => x.g);
}
