/**
 * The one door into the Retrostride domain. Pages, components and tests
 * import from here; nothing here imports Astro or React, so it runs in Node,
 * the browser and tests alike.
 */

// The plan builder's form, storage and chart helpers.
export * from './builder';
// Embedding the builder on a club's site.
export * from './embed';
// Share links and plain-text session descriptions are light and needed on page load.
// The file exports (ics, csv, json) are NOT re-exported here on purpose: the builder
// loads them with import('src/lib/export') when someone exports, so they never weigh
// on page load. Node code and tests import them from './export' directly.
export { decodeShareState, MAX_SHARE_LENGTH, type ShareResult } from './export/share';
export { encodePlanShare, SHARE_VERSION_EDITS } from './export/share-edits';
export { encodeShareState, SHARE_VERSION } from './export/share-encode';
export { servedSiteUrl } from './export/site-url';
export { defaultTimeZone } from './export/time-zone';
// Guide pages and components: TOC, related guides, plan presets and previews, pace converter, figure checks.
export * from './guides';
// The training log: check-ins, the plan adapting to them, log files. Only the types and schemas are light;
// the builder loads adaptPlan and the files with its editor chunk.
export * from './log';
// Offline use: the web app manifest and what the service worker precaches (build time only).
export * from './offline';
export { addDays, daysBetween, isIsoDate, weekdayOf } from './plan/dates';
export { describeSegment } from './plan/describe';
export { type EditMark, editMark } from './plan/edit-marks';
// A coach's edits: the plan is its input plus these, applied by applyPlanEdits (loaded on demand by the builder).
export {
	MAX_EDIT_SEGMENTS,
	MAX_EDITS,
	MAX_NOTE_LENGTH,
	MAX_TITLE_LENGTH,
	type PlanEdit,
	type PlanEditType,
	planEditSchema,
	planEditsSchema,
} from './plan/edit-schema';
export {
	applyPlanEdits,
	buildEditedPlan,
	type DroppedEdit,
	type EditResult,
	type EditWarning,
} from './plan/edits';
// Race plans: how many weeks a race needs from where the runner is, and how ready the plan gets.
export { minimumWeeks } from './plan/feasibility';
export type { PaceRange } from './plan/format';
// Helpers for the UI.
export {
	backwardPaceRange,
	formatDistance,
	formatDuration,
	formatPace,
	formatRoundedDuration,
	metresToUnits,
	unitsToMetres,
} from './plan/format';
// Generation and rendering.
export { generatePlan } from './plan/generate';
export type { FieldError, ParseResult } from './plan/input';
// Input: parse, defaults.
export { defaultPlanInput, INPUT_DEFAULTS, parsePlanInput } from './plan/input';
export type {
	Direction,
	Effort,
	Experience,
	Goal,
	GuideId,
	Mode,
	Option,
	Phase,
	RaceGoal,
	SessionKind,
	Surface,
	Units,
	Weekday,
} from './plan/options';
// Vocabularies with labels for form selects.
export {
	EFFORT_LABELS,
	EFFORTS,
	EXPERIENCE_LEVELS,
	EXPERIENCE_OPTIONS,
	GOAL_OPTIONS,
	GOALS,
	GUIDE_IDS,
	isRaceGoal,
	PHASE_LABELS,
	RACE_GOALS,
	SESSION_KIND_LABELS,
	SESSION_KINDS,
	SURFACE_OPTIONS,
	SURFACES,
	takesSplit,
	UNIT_OPTIONS,
	UNITS,
	WEEKDAY_OPTIONS,
	WEEKDAYS,
} from './plan/options';
export { planSchema, segmentSchema, sessionSchema, weekSchema } from './plan/plan-schema';
export { type Readiness, raceReadiness } from './plan/readiness';
export { madeFrom, planFromServed, redatePlan } from './plan/redate';
// Calendar reminders: the choices that fit timed and all-day sessions, and their words.
export {
	ALL_DAY_REMINDERS,
	allDayReminderAt,
	REMINDER_LIMITS,
	reminderLabel,
	TIMED_REMINDERS,
} from './plan/reminders';
export { renderPlanAsText } from './plan/render';
// The rules, for the "how the plan builder works" page.
export {
	DEFAULT_CURRENT_RUN_MINUTES,
	maxSessionBackwardSec,
	maxWeekBackwardSec,
	RECOVERY_FACTOR,
	RISE_FLOOR_SEC,
	RISE_FRACTION,
} from './plan/rules';
export type { Plan, PlanInput, Recovery, Segment, Session, Split, Week, WeekTotals } from './plan/schema';
// Plan format (zod 4): types, validation and JSON Schema from one definition.
export { planInputSchema, splitSchema } from './plan/schema';
// The session player: timeline, clock state machine, saved progress, opening a session from a link.
export * from './player';

// The coach's print sheet (/plan/print/): layouts, printed rows and pages, the QR link.
export * from './print';
// Site search: the index builder (used by /search-index.json) and the engine. The browser code
// imports './search' directly from its lazily loaded chunk, so search never weighs on page load.
export {
	buildSearchIndex,
	createSearchEngine,
	type GuideSource,
	isSearchIndexData,
	type SearchEngine,
	type SearchHit,
	type SearchIndexData,
	type Segment as SearchSegment,
	splitSections,
	TOOL_PAGE_FILES,
	type ToolPageSource,
	toolPageFromAstro,
} from './search';
