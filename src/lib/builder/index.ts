/** The plan builder's pure helpers: form state, storage, chart geometry and display formatting. */
export { niceCeiling, type VolumeBar, type VolumeChartGeometry, volumeChartGeometry } from './chart';
export { formatPlanDate, localToday, planTotals } from './display';
export {
	defaultFormState,
	defaultUnitsForLocale,
	evaluateForm,
	type FormEvaluation,
	formStateFromInput,
	formStateToRaw,
	type PlanFormState,
	parsePaceText,
	planFormStateSchema,
	toggleDay,
} from './form';
export {
	clearFormState,
	describeLoadProblem,
	FORM_STORAGE_KEY,
	FORM_STORAGE_VERSION,
	type KeyValueStore,
	type LoadResult,
	loadFormState,
	saveFormState,
} from './storage';
