/** Loads the roster page's file code on demand (see coach-files.ts), shared by every button. */
import { onDemand } from '../plan/on-demand';

export const loadCoachFiles = onDemand(() => import('./coach-files'));
