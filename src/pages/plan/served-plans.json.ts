import type { APIRoute } from 'astro';
import { servedPlans } from '../../lib';
import { BUILD_INPUT } from '../../utils/builder-props';

/**
 * The plans the builder pages were rendered with, as one static JSON file: the
 * build's defaults, then the same in each other unit (src/lib/builder/served-plans.ts).
 * The island fetches it while its code loads (the pages preload it) and moves the
 * reader's one to today, so a first visit needs no engine. A file rather than the
 * island's props: in the HTML it took the builder page past the 14 KB a first round
 * trip carries (README "Page weight").
 */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(servedPlans(BUILD_INPUT)), { headers: { 'Content-Type': 'application/json' } });
