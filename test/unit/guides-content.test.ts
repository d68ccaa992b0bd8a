/**
 * Checks on the guide sources themselves (no build needed):
 * - a guide that states a number cites a source: every paragraph with a
 *   figure that looks like data (see DATA_FIGURE_PATTERNS in
 *   src/lib/guides/figures.ts for the regexes and why) has a <Cite> in the
 *   same paragraph, or restates a figure the same guide cites elsewhere.
 *   There is no allow-list: a figure is cited or written without a number;
 * - the records collection holds the research figures the records guide relies on;
 * - every reference says how strong it is, "shows" or "proves" rests on a
 *   controlled trial, and a study size a guide states ("14 boys") is the size
 *   its reference holds;
 * - the guide components are used the way they work under our CSP;
 * - every guide that has readers practise says, in its safety box, where,
 *   with whom and when to stop.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONTROLLED_DESIGNS, EVIDENCE_DESIGNS, type EvidenceDesign, uncitedFigures } from '../../src/lib';

/** A race or record time with hours or hundredths: "3:43:39", "5:54.25". */
const RACE_TIME = /\b\d{1,2}:\d{2}(?::\d{2}|\.\d{1,2})\b/g;

const root = join(import.meta.dirname, '..', '..');
const guideDir = join(root, 'src', 'content', 'guides');
const guides = readdirSync(guideDir)
	.filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
	.map((f) => ({ id: f.replace(/\.mdx$/, ''), source: readFileSync(join(guideDir, f), 'utf8') }));

