/**
 * Loads the plan editor chunk (editor/index.ts) on demand: when a session is
 * first opened, or at once when a share link or saved state brings edits.
 */
import { onDemand } from './on-demand';

export type Editor = typeof import('./editor');

export const loadEditor = onDemand<Editor>(() => import('./editor'));
