/**
 * "A guide that states a number cites a source", made checkable: split an MDX
 * guide into paragraphs and find those that state a figure that looks like
 * data but carry no <Cite>.
 *
 * What counts as "looks like data" (DATA_FIGURE_PATTERNS): numbers a reader
 * would take as measured or recorded, not every digit.
 * - a percentage: "24%", "84 %", "20 per cent";
 * - a race or record time with hours or hundredths: "3:43:39", "5:54.25"
 *   (plain "9:00" is left out: that is how we write paces and clock times);
 * - a multiple: "4.5 times body weight", "1.34 times slower", "× 1.6";
 * - a measured quantity with a unit of measurement: "134 m/min", "9.6 km/h",
 *   "157 newton-metres", "22 beats a minute", "13.6 s", "2.3 times";
 * - a year next to a result word: "in 2004 … record", "2019 … ran".
 * Counts, doses and distances in advice ("2 to 5 minutes", "500 m backward")
 * are not matched: they are instructions, not claims.
 *
 * A paragraph is a block between blank lines; each list item is its own
 * paragraph, so a cited item cannot vouch for an uncited neighbour. Headings,
 * imports, JSX-only lines and frontmatter are skipped.
 */

/**
 * Each pattern with the reason it counts as data, for readable failures. The
 * `figure` group is the token compared across paragraphs (see `uncitedFigures`).
 */
export const DATA_FIGURE_PATTERNS: readonly { name: string; re: RegExp }[] = [
	{ name: 'percentage', re: /(?<figure>\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)/gi },
	{ name: 'race time', re: /\b(?<figure>\d{1,2}:\d{2}(?::\d{2}|\.\d{1,2}))\b/g },
	{ name: 'multiple', re: /\b(?<figure>\d+\.\d+)\s?(?:×|times\b)|×\s?(?<figure2>\d+\.\d+)/gi },
	{
		name: 'measured quantity',
		re: /\b(?<figure>\d+(?:\.\d+)?)\s?(?:m\/min|km\/h|m\/s|mph|metres? a second|newton|bpm|beats a minute|ml\/kg|kcal|watts)/gi,
	},
	{ name: 'decimal seconds', re: /\b(?<figure>\d+\.\d+)\s?(?:s|seconds)\b/g },
	{
		name: 'year with a result',
		re: /\b(?<figure>(?:19|20)\d{2})\b(?=[^.]{0,80}\b(?:record|ran|finished|won|clocked)\b)/gi,
	},
];

export interface FigureParagraph {
	/** 1-based line where the paragraph starts in the file. */
	line: number;
	text: string;
	/** Names of the patterns it matched. */
	figures: string[];
}

/**
 * Paragraphs (and list items) of an MDX source, with their first line number.
 *
 * Never throws.
 */
export function mdxParagraphs(source: string): { line: number; text: string }[] {
	const lines = source.split('\n');
	let start = 0;
	if (lines[0]?.trim() === '---') {
		const end = lines.indexOf('---', 1);
		start = end === -1 ? 0 : end + 1;
	}
	const out: { line: number; text: string }[] = [];
	let current: { line: number; parts: string[] } | undefined;
	const flush = () => {
		if (current) out.push({ line: current.line, text: current.parts.join(' ').trim() });
		current = undefined;
	};
	for (let i = start; i < lines.length; i++) {
		const raw = lines[i] ?? '';
		const line = raw.trim();
		if (line === '' || /^#{1,6}\s/.test(line) || /^(import|export)\s/.test(line)) {
			flush();
			continue;
		}
		if (/^(?:[-*+]|\d+\.)\s/.test(line)) flush();
		if (!current) current = { line: i + 1, parts: [] };
		current.parts.push(line);
	}
	flush();
	// A block of JSX tags alone (<SampleWeek />, </Callout>) says nothing.
	return out.filter((p) => p.text.replace(/<[^>]*>/g, '').trim() !== '');
}

/** Text without tags, link targets or <Cite> ids, as a reader sees it. */
function prose(text: string): string {
	return text.replace(/<[^>]*>/g, ' ').replace(/\]\([^)]*\)/g, ']');
}

/**
 * Every data-like figure in a text, as `{ name, figure }` (the figure's number, spaces removed).
 *
 * Never throws.
 */
export function dataFigures(text: string): { name: string; figure: string }[] {
	const found: { name: string; figure: string }[] = [];
	const visible = prose(text);
	for (const { name, re } of DATA_FIGURE_PATTERNS) {
		for (const m of visible.matchAll(new RegExp(re.source, re.flags))) {
			const figure = m.groups?.figure ?? m.groups?.figure2 ?? m[0];
			found.push({ name, figure: figure.replace(/\s/g, '') });
		}
	}
	return found;
}

/**
 * Paragraphs stating a data-like figure with no <Cite> in the same paragraph.
 * One relief: a figure that a cited paragraph of the same guide already gives
 * ("So a fair summary is 30 to 35% more", after "35% more <Cite …/>") is a
 * restatement, not a new claim. Every figure of the paragraph must be such a
 * restatement for the paragraph to pass.
 *
 * Never throws.
 */
export function uncitedFigures(source: string): FigureParagraph[] {
	const paragraphs = mdxParagraphs(source).map((p) => ({
		...p,
		cited: /<Cite\s/.test(p.text),
		found: dataFigures(p.text),
	}));
	const citedFigures = new Set(paragraphs.filter((p) => p.cited).flatMap((p) => p.found.map((f) => f.figure)));
	return paragraphs
		.filter((p) => !p.cited)
		.map((p) => ({
			line: p.line,
			text: p.text,
			figures: p.found.filter((f) => !citedFigures.has(f.figure)).map((f) => `${f.name} ${f.figure}`),
		}))
		.filter((p) => p.figures.length > 0);
}
