/**
 * What a reader types, and which page must come back near the top. Used by
 * relevance.test.ts (over the real guides) and by the search bench (as the
 * query mix it times). `within` is the rank the page must reach (1 = first).
 */
export interface RelevanceCase {
	query: string;
	/** Path relative to the base, without anchor: "guides/knees/". */
	expect: string;
	within: 1 | 3;
	/** Why the case is here (typo, synonym, prefix…), for the table. */
	kind: 'exact' | 'typo' | 'synonym' | 'prefix' | 'phrase' | 'body' | 'question' | 'word form';
}

export const RELEVANCE_CASES: readonly RelevanceCase[] = [
	// Questions, as people type them: question words and filler are dropped (query.ts).
	{ query: 'is backward running safe for my knees', expect: 'guides/knees/', within: 1, kind: 'question' },
	{ query: 'is it good for my knees', expect: 'guides/knees/', within: 3, kind: 'question' },
	{ query: 'does it help my balance', expect: 'guides/balance-and-flexibility/', within: 1, kind: 'question' },
	{ query: 'can i do it on a treadmill', expect: 'guides/treadmill-safety/', within: 1, kind: 'question' },
	{ query: 'where can i practise', expect: 'guides/where-to-practise/', within: 1, kind: 'question' },
	{ query: 'how many calories does it burn', expect: 'guides/energy-cost/', within: 3, kind: 'question' },
	{ query: 'what muscles does it work', expect: 'guides/muscles-it-works/', within: 1, kind: 'question' },
	{ query: 'how do i look behind me', expect: 'guides/arms-and-looking-back/', within: 1, kind: 'question' },
	{ query: 'what should i wear', expect: 'guides/faq/', within: 1, kind: 'question' },
	{ query: 'how do i teach a group', expect: 'guides/group-sessions/', within: 1, kind: 'question' },
	{ query: 'what is retro running', expect: 'guides/what-is-retro-running/', within: 1, kind: 'question' },
	{ query: 'who holds the marathon record', expect: 'guides/records/', within: 3, kind: 'question' },
	{ query: 'how do i warm up', expect: 'guides/drills-and-warm-ups/', within: 1, kind: 'question' },
	{ query: 'is it good for balance', expect: 'guides/balance-and-flexibility/', within: 1, kind: 'question' },
	{ query: 'where are the world championships', expect: 'guides/world-championships/', within: 1, kind: 'question' },
	{ query: 'how should i lean', expect: 'guides/posture-and-lean/', within: 1, kind: 'question' },
	{ query: 'what do i do with my arms', expect: 'guides/arms-and-looking-back/', within: 1, kind: 'question' },
	{ query: 'can children do it', expect: 'guides/group-sessions/', within: 3, kind: 'question' },
	{
		query: 'how does the plan builder work',
		expect: 'guides/how-the-plan-builder-works/',
		within: 1,
		kind: 'question',
	},
	// The tool pages, found by the words on them (read from their source at build time, tool-pages.ts).
	{ query: 'how do i put the plan builder on my club website', expect: 'embed/', within: 1, kind: 'question' },
	// Word forms: British and American spellings, -ing and -ise/-ize.
	{ query: 'organise a retro mile', expect: 'guides/retro-mile/', within: 1, kind: 'word form' },
	{ query: 'organize a retro mile', expect: 'guides/retro-mile/', within: 1, kind: 'word form' },
	{ query: 'organising a retro mile', expect: 'guides/retro-mile/', within: 1, kind: 'word form' },
	{ query: 'where can i practice', expect: 'guides/where-to-practise/', within: 1, kind: 'word form' },
	{ query: 'warming up', expect: 'guides/drills-and-warm-ups/', within: 1, kind: 'word form' },
	// The where-to-practise guide, which weighs a treadmill against other places, may come first.
	{ query: 'practicing on a treadmill', expect: 'guides/treadmill-safety/', within: 3, kind: 'word form' },
	{ query: 'kneecaps', expect: 'guides/knees/', within: 1, kind: 'word form' },
	{ query: 'club colours', expect: 'embed/', within: 1, kind: 'word form' },
	{ query: 'club colors', expect: 'embed/', within: 1, kind: 'word form' },
	{ query: 'drill', expect: 'guides/drills-and-warm-ups/', within: 1, kind: 'word form' },
	{ query: 'balancing', expect: 'guides/balance-and-flexibility/', within: 1, kind: 'word form' },
	{ query: 'championship', expect: 'guides/world-championships/', within: 1, kind: 'word form' },
	// Synonyms for the sport itself all reach the introduction.
	{ query: 'reverse running', expect: 'guides/what-is-retro-running/', within: 1, kind: 'synonym' },
	{ query: 'retro', expect: 'guides/what-is-retro-running/', within: 3, kind: 'synonym' },
	{ query: 'backwards', expect: 'guides/what-is-retro-running/', within: 3, kind: 'synonym' },
	{ query: 'backpedal', expect: 'guides/faq/', within: 3, kind: 'synonym' },
	{ query: 'backpedal drills', expect: 'guides/drills-and-warm-ups/', within: 1, kind: 'synonym' },
	{ query: 'backpedal', expect: 'guides/what-is-retro-running/', within: 3, kind: 'synonym' },
	{ query: 'running backwards', expect: 'guides/what-is-retro-running/', within: 3, kind: 'synonym' },
	{ query: 'calories', expect: 'guides/energy-cost/', within: 1, kind: 'synonym' },
	// Typos.
	{ query: 'backwrds', expect: 'guides/what-is-retro-running/', within: 3, kind: 'typo' },
	{ query: 'tredmill', expect: 'guides/treadmill-safety/', within: 1, kind: 'typo' },
	{ query: 'kne pain', expect: 'guides/knees/', within: 1, kind: 'typo' },
	{ query: 'glosary', expect: 'guides/glossary/', within: 1, kind: 'typo' },
	{ query: 'posure', expect: 'guides/posture-and-lean/', within: 1, kind: 'typo' },
	{ query: 'recrods', expect: 'guides/records/', within: 1, kind: 'typo' },
	{ query: 'hamstrngs flexibility', expect: 'guides/balance-and-flexibility/', within: 1, kind: 'typo' },
	{ query: 'championchips', expect: 'guides/world-championships/', within: 1, kind: 'typo' },
	// Half-typed words (results appear as the reader types).
	{ query: 'treadm', expect: 'guides/treadmill-safety/', within: 1, kind: 'prefix' },
	{ query: 'glos', expect: 'guides/glossary/', within: 1, kind: 'prefix' },
	{ query: 'warm', expect: 'guides/drills-and-warm-ups/', within: 1, kind: 'prefix' },
	// Titles and topics.
	{ query: 'knees', expect: 'guides/knees/', within: 1, kind: 'exact' },
	{ query: 'energy cost', expect: 'guides/energy-cost/', within: 1, kind: 'exact' },
	{ query: 'first run', expect: 'guides/first-session/', within: 3, kind: 'exact' },
	{ query: '5k', expect: 'guides/first-steps-to-5k/', within: 1, kind: 'exact' },
	{ query: 'world record', expect: 'guides/records/', within: 1, kind: 'exact' },
	{ query: 'Boston marathon', expect: 'guides/boston-2018-backward/', within: 1, kind: 'exact' },
	{ query: 'muscles', expect: 'guides/muscles-it-works/', within: 1, kind: 'exact' },
	{ query: 'arm swing', expect: 'guides/arms-and-looking-back/', within: 1, kind: 'exact' },
	{ query: 'plan builder', expect: 'plan/', within: 3, kind: 'exact' },
	{ query: 'training plan', expect: 'plan/', within: 3, kind: 'exact' },
	{ query: 'calendar', expect: 'plan/', within: 1, kind: 'exact' },
	{ query: 'club widget', expect: 'embed/', within: 1, kind: 'exact' },
	{ query: 'squad roster', expect: 'coach/', within: 1, kind: 'exact' },
	{ query: 'plans for my whole squad', expect: 'coach/', within: 1, kind: 'question' },
	{ query: 'running club', expect: 'guides/group-sessions/', within: 3, kind: 'exact' },
	{ query: 'retro mile', expect: 'guides/retro-mile/', within: 1, kind: 'phrase' },
	// Words that live only in the body or a heading.
	{ query: 'vertigo', expect: 'guides/who-should-be-careful/', within: 1, kind: 'body' },
	{ query: 'osteoarthritis', expect: 'guides/knees/', within: 3, kind: 'body' },
	{ query: 'Thomas Dold', expect: 'guides/records/', within: 3, kind: 'body' },
	{ query: 'safety clip', expect: 'guides/treadmill-safety/', within: 1, kind: 'body' },
	{ query: 'spotter', expect: 'guides/where-to-practise/', within: 3, kind: 'body' },
	{ query: 'alternata', expect: 'guides/mixing-into-forward-runs/', within: 1, kind: 'body' },
	{ query: 'running economy', expect: 'guides/fitness-and-running-economy/', within: 1, kind: 'body' },
	{ query: 'dizzy', expect: 'guides/who-should-be-careful/', within: 3, kind: 'body' },
	{ query: 'children', expect: 'guides/group-sessions/', within: 3, kind: 'body' },
	{ query: 'glance over shoulder', expect: 'guides/arms-and-looking-back/', within: 1, kind: 'body' },
];
