/**
 * Exports of a plan: calendar file and links, spreadsheet, open JSON format,
 * and share links. Pure functions; bad options or input give
 * `{ ok: false, message }`, never a throw.
 */

export { describeSegment } from '../plan/describe';
export {
	type CalendarOptions,
	type ExportResult,
	eventUid,
	isTimeZone,
} from './calendar';
export { googleCalendarUrl, MAX_DETAILS_ENCODED, outlookCalendarUrl } from './calendar-links';
export { type CsvSeparator, csvLines, csvSeparatorFor, planToCsv } from './csv';
export { escapeText, foldLine, PRODID, planToIcs } from './ics';
export {
	MAX_PLAN_JSON_LENGTH,
	PLAN_FILE_VERSION,
	PLAN_FORMAT,
	type PlanFile,
	type PlanJsonResult,
	parsePlanJson,
	planFileSchema,
	planJsonSchema,
	planToJson,
} from './json';
export { decodeShareState, encodeShareState, MAX_SHARE_LENGTH, SHARE_VERSION, type ShareResult } from './share';
export { encodePlanShare, SHARE_VERSION_EDITS } from './share-edits';
export { DEFAULT_SITE_URL, planLink } from './text';
export { defaultTimeZone } from './time-zone';
