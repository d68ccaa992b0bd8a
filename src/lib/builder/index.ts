/** The plan builder's pure helpers: form state, storage, chart geometry and display formatting. */

export {
	AMOUNT_UNITS,
	type AmountUnit,
	type BlockError,
	type BlockRow,
	blockRows,
	NEW_BLOCK,
	segmentsFromRows,
} from './blocks-form';
export { niceCeiling, type VolumeBar, type VolumeChartGeometry, volumeChartGeometry } from './chart';
export { formatPlanDate, localToday, type PlanToday, planToday, planTotals } from './display';
export {
	addEdit,
	editNames,
	MAX_UNDO,
	redoEdit,
	resetSession,
	saveEditHistory,
	undoEdit,
	withEdits,
} from './edit-history';
export { loadEditHistory } from './edit-history-check';
export {
	defaultUnitsForLocale,
	formStateFromInput,
	inUnits,
	NO_SPLIT_FORM,
	type PastStartAdvice,
	type PlanFormState,
	pastStartAdvice,
	quickDefaultInput,
	SPLIT_EXAMPLES,
	toggleDay,
	withSplit,
} from './form';
export {
	defaultFormState,
	evaluateForm,
	type FormEvaluation,
	fitWeeksToGoal,
	type GoalFit,
	START_DATE_WINDOW_DAYS,
	startDateOutsideWindow,
} from './form-check';
export { formStateToRaw, parsePaceText, splitFromForm, withUnits } from './form-read';
export { planFormStateSchema } from './form-schema';
export { servedPlans } from './served-plans';
export {
	clearFormState,
	clearSavedEdits,
	describeLoadProblem,
	EDITS_STORAGE_KEY,
	type EditHistory,
	FORM_STORAGE_KEY,
	FORM_STORAGE_VERSION,
	hasSavedEdits,
	hasSavedForm,
	hasTrainingLog,
	type KeyValueStore,
	type LoadResult,
	markTrainingLog,
	NO_EDITS,
	saveFormState,
	TRAINING_LOG_FLAG_KEY,
} from './storage';
export { loadFormState } from './storage-check';
