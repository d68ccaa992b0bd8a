/**
 * Checks on the built site itself, with no browser: every internal link and
 * asset resolves (also in a build for a sub-path); content pages ship only the
 * inline theme script (within its budget and allowed by the page's CSP hash),
 * the search loader and the islands they contain; and the byte budgets of the
 * plan builder and the embed hold.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { checkLinks } from './link-check';
import { distDir, sitemapPaths } from './site';

const site = process.env.SITE_URL ?? 'https://retrostride.example';

/** A CSP hash source for inline code, computed here rather than by the code under test. */
const hashOf = (code: string | Buffer) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const baseDist = join(distDir, '..', 'dist-base');

test('every internal link and asset in the build resolves', () => {
	const { checked, broken } = checkLinks(distDir, site, '/');
	expect(broken).toEqual([]);
	expect(checked).toBeGreaterThan(50);
});

test('a build under a sub-path (BASE_PATH=/retro/) keeps every link working', () => {
	expect(existsSync(baseDist), 'scripts/test.sh builds dist-base with BASE_PATH=/retro/').toBe(true);
	const { checked, broken } = checkLinks(baseDist, site, '/retro/');
	expect(broken).toEqual([]);
	expect(checked).toBeGreaterThan(50);
	const home = readFileSync(join(baseDist, 'index.html'), 'utf8');
	expect(home).toContain('href="/retro/guides/"');
});

test('the link checker notices a broken link (so a pass above means something)', () => {
	const { broken } = checkLinks(join(import.meta.dirname, 'fixtures', 'broken-site'), site, '/');
	expect(broken.map((b) => b.link).sort()).toEqual(['/missing/', '/ok/#nowhere', 'missing.png']);
});

/** Inline and external scripts of a built page, split by what they are. */
function scriptsOf(html: string) {
	const external = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
	const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
		.filter((m) => !/type="application\/(ld\+)?json"/.test(m[1] ?? ''))
		.map((m) => m[2] ?? '');
	return { external, inline };
}

const contentPages = () => sitemapPaths().filter((p) => p === '/' || p.startsWith('/guides/') || p === '/about/');

/**
 * JavaScript a content page may ship beyond the theme script, each entry for
 * the pages it names. An island brings its own module (the component-url of
 * its <astro-island>) and Astro's inline island runtime: the <astro-island>
 * element and the directive that wakes it (`client:visible` and so on). To
 * allow something new, such as a search loader, add an entry here.
 */
const allowedScripts: { name: string; pages: (path: string) => boolean; island?: RegExp; external?: RegExp }[] = [
	{
		name: 'pace converter (src/components/guide/pace-converter.ts, no framework), on guides, at most 3 KB gzip',
		pages: (p) => p.startsWith('/guides/'),
		external: /\/_astro\/PaceConverter\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/,
	},
	{
		// 2 KB was the search loader's alone; the toggle moved here from the inline theme script (0.3 KB
		// gzip off every page's HTML, README "Page weight"), so the header's one module has 2.5 KB.
		name: 'the header script: search loader (src/components/search/loader.ts) and theme toggle (src/components/site/theme-toggle.ts), on every page, at most 2.5 KB gzip',
		pages: () => true,
		external: /\/_astro\/SiteHeader\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/,
	},
	{
		name: 'offline line and worker registration (src/components/site/app-status.ts), on every page, at most 2 KB gzip',
		pages: () => true,
		external: /\/_astro\/AppStatus\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/,
	},
];

/** The code of a built module and of everything it imports statically (what loads with it). */
function moduleSources(url: string): string[] {
	return [...new Set([url, ...staticImports(distDir, url)])].map((file) => readFileSync(join(distDir, file), 'utf8'));
}

/** Gzip bytes of a built module plus everything it imports statically, each file gzipped on its own. */
const moduleGzip = (url: string): number =>
	moduleSources(url).reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0);

