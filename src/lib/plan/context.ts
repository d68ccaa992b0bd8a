/**
 * What every step of the plan needs to know about the runner, computed once
 * per plan: the input with its defaults resolved, and the paces that turn
 * times into distances.
 */
import { backwardPaceRange, type PaceRange, roundTo } from './format';
import { DEFAULT_CURRENT_RUN_MINUTES, FORWARD_PACE_SPREAD, METRES_PER_UNIT } from './rules';
import type { PlanInput } from './schema';

/** The runner, as the plan steps see them. */
export interface PlanContext {
	readonly input: PlanInput;
	/** Minutes the runner can run forward without stopping today (the input's, or the default). */
	readonly currentRunMinutes: number;
	/** Easy forward pace range, seconds per unit. */
	readonly forwardEasy: PaceRange;
	/** Easy backward pace range, seconds per unit (forward × the experience ratio). */
	readonly backwardEasy: PaceRange;
	/** Forward easy pace, seconds per metre (midpoint). */
	readonly fwdSecPerM: number;
	/** Backward easy pace, seconds per metre (midpoint of the range). */
	readonly backSecPerM: number;
}

/**
 * The context of a normalised input.
 *
 * @example
 * createContext(input).backSecPerM * 1000 // seconds per backward km, e.g. 585
 */
export function createContext(input: PlanInput): PlanContext {
	const unitM = METRES_PER_UNIT[input.units];
	const backwardEasy = backwardPaceRange(input.forwardEasyPace, input.experience);
	const forwardEasy = {
		min: roundTo(input.forwardEasyPace * (1 - FORWARD_PACE_SPREAD), 5),
		max: roundTo(input.forwardEasyPace * (1 + FORWARD_PACE_SPREAD), 5),
	};
	return {
		input,
		currentRunMinutes: input.currentRunMinutes ?? DEFAULT_CURRENT_RUN_MINUTES,
		forwardEasy,
		backwardEasy,
		fwdSecPerM: input.forwardEasyPace / unitM,
		backSecPerM: (backwardEasy.min + backwardEasy.max) / 2 / unitM,
	};
}
