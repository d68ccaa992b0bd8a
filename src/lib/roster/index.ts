/**
 * A coach's roster (/coach/): reading a squad from CSV or a typed table, each
 * athlete's plan from the engine's public API, the roster back as CSV, the
 * ZIP of everyone's files and the group session sheet. Components import it
 * through this door; the ZIP and file writers load on demand (the coach
 * page imports them with import()).
 */

export { type AthleteResult, type CellError, readRosterRow } from './athlete';
export {
	ATHLETE_PARAM,
	loadRosterEdits,
	newAthleteId,
	ROSTER_EDITS_KEY,
	type RosterEdits,
	saveAthleteEdits,
	withAthleteEdits,
	withAthleteIds,
} from './athlete-edits';
export { cleanCell, MAX_NAME_LENGTH, unguardCell } from './cells';
export { COLUMN_INFO, type ColumnInfo, columnForHeader, ROSTER_COLUMNS, type RosterColumn } from './columns';
export { MAX_ROSTER_BYTES, parseRosterCsv, type RosterFile } from './parse';
export {
	athleteIdSchema,
	EMPTY_ROW,
	MAX_CELL_LENGTH,
	MAX_ROSTER_ROWS,
	type RosterRow,
	rosterRowSchema,
	storedRosterSchema,
} from './row-schema';
export {
	groupSessionSheet,
	type SessionGroup,
	type SessionMember,
	type SessionSheet,
	type SessionSheetOptions,
	sessionDates,
} from './session-sheet';
export {
	athleteFileName,
	type BuiltRow,
	buildSquad,
	type Squad,
	type SquadAthlete,
	type SquadProblem,
	sheetRow,
} from './squad';
export { forgetRoster, type LoadedRoster, loadRoster, ROSTER_STORAGE_KEY, saveRoster } from './storage';
export { ROSTER_HEADER, rosterTemplate, rosterToCsv, TEMPLATE_ROW } from './write';
export { type SquadZipOptions, type SquadZipResult, squadZip } from './zip';
