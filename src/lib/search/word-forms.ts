/**
 * Words as the search compares them. A reader types "organise", the guide's
 * title says "Organising"; one writes "practice", the other "practise". Each
 * word is folded to a key, in the index and in the query alike, so every form
 * of a word shares one key:
 *
 *  1. British and American spellings are folded to one spelling ({@link foldSpelling}).
 *  2. The Porter stemmer (the `stemmer` package, 1.4 KB gzip in the search
 *     chunk) removes endings: plurals, -ing, -ed, -ation, -er.
 *  3. A few stems the stemmer leaves apart are joined ({@link STEM_FOLDS}).
 *
 * Keys are only compared, never shown: results highlight the words as written.
 */
import { stemmer } from 'stemmer';

/**
 * Lower case, accents removed, split into words: the same rule for index and query.
 *
 * Never throws.
 *
 * @example
 * tokenize('Café-crème, 5K!') // ['cafe', 'creme', '5k']
 */
export function tokenize(text: string): string[] {
	// Most of the index is plain ASCII, where folding accents changes nothing: skipping the
	// Unicode normalisation there halves the engine's start-up on a phone (README, "Page weight").
	if (!NON_ASCII.test(text)) return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
	return (
		text
			.toLowerCase()
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.match(/[\p{L}\p{N}]+/gu) ?? []
	);
}

/** Anything but printable ASCII, tabs and line breaks: text without it takes {@link tokenize}'s fast path. */
const NON_ASCII = /[^\t\n\r\x20-\x7e]/;

/**
 * Spelling rules from British to one spelling, each as [pattern, replacement].
 * Patterns ask for a few letters before the ending, so short words that only
 * look alike ("size", "hour", "four", "vogue") are left alone.
 */
const SPELLING_RULES: readonly (readonly [RegExp, string])[] = [
	// -ize and -yze to -ise and -yse (Porter stems "organize" to "organ", "organise" to "organis").
	[/^([a-z]{3,})iz(e|es|ed|ing|ation|ations|er|ers)$/, '$1is$2'],
	[/^([a-z]{3,})yz(e|es|ed|ing|er|ers)$/, '$1ys$2'],
	// colour → color, behaviour → behavior, favourite → favorite.
	[/^([a-z]{3,})our(s|ed|ing|ful|ite|ites|able)?$/, '$1or$2'],
	// metre → meter, centres → centers, fibre → fiber.
	[/^([a-z]{2,})([tb])re(s)?$/, '$1$2er$3'],
	// catalogue → catalog, dialogues → dialogs.
	[/^([a-z]{3,})ogue(s)?$/, '$1og$2'],
	// travelling → traveling, backpedalled → backpedaled: a doubled l after an
	// unstressed second syllable (a vowel, consonants, a vowel before it), so
	// "filling" and "drilling" keep theirs.
	[/^([a-z]*[aeiou][^aeiou]+[aeiou])ll(ing|ed|er|ers)$/, '$1l$2'],
	// anaemia → anemia, haemorrhage → hemorrhage, paediatric → pediatric, oedema → edema: medical
	// words only, as a general ae/oe rule would split "canoe" from "canoeing".
	[/^(an|h|p|orthop|leuk)ae([dm])/, '$1e$2'],
	[/^oe([ds])/, 'e$1'],
];

/**
 * One spelling for words that British and American English spell apart, so
 * both reach the same key. Only the spelling changes; endings are the stemmer's.
 *
 * Never throws.
 *
 * @example
 * foldSpelling('organizing') // 'organising'
 * foldSpelling('colours') // 'colors'
 * foldSpelling('kilometres') // 'kilometers'
 * foldSpelling('size') // 'size'
 */
export function foldSpelling(word: string): string {
	return SPELLING_RULES.reduce((w, [pattern, replacement]) => w.replace(pattern, replacement), word);
}

/**
 * Stems the Porter stemmer leaves apart though readers mean one word:
 * British "practise" (the verb) and "practice" (the noun, and both in
 * American English), "defence" and "defense", "licence" and "license".
 */
export const STEM_FOLDS: ReadonlyMap<string, string> = new Map([
	['practis', 'practic'],
	['defenc', 'defens'],
	['licenc', 'licens'],
	['offenc', 'offens'],
	['programm', 'program'],
	['grei', 'grai'],
]);

/**
 * The key a word is indexed and looked up by: its spelling folded, then
 * stemmed. Words of one or two letters and words with digits ("5k") are their
 * own key, as the stemmer has nothing to take from them.
 *
 * Never throws.
 *
 * @example
 * wordKey('organising') === wordKey('organize') // true ('organis')
 * wordKey('knees') // 'knee'
 * wordKey('practising') === wordKey('practice') // true
 * wordKey('5k') // '5k'
 */
export function wordKey(word: string): string {
	if (word.length < 3 || /\d/.test(word)) return word;
	const stem = stemmer(foldSpelling(word));
	// A Map, not an object: a word stemming to "constructor" must not find Object's.
	return STEM_FOLDS.get(stem) ?? stem;
}
