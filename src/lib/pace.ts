/**
 * The pace converter's door: turning an easy forward pace into a backward
 * one, and the options the converter offers. A guide page hydrates the
 * converter on its own, so this door carries only these small modules and
 * never the plan input schema (whose module configures zod when it loads, a
 * side effect no bundler may drop) or the engine. Everything here is also
 * exported from `src/lib/index.ts`.
 *
 * @example
 * import { convertForwardPace, UNITS } from '../../lib/pace';
 */
export { convertForwardPace, formatPaceRange, type PaceConversion } from './guides/pace';
export { EXPERIENCE_OPTIONS, type Experience, UNIT_OPTIONS } from './plan/options';
export { UNITS, type Units } from './plan/pace-basics';
