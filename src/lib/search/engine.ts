/**
 * The search itself, in two stages so it stays fast at a thousand guides:
 *
 *  1. Candidates (word-index.ts): each query term stands for index words (the
 *     word, its other forms, words it starts, close misspellings), and those
 *     words for the sections holding them. Sections with every term (any
 *     field) are candidates; the best few per page are kept.
 *  2. Ranking (rank.ts, fuse.js token search): fuse scores the candidates
 *     with the field weights below and reports the matched ranges for
 *     highlighting (hits.ts).
 *
 * A single letter skips both: it names the start of a page or section
 * (names.ts), so the list fills from the first keystroke. The same names give
 * a first answer to a longer word while the word index is still being built.
 *
 * Around them, what readers type (query.ts): question and filler words
 * dropped, words on nearly every page set aside, a synonym variant searched
 * too, and, when no section holds every word, the query with words left out.
 * This module only combines those parts. Results are one per page: its best
 * section, linked by anchor.
 */
import type { SearchIndexData } from './build';
import { type SearchHit, toHit } from './hits';
import { indexNames, type Name, namesRanked } from './names';
import { contentWords, fallbackQueries } from './query';
import { fuseOptions, rankSections, type Scored } from './rank';
import { at, decodeIndex, type SectionRecord } from './records';
import { stepwise } from './stepwise';
import { canonicalWord, synonymVariant } from './synonyms';
import { tokenize, wordKey } from './word-forms';
import { FIELD_BITS, matchWords, postingsOf, type WordIndex, wordAt, wordIndexSteps } from './word-index';

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
	/**
	 * A query word on more than this share of pages (in any of its forms) is left out while
	 * other words remain; when every word is that common, words on more than
	 * `everyPageShare` ("backward", "running") are left out while others remain.
	 */
	commonWordShare: 0.6,
	everyPageShare: 0.9,
};

export type SearchTuning = typeof SEARCH_TUNING;

export interface SearchOptions {
	/** Most results to return (default 8). */
	limit?: number;
}

export interface SearchEngine {
	/**
	 * The best section of each matching page, best first; a single letter finds
	 * page titles and section headings with a word it starts. A query that finds
	 * nothing answers []; it throws only on a bug (a RangeError from records.ts's `at`).
	 */
	search(query: string, options?: SearchOptions): SearchHit[];
	/**
	 * A first answer to show while search() would still have to finish the word index
	 * (up to about 100 ms on a slow phone): for a single word, the pages and sections whose
	 * names have a word it begins. Undefined once the index is built, and for several words
	 * or one letter, which search() answers as fast.
	 *
	 * @example
	 * engine.draft('kne')?.[0]?.url // 'guides/knees/' (its title), before the word index is built
	 * engine.draft('knee pain') // undefined: several words
	 */
	draft(query: string, options?: SearchOptions): SearchHit[] | undefined;
	/**
	 * Builds the next slice of the word index (a few ms on a slow phone); true once it is
	 * whole. A page calls it a task at a time after drawing the first answer, so a letter typed
	 * meanwhile waits for one slice; a search of two letters or more that comes before the
	 * index is whole builds the rest itself, at once.
	 *
	 * @example
	 * const step = () => { if (!engine.warm()) setTimeout(step, 0); };
	 * step();
	 */
	warm(): boolean;
	/** How many sections the index holds. */
	readonly size: number;
}

/** How much a match in each field counts when choosing candidates (fuse ranks them after). */
const FIELD_WEIGHT: readonly (readonly [bit: number, weight: number])[] = [
	[FIELD_BITS.t, 5],
	[FIELD_BITS.h, 3],
	[FIELD_BITS.g, 2],
	[FIELD_BITS.d, 1.5],
	[FIELD_BITS.x, 1],
];

/** The weight of the best field in a posting's bitmask. */
function bestFieldWeight(fields: number): number {
	let best = 0;
	for (const [bit, weight] of FIELD_WEIGHT) if (fields & bit) best = Math.max(best, weight);
	return best;
}

