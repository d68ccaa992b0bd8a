/** Pure helpers for guide pages and guide components (see each file). */
export {
	CONTROLLED_DESIGNS,
	EVIDENCE_DESIGNS,
	EVIDENCE_WORDS,
	type Evidence,
	type EvidenceDesign,
	evidenceLabel,
} from './evidence';
export { DATA_FIGURE_PATTERNS, dataFigures, type FigureParagraph, mdxParagraphs, uncitedFigures } from './figures';
export { checkForwardPace, convertForwardPace, formatPaceRange, type PaceCheck, type PaceConversion } from './pace';
export {
	builderHrefFromGuide,
	DEFAULT_PLAN_PRESET,
	GUIDE_PLAN_PRESETS,
	type PlanPreset,
	type PreviewSession,
	type PreviewWeek,
	planInputFromPreset,
	presetForGuide,
	previewStartDate,
	previewWeeks,
} from './plan-links';
export { type GuideSummary, neighboursInCategory, relatedByTags } from './related';
export { buildToc, type HeadingLike, type TocItem } from './toc';
