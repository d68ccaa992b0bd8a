/**
 * The site's tool pages as the search index sees them. They are Astro pages,
 * not MDX, so their searchable words are written here; keep them in step with
 * src/pages/plan/index.astro and src/pages/embed/index.astro.
 * (A coach sheet page is planned; add it here when it exists.)
 */
import type { ToolPageSource } from './build';

export const TOOL_PAGES: readonly ToolPageSource[] = [
	{
		path: 'plan/',
		title: 'Plan builder',
		description:
			'Build a progressive training plan that mixes forward and backward running, week by week, and export it to your calendar.',
		category: 'Tool',
		tags: ['plan builder', 'training plan', 'schedule', 'calendar', 'export', 'ics', 'csv', 'weekly plan', '5k', '10k'],
		text: 'Choose a goal and your training days: the plan updates as you go. Every plan starts gently, builds backward time slowly and says where to practise safely. Goals: get started, a backward 5K, 10K or half marathon, mixed runs. Export the plan to your calendar (.ics, Google, Outlook), as CSV or JSON, print it, or share it with a link.',
	},
	{
		path: 'embed/',
		title: 'For running clubs',
		description: 'Retrostride for running clubs: group retro sessions and, soon, the plan builder on your own website.',
		category: 'Tool',
		tags: ['clubs', 'club', 'coaches', 'group session', 'embed', 'widget', 'website'],
		text: "Clubs are where most people first try running backward, in a warm-up drill or a fun relay. Coming soon: the plan builder on your club's website, in your own colours, with two lines of code and nothing to host. Running a group session today: use a track, a flat playing field or a closed path; pair people up, one runs backward and the partner watches ahead, then swap; keep the first efforts short and slow, and stop anyone who feels dizzy or unsteady.",
	},
];