/**
 * Per section holding every term, how well it holds them (summed over terms:
 * match quality times field weight). Adds the index words the terms matched to `matched`.
 */
function sectionScores(index: WordIndex, terms: readonly string[], matched: Set<string>): Map<number, number> {
	let scores: Map<number, number> | null = null;
	for (const [i, term] of terms.entries()) {
		const perSection = new Map<number, number>();
		for (const [id, quality] of matchWords(index, term, i === terms.length - 1)) {
			matched.add(wordAt(index, id));
			for (const { section, fields } of postingsOf(index, id)) {
				const s = quality * bestFieldWeight(fields);
				if (s > (perSection.get(section) ?? 0)) perSection.set(section, s);
			}
		}
		scores = scores === null ? perSection : intersect(scores, perSection);
	}
	return scores ?? new Map();
}

/** Sections in both maps, their scores added. */
function intersect(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): Map<number, number> {
	const out = new Map<number, number>();
	for (const [section, s] of a) {
		const t = b.get(section);
		if (t !== undefined) out.set(section, s + t);
	}
	return out;
}

/**
 * The best-scored sections, at most `perPage` per page and `max` in all, in
 * document order (so fuse's ties go to the earlier section).
 */
function bestPerPage(
	scores: ReadonlyMap<number, number>,
	sections: readonly SectionRecord[],
	perPage: number,
	max: number,
): number[] {
	const ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
	const taken = new Map<number, number>();
	const out: number[] = [];
	for (const [section] of ranked) {
		const page = at(sections, section, 'section').page;
		const n = taken.get(page) ?? 0;
		if (n >= perPage) continue;
		taken.set(page, n + 1);
		out.push(section);
		if (out.length >= max) break;
	}
	return out.sort((a, b) => a - b);
}

/** Keeps each section's best (lowest) score. */
function keepBest(best: Map<number, Scored>, list: readonly Scored[], penalty = 0): void {
	for (const r of list) {
		const score = r.score + penalty;
		const prev = best.get(r.section);
		if (!prev || score < prev.score) best.set(r.section, { ...r, score });
	}
}

/**
 * A search engine over the index data; build once, query on every keystroke.
 *
 * @throws {RangeError} When a section names a page the data does not have;
 * data that passed isSearchIndexData never does.
 *
 * @example
 * const engine = createSearchEngine(data);
 * engine.search('is backward running safe for my knees')[0]?.url // 'guides/knees/'
 */
