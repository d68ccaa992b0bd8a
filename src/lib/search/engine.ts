/**
 * The search itself, in two stages so it stays fast at a thousand guides:
 *
 *  1. Candidates (our code): an inverted index of every word maps each query
 *     term, by exact word, prefix ("treadm") or a small edit distance
 *     ("tredmill", "backwrds"), to the sections containing it. Sections with
 *     every term (any field) are candidates; the best few per page are kept.
 *  2. Ranking (fuse.js token search): fuse scores the candidates with the
 *     field weights below (title over heading over tags over description over
 *     text) and reports the matched ranges for highlighting.
 *
 * Results are one per page: its best section, linked by anchor.
 */
import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import type { SearchIndexData } from './build';
import { markSegments, type Range, type Segment, snippetSegments } from './highlight';
import { contentWords, fallbackQueries } from './query';
import { canonicalWord, synonymVariant } from './synonyms';

/** One searchable section as fuse.js sees it. */
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

/**
 * The tuning the relevance test (relevance.test.ts) pins. Weights are relative;
 * fuse.js normalises them. `threshold` is fuse's fuzziness (0 exact, 1 anything).
 */
export const SEARCH_TUNING = {
	weights: { t: 1, h: 0.5, g: 0.4, d: 0.3, x: 0.15 },
	threshold: 0.35,
	/** How much fuse favours short fields (1 is fuse's default; 0 ignores length). */
	fieldNormWeight: 0.25,
	/** Candidate sections handed to fuse, at most, and at most this many per page. */
	maxCandidates: 32,
	maxPerPage: 2,
	/** Added to the score of results found only through a synonym. */
	synonymPenalty: 0.1,
	/** Added per word left out when no section matches every word of the query (query.ts). */
	droppedWordPenalty: 0.25,
	/** A query word on more than this share of pages is left out while other words remain. */
	commonWordShare: 0.6,
};

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

export interface SearchOptions {
	/** Most results to return (default 8). */
	limit?: number;
}

export interface SearchEngine {
	search(query: string, options?: SearchOptions): SearchHit[];
	/** How many sections the index holds. */
	readonly size: number;
}

const FIELDS = ['t', 'h', 'g', 'd', 'x'] as const;
type Field = (typeof FIELDS)[number];
const FIELD_BIT: Record<Field, number> = { t: 1, h: 2, g: 4, d: 8, x: 16 };

/** Lower case, accents removed, split into words: the same rule for index and query. */
export function tokenize(text: string): string[] {
	return (
		text
			.toLowerCase()
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.match(/[\p{L}\p{N}]+/gu) ?? []
	);
}

/** Damerau-Levenshtein distance (adjacent swaps count once), giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const n = b.length;
	let prev2 = new Array<number>(n + 1).fill(0);
	let prev = Array.from({ length: n + 1 }, (_, j) => j);
	let cur = new Array<number>(n + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		cur[0] = i;
		let rowMin = i;
		for (let j = 1; j <= n; j++) {
			const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
			let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
			cur[j] = v;
			if (v < rowMin) rowMin = v;
		}
		if (rowMin > max) return max + 1;
		[prev2, prev, cur] = [prev, cur, prev2];
	}
	return prev[n] ?? max + 1;
}

/** Edits allowed for a query term of this length: none below 4 letters, 1 up to 6, then 2. */
function allowedEdits(length: number): number {
	return length < 4 ? 0 : length < 7 ? 1 : 2;
}

interface WordIndex {
	words: string[];
	/** Per word: section * 32 + bitmask of the fields it appears in. */
	postings: number[][];
	byWord: Map<string, number>;
	/** Word numbers sorted alphabetically, for prefix lookups. */
	sorted: number[];
	/** Word numbers by length, for the edit-distance scan. */
	byLength: Map<number, number[]>;
}

