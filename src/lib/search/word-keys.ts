/**
 * Each index word's key ({@link wordKey}: spelling folded, then stemmed), worked
 * out when the site is built and shipped in the index file (`k`, build.ts).
 * Stemming the index's two thousand-odd words was a third of the engine's
 * start-up: on a phone profile (CPU slowed 4×) about 45 ms the reader waited
 * for after opening search cold (README, "Page weight"). Shipped, it costs
 * 1.7 KB gzip. Most keys are the start of their word, so a key goes as the
 * number of letters to drop from the word's end; the rest go as themselves.
 */
import { wordKey } from './word-forms';

/**
 * A word's key as the index file holds it: how many letters to drop from the
 * end of the word (0 when the key is the word), or the key itself when it is
 * not the start of the word ("happy" → "happi").
 */
export type WordKeyCode = number | string;

/**
 * The shipped form of `word`'s key.
 *
 * Never throws.
 *
 * @example
 * encodeWordKey('knees') // 1 (the key is "knee")
 * encodeWordKey('knee') // 0
 * encodeWordKey('happy') // 'happi'
 */
export function encodeWordKey(word: string): WordKeyCode {
	const key = wordKey(word);
	return word.startsWith(key) ? word.length - key.length : key;
}

/**
 * `word`'s key from its shipped form. A code that cannot belong to the word
 * (more letters to drop than it has, a fraction) is not trusted: the key is
 * worked out afresh, so a damaged file costs time, never a wrong answer.
 *
 * Never throws.
 *
 * @example
 * decodeWordKey('knees', 1) // 'knee'
 * decodeWordKey('happy', 'happi') // 'happi'
 * decodeWordKey('knees', 9) // 'knee' (worked out with wordKey)
 */
export function decodeWordKey(word: string, code: WordKeyCode): string {
	if (typeof code === 'string') return code;
	if (Number.isInteger(code) && code >= 0 && code < word.length) return word.slice(0, word.length - code);
	return wordKey(word);
}

/**
 * True for a value that can be a {@link WordKeyCode}, for the index file's runtime check.
 *
 * @example
 * isWordKeyCode(2) // true
 * isWordKeyCode(-1) // false
 */
export function isWordKeyCode(value: unknown): value is WordKeyCode {
	return typeof value === 'string' || (Number.isInteger(value) && (value as number) >= 0);
}
