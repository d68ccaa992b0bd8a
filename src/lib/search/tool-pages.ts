/**
 * The site's tool pages (the plan builder, "For clubs") as the search index
 * sees them. They are Astro pages, not MDX, so their words are read from the
 * page's own source at build time ({@link toolPageFromAstro}): the heading,
 * the description given to the layout, the text of the template, and one
 * section per `<h2 id>`, so a change to the page changes what search finds,
 * with no list to keep in step. Text that an island renders in the browser
 * (the builder's form) is not in the source and is not searched; the page's
 * lede and description are what name it.
 */
import type { ToolPageSource } from './build';
import { splitFrontmatter, squash, stripInline } from './mdx';

/** A tool page to index: its path under the base and its source file under src/pages/. */
export interface ToolPageFile {
	/** Relative to the base, e.g. "plan/". */
	path: string;
	/** Relative to src/pages/, e.g. "plan/index.astro". */
	file: string;
}

/** The tool pages search finds, in the order they follow the guides in the index. */
export const TOOL_PAGE_FILES: readonly ToolPageFile[] = [
	{ path: 'plan/', file: 'plan/index.astro' },
	{ path: 'embed/', file: 'embed/index.astro' },
	{ path: 'coach/', file: 'coach/index.astro' },
];

/** Shown where a guide shows its category. */
export const TOOL_CATEGORY = 'Tool';

/** Removes `{…}` expressions, innermost first, so nested braces (`{url('/x/')}`, `{' '}`) go too. */
function stripExpressions(html: string): string {
	let out = html;
	for (let previous = ''; previous !== out; ) {
		previous = out;
		out = out.replace(/\{[^{}]*\}/g, ' ');
	}
	return out;
}

/** Template markup to plain text: comments, scripts, styles, expressions and tags go; entities are decoded. */
function templateText(html: string): string {
	const withoutCode = html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ');
	const text = squash(stripInline(stripExpressions(withoutCode).replace(/<[^>]*>/g, ' ')));
	// A removed tag leaves a space before punctuation that followed it ("made ." for "made</a>.").
	return text.replace(/\s+([.,;:!?)])/g, '$1').replace(/\(\s+/g, '(');
}

/** The value of a plain string attribute (`name="…"`) of the first tag matching `tag`. */
function attribute(source: string, tag: string, name: string): string {
	const open = source.match(new RegExp(`<${tag}\\b[^>]*>`))?.[0] ?? '';
	return open.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1] ?? '';
}

/**
 * A tool page for the index, read from its Astro source: the `<h1>` as its
 * title, the layout's `description` attribute, the template's text before
 * the first `<h2 id>` as its lead, and each `<h2 id="…">` with the text up to
 * the next as a section (its id the anchor, as on the built page).
 *
 * Never throws: a source without these parts gives empty strings for them.
 *
 * @example
 * toolPageFromAstro('---\nconst a = 1;\n---\n<Base description="Plans."><h1>Plan builder</h1><p>Pick a goal.</p></Base>', 'plan/')
 * // { path: 'plan/', title: 'Plan builder', description: 'Plans.', category: 'Tool', tags: [], text: 'Pick a goal.', sections: [] }
 */
export function toolPageFromAstro(source: string, path: string): ToolPageSource {
	const { body } = splitFrontmatter(source);
	const template = body.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ');
	const title = templateText(template.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '');
	const description = squash(attribute(template, '[A-Z][\\w.]*', 'description'));
	const [lead = '', ...rest] = template.replace(/<h1\b[\s\S]*?<\/h1>/, ' ').split(/(?=<h2\b[^>]*\sid=")/);
	const sections = rest.map((part) => {
		const [, anchor = '', heading = '', after = ''] =
			part.match(/^<h2\b[^>]*\sid="([^"]*)"[^>]*>([\s\S]*?)<\/h2>([\s\S]*)$/) ?? [];
		return { heading: templateText(heading), anchor, text: templateText(after) };
	});
	return { path, title, description, category: TOOL_CATEGORY, tags: [], text: templateText(lead), sections };
}
