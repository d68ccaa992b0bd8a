/**
 * Ranking candidate sections with fuse.js: field weights (title over heading
 * over tags over description over text), field length, and the positions of
 * the matched words for highlighting. fuse.js sees only the few sections the
 * word index picked, and each query term as a string it can find in them.
 */
import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import { at, type SearchRecord } from './records';
import { MATCH_QUALITY, matchWords, postingsOf, type WordIndex, wordAt } from './word-index';

/** What fuse.js is told; `weights` etc. come from the engine's tuning. */
export interface RankTuning {
	weights: Readonly<Record<keyof SearchRecord, number>>;
	threshold: number;
	fieldNormWeight: number;
}

/** A ranked section: fuse's score (0 perfect, 1 no match) and where the words matched. */
export interface Scored {
	section: number;
	score: number;
	matches: readonly FuseResultMatch[];
}

/** fuse.js options for ranking: token search, every term required, match positions reported. */
export function fuseOptions(tuning: RankTuning): IFuseOptions<SearchRecord> {
	return {
		keys: (Object.keys(tuning.weights) as (keyof SearchRecord)[]).map((name) => ({
			name,
			weight: tuning.weights[name],
		})),
		threshold: tuning.threshold,
		fieldNormWeight: tuning.fieldNormWeight,
		ignoreLocation: true,
		ignoreDiacritics: false,
		includeMatches: true,
		includeScore: true,
		minMatchCharLength: 2,
		useTokenSearch: true,
		tokenMatch: 'all',
		tokenize: /[\p{L}\p{N}]+/gu,
	};
}

/** The longest start two words share ("organis" for "organise" and "organising"). */
function sharedStart(a: string, b: string): string {
	let n = 0;
	while (n < a.length && n < b.length && a[n] === b[n]) n++;
	return a.slice(0, n);
}

/**
 * The string fuse.js looks for in place of a query term. fuse finds
 * substrings exactly and fast, and highlights the right word, so:
 *  - a term the index holds as a word goes as typed: the form the reader
 *    typed ranks first ("backwards" over every page's "backward");
 *  - a term the index holds only in other forms goes as the start they share
 *    with it, so "organise" finds "Organising" and "organises" alike ("organis");
 *  - a term that starts index words goes as typed ("treadm");
 *  - a misspelling goes as its closest index word (the most used on ties).
 *
 * Never throws.
 *
 * @example
 * fuseTerm(index, 'treadm', true) // 'treadm'
 * fuseTerm(index, 'organise', false) // 'organis' (the index has "organising" and "organises")
 * fuseTerm(index, 'tredmill', false) // 'treadmill'
 */
export function fuseTerm(index: WordIndex, term: string, isLast: boolean): string {
	const found = [...matchWords(index, term, isLast)].map(([id, quality]) => ({
		word: wordAt(index, id),
		quality,
		count: postingsOf(index, id).length,
	}));
	if (found.some((f) => f.quality === MATCH_QUALITY.exact)) return term;
	const forms = found.filter((f) => f.quality >= MATCH_QUALITY.form).map((f) => f.word);
	const start = forms.reduce(sharedStart, term);
	if (forms.length > 0 && start.length >= 3) return start;
	if (found.some((f) => f.word.startsWith(term))) return term;
	const [best] = found.sort((a, b) => b.quality - a.quality || b.count - a.count);
	return best?.word ?? term;
}

/**
 * Ranks the sections numbered `ids` for `terms` with fuse.js; sections that
 * fuse finds no match in are left out.
 *
 * @throws {RangeError} When an id is not a section of `records` (a bug in the caller).
 *
 * @example
 * rankSections(records, index, [3, 7], ['safety', 'clip'], fuseOptions(SEARCH_TUNING))
 * // [{ section: 7, score: 0.02, matches: [...] }, { section: 3, score: 0.3, matches: [...] }]
 */
export function rankSections(
	records: readonly SearchRecord[],
	index: WordIndex,
	ids: readonly number[],
	terms: readonly string[],
	options: IFuseOptions<SearchRecord>,
): Scored[] {
	if (ids.length === 0 || terms.length === 0) return [];
	const fuse = new Fuse(
		ids.map((id) => at(records, id, 'section')),
		options,
	);
	const query = terms.map((term, i) => fuseTerm(index, term, i === terms.length - 1)).join(' ');
	return fuse.search(query).map((r) => ({
		section: at(ids, r.refIndex, 'candidate'),
		score: r.score ?? 1,
		matches: r.matches ?? [],
	}));
}