/** Astro's own inline island runtime: the custom element, or a hydration directive. */
const isIslandRuntime = (code: string) =>
	code.includes('customElements.define("astro-island"') ||
	/^\(\(\)=>\{[\s\S]*\(self\.Astro\|\|\(self\.Astro=\{\}\)\)\.(load|idle|visible|media|only)=/.test(code);

test('home, guide and about pages ship no JavaScript but the inline theme script, or an allowed island', () => {
	const theme = readFileSync(join(distDir, '..', 'src', 'scripts', 'theme.js'), 'utf8');
	let pagesWithIslands = 0;
	let pagesWithConverter = 0;
	for (const path of contentPages()) {
		const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
		const { external, inline } = scriptsOf(html);
		const allowed = allowedScripts.filter((a) => a.pages(path));
		const islands = [...html.matchAll(/<astro-island[^>]*\scomponent-url="([^"]+)"/g)].map((m) => m[1] ?? '');
		for (const island of islands) {
			expect(
				allowed.some((a) => a.island?.test(island)),
				`${path}: island ${island} is not in allowedScripts`,
			).toBe(true);
		}
		expect(
			external.filter((src) => !allowed.some((a) => a.external?.test(src ?? ''))),
			path,
		).toEqual([]);
		const searchLoader = external.filter((src) => allowedScripts[1]?.external?.test(src ?? ''));
		expect(searchLoader, `${path}: the header script, once`).toHaveLength(1);
		expect(moduleGzip(searchLoader[0] ?? ''), `${path}: header script gzip bytes`).toBeLessThanOrEqual(2.5 * 1024);
		const converter = external.filter((src) => allowedScripts[0]?.external?.test(src ?? ''));
		if (converter[0]) {
			pagesWithConverter++;
			expect(html, `${path}: no React on a content page`).not.toContain('<astro-island');
			// 1.2 KB of its own plus the 0.3 KB it shares with the builder (src/lib/plan/pace-basics.ts:
			// units, the pace ratio and limits, formatPace), 1.5 KB in all; never the plan's options or rules.
			expect(moduleGzip(converter[0]), `${path}: pace converter gzip bytes`).toBeLessThanOrEqual(3 * 1024);
			expect(moduleSources(converter[0]).join('\n'), `${path}: the converter carries the plan's options`).not.toContain(
				'Run a backward mile',
			);
		}
		const appStatus = external.filter((src) => allowedScripts[2]?.external?.test(src ?? ''));
		expect(appStatus, `${path}: the offline line, once`).toHaveLength(1);
		expect(moduleGzip(appStatus[0] ?? ''), `${path}: offline line gzip bytes`).toBeLessThanOrEqual(2048);
		expect(inline[0], path).toBe(theme);
		if (islands.length === 0) {
			expect(inline, path).toEqual([theme]);
		} else {
			pagesWithIslands++;
			expect(
				inline.slice(1).filter((code) => !isIslandRuntime(code)),
				path,
			).toEqual([]);
		}
	}
	// The two guides with a <PaceConverter /> (so the converter's budget above is exercised); no islands left.
	expect(pagesWithConverter).toBe(2);
	expect(pagesWithIslands).toBe(0);
});

/** The built files a module imports statically, at any depth, as site paths (`/_astro/x.js`), read from its code. */
function staticImports(dist: string, url: string, seen = new Set<string>()): string[] {
	const folder = url.replace(/[^/]+$/, '');
	const code = readFileSync(join(dist, url), 'utf8');
	const found = [...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g)].map(
		(m) => `${folder}${m[1]}`,
	);
	return found.flatMap((dep) => {
		if (seen.has(dep)) return [];
		seen.add(dep);
		return [dep, ...staticImports(dist, dep, seen)];
	});
}

test('every page preloads what its module scripts import, so none waits a round trip for a chunk (also under a sub-path)', () => {
	expect(existsSync(baseDist), 'scripts/test.sh builds dist-base with BASE_PATH=/retro/').toBe(true);
	let pagesWithPreloads = 0;
	for (const [dir, base] of [
		[distDir, '/'],
		[baseDist, '/retro/'],
	] as const) {
		const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
		for (const page of pages) {
			const html = readFileSync(join(dir, page), 'utf8');
			// Module scripts, whatever the order of their attributes.
			const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
				.filter((m) => /(?:^|\s)type="module"/.test(m[1] ?? ''))
				.flatMap((m) => /(?:^|\s)src="([^"]+)"/.exec(m[1] ?? '')?.[1] ?? []);
			const preloads = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1] ?? '');
			const site = (url: string) => `/${url.slice(base.length)}`;
			const wanted = new Set(scripts.flatMap((src) => staticImports(dir, site(src))));
			for (const src of scripts) wanted.delete(site(src));
			expect(preloads.map(site).sort(), `${base} ${page}`).toEqual([...wanted].sort());
			if (preloads.length > 0) {
				pagesWithPreloads++;
				expect(html.indexOf('<link rel="modulepreload"'), `${page}: before the scripts`).toBeLessThan(
					html.indexOf(`src="${scripts[0]}"`),
				);
			}
		}
	}
	// The site-wide scripts share Vite's preload helper, so nearly every page has one.
	expect(pagesWithPreloads).toBeGreaterThan(60);
});

