/**
 * The index file decoded once into named records. The file is positional
 * arrays to stay small (build.ts); everything after decoding reads names
 * (`section.page`, `page.title`), so the file's layout stays in this module.
 */
import type { SearchIndexData } from './build';

/** A page of the site as search shows it. */
export interface PageRecord {
	/** Relative to the site base, without a leading slash ("guides/knees/"). */
	path: string;
	title: string;
	/** The category's label, or "Tool" for the builder and the clubs page. */
	category: string;
	tags: readonly string[];
	description: string;
}

/** A stretch of a page under one heading. */
export interface SectionRecord {
	/** Its page's number in {@link DecodedIndex.pages}. */
	page: number;
	/** '' for a page's lead (the text before its first heading). */
	heading: string;
	/** The heading's id on the page ('' for the lead). */
	anchor: string;
	text: string;
}

/**
 * One searchable section as fuse.js sees it. Short keys, as fuse's options
 * and match reports name fields by key.
 */
export interface SearchRecord {
	/** Page title (every section of the page carries it). */
	t: string;
	/** Section heading ('' for a lead). */
	h: string;
	/** Page tags joined with " · " (lead section only, so a tag match points at the top of the page). */
	g: string;
	/** Page description (lead section only). */
	d: string;
	/** Section text. */
	x: string;
}

/** The index as the engine reads it: pages, sections, and each section as fuse searches it. */
export interface DecodedIndex {
	pages: readonly PageRecord[];
	sections: readonly SectionRecord[];
	/** One per section, same order. */
	records: readonly SearchRecord[];
}

/**
 * `list[index]` for an index that cannot be out of range unless the code (or
 * an index file that slipped past {@link isSearchIndexData}) is wrong: it
 * throws rather than answer with a made-up value that would send a reader to
 * the wrong page.
 *
 * @throws {RangeError} When `index` is not a position in `list`.
 *
 * @example
 * at(['a', 'b'], 1, 'page') // 'b'
 * at(['a', 'b'], 2, 'page') // throws RangeError: page 2 is out of range (2)
 */
export function at<T>(list: readonly T[], index: number, what: string): T {
	if (!Number.isInteger(index) || index < 0 || index >= list.length) {
		throw new RangeError(`${what} ${index} is out of range (${list.length})`);
	}
	return list[index] as T;
}

/**
 * Decodes the index file into named records, once per engine.
 *
 * @throws {RangeError} When a section names a page the file does not have
 * (isSearchIndexData refuses such a file, so only a bug gets here).
 *
 * @example
 * decodeIndex({ v: 1, p: [['plan/', 'Plan builder', 'Tool', [], 'Build a plan.']], s: [[0, '', '', 'Weeks.']] })
 * // { pages: [{ path: 'plan/', title: 'Plan builder', … }], sections: [{ page: 0, heading: '', … }], records: [{ t: 'Plan builder', … }] }
 */
export function decodeIndex(data: SearchIndexData): DecodedIndex {
	const pages = data.p.map(
		([path, title, category, tags, description]): PageRecord => ({ path, title, category, tags, description }),
	);
	const sections = data.s.map(([page, heading, anchor, text]): SectionRecord => ({ page, heading, anchor, text }));
	const records = sections.map((section): SearchRecord => {
		const page = at(pages, section.page, 'page');
		const lead = section.heading === '';
		return {
			t: page.title,
			h: section.heading,
			g: lead ? page.tags.join(' · ') : '',
			d: lead ? page.description : '',
			x: section.text,
		};
	});
	return { pages, sections, records };
}
