/**
 * Turns an MDX guide body into plain-text sections for the search index:
 * one section for the text before the first heading (the lead), then one per
 * heading (h2 to h6), each with the anchor the built page gives that heading.
 * Pure string work: no MDX compiler, so it runs in the endpoint, tests and bench alike.
 */

/** A heading as Astro's `render(entry)` reports it: depth, id (slug) and text. */
export interface HeadingInfo {
	depth: number;
	slug: string;
	text: string;
}

/** One stretch of a guide: the heading above it (none for the lead) and its plain text. */
export interface BodySection {
	/** Heading text as the reader sees it; '' for the lead before the first heading. */
	heading: string;
	/** The heading's id in the built page ('' for the lead). */
	anchor: string;
	/** Heading level (2 for ##); 0 for the lead. */
	depth: number;
	/** Plain text with markdown and MDX removed and whitespace collapsed. */
	text: string;
}

/**
 * Inline markdown to plain text: links and images keep their text, emphasis,
 * code ticks, JSX tags and `{expressions}` go. Shared by headings and body text.
 *
 * Never throws.
 */
export function stripInline(md: string): string {
	return (
		md
			// MDX comments and expressions, HTML comments.
			.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
			.replace(/<!--[\s\S]*?-->/g, ' ')
			.replace(/\{[^{}]*\}/g, ' ')
			// JSX / HTML tags (self-closing, opening, closing); their text content stays.
			.replace(/<\/?[A-Za-z][\w.:-]*(?:\s+[^<>]*?)?\s*\/?>/g, ' ')
			// Images keep their alt text; links keep their text (inline and reference style).
			.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
			.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
			// Emphasis and code markers; underscores only where they delimit, not inside words.
			.replace(/\*+/g, '')
			.replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1')
			.replace(/`+/g, '')
			.replace(/~~/g, '')
			// The few entities authors type.
			.replace(/&nbsp;/g, ' ')
			.replace(/&amp;/g, '&')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
	);
}

/**
 * Collapses whitespace to single spaces and trims, and closes the gap a
 * removed tag leaves before punctuation: a guide's `knees <Cite id="…" />.`
 * reads "knees." in a search snippet, not "knees .". A mark that starts a
 * number (`.5`) or a word keeps its space.
 *
 * @example
 * squash('muscle activity  .\nAt the same speed') // 'muscle activity. At the same speed'
 */
export function squash(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.replace(/ ([.,;:!?])(?![\p{L}\p{N}])/gu, '$1')
		.trim();
}

/**
 * A block of markdown lines to plain text: list markers, quote markers,
 * table pipes and separator rows go, then {@link stripInline}.
 */
export function stripBlock(lines: readonly string[]): string {
	const kept: string[] = [];
	for (const raw of lines) {
		if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(raw)) continue; // table separator
		if (/^\s*(---|\*\*\*|___)\s*$/.test(raw)) continue; // thematic break
		const line = raw
			.replace(/^\s*>+\s?/, '')
			.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
			.replace(/\|/g, ' ');
		kept.push(line);
	}
	return squash(stripInline(kept.join('\n')));
}

/**
 * The id github-slugger (used by Astro's heading ids) gives a heading:
 * lower case, punctuation and symbols removed, spaces to hyphens, and "-1",
 * "-2"… appended to repeats. `seen` carries the repeats through one page.
 *
 * Never throws.
 */
export function slugify(text: string, seen: Map<string, number> = new Map()): string {
	const base = text
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
		.replace(/ /g, '-');
	let slug = base;
	while (seen.has(slug)) {
		const n = (seen.get(base) ?? 0) + 1;
		seen.set(base, n);
		slug = `${base}-${n}`;
	}
	seen.set(slug, 0);
	return slug;
}

const HEADING = /^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$/;
const FENCE = /^\s*(`{3,}|~{3,})/;

/**
 * Splits an MDX body (without frontmatter) at its headings.
 * `headings`, when given, are Astro's own (from `render(entry)`), in document
 * order: their slugs are used so anchors match the built page exactly. Without
 * them (tests, bench) the slugs come from {@link slugify}. Empty sections are kept
 * when they have a heading, since the heading alone is worth finding.
 *
 * Never throws.
 */
export function splitSections(body: string, headings?: readonly HeadingInfo[]): BodySection[] {
	const sections: BodySection[] = [];
	const seen = new Map<string, number>();
	let current: { heading: string; anchor: string; depth: number; lines: string[] } = {
		heading: '',
		anchor: '',
		depth: 0,
		lines: [],
	};
	let fence: string | null = null;
	let headingIndex = 0;
	const flush = () => {
		const text = stripBlock(current.lines);
		if (current.depth === 0 && text === '') return;
		sections.push({ heading: current.heading, anchor: current.anchor, depth: current.depth, text });
	};
	for (const line of body.split(/\r?\n/)) {
		const fenceMatch = FENCE.exec(line);
		if (fenceMatch) {
			const marker = fenceMatch[1] ?? '';
			if (fence === null) fence = marker;
			else if (marker.startsWith(fence)) fence = null;
			continue; // code is not prose; leave it out of the index
		}
		if (fence !== null) continue;
		if (current.depth === 0 && /^(import|export)\s/.test(line)) continue; // MDX ESM
		const h = HEADING.exec(line);
		if (h) {
			flush();
			const depth = (h[1] ?? '').length;
			const heading = squash(stripInline(h[2] ?? ''));
			const astro = headings?.[headingIndex];
			const anchor = astro && astro.depth === depth ? astro.slug : slugify(heading, seen);
			if (astro) seen.set(astro.slug, seen.get(astro.slug) ?? 0);
			headingIndex++;
			current = { heading, anchor, depth, lines: [] };
			continue;
		}
		current.lines.push(line);
	}
	flush();
	return sections;
}

/**
 * Splits a file's text into YAML frontmatter and body. Only for Node code
 * that reads MDX files itself (tests, bench); Astro parses frontmatter for pages.
 *
 * Never throws.
 */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } {
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
	if (!m) return { frontmatter: '', body: source };
	return { frontmatter: m[1] ?? '', body: source.slice(m[0].length) };
}