test('the inline theme script is at most 256 bytes gzipped and its hash is in every page CSP', () => {
	const theme = readFileSync(join(distDir, '..', 'src', 'scripts', 'theme.js'));
	expect(gzipSync(theme).length).toBeLessThanOrEqual(256);
	const hash = hashOf(theme);
	for (const path of sitemapPaths()) {
		const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
		const csp = html.match(/http-equiv="content-security-policy" content="([^"]+)"/)?.[1] ?? '';
		expect(csp, path).toContain(hash);
		expect(csp, path).not.toContain('unsafe-inline');
		expect(csp, path).toContain("object-src 'none'");
	}
});

/**
 * The one stylesheet left as a file: the builder's own (src/styles/plan.css), which measured faster that
 * way (Lighthouse LCP 1.23 → 1.11 s, README "Page weight"), on the pages that use it: the builder and
 * the tools built from its parts (the club widget and its configurator, the coach's roster and its builder page).
 */
const builderStylesheet = /^\/_astro\/plan\.[\w-]+\.css$/;
const usesBuilderCss = (path: string) => path === '/plan/' || path.startsWith('/coach/') || path.startsWith('/embed/');

test('every page allows exactly the inline code it carries: its CSP lists no hash of another page’s', () => {
	const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
	let narrowed = 0;
	for (const page of pages) {
		const html = readFileSync(join(distDir, page), 'utf8');
		const csp = html.match(/http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
		expect(csp, page).toBeDefined();
		const listed = [...(csp ?? '').matchAll(/'sha256-[^']+'/g)].map((m) => m[0]).sort();
		const inline = [...html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)]
			.filter((m) => !/\ssrc=|type="application\/(ld\+)?json"/.test(m[2] ?? ''))
			.map((m) => hashOf(m[3] ?? ''));
		expect(listed, page).toEqual([...new Set(inline)].sort());
		if (listed.length < 8) narrowed++;
	}
	// Astro's own list holds every page's inline style and its whole island runtime (18 hashes); pages need 2 to 9.
	expect(narrowed).toBeGreaterThan(30);
});

/**
 * A page whose HTML fits in the first round trip of a new connection paints a
 * round trip sooner: a server sends at most 10 TCP segments (14,600 bytes)
 * before the browser's first acknowledgement, response headers included. On
 * Lighthouse's slow 4G that round trip is 150 ms, which is what took the two
 * longest guides over 1 s (README "Page weight"). 500 bytes are left for
 * headers; gzip at zlib's default level, as `astro preview` and most servers
 * send it (brotli is smaller). A guide that outgrows it should lose page
 * furniture or be split, not make the budget bigger.
 */
const FIRST_WINDOW_BYTES = 10 * 1460 - 500;

test('every page’s HTML fits in the first round trip: at most 14,100 bytes gzip, with no developer comments', () => {
	const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
	expect(pages.length).toBeGreaterThan(40); // the 404 page and the embeds too, not only the sitemap's
	for (const page of pages) {
		const html = readFileSync(join(distDir, page), 'utf8');
		expect(gzipSync(html).length, `${page}: gzip bytes of the HTML`).toBeLessThanOrEqual(FIRST_WINDOW_BYTES);
		// Comments in component markup ship in every page that renders them (one in <Cite> was 16
		// copies on a guide): notes for developers belong in the component's script. React's and
		// Astro's own markers (empty, "$", "/$", "astro:end") stay.
		const notes = [...html.matchAll(/<!--([\s\S]*?)-->/g)]
			.map((m) => (m[1] ?? '').trim())
			.filter((c) => !/^(|\/?\$|astro:end)$/.test(c));
		expect(notes, `${page}: HTML comments`).toEqual([]);
	}
});

/**
 * page-csp.ts adds to a page's CSP the hash of any inline style Astro left out
 * (it leaves out the style of a component an MDX guide imports), so the CSP
 * tests above cannot catch a stray inline style. This one can: a page carries
 * Astro's own inline styles (the page's stylesheet, and the island rule on a
 * page with islands) and one per styled component its guide imports.
 */
test('a page carries Astro’s inline styles and one per styled component its guide imports, no other', () => {
	const imported: Record<string, number> = {
		'first-steps-to-5k': 2, // PaceConverter, PlanPreview
		'how-the-plan-builder-works': 1,
		knees: 1,
		'mixing-into-forward-runs': 1,
	};
	for (const path of sitemapPaths()) {
		const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
		const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
		const own = styles.filter((css) => !css.startsWith('astro-island,'));
		const guide = /^\/guides\/([^/]+)\/$/.exec(path)?.[1] ?? '';
		expect(own.length, path).toBe(1 + (imported[guide] ?? 0));
	}
});

test('pages paint without waiting for a stylesheet but the builder’s own, and every inline style is allowed by its CSP hash', () => {
	for (const path of sitemapPaths()) {
		const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
		const linked = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1] ?? '');
		expect(linked.length, path).toBe(path === '/plan/' || (usesBuilderCss(path) && linked.length === 1) ? 1 : 0);
		for (const href of linked) expect(href, path).toMatch(builderStylesheet);
		expect(html.match(/rel="stylesheet"/g) ?? [], path).toHaveLength(linked.length);
		const csp = html.match(/http-equiv="content-security-policy" content="([^"]+)"/)?.[1] ?? '';
		const styleSrc = csp.split(';').find((d) => d.trim().startsWith('style-src')) ?? '';
		expect(styleSrc, path).not.toContain('unsafe-inline');
		for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
			const hash = hashOf(m[1] ?? '');
			expect(styleSrc, `${path}: an inline <style> without its hash`).toContain(hash);
		}
	}
});

