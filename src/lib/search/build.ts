/**
 * Builds the search index the site ships as one static JSON file. The format
 * is positional arrays rather than objects, so no key name is repeated per
 * entry: see {@link SearchIndexData}. Everything a result shows (title,
 * section, snippet) comes from here, so the browser needs nothing else.
 */
import { type HeadingInfo, splitSections, squash } from './mdx';
import { decodeIndex } from './records';
import { vocabulary } from './word-index';
import { encodeWordKey, isWordKeyCode, type WordKeyCode } from './word-keys';

/**
 * Bumped when the shape of {@link SearchIndexData} changes, and when word-forms.ts's `tokenize`
 * or `wordKey` change what they answer (the file's `k` holds their answers from build time).
 */
export const SEARCH_INDEX_VERSION = 1;

/**
 * A page as the index sees it: [path, title, category, tags, description].
 * `path` is relative to the site base, without a leading slash ("guides/knees/").
 */
export type IndexedPage = [path: string, title: string, category: string, tags: string[], description: string];

/**
 * A section: [page number, heading, anchor, text]. Heading and anchor are ''
 * for the text before a guide's first heading (its lead) and for tool pages.
 */
export type IndexedSection = [page: number, heading: string, anchor: string, text: string];

/** The JSON file: `v` version, `p` pages, `s` sections (see the tuple types), `k` word keys. */
export interface SearchIndexData {
	/** {@link SEARCH_INDEX_VERSION}. */
	v: number;
	/** The pages, guides first. */
	p: IndexedPage[];
	/** The sections, in page order. */
	s: IndexedSection[];
	/**
	 * Each word's key, worked out at build time so the browser need not stem every word before
	 * the first answer (word-keys.ts): one per word of the word index (word-index.ts's
	 * `vocabulary`, numbered as it numbers them). Optional: without it the engine works them
	 * out, with the same results.
	 */
	k?: WordKeyCode[];
}

/** A guide handed to {@link buildSearchIndex}: its frontmatter fields and MDX body. */
export interface GuideSource {
	/** The collection id, which is also the URL slug (`/guides/<id>/`). */
	id: string;
	title: string;
	description: string;
	category: string;
	tags: readonly string[];
	/** The MDX body without frontmatter (`entry.body`). */
	body: string;
	/** Astro's headings from `render(entry)`, so anchors match the built page; optional in tests. */
	headings?: readonly HeadingInfo[];
}

/** A non-guide page (the plan builder, "For clubs"): its lead, and its sections when it has some. */
export interface ToolPageSource {
	/** Path relative to the base, e.g. "plan/". */
	path: string;
	title: string;
	description: string;
	/** Shown where a guide shows its category. */
	category: string;
	tags: readonly string[];
	/** The page's text before its first section heading, plain text. */
	text: string;
	/** The page's sections under headings with ids, indexed like a guide's. */
	sections?: readonly { heading: string; anchor: string; text: string }[];
}

/**
 * The index for the guides (in the order given) and then the tool pages.
 * Pure and deterministic: the endpoint and the relevance test call it alike.
 *
 * Never throws.
 */
export function buildSearchIndex(
	guides: readonly GuideSource[],
	tools: readonly ToolPageSource[] = [],
): SearchIndexData {
	const p: IndexedPage[] = [];
	const s: IndexedSection[] = [];
	for (const g of guides) {
		const page = p.length;
		p.push([`guides/${g.id}/`, squash(g.title), g.category, g.tags.map(squash), squash(g.description)]);
		for (const section of splitSections(g.body, g.headings)) {
			s.push([page, section.heading, section.anchor, section.text]);
		}
	}
	for (const t of tools) {
		const page = p.length;
		p.push([t.path, squash(t.title), t.category, t.tags.map(squash), squash(t.description)]);
		s.push([page, '', '', squash(t.text)]);
		for (const section of t.sections ?? [])
			s.push([page, squash(section.heading), section.anchor, squash(section.text)]);
	}
	const k = vocabulary(decodeIndex({ v: SEARCH_INDEX_VERSION, p, s }).records).words.map(encodeWordKey);
	return { v: SEARCH_INDEX_VERSION, p, s, k };
}

/**
 * Runtime check of a fetched index, so a stale or broken file fails clearly,
 * not deep in the search: the version, every page's fields, every
 * section's fields with a page number that names one of the pages, and the
 * word keys' form when there are some.
 *
 * Never throws: anything that is not an index of this version is false.
 *
 * @example
 * isSearchIndexData({ v: SEARCH_INDEX_VERSION, p: [], s: [] }) // true
 * isSearchIndexData({ v: SEARCH_INDEX_VERSION, p: [], s: [[0, '', '', 'x']] }) // false: no page 0
 */
export function isSearchIndexData(value: unknown): value is SearchIndexData {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as Partial<SearchIndexData>;
	if (v.v !== SEARCH_INDEX_VERSION || !Array.isArray(v.p) || !Array.isArray(v.s)) return false;
	if (v.k !== undefined && !(Array.isArray(v.k) && v.k.every(isWordKeyCode))) return false;
	const pageCount = v.p.length;
	return v.p.every(isIndexedPage) && v.s.every((s) => isIndexedSection(s, pageCount));
}

const isString = (x: unknown): x is string => typeof x === 'string';

function isIndexedPage(p: unknown): p is IndexedPage {
	return (
		Array.isArray(p) &&
		p.length === 5 &&
		isString(p[0]) &&
		isString(p[1]) &&
		isString(p[2]) &&
		Array.isArray(p[3]) &&
		p[3].every(isString) &&
		isString(p[4])
	);
}

function isIndexedSection(s: unknown, pageCount: number): s is IndexedSection {
	return (
		Array.isArray(s) &&
		s.length === 4 &&
		Number.isInteger(s[0]) &&
		s[0] >= 0 &&
		s[0] < pageCount &&
		isString(s[1]) &&
		isString(s[2]) &&
		isString(s[3])
	);
}
