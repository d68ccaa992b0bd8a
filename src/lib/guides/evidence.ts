/**
 * How strong a source is, in the words evidence-grading sites use, so a
 * reader weighs a randomised trial of 68 people differently from one
 * runner's interview. Each reference in src/content/references.yaml carries
 * its design and, for studies, how many people took part; the guides show the
 * label beside every citation and in the reference list.
 */

/** Study designs and other kinds of source, roughly strongest first for a claim about an effect. */
export const EVIDENCE_DESIGNS = [
	'systematic-review',
	'randomised-trial',
	'controlled-trial',
	'comparison-trial',
	'cohort',
	'one-group',
	'lab-comparison',
	'cross-sectional',
	'review',
	'case-report',
	'thesis',
	'record-body',
	'interview',
	'news',
	'guideline',
	'policy',
	'coaching',
] as const;

export type EvidenceDesign = (typeof EVIDENCE_DESIGNS)[number];

/** The design of a source and its size. */
export interface Evidence {
	/** What kind of study or source it is. */
	design: EvidenceDesign;
	/** How many people took part (studies only). */
	participants?: number | undefined;
}

/** Reader-facing words for each design: long for the reference list, short beside a citation. */
export const EVIDENCE_WORDS: Readonly<Record<EvidenceDesign, { long: string; short: string }>> = {
	'systematic-review': { long: 'systematic review of studies', short: 'systematic review' },
	'randomised-trial': { long: 'randomised controlled trial', short: 'randomised trial' },
	'controlled-trial': { long: 'controlled trial, not randomised', short: 'controlled trial' },
	'comparison-trial': {
		long: 'trial comparing ways of training, no untrained control group',
		short: 'training comparison',
	},
	cohort: { long: 'cohort study, following a group over time', short: 'cohort study' },
	'one-group': { long: 'one group before and after, no control group', short: 'no control group' },
	'lab-comparison': {
		long: 'comparison of conditions in the same people, in one sitting',
		short: 'lab comparison',
	},
	'cross-sectional': { long: 'one-time measurement of a group, no intervention', short: 'one-time measurement' },
	review: { long: 'narrative review', short: 'review' },
	'case-report': { long: 'case report', short: 'case report' },
	thesis: { long: 'unpublished thesis, not peer reviewed', short: 'thesis' },
	'record-body': { long: 'record-keeping body', short: 'record body' },
	interview: { long: 'interview or first-hand account', short: 'interview' },
	news: { long: 'news report', short: 'news report' },
	guideline: { long: 'health service or governing body guidance', short: 'guidance' },
	policy: { long: "a running club's own policy, not a study", short: 'club policy' },
	coaching: { long: 'coaching source, not a study', short: 'coaching source' },
};

/** Designs that compare against a control group: only these may carry "shows" or "proves". */
export const CONTROLLED_DESIGNS: readonly EvidenceDesign[] = [
	'systematic-review',
	'randomised-trial',
	'controlled-trial',
];

/**
 * The label a reader sees for a source.
 *
 * Never throws.
 *
 * @example
 * evidenceLabel({ design: 'randomised-trial', participants: 68 })        // 'randomised controlled trial, 68 people'
 * evidenceLabel({ design: 'one-group', participants: 10 }, 'short')    // 'no control group, n=10'
 * evidenceLabel({ design: 'thesis' }, 'short')                          // 'thesis'
 */
export function evidenceLabel(evidence: Evidence, length: 'long' | 'short' = 'long'): string {
	const words = EVIDENCE_WORDS[evidence.design][length];
	const n = evidence.participants;
	if (n === undefined) return words;
	return length === 'long' ? `${words}, ${n} ${n === 1 ? 'person' : 'people'}` : `${words}, n=${n}`;
}
