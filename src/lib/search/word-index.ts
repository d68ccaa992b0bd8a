/**
 * The word index: every word of every section, and which sections (and which
 * of their fields) hold it. It answers one question fast, "which index words
 * can this query term stand for, and how well?" ({@link matchWords}), by exact
 * word, the same word in another form ("organise" for "Organising"), the
 * start of a word while typing ("treadm"), or a close misspelling
 * ("tredmill"). fuse.js alone scans every record per query, which is too slow
 * at a thousand guides; this index picks the few sections worth its time.
 */
import { at, type SearchRecord } from './records';
import { stepwise } from './stepwise';
import { tokenize, wordKey } from './word-forms';
import { decodeWordKey, type WordKeyCode } from './word-keys';

/** The fields of a {@link SearchRecord}, as bits of a {@link Posting}'s `fields`. */
export const FIELD_BITS: Readonly<Record<keyof SearchRecord, number>> = { t: 1, h: 2, g: 4, d: 8, x: 16 };

/** A section holding a word, and the fields it holds it in. */
export interface Posting {
	section: number;
	/** Bitmask of {@link FIELD_BITS}. */
	fields: number;
}

export interface WordIndex {
	/** Every distinct word (tokenized as the query is); a word's number is its position here. */
	words: readonly string[];
	/** Per word number, the sections that hold it. */
	postings: readonly (readonly Posting[])[];
	byWord: ReadonlyMap<string, number>;
	/** Word numbers by {@link wordKey}: every form of a word under one key. */
	byKey: ReadonlyMap<string, readonly number[]>;
	/** Word numbers sorted alphabetically, for prefix lookups. */
	sorted: readonly number[];
	/** Word numbers by length, for the edit-distance scan. */
	byLength: ReadonlyMap<number, readonly number[]>;
}

/** How good a match is, 1 being the word as typed: the scale {@link matchWords} answers in. */
export const MATCH_QUALITY = {
	exact: 1,
	/** Another form of the word ("knee" for "knees", "organising" for "organise"). */
	form: 0.9,
	/** A word the term starts ("treadmill" for "treadm"). */
	prefix: 0.8,
	/** A misspelling, less 0.1 per edit. */
	typo: 0.7,
} as const;

/** The word numbered `id`; an id not from this index is a bug, so it throws. */
export function wordAt(index: WordIndex, id: number): string {
	return at(index.words, id, 'word');
}

/** The sections holding word `id`; an id not from this index is a bug, so it throws. */
export function postingsOf(index: WordIndex, id: number): readonly Posting[] {
	return at(index.postings, id, 'word');
}

/** The words of `records` and where they occur: the part of the word index the build ships nothing of. */
export interface Vocabulary {
	/** Every distinct word, numbered in order of first appearance (sections in order, fields t h g d x). */
	words: string[];
	/** Per word number, the sections that hold it. */
	postings: Posting[][];
	byWord: Map<string, number>;
}

/**
 * Every word of `records`, numbered in order of first appearance, and the
 * sections holding each. The build (for the keys it ships, build.ts) and the
 * browser (for the index) call it over the same records, so they number the
 * words alike.
 *
 * Never throws.
 *
 * @example
 * vocabulary([{ t: 'Knees', h: '', g: '', d: '', x: 'Sore knees.' }]).words // ['knees', 'sore']
 */
export function vocabulary(records: readonly SearchRecord[]): Vocabulary {
	return stepwise(() => vocabularySteps(records, Number.POSITIVE_INFINITY)).get();
}

