/**
 * Answers to a single letter, so the list fills from the first keystroke
 * rather than the second. One letter is too little for the full search: fuse.js
 * needs two characters, and in the text a letter starts a word of nearly every
 * section. A reader who types "k", though, is most likely starting the name of
 * a page ("Knees") or of a section in one, so one letter searches those names
 * only: titles first, then section headings, a word earlier in the name before
 * a later one. The next letter gives the full search (engine.ts).
 */
import { STOP_WORDS } from './query';
import type { Scored } from './rank';
import { at, type DecodedIndex } from './records';
import { tokenize } from './word-forms';

/** Scores on fuse's scale (0 best): any title match ranks above any heading match. */
const TITLE_SCORE = 0.1;
const HEADING_SCORE = 0.4;
/** Added per word before the first one the letter starts ("Knees" before "Backward running and knees"). */
const PER_WORD_BEFORE = 0.02;
const MOST_WORDS_BEFORE = 10;

/**
 * True for a word a letter can name: not a stop word ("the", "to") and not a lone letter
 * (the "s" of "Coach's"), which start too many names to tell them apart.
 */
function naming(word: string, letter: string): boolean {
	return word.length > 1 && word.startsWith(letter) && !STOP_WORDS.has(word);
}

/** Per page, the section that stands for the whole page: its lead (no heading), else its first. */
function pageLeads(index: DecodedIndex): Map<number, number> {
	const leads = new Map<number, number>();
	for (const [i, { page, heading }] of index.sections.entries()) {
		const known = leads.get(page);
		if (known === undefined || (heading === '' && at(index.sections, known, 'section').heading !== ''))
			leads.set(page, i);
	}
	return leads;
}

/**
 * The pages and sections whose title or heading has a word `letter` starts,
 * each scored, with the field that matched for highlighting, and the words
 * they matched (the words a hit may mark). A page's title answers through its
 * lead section (no heading), or its first; several sections of a page may come
 * back, and the engine keeps each page's best. It reads the names themselves,
 * not the word index, so it answers before that index is built (engine.ts).
 *
 * Never throws for a decoded index (every section names a page it has).
 *
 * @example
 * firstLetterRanked(index, 'k').ranked[0]
 * // { section: <the knees guide's lead>, score: 0.22, matches: [{ key: 't', … }] }
 */
export function firstLetterRanked(index: DecodedIndex, letter: string): { ranked: Scored[]; matched: Set<string> } {
	const matched = new Set<string>();
	const best = new Map<number, Scored>();
	const offer = (section: number, key: 't' | 'h', name: string, base: number) => {
		const words = tokenize(name);
		const position = words.findIndex((word) => naming(word, letter));
		if (position < 0) return;
		for (const word of words) if (naming(word, letter)) matched.add(word);
		const score = base + PER_WORD_BEFORE * Math.min(position, MOST_WORDS_BEFORE);
		const known = best.get(section);
		if (known && known.score <= score) return;
		best.set(section, { section, score, matches: [{ key, value: name, indices: [[0, name.length - 1]] }] });
	};
	for (const [i, { heading }] of index.sections.entries()) if (heading !== '') offer(i, 'h', heading, HEADING_SCORE);
	for (const [page, section] of pageLeads(index)) offer(section, 't', at(index.pages, page, 'page').title, TITLE_SCORE);
	return { ranked: [...best.values()], matched };
}
