/**
 * The plan engine's door: `generatePlan` alone, for the builder to load with
 * `import()` when the runner reaches for the form, or when the plan on screen
 * must be one the server did not make. A first visit never needs it: the
 * builder moves the server's plan to today (plan/redate.ts). Also exported
 * from `src/lib/index.ts`.
 *
 * @example
 * const { generatePlan } = await import('../../lib/engine');
 */
export { generatePlan } from './plan/generate';