function buildWordIndex(records: readonly SearchRecord[]): WordIndex {
	const words: string[] = [];
	const postings: number[][] = [];
	const byWord = new Map<string, number>();
	records.forEach((r, section) => {
		const masks = new Map<number, number>();
		for (const field of FIELDS) {
			for (const w of tokenize(r[field])) {
				let id = byWord.get(w);
				if (id === undefined) {
					id = words.length;
					words.push(w);
					postings.push([]);
					byWord.set(w, id);
				}
				masks.set(id, (masks.get(id) ?? 0) | FIELD_BIT[field]);
			}
		}
		for (const [id, mask] of masks) postings[id]?.push(section * 32 + mask);
	});
	const sorted = words.map((_, i) => i).sort((a, b) => ((words[a] ?? '') < (words[b] ?? '') ? -1 : 1));
	const byLength = new Map<number, number[]>();
	words.forEach((w, i) => {
		const list = byLength.get(w.length);
		if (list) list.push(i);
		else byLength.set(w.length, [i]);
	});
	return { words, postings, byWord, sorted, byLength };
}

/** Words of the index a query term can stand for, each with how good a match it is (1 exact). */
function matchWords(index: WordIndex, term: string, isLast: boolean): Map<number, number> {
	const found = new Map<number, number>();
	const exact = index.byWord.get(term);
	if (exact !== undefined) found.set(exact, 1);
	// Prefixes: "treadm" while typing, "knee" for "kneecap". Short terms only as the last (typed) word.
	if (term.length >= 3 || (isLast && term.length >= 2)) {
		let lo = 0;
		let hi = index.sorted.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((index.words[index.sorted[mid] ?? 0] ?? '') < term) lo = mid + 1;
			else hi = mid;
		}
		for (let k = lo; k < index.sorted.length; k++) {
			const id = index.sorted[k] ?? 0;
			if (!(index.words[id] ?? '').startsWith(term)) break;
			if (!found.has(id)) found.set(id, 0.8);
		}
	}
	const edits = allowedEdits(term.length);
	for (let len = term.length - edits; edits > 0 && len <= term.length + edits; len++) {
		for (const id of index.byLength.get(len) ?? []) {
			if (found.has(id)) continue;
			const w = index.words[id] ?? '';
			// Typos rarely hit the first letter; checking it first keeps the scan cheap.
			if (w.charCodeAt(0) !== term.charCodeAt(0)) continue;
			const d = editDistance(term, w, edits);
			if (d <= edits) found.set(id, 0.7 - 0.1 * d);
		}
	}
	// A light stem ("dizzy" → "dizz", "drills" → "drill") finds the other forms of a word.
	const stem = term.replace(/(?:ing|ness|ed|es|s|y)$/, '');
	if (stem !== term && stem.length >= 4) {
		for (const [id, q] of matchWords(index, stem, true)) {
			const quality = Math.min(0.75, q * 0.9);
			if (quality > (found.get(id) ?? 0)) found.set(id, quality);
		}
	}
	return found;
}

const PRE_WEIGHT: Record<number, number> = { 1: 5, 2: 3, 4: 2, 8: 1.5, 16: 1 };

function bestFieldWeight(mask: number): number {
	let best = 0;
	for (const bit of [1, 2, 4, 8, 16]) if (mask & bit) best = Math.max(best, PRE_WEIGHT[bit] ?? 0);
	return best;
}

/**
 * fuse.js reports fuzzy ranges character by character ("[tre]a[dmill]"), and
 * a loose fuzzy hit can land in an unrelated word. For display, each reported
 * range is widened to the whole word it touches, and kept only if that word is
 * one the query terms matched in the index.
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

/** Turns the index file into the records fuse.js searches. */
export function toRecords(data: SearchIndexData): SearchRecord[] {
	return data.s.map(([page, heading, , text]) => {
		const p = data.p[page];
		const lead = heading === '';
		return {
			t: p?.[1] ?? '',
			h: heading,
			g: lead ? (p?.[3] ?? []).join(' · ') : '',
			d: lead ? (p?.[4] ?? '') : '',
			x: text,
		};
	});
}