/** {@link vocabulary}, pausing after every `perStep` sections. */
function* vocabularySteps(records: readonly SearchRecord[], perStep: number): Generator<void, Vocabulary, void> {
	const words: string[] = [];
	const postings: Posting[][] = [];
	const byWord = new Map<string, number>();
	// Per word, the section of its last posting: a word met again in the same section adds its
	// field to that posting. One map lookup per word read, which halves the engine's start-up
	// against keeping a map of fields per section (the browser does this for every word).
	const lastSection: number[] = [];
	const fields = Object.keys(FIELD_BITS) as (keyof SearchRecord)[];
	for (const [section, record] of records.entries()) {
		if (section > 0 && section % perStep === 0) yield;
		for (const field of fields) {
			const bit = FIELD_BITS[field];
			for (const word of tokenize(record[field])) {
				const id = byWord.get(word);
				if (id === undefined) {
					byWord.set(word, words.length);
					words.push(word);
					postings.push([{ section, fields: bit }]);
					lastSection.push(section);
					continue;
				}
				const list = at(postings, id, 'word');
				const last = list[list.length - 1];
				if (last && lastSection[id] === section) last.fields |= bit;
				else {
					list.push({ section, fields: bit });
					lastSection[id] = section;
				}
			}
		}
	}
	return { words, postings, byWord };
}

/**
 * The word index over `records` (one per section, in section order), built a
 * slice at a time: each `next()` reads `perStep` sections or makes one of the
 * lookup tables, and the last returns the index. `keys` are the words' keys as
 * the index file ships them (word-keys.ts), one per word of {@link vocabulary};
 * without them, or when they do not fit the words, each key is worked out
 * here, with the same result, only slower. The browser builds it between
 * keystrokes (engine.ts `warm`, through stepwise.ts): the whole build is about
 * 100 ms on a slow phone, and a letter typed meanwhile waits for one slice.
 *
 * Never throws.
 *
 * @example
 * const index = stepwise(() => wordIndexSteps([{ t: 'Knees', h: '', g: '', d: '', x: 'Sore knees.' }])).get();
 * index.words // ['knees', 'sore']
 * index.postings[0] // [{ section: 0, fields: 17 }] (title and text)
 */
export function* wordIndexSteps(
	records: readonly SearchRecord[],
	keys?: readonly WordKeyCode[],
	perStep = 24,
): Generator<void, WordIndex, void> {
	const { words, postings, byWord } = yield* vocabularySteps(records, perStep);
	const shipped = keys?.length === words.length ? keys : undefined;
	const keyOf = (id: number): string => {
		const word = at(words, id, 'word');
		return shipped ? decodeWordKey(word, at(shipped, id, 'word key')) : wordKey(word);
	};
	const ids = words.map((_, i) => i);
	yield;
	const byKey = groupBy(ids, keyOf);
	yield;
	const sorted = alphabetical(words, byWord);
	yield;
	return { words, postings, byWord, byKey, sorted, byLength: groupBy(ids, (id) => at(words, id, 'word').length) };
}

/**
 * Word numbers in alphabetical order of their words. The engine's start-up cost on a phone: the
 * built-in sort of the strings themselves is several times faster than a comparator over numbers.
 * Words are distinct, so the order is the one `<` gives.
 */
function alphabetical(words: readonly string[], byWord: ReadonlyMap<string, number>): number[] {
	return [...words].sort().map((word) => {
		const id = byWord.get(word);
		if (id === undefined) throw new RangeError(`word "${word}" is not in the index`); // a bug: byWord holds every word
		return id;
	});
}

function groupBy<K>(ids: readonly number[], keyOf: (id: number) => K): Map<K, number[]> {
	const out = new Map<K, number[]>();
	for (const id of ids) {
		const key = keyOf(id);
		const list = out.get(key);
		if (list) list.push(id);
		else out.set(key, [id]);
	}
	return out;
}

