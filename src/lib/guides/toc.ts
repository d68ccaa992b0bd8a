/**
 * A guide's table of contents from the headings `render()` returns: h2s with
 * their h3s nested. Deeper headings are left out (too fine for a sidebar); an
 * h3 before the first h2 stands on its own.
 */

/** The shape Astro's `render()` gives each heading. */
export interface HeadingLike {
	depth: number;
	slug: string;
	text: string;
}

export interface TocItem {
	slug: string;
	text: string;
	children: TocItem[];
}

/**
 * Never throws.
 *
 * @example
 * buildToc([{ depth: 2, slug: 'a', text: 'A' }, { depth: 3, slug: 'b', text: 'B' }])
 * // [{ slug: 'a', text: 'A', children: [{ slug: 'b', text: 'B', children: [] }] }]
 */
export function buildToc(headings: readonly HeadingLike[]): TocItem[] {
	const items: TocItem[] = [];
	for (const h of headings) {
		if (h.depth === 2) items.push({ slug: h.slug, text: h.text, children: [] });
		else if (h.depth === 3) {
			const item = { slug: h.slug, text: h.text, children: [] };
			const parent = items.at(-1);
			if (parent) parent.children.push(item);
			else items.push(item);
		}
	}
	return items;
}
