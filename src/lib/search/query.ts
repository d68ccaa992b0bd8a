/**
 * Turning what a reader types into the words to look for. People ask
 * questions ("is backward running safe for my knees"), and a search that
 * needs every word to match answers "no results" to most of them. So
 * question and filler words are dropped, and when the remaining words do not
 * all match, the engine tries the query with words left out, most words first.
 */

/**
 * Words that say nothing about a guide's subject: question words, pronouns,
 * auxiliaries and small joining words. Kept only when nothing else is left
 * (a search for "how" still searches).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
	(
		'a an and are as at be can could did do does doing for from get got had has have help helps how i if in into is it its ' +
		'many me much my need no not of on or our should so than that the their them then there these they this to too us was we were ' +
		'what when where which who why will with would you your'
	).split(' '),
);

/**
 * The words worth searching for: the query's words without stop words, or
 * all of them when every word is a stop word.
 *
 * Never throws.
 *
 * @example
 * contentWords(['is', 'backward', 'running', 'safe', 'for', 'my', 'knees']) // ['backward', 'running', 'safe', 'knees']
 * contentWords(['how']) // ['how']
 */
export function contentWords(terms: readonly string[]): string[] {
	const kept = terms.filter((t) => !STOP_WORDS.has(t));
	return kept.length > 0 ? kept : [...terms];
}

/**
 * Smaller queries to try when all `terms` together find nothing: every way
 * of leaving words out, the most words kept first, each with how many words
 * it dropped (the engine ranks those hits lower). At most `limit` queries.
 *
 * Never throws.
 *
 * @example
 * fallbackQueries(['safe', 'knees', 'xyz'])
 * // [{ terms: ['safe', 'knees'], dropped: 1 }, { terms: ['safe', 'xyz'], dropped: 1 }, …, { terms: ['xyz'], dropped: 2 }]
 */
export function fallbackQueries(terms: readonly string[], limit = 24): { terms: string[]; dropped: number }[] {
	const out: { terms: string[]; dropped: number }[] = [];
	for (let keep = terms.length - 1; keep >= 1 && out.length < limit; keep--) {
		for (const subset of combinations(terms, keep)) {
			out.push({ terms: subset, dropped: terms.length - keep });
			if (out.length >= limit) break;
		}
	}
	return out;
}

/** Every `k`-element subsequence of `items`, in order. */
function combinations<T>(items: readonly T[], k: number): T[][] {
	if (k === 0) return [[]];
	const out: T[][] = [];
	for (let i = 0; i <= items.length - k; i++) {
		for (const rest of combinations(items.slice(i + 1), k - 1)) out.push([items[i] as T, ...rest]);
	}
	return out;
}

/** The longest query we repeat back in a message, in characters. */
export const QUOTED_QUERY_MAX = 60;

/**
 * The query as a message repeats it ("No results for “…”"): spaces collapsed
 * and cut to QUOTED_QUERY_MAX characters with an ellipsis, so a pasted page of
 * text does not fill the screen or a screen reader's queue.
 *
 * Never throws.
 *
 * @example
 * quotedQuery('  knee   pain ') // 'knee pain'
 * quotedQuery('x'.repeat(5000)).length // 61
 */
export function quotedQuery(query: string): string {
	const text = query.replace(/\s+/g, ' ').trim();
	return text.length <= QUOTED_QUERY_MAX ? text : `${text.slice(0, QUOTED_QUERY_MAX).trimEnd()}…`;
}

/**
 * True for a query of one letter, which search answers from the start of page
 * and section names only (names.ts), never from the text: when nothing starts
 * with it, the reader is told to keep typing, not that nothing matches.
 *
 * Never throws.
 *
 * @example
 * isOneLetter(' x ') // true
 * isOneLetter('xy') // false
 */
export function isOneLetter(query: string): boolean {
	return [...query.trim()].length === 1;
}
