/** Embedding the plan builder on a club's site: checked settings and accessible colours. */

export {
	type CohortDraft,
	type CohortSettings,
	cohortFieldErrors,
	cohortFixedFields,
	cohortHeadline,
	isCohort,
	MAX_COHORT_NAME,
	withCohort,
} from './cohort';
export {
	contrastRatio,
	EMBED_THEMES,
	type EmbedConfig,
	type EmbedConfigResult,
	type EmbedMessage,
	type EmbedTheme,
	embedQuery,
	MAX_CLUB_NAME,
	parseEmbedConfig,
	textOnAccent,
	withClubFixed,
	withEmbedDefaults,
} from './config';
export { EMBED_SANDBOX, embedSnippets, escapeAttribute } from './snippets';
