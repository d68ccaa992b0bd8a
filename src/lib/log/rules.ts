/**
 * The rules by which the plan adapts to the runner's training log, each
 * once, with its source, as in plan/rules.ts (whose rules build the plan;
 * these change it afterwards). adapt.ts applies them. A source is a key of
 * src/content/references.yaml in square brackets, or the words "coaching
 * convention"; plan/sources.test.ts checks the keys.
 */

/**
 * Pain at or above this (0-10), or any dizziness, loss of balance or fall:
 * the next backward session becomes an easy forward walk and the week is
 * repeated. No backward-running study set a pain threshold; 4/10 is stricter
 * than the 5/10 that tendon-loading programmes commonly tolerate, because a
 * new movement loads the calves and Achilles unevenly (coaching convention,
 * the conservative one); a fall or dizziness always counts, because balance
 * is the risk that matters most going backward [francebleu-2023].
 */
export const ADAPT_PAIN_STOP = 4;

/**
 * Pain (1 or more) on this many check-ins running: backward work pauses and
 * the plan says to see a physiotherapist (coaching convention: pain that
 * keeps coming back is not soreness).
 */
export const ADAPT_PAIN_RUN = 3;

/**
 * Mild pain (1-3) on two check-ins running, or effort of 8 or more on an
 * easy session twice running: hold the dose until `easyTimes` easy check-ins
 * (done, no pain, no dizziness, effort under `hardEffort`). The week repeats
 * at once; while the hold lasts, a week that can no longer bring the easy
 * check-ins it needs repeats again, and pain, dizziness or a very hard
 * effort starts the count again (coaching convention; NHS Couch to 5K tells
 * runners to repeat a week they found hard [nhs-couch-to-5k]).
 */
export const ADAPT_HOLD = { mildPainTimes: 2, hardEffort: 8, hardTimes: 2, easyTimes: 2 } as const;

/** Two or more sessions skipped in one week: repeat the week ([nhs-couch-to-5k], as above). */
export const ADAPT_MISSED_IN_WEEK = 2;

/** An eased session: an easy forward walk of at most this long (coaching convention: move, without the load). */
export const ADAPT_EASY_WALK_SEC = 1200;

/** Each rule in a few words, for "What changed and why" (the race's readiness is the plan's own check). */
export const ADAPT_RULE_WORDS = {
	ADAPT_PAIN_STOP: `Pain ${ADAPT_PAIN_STOP}/10 or more, or dizziness or a fall: ease the next backward session and repeat the week`,
	ADAPT_PAIN_RUN: `Pain on ${ADAPT_PAIN_RUN} check-ins running: pause backward running and see a physiotherapist`,
	ADAPT_HOLD: `Mild pain, or an easy session that felt very hard (${ADAPT_HOLD.hardEffort}+), twice running: hold the dose until ${ADAPT_HOLD.easyTimes} easy check-ins`,
	ADAPT_MISSED_IN_WEEK: `${ADAPT_MISSED_IN_WEEK} or more sessions skipped in a week: repeat the week`,
	RACE_READINESS: 'A race plan the repeats leave short of its race: the options, rather than cramming',
} as const;