describe('a guide that states a number cites a source', () => {
	it.each(guides.map((g) => [g.id, g.source] as const))('%s', (id, source) => {
		// No allow-list: every figure a reader could take as data carries a citation, or is rewritten without a number.
		const uncited = uncitedFigures(source);
		const report = uncited.map((p) => `${id}.mdx:${p.line} (${p.figures.join(', ')}): ${p.text.slice(0, 120)}…`);
		expect(report, `Add a <Cite> to these paragraphs, or write them without the number:\n${report.join('\n')}`).toEqual(
			[],
		);
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

describe('a record stated in a guide matches records.yaml', () => {
	const records = Object.values(
		parse(readFileSync(join(root, 'src', 'content', 'records.yaml'), 'utf8')) as Record<
			string,
			{ athlete: string; time: string; note?: string }
		>,
	);
	/** Each athlete's surname (how the guides name them after the first mention) and the times our sources give. */
	const athletes = new Map<string, { name: string; times: Set<string> }>();
	for (const r of records) {
		const surname =
			r.athlete
				.replace(/^Guillaume /, '')
				.split(' ')
				.at(r.athlete.startsWith('Xu ') ? 0 : -1) ?? r.athlete;
		const entry = athletes.get(surname) ?? { name: r.athlete, times: new Set<string>() };
		entry.times.add(r.time);
		// A conflicting time a source reports ("race reports gave 2:16:08") is kept in the mark's note.
		for (const m of r.note?.matchAll(RACE_TIME) ?? []) entry.times.add(m[0]);
		athletes.set(surname, entry);
	}

	/** Sentences of a guide as a reader sees them: no frontmatter, tags or headings. */
	const sentences = (source: string) =>
		source
			.replace(/^---[\s\S]*?---/, '')
			.replace(/^#.*$/gm, '.')
			.replace(/<[^>]*>/g, ' ')
			.replace(/\s+/g, ' ')
			.split(/(?<=[.!?])\s+(?=[A-Z*(])/);

	/** Race times in a text given to a record-holder (the runner named nearest, before or after, in the same sentence) that are not that runner's marks. */
	function misattributed(source: string): string[] {
		const wrong: string[] = [];
		for (const sentence of sentences(source)) {
			for (const m of sentence.matchAll(RACE_TIME)) {
				let nearest: { surname: string; distance: number } | undefined;
				for (const surname of athletes.keys()) {
					for (const n of sentence.matchAll(new RegExp(`\\b${surname}\\b`, 'g'))) {
						const distance = Math.abs((n.index ?? 0) - (m.index ?? 0));
						if (!nearest || distance < nearest.distance) nearest = { surname, distance };
					}
				}
				const athlete = nearest && athletes.get(nearest.surname);
				if (athlete && !athlete.times.has(m[0]))
					wrong.push(`${m[0]} is not a mark of ${athlete.name} in records.yaml: ${sentence.slice(0, 120)}`);
			}
		}
		return wrong;
	}

	it.each(guides.map((g) => [g.id, g.source] as const))('%s', (_id, source) => {
		expect(misattributed(source)).toEqual([]);
	});

	it('catches a wrong time, and a right time given to the wrong runner', () => {
		expect(misattributed('Kat Clewley ran **4:38:42** in Hamilton.')).toHaveLength(1);
		expect(misattributed('In Rome, Kerstin Metzler ran 4:42:39. Xu Zhenjun ran 4:42:39 too.')).toHaveLength(1);
		expect(misattributed('The record of 3:43:39 set by Xu Zhenjun stands; Clewley ran 4:48:42.')).toEqual([]);
		expect(misattributed('Race reports gave 2:16:08 for Gaston-Hird.')).toEqual([]);
	});
});

describe('guide components', () => {
	it('every <PaceConverter> and <PlanPreview> is the plain Astro component, imported by the guide that shows it', () => {
		for (const [name, expected] of [
			['PaceConverter', ['first-steps-to-5k', 'how-the-plan-builder-works']],
			['PlanPreview', ['first-steps-to-5k', 'knees', 'mixing-into-forward-runs']],
		] as const) {
			const users = guides.filter((g) => new RegExp(`<${name}\\b`).test(g.source));
			expect(users.map((g) => g.id).sort(), name).toEqual([...expected]);
			for (const g of users) {
				// Imported by the guide, so only the guides that show it carry its CSS (the guide page's
				// components map would put it in all of them); the .astro file, never a React island.
				expect(g.source, g.id).toMatch(
					new RegExp(`^import ${name} from '\\.\\./\\.\\./components/guide/${name}\\.astro';$`, 'm'),
				);
				for (const tag of g.source.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [])
					expect(tag, g.id).not.toMatch(/client:/);
			}
		}
	});

	it('no guide sets an inline style, which the CSP would block', () => {
		for (const g of guides) expect(g.source, g.id).not.toMatch(/\sstyle=/);
	});
});

describe('how strong each source is', () => {
	const references = parse(readFileSync(join(root, 'src', 'content', 'references.yaml'), 'utf8')) as Record<
		string,
		{ evidence?: { design?: string; participants?: number } }
	>;

	it('every study and thesis says how many people took part, or that the number was not retrieved', () => {
		const full = parse(readFileSync(join(root, 'src', 'content', 'references.yaml'), 'utf8')) as Record<
			string,
			{ kind: string; note?: string; evidence?: { participants?: number } }
		>;
		const sizeless = Object.entries(full)
			.filter(([, r]) => r.kind === 'study' || r.kind === 'thesis')
			.filter(([, r]) => r.evidence?.participants === undefined)
			.filter(([, r]) => !/Number of participants not (?:given in the abstract|retrieved)\./.test(r.note ?? ''))
			.map(([id]) => id);
		expect(sizeless).toEqual([]);
	});

	it('every reference gives its design (and the schema refuses one without)', () => {
		const missing = Object.entries(references)
			.filter(([, r]) => !EVIDENCE_DESIGNS.includes(r.evidence?.design as EvidenceDesign))
			.map(([id]) => id);
		expect(missing).toEqual([]);
	});

	it('a sentence that says a study shows or proves something cites only controlled trials', () => {
		const claims = guides.flatMap((g) =>
			g.source
				.replace(/^#.*$/gm, '') // headings are not claims
				.split(/(?<=[.!?:])\s+|\n\s*[-*]\s/) // sentences, and each list item on its own
				.map((sentence) => sentence.replace(/\s+/g, ' '))
				.filter((sentence) => /\b(shows?|showed|shown|proves?|proved|proven)\b(?! up)/i.test(sentence))
				.flatMap((sentence) =>
					[...sentence.matchAll(/<Cite id="([^"]+)"/g)].map((m) => ({ guide: g.id, id: m[1] ?? '', sentence })),
				),
		);
		const weak = claims.filter(
			(c) => !CONTROLLED_DESIGNS.includes(references[c.id]?.evidence?.design as EvidenceDesign),
		);
		expect(weak.map((c) => `${c.guide}: ${c.id}: ${c.sentence.slice(0, 100)}`)).toEqual([]);
	});

	it('a sentence that gives the size of a study it cites gives the size the reference holds', () => {
		const full = parse(readFileSync(join(root, 'src', 'content', 'references.yaml'), 'utf8')) as Record<
			string,
			{ kind: string; evidence?: { participants?: number } }
		>;
		const misstated = guides.flatMap((g) =>
			g.source
				.replace(/^#.*$/gm, '')
				.split(/(?<=[.!?:])\s+|\n\s*[-*]\s/)
				.map((sentence) => sentence.replace(/\s+/g, ' '))
				.flatMap((sentence) => {
					const sized = [...sentence.matchAll(/<Cite id="([^"]+)"/g)]
						.map((m) => full[m[1] ?? ''])
						.filter((r) => (r?.kind === 'study' || r?.kind === 'thesis') && r.evidence?.participants !== undefined)
						.map((r) => r?.evidence?.participants as number);
					const stated = studySizes(sentence);
					if (sized.length === 0 || stated.length === 0) return [];
					// A sentence may give the groups separately ("39 with dizziness and 28 without").
					const numbers = [...sentence.replace(/<[^>]+>/g, '').matchAll(/(?<![\d.:-])\d+(?![\d.:%-])/g)].map(Number);
					const agrees = sized.some((n) => stated.some((k) => k === n || numbers.some((m) => k + m === n)));
					return agrees
						? []
						: [`${g.id}: says ${stated.join(', ')}, reference holds ${sized.join(', ')}: ${sentence.slice(0, 90)}`];
				}),
		);
		expect(misstated).toEqual([]);
	});

	it('reads a study size the way a reader does', () => {
		expect(studySizes('In a study of 14 boys, adding three sprints')).toEqual([14]);
		expect(studySizes('Eight trained runners who added ten weeks')).toEqual([8]);
		expect(studySizes('about 0.10 seconds against 0.07 in nine trained runners')).toEqual([9]);
		expect(studySizes('two guide runners')).toEqual([2]);
		expect(studySizes('ten minutes, three days a week')).toEqual([]);
	});
});

const NUMBER_WORDS: Readonly<Record<string, number>> = {
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	twenty: 20,
	thirty: 30,
};

/**
 * The head counts a sentence gives: a number (digits or a word) followed by at
 * most two describing words and a noun for people ("14 boys", "eight trained
 * runners", "five male joggers"). Decimals and times are not counts.
 */
function studySizes(sentence: string): number[] {
	const people =
		'(?:people|men|women|boys|girls|runners|athletes|players|students|patients|joggers|subjects|participants|adults|teenagers)';
	const count = `(\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
	const re = new RegExp(`(?<![\\d.:])\\b${count}\\s+(?:[a-z-]+\\s+){0,2}?${people}\\b`, 'gi');
	return [...sentence.matchAll(re)].map((m) => {
		const word = (m[1] ?? '').toLowerCase();
		return NUMBER_WORDS[word] ?? Number(word);
	});
}

/**
 * "Safety first": a guide that has readers practise tells them, in its safety
 * box, where (a track, a flat empty field or path, a treadmill with rails),
 * with whom (a partner, guide, spotter or physiotherapist) and when to stop.
 * Stories (records, Boston, the championships) tell no one to practise and are
 * left out.
 */
describe('every practice guide says where, with whom and when to stop', () => {
	const PLACE = /\b(?:track|field|path|treadmill|closed loop)\b/i;
	const COMPANION = /\b(?:partner|guide|spotter|friend|physiotherapist|adult)\b/i;
	const STOP = /\bstop\b/i;

	/** What a guide's safety boxes leave out, of the three things every one must say. */
	function missing(source: string): string[] {
		const boxes = [...source.matchAll(/<Callout type="safety">([\s\S]*?)<\/Callout>/g)]
			.map((m) => m[1] ?? '')
			.join(' ');
		return [
			PLACE.test(boxes) ? '' : 'where (a track, field, path or treadmill)',
			COMPANION.test(boxes) ? '' : 'with whom (a partner, guide, spotter or physio)',
			STOP.test(boxes) ? '' : 'when to stop',
		].filter(Boolean);
	}

	const practice = guides.filter((g) => !/^category: stories$/m.test(g.source));

	it('covers the guides that teach, train or coach', () => {
		expect(practice.length).toBeGreaterThanOrEqual(20);
	});

	it.each(practice.map((g) => [g.id, g.source] as const))('%s', (_id, source) => {
		expect(missing(source)).toEqual([]);
	});

	it('notices a safety box that leaves one out, and a guide with none', () => {
		const box = (text: string) => `<Callout type="safety">\n  ${text}\n</Callout>`;
		expect(missing(box('On a track, with a partner. Stop if dizzy.'))).toEqual([]);
		expect(missing(box('With a partner. Stop if dizzy.'))).toHaveLength(1);
		expect(missing(box('On a track. Stop if dizzy.'))).toHaveLength(1);
		expect(missing(box('On a track, with a partner.'))).toHaveLength(1);
		expect(missing('No box at all, though the text says track, partner and stop.')).toHaveLength(3);
	});
});
