import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readToolPages } from '../../../test/support/tool-pages';
import { toolPageFromAstro } from './tool-pages';

const source = `---
import BaseLayout from '../../layouts/BaseLayout.astro';
const hidden = 'frontmatter words';
---

<BaseLayout title="Clubs" description="Widgets for   clubs.">
	<h1>For running clubs</h1>
	<p class="lede">Put the builder on your site.<!-- not this --> <a href={url('/guides/x/')}>Read more</a>.</p>
	<Configurator client:visible siteUrl={siteUrl} options={{ a: 1 }} />
	<section aria-labelledby="group">
		<h2 id="group">Group sessions</h2>
		<ul><li>Pair people up &amp; swap,{' '}then rest.</li></ul>
	</section>
</BaseLayout>

<style>.x { color: red; }</style>
<script>import { x } from './x'; x();</script>
`;

describe('tool pages from their Astro source', () => {
	it('takes the heading, the layout description, the lead and one section per <h2 id>', () => {
		expect(toolPageFromAstro(source, 'embed/')).toEqual({
			path: 'embed/',
			title: 'For running clubs',
			description: 'Widgets for clubs.',
			category: 'Tool',
			tags: [],
			text: 'Put the builder on your site. Read more.',
			sections: [{ heading: 'Group sessions', anchor: 'group', text: 'Pair people up & swap, then rest.' }],
		});
	});

	it('reads nothing from frontmatter, scripts, styles, comments or expressions', () => {
		const words = JSON.stringify(toolPageFromAstro(source, 'embed/'));
		for (const w of ['frontmatter', 'color', 'import', 'not this', 'siteUrl', 'client']) expect(words).not.toContain(w);
	});

	it('answers empty parts for a source without them', () => {
		expect(toolPageFromAstro('', 'x/')).toMatchObject({ title: '', description: '', text: '', sections: [] });
	});

	it('reads the real plan builder and clubs pages: their words, not a kept list', () => {
		const [plan, embed] = readToolPages(join(import.meta.dirname, '..', '..', 'pages'));
		expect(plan).toMatchObject({ path: 'plan/', title: 'Plan builder' });
		expect(plan?.description).toMatch(/training plan/);
		expect(plan?.text).toMatch(/Choose a goal/);
		expect(embed).toMatchObject({ path: 'embed/', title: 'For running clubs' });
		expect(embed?.sections?.map((s) => s.anchor)).toEqual(['configure', 'group']);
		expect(embed?.sections?.[1]?.text).toMatch(/Pair people up/);
	});
});