/** A search engine over the index data; build once, query on every keystroke. */
export function createSearchEngine(data: SearchIndexData, tuning = SEARCH_TUNING): SearchEngine {
	const records = toRecords(data);
	const words = buildWordIndex(records);
	const pageOf = data.s.map((s) => s[0]);
	const fuseOptions: IFuseOptions<SearchRecord> = {
		keys: FIELDS.map((name) => ({ name, weight: tuning.weights[name] })),
		threshold: tuning.threshold,
		fieldNormWeight: tuning.fieldNormWeight,
		ignoreLocation: true,
		ignoreDiacritics: false,
		includeMatches: true,
		includeScore: true,
		minMatchCharLength: 2,
		useTokenSearch: true,
		tokenize: /[\p{L}\p{N}]+/gu,
	};

	/** Candidate section numbers for these terms (in document order), and the index words the terms matched. */
	function candidates(terms: readonly string[], matched: Set<string>): number[] {
		let scores: Map<number, number> | null = null;
		terms.forEach((term, i) => {
			const perSection = new Map<number, number>();
			for (const [id, quality] of matchWords(words, term, i === terms.length - 1)) {
				matched.add(words.words[id] ?? '');
				for (const entry of words.postings[id] ?? []) {
					const section = Math.floor(entry / 32);
					const s = quality * bestFieldWeight(entry % 32);
					if (s > (perSection.get(section) ?? 0)) perSection.set(section, s);
				}
			}
			if (scores === null) {
				scores = perSection;
				return;
			}
			const next = new Map<number, number>();
			for (const [section, s] of scores as Map<number, number>) {
				const t = perSection.get(section);
				if (t !== undefined) next.set(section, s + t);
			}
			scores = next;
		});
		const ranked = [...((scores as Map<number, number> | null) ?? new Map<number, number>())].sort(
			(a, b) => b[1] - a[1] || a[0] - b[0],
		);
		const perPage = new Map<number, number>();
		const out: number[] = [];
		for (const [section] of ranked) {
			const page = pageOf[section] ?? -1;
			const n = perPage.get(page) ?? 0;
			if (n >= tuning.maxPerPage) continue;
			perPage.set(page, n + 1);
			out.push(section);
			if (out.length >= tuning.maxCandidates) break;
		}
		return out.sort((a, b) => a - b); // document order, so fuse's ties go to the earlier section
	}

	interface Scored {
		section: number;
		score: number;
		matches: readonly FuseResultMatch[];
	}

	/**
	 * The words fuse searches for: a term the index holds (as a word or the
	 * start of one) as typed, a typo as its closest index word. fuse then finds
	 * exact substrings, which is fast and highlights the right word.
	 */
	function fuseTerms(terms: readonly string[]): string[] {
		return terms.map((term, i) => {
			let best = term;
			let bestQuality = 0;
			let bestCount = 0;
			for (const [id, quality] of matchWords(words, term, i === terms.length - 1)) {
				if (quality >= 0.8) return term;
				const count = words.postings[id]?.length ?? 0;
				if (quality > bestQuality || (quality === bestQuality && count > bestCount)) {
					best = words.words[id] ?? term;
					bestQuality = quality;
					bestCount = count;
				}
			}
			return best;
		});
	}

	function rank(terms: readonly string[], matched: Set<string>): Scored[] {
		const ids = candidates(terms, matched);
		if (ids.length === 0) return [];
		const fuse = new Fuse(
			ids.map((id) => records[id] as SearchRecord),
			{ ...fuseOptions, tokenMatch: 'all' },
		);
		return fuse.search(fuseTerms(terms).join(' ')).map((r) => ({
			section: ids[r.refIndex] ?? 0,
			score: r.score ?? 1,
			matches: r.matches ?? [],
		}));
	}

	/**
	 * A term as the index spells it, when that spelling has synonyms: "backwrds"
	 * becomes "backwards" (so it also finds "retro"); otherwise the term itself.
	 */
	function correctedTerm(term: string, isLast: boolean): string {
		if (canonicalWord(term) !== undefined) return term;
		let best = term;
		let bestQuality = 0;
		for (const [id, quality] of matchWords(words, term, isLast)) {
			const w = words.words[id] ?? '';
			if (quality > bestQuality && canonicalWord(w) !== undefined) {
				best = w;
				bestQuality = quality;
			}
		}
		return best;
	}

	const pageCount = Math.max(1, data.p.length);
	const shares = new Map<string, number>();
	/** The share of pages holding a word the term matches exactly (0 to 1), cached per term. */
	function pageShare(term: string): number {
		const cached = shares.get(term);
		if (cached !== undefined) return cached;
		const pages = new Set<number>();
		const id = words.words.indexOf(term);
		for (const entry of id === -1 ? [] : (words.postings[id] ?? [])) pages.add(pageOf[Math.floor(entry / 32)] ?? -1);
		const share = pages.size / pageCount;
		shares.set(term, share);
		return share;
	}

	function search(query: string, options: SearchOptions = {}): SearchHit[] {
		const limit = options.limit ?? 8;
		const terms = tokenize(query).slice(0, 8);
		if (terms.length === 0 || terms.join('').length < 2) return [];
		const best = new Map<number, Scored>();
		const consider = (list: Scored[]) => {
			for (const r of list) {
				const prev = best.get(r.section);
				if (!prev || r.score < prev.score) best.set(r.section, r);
			}
		};
		const matched = new Set<string>();
		// Words on nearly every page ("backward", "running") cannot tell pages apart: search
		// with the others, unless nothing else is left.
		const asked = contentWords(terms);
		const telling = asked.filter((t) => pageShare(t) <= tuning.commonWordShare);
		const words = telling.length > 0 ? telling : asked;
		consider(rank(words, matched));
		const variant = synonymVariant(words.map((t, i) => correctedTerm(t, i === words.length - 1)));
		// A synonym's hits count a little less than the words the reader typed.
		if (variant) consider(rank(variant, matched).map((r) => ({ ...r, score: r.score + tuning.synonymPenalty })));
		// Nothing matches every word: rank pages that match most of them, each dropped word costing a penalty.
		for (const fallback of best.size === 0 ? fallbackQueries(words) : []) {
			const penalty = fallback.dropped * tuning.droppedWordPenalty;
			consider(rank(fallback.terms, matched).map((r) => ({ ...r, score: r.score + penalty })));
			if (best.size >= limit && fallback.dropped > 1) break;
		}
		const ordered = [...best.values()].sort((a, b) => a.score - b.score || a.section - b.section);
		const hits: SearchHit[] = [];
		const seenPages = new Set<number>();
		for (const r of ordered) {
			const page = pageOf[r.section] ?? 0;
			if (seenPages.has(page)) continue;
			seenPages.add(page);
			hits.push(toHit(r, matched));
			if (hits.length >= limit) break;
		}
		return hits;
	}

	function toHit({ section, score, matches }: Scored, matched: ReadonlySet<string>): SearchHit {
		const [pageNo, heading, anchor, text] = data.s[section] ?? [0, '', '', ''];
		const [path, title, category, , description] = data.p[pageNo] ?? ['', '', '', [], ''];
		const values: Record<Field, string> = { t: title, h: heading, g: '', d: description, x: text };
		const ranges = (key: Field) =>
			wordRanges(
				values[key],
				matches.filter((m) => m.key === key).flatMap((m) => m.indices),
				matched,
			);
		const textRanges = ranges('x');
		const useDescription = textRanges.length === 0 && heading === '' && description !== '';
		return {
			page: pageNo,
			url: anchor ? `${path}#${anchor}` : path,
			title: markSegments(title, ranges('t')),
			section: heading ? markSegments(heading, ranges('h')) : null,
			snippet: useDescription ? snippetSegments(description, ranges('d')) : snippetSegments(text, textRanges),
			category,
			score,
		};
	}

	return { search, size: records.length };
}