/**
 * The plan builder's JavaScript on load, gzipped: React DOM, React and its JSX
 * runtime (about 71 KB together), Astro's island runtime, the search loader,
 * the engine and the island: 103 KB at most. The plan-builder issue asked for
 * 95 KB; the coach-grade engine (about 3 KB more) took it past that, and the
 * README says why we moved the budget instead of the bytes. The plan editor
 * paid for itself (its always-on parts, about 1.4 KB, against as much moved
 * to on-demand chunks) and left the page at 100.0 KB; the training log kept
 * it there (100.3 KB). The coach-grade dose rewrite (sessions that keep their
 * shape, merges into a continuous long run, the weekly caps) added 1.9 KB of
 * engine that every plan on the page needs, so the budget moved to 103 KB;
 * the offline issue's 95 KB target is where the bytes must be won back. The
 * offline line and worker registration (0.6 KB, on every page) took it to
 * 102.8 KB; workbox-window itself loads after the page's load event. The
 * coach's second read (run/walk races by experience, lead-in weeks so a longer
 * plan never trains less, recovery weeks as their own step, blocks kept when a
 * session is added) added 1.2 KB of engine, to 104.0 KB, and the budget to
 * 105 KB; the builder's state as one reducer with named panels 0.7 KB more
 * (104.7 KB); the net under its lazy parts (ChunkBoundary) and the search loader's early index
 * download 0.3 KB (104.99 KB, no margin left). The coach's third read (race
 * refusals that name what works, drills and walk/run weeks that hold) added
 * 0.35 KB of engine and the club cohort's hidden fields 0.15 KB: 105.5 KB,
 * and the budget to 106 KB. The coach's fourth read (the gentler walk/run
 * foundation, the race-beyond-training and split warnings, sums rounded as a
 * coach writes them) and the search loader's earlier start took it to 106.2 KB,
 * and the budget to 107 KB. The fifth read took it to 106.9 KB; the sixth
 * (split steps that pick up after a recovery week, refusals of splits no session
 * holds, whole runs dropped in run/walk tapers) to 107.2 KB, and the budget to
 * 108 KB; run/walk long runs grown by a shorter last run (and the split's
 * steps judged on the plan's own weeks) to 108.1 KB, and the budget to 109 KB.
 * The eleventh read (running days back one at a time after the foundation,
 * unbroken long runs on a gentler ladder, the split's week warnings, held
 * weeks and the knee trial's departures said, race distances named as the
 * race) took it to 110.0 KB, and the budget to 111 KB; the fourteenth (the
 * 5K and 10K session caps, lighter walk/run recovery weeks, the taper's kept
 * run) to 111.1 KB, and the budget to 112 KB. Then the engine left the page
 * (about 18 KB): a first visit shows the server's plan moved to today
 * (src/lib/plan/redate.ts, from /plan/served-plans.json), and the engine loads
 * with the checks when the runner reaches for the form; with the display's
 * measures apart from the engine's rules (src/lib/plan/measures.ts) and the
 * form's reading apart from its building (src/lib/builder/form-read.ts),
 * 92.0 KB (92.1 KB with the unit switch that converts what was typed), and the budget to 93 KB. Issue 16's
 * 95 KB, which counts what loads after idle too, is measured by the next test.
 * Every other feature must pay for itself.
 * The export code, the input checks (zod) and the engine must not be part of
 * it: the first loads on the first export, the others when the runner reaches
 * for the form or first edits it.
 */
