/**
 * What the plan builder island is rendered with, for the two pages that host
 * it: /plan/ (a runner's builder) and /coach/plan/ (an athlete's plan from a
 * coach's roster). One place, so the two never render different builders.
 *
 * @example
 * const props = await builderProps(Astro.site);
 * // <PlanBuilder client:load {...props} />
 */
import { defaultPlanInput } from '../lib';
import { getGuides } from './guides';

/**
 * The builder's server-side props: the defaults at build time (the page
 * shows a real plan before any JavaScript runs), the guides' titles for
 * "read more" links, the base path and the site's absolute address for links
 * in exported files.
 */
export async function builderProps(site: URL | undefined) {
	const today = new Date().toISOString().slice(0, 10);
	return {
		initialInput: defaultPlanInput(today),
		guideTitles: Object.fromEntries((await getGuides()).map((g) => [g.id, g.data.title])),
		base: import.meta.env.BASE_URL,
		siteUrl: new URL(import.meta.env.BASE_URL, site).href.replace(/\/$/, ''),
	};
}
