/**
 * Match ranges to display pieces: the UI turns each `{ text, mark }` into a
 * text node or a <mark>, never into HTML, so indexed text cannot inject markup.
 */

/** A piece of displayed text; `mark` pieces matched the query. */
export interface Segment {
	text: string;
	mark: boolean;
}

/** An inclusive [start, end] range, as fuse.js reports matches. */
export type Range = readonly [number, number];

/** Sorts, clips and merges overlapping or touching ranges. */
export function mergeRanges(ranges: readonly Range[], length: number): [number, number][] {
	const sorted = ranges
		.map(([a, b]): [number, number] => [Math.max(0, a), Math.min(length - 1, b)])
		.filter(([a, b]) => b >= a)
		.sort((x, y) => x[0] - y[0]);
	const out: [number, number][] = [];
	for (const r of sorted) {
		const last = out[out.length - 1];
		if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
		else out.push([r[0], r[1]]);
	}
	return out;
}

/**
 * The whole text cut into marked and unmarked pieces.
 *
 * Never throws.
 */
export function markSegments(text: string, ranges: readonly Range[] = []): Segment[] {
	const out: Segment[] = [];
	let at = 0;
	for (const [a, b] of mergeRanges(ranges, text.length)) {
		if (a > at) out.push({ text: text.slice(at, a), mark: false });
		out.push({ text: text.slice(a, b + 1), mark: true });
		at = b + 1;
	}
	if (at < text.length || out.length === 0) out.push({ text: text.slice(at), mark: false });
	return out;
}

/**
 * A window of about `width` characters around the first match (or the start
 * when nothing in this text matched), cut at word boundaries, with "…" where
 * text was left out.
 *
 * Never throws.
 */
export function snippetSegments(text: string, ranges: readonly Range[] = [], width = 160): Segment[] {
	const merged = mergeRanges(ranges, text.length);
	if (text.length <= width) return markSegments(text, merged);
	const first = merged[0]?.[0] ?? 0;
	let start = Math.max(0, first - Math.floor(width / 3));
	if (start > 0) {
		const space = text.indexOf(' ', start);
		start = space === -1 || space > first ? start : space + 1;
	}
	let end = Math.min(text.length, start + width);
	if (end < text.length) {
		const space = text.lastIndexOf(' ', end);
		if (space > start + width / 2) end = space;
	}
	const inside = merged
		.filter(([a, b]) => b >= start && a < end)
		.map(([a, b]): Range => [Math.max(a, start) - start, Math.min(b, end - 1) - start]);
	const segments = markSegments(text.slice(start, end), inside);
	if (start > 0) segments.unshift({ text: '… ', mark: false });
	if (end < text.length) segments.push({ text: ' …', mark: false });
	return segments;
}
