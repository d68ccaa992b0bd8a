/** The session player's domain: timeline, state machine, storage and opening a session from a link. */

// The stop rules the player keeps one tap away.
export { CALF_NOTE, STOP_RULE } from '../plan/safety';
export { type DeviceCommand, deviceCommands, type Tone, VIBRATION } from './commands';
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
export { type Anchor, type Position, positionAt, START_ANCHOR } from './position';
export { estimateText, formatClock, paceText } from './screen';
export { safetyReminder, spokenCue, spokenDistance, spokenDuration } from './speech';
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
	buildTimeline,
	COUNTDOWN_MS,
	estimateSec,
	PREPARE_MS,
	type StepDraft,
	type StepKind,
	sessionTimeline,
	type Timeline,
	type TimelineOptions,
	type TimelineStep,
} from './timeline';