/**
 * Damerau-Levenshtein distance (adjacent swaps count once), giving up above
 * `max`: the answer is then `max + 1`, whatever the true distance.
 *
 * Never throws.
 *
 * @example
 * editDistance('tredmill', 'treadmill', 2) // 1
 * editDistance('recrods', 'records', 2) // 1 (a swap)
 * editDistance('abc', 'xyzzy', 2) // 3 (gave up)
 */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const n = b.length;
	// Three rows of the table; every read is inside 0..n, so at() never throws here.
	let prev2 = new Array<number>(n + 1).fill(0);
	let prev = Array.from({ length: n + 1 }, (_, j) => j);
	let cur = new Array<number>(n + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		cur[0] = i;
		let rowMin = i;
		for (let j = 1; j <= n; j++) {
			const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
			let v = Math.min(at(prev, j, 'column') + 1, at(cur, j - 1, 'column') + 1, at(prev, j - 1, 'column') + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				v = Math.min(v, at(prev2, j - 2, 'column') + 1);
			cur[j] = v;
			if (v < rowMin) rowMin = v;
		}
		if (rowMin > max) return max + 1;
		[prev2, prev, cur] = [prev, cur, prev2];
	}
	return at(prev, n, 'column');
}

/** Edits allowed for a query term of this length: none below 4 letters, 1 up to 6, then 2. */
function allowedEdits(length: number): number {
	return length < 4 ? 0 : length < 7 ? 1 : 2;
}

/** Keeps the better quality for `id`. */
function offer(found: Map<number, number>, id: number, quality: number): void {
	if (quality > (found.get(id) ?? 0)) found.set(id, quality);
}

/** Words starting with `term`, by binary search in the sorted list. */
function wordsStartingWith(index: WordIndex, term: string): number[] {
	let lo = 0;
	let hi = index.sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (wordAt(index, at(index.sorted, mid, 'sorted word')) < term) lo = mid + 1;
		else hi = mid;
	}
	const out: number[] = [];
	for (let k = lo; k < index.sorted.length; k++) {
		const id = at(index.sorted, k, 'sorted word');
		if (!wordAt(index, id).startsWith(term)) break;
		out.push(id);
	}
	return out;
}

/** Words within the allowed edits of `term` (same first letter: typos rarely hit it, and it keeps the scan cheap). */
function wordsNear(index: WordIndex, term: string): [id: number, edits: number][] {
	const edits = allowedEdits(term.length);
	const out: [number, number][] = [];
	for (let len = term.length - edits; edits > 0 && len <= term.length + edits; len++) {
		for (const id of index.byLength.get(len) ?? []) {
			const word = wordAt(index, id);
			if (word.charCodeAt(0) !== term.charCodeAt(0)) continue;
			const d = editDistance(term, word, edits);
			if (d <= edits) out.push([id, d]);
		}
	}
	return out;
}

/**
 * Words of the index a query term can stand for, each with how good a match
 * it is ({@link MATCH_QUALITY}): the word itself, its other forms, words it
 * starts (three letters or more, or two for the word being typed, `isLast`),
 * and close misspellings. Misspelled forms count too ("organsing").
 *
 * Never throws.
 *
 * @example
 * matchWords(index, 'organise', true) // Map { <organising> => 0.9, <organise> => 1, … }
 */
export function matchWords(index: WordIndex, term: string, isLast: boolean): Map<number, number> {
	const found = new Map<number, number>();
	const exact = index.byWord.get(term);
	if (exact !== undefined) offer(found, exact, MATCH_QUALITY.exact);
	for (const id of index.byKey.get(wordKey(term)) ?? []) offer(found, id, MATCH_QUALITY.form);
	if (term.length >= 3 || (isLast && term.length >= 2)) {
		for (const id of wordsStartingWith(index, term)) offer(found, id, MATCH_QUALITY.prefix);
	}
	for (const [id, edits] of wordsNear(index, term)) {
		const quality = MATCH_QUALITY.typo - 0.1 * edits;
		offer(found, id, quality);
		// The misspelled word's other forms: "championchip" reaches "championships".
		for (const form of index.byKey.get(wordKey(wordAt(index, id))) ?? []) offer(found, form, quality * 0.95);
	}
	return found;
}
