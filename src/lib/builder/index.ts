/** The plan builder's pure helpers: form state, storage, chart geometry and display formatting. */
export { niceCeiling, type VolumeBar, type VolumeChartGeometry, volumeChartGeometry } from './chart';
export { formatPlanDate, localToday, type PlanToday, planToday, planTotals } from './display';
export {
	defaultUnitsForLocale,
	formStateFromInput,
	formStateToRaw,
	NO_SPLIT_FORM,
	type PastStartAdvice,
	type PlanFormState,
	parsePaceText,
	pastStartAdvice,
	quickDefaultInput,
	SPLIT_EXAMPLES,
	splitFromForm,
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
export { planFormStateSchema } from './form-schema';
export {
	clearFormState,
	describeLoadProblem,
	FORM_STORAGE_KEY,
	FORM_STORAGE_VERSION,
	hasSavedForm,
	type KeyValueStore,
	type LoadResult,
	saveFormState,
} from './storage';
export { loadFormState } from './storage-check';
