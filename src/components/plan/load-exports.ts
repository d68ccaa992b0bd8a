/**
 * Loads the export code on demand: a separate chunk fetched on the first
 * export, not with the page.
 */
import { onDemand } from './on-demand';

export const loadExports = onDemand(() => import('./export-actions'));
