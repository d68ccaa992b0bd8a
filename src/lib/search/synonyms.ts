/**
 * Words readers use for the same thing. Guide tags already carry most
 * synonyms ("reverse running", "backpedal"); this small table covers the rest,
 * and lets a bare "backwards" or "reverse" reach the introduction guide,
 * whose title says "retro running". Each group's first entry is its canonical
 * form (it may be a phrase; its words then all count).
 */
import { wordKey } from './word-forms';

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
	[
		'retro running',
		'retro',
		'reverse',
		'backward',
		'backwards',
		'backpedal',
		'backpedalling',
		'backpedaling',
		'backpedalled',
	],
	['energy', 'calories', 'calorie', 'kcal'],
	['treadmill', 'treadmills'],
	['beginner', 'beginners', 'newbie', 'novice', 'starting'],
	['records', 'record', 'fastest'],
	['knee', 'knees', 'kneecap', 'patella'],
	['warm', 'warmup'],
];

const canonical = new Map<string, string>();
/** The same by {@link wordKey}, so other forms of a listed word ("warmups") count too. */
const canonicalByKey = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
	const [head] = group;
	if (head === undefined) continue;
	for (const word of group) {
		canonical.set(word, head);
		if (!word.includes(' ')) canonicalByKey.set(wordKey(word), head);
	}
}

/**
 * The canonical word for `word` (lower case), or undefined when it has none.
 * A word not listed counts as its listed form when it shares its key.
 *
 * Never throws.
 *
 * @example
 * canonicalWord('backwards') // 'retro running'
 * canonicalWord('warmups') // 'warm' (as "warmup")
 * canonicalWord('pain') // undefined
 */
export function canonicalWord(word: string): string | undefined {
	return canonical.get(word) ?? canonicalByKey.get(wordKey(word));
}

/**
 * The query terms with synonyms replaced by their canonical form (each word
 * once), or null when no term has a synonym (so there is nothing extra to search).
 *
 * Never throws.
 */
export function synonymVariant(terms: readonly string[]): string[] | null {
	let changed = false;
	const out: string[] = [];
	for (const t of terms) {
		const c = canonicalWord(t);
		if (c !== undefined && c !== t) changed = true;
		for (const w of (c ?? t).split(' ')) if (!out.includes(w)) out.push(w);
	}
	return changed ? out : null;
}