const PLAN_PAGE_JS_BUDGET_KB = 93;

test(`the plan builder page ships at most ${PLAN_PAGE_JS_BUDGET_KB} KB of JavaScript (gzip), without the export code or zod`, async () => {
	const { pageWeight } = await import('../../scripts/lib/page-weight.mjs');
	const weight = pageWeight(distDir, join(distDir, 'plan', 'index.html'));
	expect(weight.js.gzip / 1024).toBeLessThanOrEqual(PLAN_PAGE_JS_BUDGET_KB);
	expect(weight.moduleUrls.length).toBeGreaterThan(2);
	for (const url of weight.moduleUrls) {
		const code = readFileSync(join(distDir, url), 'utf8');
		expect(code, url).not.toContain('BEGIN:VCALENDAR');
		expect(code, `${url} carries zod`).not.toContain('jitless');
		expect(code, `${url} carries the engine`).not.toContain('runs without walk breaks, which this plan does not reach');
	}
});

/**
 * Everything the builder fetches before the runner touches anything: its scripts on load, and what
 * loads after load and idle time (the worker's registration, 2.3 KB). The input checks (zod and the
 * input rules, about 19 KB) used to load on idle; they now wait for a pointer over the form, focus in
 * it, or a first edit, so a reader who only looks never downloads them. 108.4 KB after the coach's fourth
 * read (the same 0.7 KB of engine warnings and rules as above), 109.1 KB after the fifth (race plans'
 * trained lengths, the split held at the peak, run/walk tapers), 110.3 KB after the sixth (run/walk long runs grown
 * by a shorter last run, the split's steps judged on the plan's own weeks), held under 111 KB; 111.05 KB after
 * the tenth (the 60 % growth limit, forward running eased off after the foundation, a race days away told what it
 * needs, the split's warnings naming its mixed runs), held under 112 KB; 112.2 KB after the eleventh (the same
 * 0.9 KB of engine rules and warnings as above), held under 113 KB; 113.3 KB after the fourteenth (the
 * same 0.9 KB as above), held under 114 KB. The engine (about 18 KB) now waits with the checks: a
 * first visit shows the server's plan moved to today. 94.2 KB (94.4 KB with the unit switch), within the issue's 95 KB.
 */
const PLAN_PAGE_JS_UNTOUCHED_BUDGET_KB = 95;

test(`the plan builder fetches at most ${PLAN_PAGE_JS_UNTOUCHED_BUDGET_KB} KB of JavaScript (gzip) until the runner touches it, idle time included`, async ({
	browser,
}) => {
	const { sizes } = await import('../../scripts/lib/page-weight.mjs');
	// No worker: its one-time install download of the whole site is not the page's.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const fetched = new Set<string>();
	page.on('request', (r) => {
		if (r.resourceType() === 'script') fetched.add(new URL(r.url()).pathname);
	});
	await page.goto('/plan/');
	await expect(page.locator('.plan-builder[data-ready]')).toBeVisible();
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 1500))));
	await page.waitForLoadState('networkidle');
	const html = readFileSync(join(distDir, 'plan', 'index.html'), 'utf8');
	const inline = scriptsOf(html).inline.reduce((sum, code) => sum + sizes(code).gzip, 0);
	const files = [...fetched].map((url) => readFileSync(join(distDir, url)));
	const total = files.reduce((sum, code) => sum + sizes(code).gzip, inline);
	expect(
		[...fetched].filter((url) => /\/(validation|generate)\.[\w-]+\.js$/.test(url)),
		'the input checks and the engine',
	).toEqual([]);
	expect(fetched.size).toBeGreaterThan(5);
	expect(total / 1024).toBeLessThanOrEqual(PLAN_PAGE_JS_UNTOUCHED_BUDGET_KB);
	// The first sign of intent fetches them, before the first edit needs them.
	const checks = page.waitForRequest((r) => /\/validation\.[\w-]+\.js$/.test(r.url()));
	const engine = page.waitForRequest((r) => /\/generate\.[\w-]+\.js$/.test(r.url()));
	await page.getByLabel('Goal').focus();
	await Promise.all([checks, engine]);
	await context.close();
});

