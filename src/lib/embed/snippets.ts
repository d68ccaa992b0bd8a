/**
 * The two snippets a club webmaster pastes: the script version (self-sizing,
 * with events) and a plain iframe that works with no script at all. Values
 * are escaped for HTML attributes, so a club called `"Tom & Jerry's" <Runners>`
 * still gets valid, harmless markup.
 */
import { type EmbedConfig, embedQuery } from './config';

/**
 * Escapes text for a double-quoted HTML attribute.
 *
 * Never throws.
 */
export function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The sandbox flags the builder needs: scripts, its own storage, forms, file downloads and links in new tabs. */
export const EMBED_SANDBOX =
	'allow-scripts allow-same-origin allow-forms allow-downloads allow-popups allow-popups-to-escape-sandbox';

/**
 * The snippets for a site at `siteUrl` (absolute, with its base path): the
 * widget's script and iframe versions, and the club's "this week" card
 * (`week`), which the same script turns into a frame of /embed/week/ with the
 * same attributes, so the card shows the cohort the widget plans for.
 *
 * Never throws.
 *
 * @example
 * embedSnippets('https://retrostride.example', { club: 'Harriers', accent: '#c00' }).script
 * // '<div data-retrostride-plan data-club="Harriers" data-accent="#c00"></div>\n<script async src="https://retrostride.example/embed.js"></script>'
 * embedSnippets('https://retrostride.example', { cohort: 'Spring 5K', start: '2027-03-01' }).week
 * // '<div data-retrostride-week data-cohort="Spring 5K" data-start="2027-03-01"></div>\n<script async src="…/embed.js"></script>'
 */
export function embedSnippets(
	siteUrl: string,
	config: Partial<EmbedConfig>,
): { script: string; iframe: string; week: string } {
	const root = siteUrl.replace(/\/+$/, '');
	const data = (['club', 'accent', 'theme', 'units', 'goal'] as const)
		.filter((k) => config[k] !== undefined && !(k === 'theme' && config[k] === 'auto'))
		.map((k) => ` data-${k}="${escapeAttribute(String(config[k]))}"`)
		.join('');
	const days = config.days?.length ? ` data-days="${config.days.join(',')}"` : '';
	const cohort = (
		[
			['cohort', config.cohort],
			['race-date', config.raceDate],
			['start', config.start],
			['time', config.time],
		] as const
	)
		.filter(([, value]) => value !== undefined)
		.map(([name, value]) => ` data-${name}="${escapeAttribute(String(value))}"`)
		.join('');
	const query = embedQuery(config);
	const src = `${root}/embed/plan/${query ? `?${query}` : ''}`;
	const script = (kind: 'plan' | 'week') =>
		`<div data-retrostride-${kind}${data}${days}${cohort}></div>\n<script async src="${root}/embed.js"></script>`;
	return {
		script: script('plan'),
		week: script('week'),
		iframe: `<iframe src="${escapeAttribute(src)}" title="Backward running plan builder" loading="lazy" width="100%" height="1400" style="border:0" sandbox="${EMBED_SANDBOX}" allow="clipboard-write"></iframe>`,
	};
}
