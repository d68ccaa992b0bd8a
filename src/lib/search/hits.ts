/**
 * A ranked section as a result the interface shows: title, section heading
 * and snippet cut into marked and plain pieces, and the link.
 */
import { markSegments, type Range, type Segment, snippetSegments } from './highlight';
import type { Scored } from './rank';
import { at, type DecodedIndex, type SearchRecord } from './records';
import { tokenize } from './word-forms';

/** A result as the interface shows it. */
export interface SearchHit {
	/** Page index in the index data. */
	page: number;
	/** Path relative to the site base, with "#anchor" when the match is in a section. */
	url: string;
	title: Segment[];
	/** The section heading, highlighted; null when the match is the page's lead. */
	section: Segment[] | null;
	snippet: Segment[];
	category: string;
	/** fuse.js score: 0 is perfect, 1 is no match. */
	score: number;
}

/**
 * fuse.js reports fuzzy ranges character by character ("[tre]a[dmill]"), and
 * a loose fuzzy hit can land in an unrelated word. For display, each reported
 * range is widened to the whole word it touches, and kept only if that word is
 * one the query terms matched in the index.
 *
 * Never throws.
 *
 * @example
 * wordRanges('Everyone uses energy', [[2, 4], [15, 17]], new Set(['energy'])) // [[14, 19]]
 */
export function wordRanges(text: string, ranges: readonly Range[], matched: ReadonlySet<string>): [number, number][] {
	if (ranges.length === 0) return [];
	const out: [number, number][] = [];
	for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
		const start = m.index;
		const end = start + m[0].length - 1;
		if (!ranges.some(([a, b]) => a <= end && b >= start)) continue;
		const [word] = tokenize(m[0]);
		if (word !== undefined && matched.has(word)) out.push([start, end]);
	}
	return out;
}

/**
 * The hit for a ranked section, its matched words (`matched`, as index words) marked.
 * The snippet is the section's text around the first match, or the page's
 * description when a lead matched only in its title, tags or description.
 *
 * @throws {RangeError} When `section` is not in `index` (a bug in the caller).
 */
export function toHit(index: DecodedIndex, ranked: Scored, matched: ReadonlySet<string>): SearchHit {
	const section = at(index.sections, ranked.section, 'section');
	const page = at(index.pages, section.page, 'page');
	const values: Record<keyof SearchRecord, string> = {
		t: page.title,
		h: section.heading,
		g: '',
		d: page.description,
		x: section.text,
	};
	const ranges = (key: keyof SearchRecord) =>
		wordRanges(
			values[key],
			ranked.matches.filter((m) => m.key === key).flatMap((m) => m.indices),
			matched,
		);
	const textRanges = ranges('x');
	const useDescription = textRanges.length === 0 && section.heading === '' && page.description !== '';
	return {
		page: section.page,
		url: section.anchor ? `${page.path}#${section.anchor}` : page.path,
		title: markSegments(page.title, ranges('t')),
		section: section.heading ? markSegments(section.heading, ranges('h')) : null,
		snippet: useDescription
			? snippetSegments(page.description, ranges('d'))
			: snippetSegments(section.text, textRanges),
		category: page.category,
		score: ranked.score,
	};
}
