/** The session player's domain: timeline, state machine, storage and opening a session from a link. */

// The stop rules the player keeps one tap away.
export { CALF_NOTE, STOP_RULE } from '../plan/safety';
export { type OpenResult, openSession } from './open';
export {
	back,
	type CueEvent,
	cuesBetween,
	elapsedMs,
	jumpTo,
	type PlayerState,
	type PlayerStatus,
	pause,
	playerPosition,
	READY,
	resume,
	type SessionSummary,
	settle,
	skip,
	stop,
	summarize,
	togglePause,
} from './player';
export {
	clearProgress,
	type DoneMark,
	doneKey,
	loadDone,
	loadProgress,
	PLAYER_STORAGE_VERSION,
	progressKey,
	type SavedProgress,
	saveDone,
	saveProgress,
	stateFromProgress,
} from './storage';
export {
	type Anchor,
	buildTimeline,
	COUNTDOWN_MS,
	estimateSec,
	estimateText,
	formatClock,
	type Position,
	PREPARE_MS,
	paceText,
	positionAt,
	START_ANCHOR,
	type StepKind,
	safetyReminder,
	sessionTimeline,
	spokenDistance,
	spokenDuration,
	type Timeline,
	type TimelineOptions,
	type TimelineStep,
} from './timeline';
