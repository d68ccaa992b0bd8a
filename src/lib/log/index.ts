/**
 * The training log's door: check-ins, adapting the plan to them, and log
 * files. Loaded with the plan editor (never with the page).
 */
export { type Adaptation, type AdaptOptions, type AdaptResult, adaptPlan } from './adapt';
export { type AdaptationRecord, adaptationsInPlan } from './changes';
export {
	CHECKIN_STATUS_WORDS,
	CHECKIN_STATUSES,
	type CheckIn,
	type CheckInStatus,
	checkInLogSchema,
	checkInSchema,
	EFFORT_WORDS,
	MAX_CHECKIN_NOTE,
	MAX_CHECKINS,
	PAIN_SITES,
	PAIN_WORDS,
	type PainSite,
} from './checkin-schema';
export { describeCheckIn } from './describe';
export {
	LOG_FILE_VERSION,
	LOG_FORMAT,
	logFileSchema,
	logJsonSchema,
	logToCsv,
	logToJson,
	MAX_LOG_JSON_LENGTH,
	mergeLogs,
	parseLogCsv,
	parseLogFile,
	parseLogJson,
} from './log-file';
export { decodeLogLink, encodeLogLink, LOG_LINK_VERSION, MAX_LOG_LINK_LENGTH } from './log-link';
export { logProgress, type WeekProgress } from './progress';
export { ADAPT_RULE_WORDS } from './rules';
