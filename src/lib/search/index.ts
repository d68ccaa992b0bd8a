/**
 * Site search: the index built at build time from the guides and tool pages,
 * and the engine the browser runs over it. See engine.ts for how a query is answered.
 */
export {
	buildSearchIndex,
	type GuideSource,
	type IndexedPage,
	type IndexedSection,
	isSearchIndexData,
	SEARCH_INDEX_VERSION,
	type SearchIndexData,
	type ToolPageSource,
} from './build';
export { createSearchEngine, SEARCH_TUNING, type SearchEngine, type SearchOptions, type SearchTuning } from './engine';
export { markSegments, type Segment, snippetSegments } from './highlight';
export { type SearchHit, wordRanges } from './hits';
export { type BodySection, type HeadingInfo, slugify, splitFrontmatter, splitSections, stripInline } from './mdx';
export { contentWords, fallbackQueries, isOneLetter, QUOTED_QUERY_MAX, quotedQuery, STOP_WORDS } from './query';
export type { PageRecord, SearchRecord, SectionRecord } from './records';
export { canonicalWord, SYNONYM_GROUPS, synonymVariant } from './synonyms';
export { TOOL_CATEGORY, TOOL_PAGE_FILES, type ToolPageFile, toolPageFromAstro } from './tool-pages';
export { foldSpelling, tokenize, wordKey } from './word-forms';
export { editDistance } from './word-index';
