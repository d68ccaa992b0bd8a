/**
 * What the plan builder island is rendered with, for the pages that host
 * it: /plan/ (a runner's builder), /coach/plan/ (an athlete's plan from a
 * coach's roster) and /embed/plan/ (a club's). One place, so they never render
 * different builders, and one build day, so the plans the island fetches
 * (/plan/served-plans.json) are the ones its pages were rendered with.
 *
 * @example
 * const props = await builderProps(Astro.site);
 * // <PlanBuilderIsland client:load {...props} />
 */
import { defaultPlanInput, type PlanInput } from '../lib';
import { getGuides } from './guides';

/** The defaults at build time: every page and the served plans use this one input. */
export const BUILD_INPUT: PlanInput = defaultPlanInput(new Date().toISOString().slice(0, 10));

/**
 * The builder's server-side props: the defaults at build time (the page shows
 * a real plan before any JavaScript runs), the guides' titles for "read more"
 * links, the base path and the site's absolute address for links in exported
 * files.
 */
export async function builderProps(site: URL | undefined) {
	return {
		initialInput: BUILD_INPUT,
		guideTitles: Object.fromEntries((await getGuides()).map((g) => [g.id, g.data.title])),
		base: import.meta.env.BASE_URL,
		siteUrl: new URL(import.meta.env.BASE_URL, site).href.replace(/\/$/, ''),
	};
}
