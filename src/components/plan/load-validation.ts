/**
 * Loads the builder's input checks (src/lib/builder/validation.ts, with zod)
 * on demand: when the runner reaches for the form or first edits it, at once
 * when a share link or saved settings need checking. Never on idle: a reader
 * who only looks at the plan does not download it.
 */
import { onDemand } from './on-demand';

export type Validation = typeof import('../../lib/builder/validation');

export const loadValidation = onDemand<Validation>(() => import('../../lib/builder/validation'));