export function createSearchEngine(data: SearchIndexData, tuning: SearchTuning = SEARCH_TUNING): SearchEngine {
	const index = decodeIndex(data);
	// Built a slice at a time by warm(), or whole by the first search of two letters or more: one
	// letter reads the names alone (names.ts), so the list fills on the first keystroke while
	// this is still to do. The keys come shipped in the file: no stemming on start-up.
	const wordIndex = stepwise(() => wordIndexSteps(index.records, data.k));
	const indexWords = (): WordIndex => wordIndex.get();
	const options = fuseOptions(tuning);
	const pageCount = Math.max(1, index.pages.length);
	const shares = new Map<string, number>();

	function rank(terms: readonly string[], matched: Set<string>): Scored[] {
		const words = indexWords();
		const scores = sectionScores(words, terms, matched);
		const ids = bestPerPage(scores, index.sections, tuning.maxPerPage, tuning.maxCandidates);
		return rankSections(index.records, words, ids, terms, options);
	}

	/**
	 * A term as the index spells it, when that spelling has synonyms: "backwrds"
	 * becomes "backwards" (so it also finds "retro"); otherwise the term itself.
	 */
	function correctedTerm(term: string, isLast: boolean): string {
		if (canonicalWord(term) !== undefined) return term;
		const words = indexWords();
		let best = term;
		let bestQuality = 0;
		for (const [id, quality] of matchWords(words, term, isLast)) {
			const word = wordAt(words, id);
			if (quality > bestQuality && canonicalWord(word) !== undefined) {
				best = word;
				bestQuality = quality;
			}
		}
		return best;
	}

	/** The share of pages (0 to 1) holding the term in any of its forms, cached per term. */
	function pageShare(term: string): number {
		const cached = shares.get(term);
		if (cached !== undefined) return cached;
		const words = indexWords();
		const pages = new Set<number>();
		for (const id of words.byKey.get(wordKey(term)) ?? []) {
			for (const { section } of postingsOf(words, id)) pages.add(at(index.sections, section, 'section').page);
		}
		const share = pages.size / pageCount;
		shares.set(term, share);
		return share;
	}

	let names: Name[] | undefined;
	/** The pages and sections named by a word that `start` begins, best first. */
	function byName(start: string, limit: number): SearchHit[] {
		names ??= indexNames(index);
		const { ranked, matched } = namesRanked(names, start);
		return onePerPage(ranked, index.sections, limit).map((r) => toHit(index, r, matched));
	}

	function draft(query: string, { limit = 8 }: SearchOptions = {}): SearchHit[] | undefined {
		if (wordIndex.done) return undefined;
		const terms = tokenize(query);
		const [only] = terms;
		return terms.length === 1 && only !== undefined && only.length > 1 ? byName(only, limit) : undefined;
	}

	function search(query: string, { limit = 8 }: SearchOptions = {}): SearchHit[] {
		const terms = tokenize(query).slice(0, 8);
		const [first] = terms;
		if (first === undefined) return [];
		// One letter names the start of a page or section (names.ts); fuse needs two.
		if (terms.length === 1 && first.length === 1) return byName(first, limit);
		const best = new Map<number, Scored>();
		const matched = new Set<string>();
		// Words on nearly every page ("backward", "running") cannot tell pages apart: search
		// with the others, unless nothing else is left.
		const kept = tellingWords(contentWords(terms), pageShare, tuning);
		keepBest(best, rank(kept, matched));
		// A synonym's hits count a little less than the words the reader typed.
		const variant = synonymVariant(kept.map((t, i) => correctedTerm(t, i === kept.length - 1)));
		if (variant) keepBest(best, rank(variant, matched), tuning.synonymPenalty);
		// Nothing matches every word: rank pages that match most of them, each dropped word costing a penalty.
		for (const fallback of best.size === 0 ? fallbackQueries(kept) : []) {
			keepBest(best, rank(fallback.terms, matched), fallback.dropped * tuning.droppedWordPenalty);
			if (best.size >= limit && fallback.dropped > 1) break;
		}
		return onePerPage([...best.values()], index.sections, limit).map((r) => toHit(index, r, matched));
	}

	return {
		search,
		draft,
		warm: wordIndex.step,
		size: index.records.length,
	};
}

/**
 * The words that can tell pages apart: those on at most `commonWordShare` of
 * the pages, else those on at most `everyPageShare`, else all of them.
 */
function tellingWords(asked: readonly string[], pageShare: (term: string) => number, tuning: SearchTuning): string[] {
	for (const limit of [tuning.commonWordShare, tuning.everyPageShare]) {
		const telling = asked.filter((t) => pageShare(t) <= limit);
		if (telling.length > 0) return telling;
	}
	return [...asked];
}

/** The best-scored section of each page, best first, at most `limit`. */
function onePerPage(ranked: readonly Scored[], sections: readonly SectionRecord[], limit: number): Scored[] {
	const ordered = [...ranked].sort((a, b) => a.score - b.score || a.section - b.section);
	const seen = new Set<number>();
	const out: Scored[] = [];
	for (const r of ordered) {
		const page = at(sections, r.section, 'section').page;
		if (seen.has(page)) continue;
		seen.add(page);
		out.push(r);
		if (out.length >= limit) break;
	}
	return out;
}
