/**
 * Search by names: the page titles and section headings with a word the
 * typed start begins. It answers a single letter, so the list fills from the
 * first keystroke: one letter is too little for the full search (fuse.js needs
 * two characters, and in the text a letter starts a word of nearly every
 * section), but a reader who types "k" is most likely starting the name of a
 * page ("Knees") or of a section in one. Titles come first, then headings, a
 * word earlier in the name before a later one. It reads the names themselves,
 * not the word index, so it also gives a first answer to a longer word while
 * that index is still being built (engine.ts `draft`).
 */
import { STOP_WORDS } from './query';
import type { Scored } from './rank';
import { at, type DecodedIndex } from './records';
import { tokenize } from './word-forms';

/** Scores on fuse's scale (0 best): any title match ranks above any heading match. */
const TITLE_SCORE = 0.1;
const HEADING_SCORE = 0.4;
/** Added per word before the first one the start begins ("Knees" before "Backward running and knees"). */
const PER_WORD_BEFORE = 0.02;
const MOST_WORDS_BEFORE = 10;

/**
 * True for a word that `start` begins and that can name a page: not a stop word ("the", "to")
 * and not a lone letter (the "s" of "Coach's"), which begin too many names to tell them apart.
 */
function naming(word: string, start: string): boolean {
	return word.length > 1 && word.startsWith(start) && !STOP_WORDS.has(word);
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

/** A page title or section heading, read once per engine (it is searched on every keystroke). */
export interface Name {
	/** The section a match answers with: the heading's own, or the page's lead for a title. */
	section: number;
	/** Which field the name is, for highlighting: 't' title, 'h' heading. */
	key: 't' | 'h';
	text: string;
	/** The name's words, tokenized as queries are. */
	words: readonly string[];
}

/**
 * Every name in `index`: each section heading, and each page title, which
 * answers through the page's lead section (the one without a heading). A page
 * whose text starts with a heading has no lead; its title answers through its
 * first section, whose link is then that heading's, at the top of the page.
 *
 * Never throws for a decoded index (every section names a page it has).
 *
 * @example
 * indexNames(index)[0] // { section: 0, key: 'h', text: 'The safety clip', words: ['the', 'safety', 'clip'] }
 */
export function indexNames(index: DecodedIndex): Name[] {
	const names: Name[] = [];
	const add = (section: number, key: 't' | 'h', text: string) =>
		names.push({ section, key, text, words: tokenize(text) });
	for (const [i, { heading }] of index.sections.entries()) if (heading !== '') add(i, 'h', heading);
	for (const [page, section] of pageLeads(index)) add(section, 't', at(index.pages, page, 'page').title);
	return names;
}

/**
 * The sections whose title or heading ({@link indexNames}) has a word `start`
 * begins, each scored, with the field that matched for highlighting, and the
 * words they matched (the words a hit may mark). Several sections of a page
 * may come back; the engine keeps each page's best.
 *
 * Never throws.
 *
 * @example
 * namesRanked(indexNames(index), 'k').ranked[0]
 * // { section: <the knees guide's lead>, score: 0.22, matches: [{ key: 't', … }] }
 */
export function namesRanked(names: readonly Name[], start: string): { ranked: Scored[]; matched: Set<string> } {
	const matched = new Set<string>();
	const best = new Map<number, Scored>();
	for (const { section, key, text, words } of names) {
		const position = words.findIndex((word) => naming(word, start));
		if (position < 0) continue;
		for (const word of words) if (naming(word, start)) matched.add(word);
		const score = (key === 't' ? TITLE_SCORE : HEADING_SCORE) + PER_WORD_BEFORE * Math.min(position, MOST_WORDS_BEFORE);
		const known = best.get(section);
		if (known && known.score <= score) continue;
		best.set(section, { section, score, matches: [{ key, value: text, indices: [[0, text.length - 1]] }] });
	}
	return { ranked: [...best.values()], matched };
}