test('embed.js stays small and dependency-free, and the embed page ships no more JavaScript than the builder', async () => {
	const { pageWeight, sizes } = await import('../../scripts/lib/page-weight.mjs');
	const script = readFileSync(join(distDir, 'embed.js'), 'utf8');
	expect(sizes(script).gzip).toBeLessThanOrEqual(3 * 1024);
	expect(script).not.toMatch(/\bimport\b|\brequire\(/);
	const { EMBED_SANDBOX } = await import('../../src/lib/embed/snippets');
	expect(script).toContain(EMBED_SANDBOX);
	const embed = pageWeight(distDir, join(distDir, 'embed', 'plan', 'index.html'));
	const builder = pageWeight(distDir, join(distDir, 'plan', 'index.html'));
	expect(embed.js.gzip).toBeLessThanOrEqual(builder.js.gzip);
});

test('no page runs a word into a link: the compiler drops line breaks between text and a link', () => {
	const glued: string[] = [];
	for (const path of sitemapPaths()) {
		const html = readFileSync(join(distDir, path, 'index.html'), 'utf8').replace(/<(script|style)[\s\S]*?<\/\1>/g, '');
		for (const m of html.matchAll(/[a-z,;:]<a [^>]*>[^<]{0,30}|<\/a>[a-z][^<]{0,20}/g)) glued.push(`${path}: ${m[0]}`);
	}
	expect(glued).toEqual([]);
});

/** The URLs the built worker precaches, read from its precache list. */
function precached(dir: string): string[] {
	const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
	return [...worker.matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map((m) => m[1] ?? '');
}

test('the worker precaches every page but the embeds, every script and style, within 1 MB gzip', async () => {
	const { PRECACHE_BUDGET_GZIP_BYTES } = await import('../../src/lib/offline');
	const urls = precached(distDir);
	for (const path of sitemapPaths()) {
		const entry = `${path}index.html`;
		if (path.startsWith('/embed/')) expect(urls, entry).not.toContain(entry);
		else expect(urls, entry).toContain(entry);
	}
	expect(urls.filter((u) => u.includes('/embed/'))).toEqual([]);
	for (const extra of ['/search-index.json', '/manifest.webmanifest', '/icons/maskable-512.png', '/404.html']) {
		expect(urls).toContain(extra);
	}
	// Every built script and stylesheet, so the builder's on-demand chunks (exports, editor) work offline.
	const { readdirSync } = await import('node:fs');
	const assets = readdirSync(join(distDir, '_astro')).filter((f) => /\.(js|css)$/.test(f));
	for (const asset of assets) expect(urls, asset).toContain(`/_astro/${asset}`);
	// The one-time install download, as a browser fetches it (gzip), with the worker itself.
	const gzip = [...urls.map((u) => join(distDir, u)), join(distDir, 'sw.js')].reduce(
		(sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length,
		0,
	);
	expect(gzip).toBeLessThanOrEqual(PRECACHE_BUDGET_GZIP_BYTES);
});

test('the worker is one self-contained file from our origin; only pages outside /embed/ register it', () => {
	const worker = readFileSync(join(distDir, 'sw.js'), 'utf8');
	expect(worker).not.toMatch(/importScripts\(/);
	// A page's CSP needs nothing new: the worker and the manifest come from 'self'.
	for (const path of sitemapPaths()) {
		const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
		const registers = html.includes('data-app-status') && html.includes('rel="manifest"');
		expect(registers, path).toBe(!path.startsWith('/embed/'));
	}
});

test('a sub-path build (BASE_PATH=/retro/) precaches and registers under the sub-path', () => {
	expect(existsSync(baseDist), 'scripts/test.sh builds dist-base with BASE_PATH=/retro/').toBe(true);
	const urls = precached(baseDist);
	expect(urls).toContain('/retro/index.html');
	expect(urls).toContain('/retro/plan/session/index.html');
	expect(urls.every((u) => u.startsWith('/retro/'))).toBe(true);
	const home = readFileSync(join(baseDist, 'index.html'), 'utf8');
	expect(home).toContain('data-worker="/retro/sw.js" data-scope="/retro/"');
	expect(home).toContain('href="/retro/manifest.webmanifest"');
	const manifest = JSON.parse(readFileSync(join(baseDist, 'manifest.webmanifest'), 'utf8')) as { start_url: string };
	expect(manifest.start_url).toBe('/retro/');
});
