import { describe, expect, it } from 'vitest';
import { withModulePreloads } from './module-preload';

const head = (scripts: string) =>
	`<html><head><meta charset="utf-8"><title>t</title>${scripts}</head><body></body></html>`;
const script = (src: string) => `<script type="module" src="${src}"></script>`;
const preloads = (html: string) => [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);

describe('withModulePreloads', () => {
	const graph = new Map([
		['_astro/search.js', ['_astro/helper.js']],
		['_astro/status.js', ['_astro/helper.js', '_astro/text.js']],
		['_astro/text.js', ['_astro/runtime.js']],
		['_astro/helper.js', []],
		['_astro/runtime.js', []],
	]);

	it('names every chunk the scripts import, at any depth and once, before the first script', () => {
		const html = withModulePreloads(head(script('/_astro/search.js') + script('/_astro/status.js')), graph, '/');
		expect(preloads(html)).toEqual(['/_astro/helper.js', '/_astro/text.js', '/_astro/runtime.js']);
		expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('<script'));
		// The scripts themselves stay as they were, in their order.
		expect(html).toContain(script('/_astro/search.js') + script('/_astro/status.js'));
	});

	it('writes the links under the base path of a sub-path build', () => {
		const html = withModulePreloads(head(script('/retro/_astro/search.js')), graph, '/retro/');
		expect(preloads(html)).toEqual(['/retro/_astro/helper.js']);
	});

	it('leaves out a chunk the page already loads as a script', () => {
		const graphWithEntry = new Map([...graph, ['_astro/page.js', ['_astro/search.js', '_astro/helper.js']]]);
		const html = withModulePreloads(head(script('/_astro/page.js') + script('/_astro/search.js')), graphWithEntry, '/');
		expect(preloads(html)).toEqual(['/_astro/helper.js']);
	});

	it('leaves a page without module scripts, or with scripts that import nothing, unchanged', () => {
		const plain = head('<script>document.documentElement.dataset.theme = "dark"</script>');
		expect(withModulePreloads(plain, graph, '/')).toBe(plain);
		const lone = head(script('/_astro/helper.js'));
		expect(withModulePreloads(lone, graph, '/')).toBe(lone);
	});

	it('reads a module script whatever the order of its attributes, and not a data-type one', () => {
		const reordered = head('<script src="/_astro/search.js" type="module"></script>');
		expect(preloads(withModulePreloads(reordered, graph, '/'))).toEqual(['/_astro/helper.js']);
		const notModule = head('<script data-type="module" src="/_astro/search.js"></script>');
		expect(withModulePreloads(notModule, graph, '/')).toBe(notModule);
	});

	it('follows only scripts of this build, not one from another origin or path', () => {
		const foreign = head(script('https://club.example/_astro/search.js') + script('/other/_astro/search.js'));
		expect(withModulePreloads(foreign, graph, '/retro/')).toBe(foreign);
	});

	it('is idempotent: a second pass adds nothing', () => {
		const once = withModulePreloads(head(script('/_astro/status.js')), graph, '/');
		expect(withModulePreloads(once, graph, '/')).toBe(once);
	});
});
