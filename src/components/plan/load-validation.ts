/**
 * Loads the builder's input checks (src/lib/builder/validation.ts, with zod)
 * on demand: at idle time on a first visit, at once when a share link or
 * saved settings need checking.
 */
import { onDemand } from './on-demand';

export type Validation = typeof import('../../lib/builder/validation');

export const loadValidation = onDemand<Validation>(() => import('../../lib/builder/validation'));
