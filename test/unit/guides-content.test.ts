/**
 * Checks on the guide sources themselves (no build needed):
 * - a guide that states a number cites a source: every paragraph with a
 *   figure that looks like data (see DATA_FIGURE_PATTERNS in
 *   src/lib/guides/figures.ts for the regexes and why) has a <Cite> in the
 *   same paragraph, or restates a figure the same guide cites elsewhere.
 *   The exceptions are listed below, each with its reason: plan-rule
 *   paragraphs (the builder's own conventions, explained with their sources
 *   on "How the plan builder works", which the guide links to) and our own
 *   arithmetic on cited figures;
 * - the records collection holds the research figures the records guide relies on;
 * - the guide components are used the way they work under our CSP.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { uncitedFigures } from '../../src/lib';

const root = join(import.meta.dirname, '..', '..');
const guideDir = join(root, 'src', 'content', 'guides');
const guides = readdirSync(guideDir)
	.filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
	.map((f) => ({ id: f.replace(/\.mdx$/, ''), source: readFileSync(join(guideDir, f), 'utf8') }));

/** Where the plan rules are explained and sourced. */
const RULES_LINK = /\(\.\.\/how-the-plan-builder-works\/\)|\(\.\.\/\.\.\/plan\/\)/;

/**
 * Paragraphs allowed to state a figure without a <Cite> of their own. Keep it
 * small; `kind: 'plan-rule'` entries must be in a guide that links to the
 * builder or its rules page. An entry that no longer matches fails the test.
 */
const ALLOWED: { guide: string; contains: string; kind: 'plan-rule' | 'derived' | 'definition'; reason: string }[] = [
	{
		guide: 'how-the-plan-builder-works',
		contains: 'peaks at **about 70 to 90% of race distance**',
		kind: 'plan-rule',
		reason: 'Rule 6 is the builder’s taper convention; the paragraph says it has no backward-specific evidence.',
	},
	{
		guide: 'how-the-plan-builder-works',
		contains: '**New runners: about 1.6 times**',
		kind: 'plan-rule',
		reason: 'Rule 7 pace ratios; the paragraph after the list cites where they come from.',
	},
	{
		guide: 'how-the-plan-builder-works',
		contains: '**With experience: closer to 1.4 times.**',
		kind: 'plan-rule',
		reason: 'Rule 7 pace ratios; the paragraph after the list cites where they come from.',
	},
	{
		guide: 'first-steps-to-5k',
		contains: 'about 70 to 90% of 5 km',
		kind: 'plan-rule',
		reason: 'The builder’s race-peak rule (Rule 6), applied to 5 km.',
	},
	{
		guide: 'first-steps-to-5k',
		contains: 'getting closer to 1.4 times with practice.**',
		kind: 'plan-rule',
		reason: 'The builder’s pace ratios (Rule 7), summarising the cited list just above.',
	},
	{
		guide: 'faq',
		contains: 'about 1.6 times your easy forward pace',
		kind: 'plan-rule',
		reason: 'The builder’s pace ratios (Rule 7); the answer links to the rules page.',
	},
	{
		guide: 'glossary',
		contains: 'about 70% of the week before',
		kind: 'definition',
		reason: 'Defines the term as the builder uses it (Rule 3); the glossary does not link the rules page.',
	},
	{
		guide: 'glossary',
		contains: '"3.4 BW" means 3.4 times',
		kind: 'definition',
		reason: 'An example of the unit, not a claim.',
	},
	{
		guide: 'fitness-and-running-economy',
		contains: 'A 2.5% gain sounds small',
		kind: 'derived',
		reason: 'Rounds the 2.54% cited in the paragraph before.',
	},
	{
		guide: 'boston-2018-backward',
		contains: 'about 1.9 times his',
		kind: 'derived',
		reason: 'Our arithmetic on the backward and forward times the guide cites above.',
	},
];

describe('a guide that states a number cites a source', () => {
	it.each(guides.map((g) => [g.id, g.source] as const))('%s', (id, source) => {
		const allowed = ALLOWED.filter((a) => a.guide === id);
		const uncited = uncitedFigures(source).filter((p) => !allowed.some((a) => p.text.includes(a.contains)));
		const report = uncited.map((p) => `${id}.mdx:${p.line} (${p.figures.join(', ')}): ${p.text.slice(0, 120)}…`);
		expect(
			report,
			`Add a <Cite> to these paragraphs, or an ALLOWED entry with a reason:\n${report.join('\n')}`,
		).toEqual([]);
		if (allowed.some((a) => a.kind === 'plan-rule'))
			expect(source, `${id} links to the plan rules`).toMatch(RULES_LINK);
	});

	it('has no stale allow-list entries', () => {
		for (const a of ALLOWED) {
			const source = guides.find((g) => g.id === a.guide)?.source ?? '';
			const hit = uncitedFigures(source).some((p) => p.text.includes(a.contains));
			expect(hit, `${a.guide}: "${a.contains}" no longer needs its exception`).toBe(true);
		}
	});
});

describe('the records collection', () => {
	const records = parse(readFileSync(join(root, 'src', 'content', 'records.yaml'), 'utf8')) as Record<
		string,
		{ event: string; athlete: string; time: string; date?: string; place?: string }
	>;
	const find = (athlete: string, event: string) =>
		Object.values(records).find((r) => r.athlete === athlete && r.event === event);

	it('holds the research figures the records guide relies on', () => {
		expect(find('Xu Zhenjun', 'Marathon')).toMatchObject({ time: '3:43:39', date: expect.stringMatching(/^2004/) });
		expect(find('Xu Zhenjun', 'Marathon')?.place).toMatch(/Beijing/);
		expect(find('Shantelle Gaston-Hird', 'Half marathon')).toMatchObject({ time: '2:16:03' });
		expect(find('Achim Aretz', 'Half marathon')).toMatchObject({ time: '1:40:29' });
		expect(find('Aaron Yoder', 'Mile')).toMatchObject({ time: '5:54.25' });
	});
});

describe('guide components', () => {
	it('every <PaceConverter> is a hydrated island imported in its guide', () => {
		const users = guides.filter((g) => /<PaceConverter\b/.test(g.source));
		expect(users.map((g) => g.id).sort()).toEqual(['first-steps-to-5k', 'how-the-plan-builder-works']);
		for (const g of users) {
			expect(g.source, g.id).toMatch(
				/^import \{ PaceConverter \} from '\.\.\/\.\.\/components\/guide\/PaceConverter';$/m,
			);
			for (const tag of g.source.match(/<PaceConverter\b[^>]*>/g) ?? []) expect(tag, g.id).toMatch(/client:visible/);
		}
	});

	it('no guide sets an inline style, which the CSP would block', () => {
		for (const g of guides) expect(g.source, g.id).not.toMatch(/\sstyle=/);
	});
});
