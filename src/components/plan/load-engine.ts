/**
 * Loads the plan engine (src/lib/engine.ts, about 18 KB gzip) together with
 * the input checks, on demand: when the runner reaches for the form or first
 * edits it, at once when the plan on screen must be one the server did not
 * make (a share link, saved settings, the club widget's settings). A first
 * visit shows the server's plan moved to today (src/lib/plan/redate.ts), so a
 * reader who only looks downloads neither.
 *
 * The two come as one, so a form the checks pass has its plan in the same
 * render: the builder never shows a checked form beside the last plan while
 * the engine is still on its way.
 */
import type { generatePlan } from '../../lib';
import { loadValidation, type Validation } from './load-validation';
import { onDemand } from './on-demand';

export interface Engine {
	generatePlan: typeof generatePlan;
}

export const loadEngine = onDemand<Engine>(() => import('../../lib/engine'));

/** The form's code: its checks and the engine that makes its plan. */
export interface FormCode {
	validation: Validation;
	engine: Engine;
}

/**
 * Both chunks, fetched in parallel; rejects if either fails (each is retried on the next call).
 * Example: `const { validation, engine } = await loadFormCode()`.
 */
export const loadFormCode = (): Promise<FormCode> =>
	Promise.all([loadValidation(), loadEngine()]).then(([validation, engine]) => ({ validation, engine }));
