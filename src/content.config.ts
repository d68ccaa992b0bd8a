import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { EVIDENCE_DESIGNS } from './lib/guides/evidence';

/** The categories a guide can belong to, in the order the guides index shows them. */
export const guideCategories = ['technique', 'safety', 'benefits', 'training', 'coaching', 'stories'] as const;

/**
 * Guides: the reading half of the site, one MDX file each.
 * Files whose names start with `_` are drafts-in-progress or partials and are skipped.
 */
const guides = defineCollection({
	loader: glob({ pattern: '**/[^_]*.mdx', base: './src/content/guides' }),
	schema: z.object({
		/** Page title and <h1>; keep it under about 60 characters for search results. */
		title: z.string().min(3).max(90),
		/** One or two sentences for the meta description, cards and search snippets. */
		description: z.string().min(20).max(200),
		/** Which shelf of the guides index the guide sits on. */
		category: z.enum(guideCategories),
		/** Free keywords and synonyms ("reverse running", "backpedal") that feed related guides and search. */
		tags: z.array(z.string()).default([]),
		/** When the content last changed meaningfully; shown on the page and in the feed. */
		updated: z.coerce.date(),
		/** Position within its category; lower comes first. */
		order: z.number().int().default(100),
		/** Drafts build in dev but are left out of production pages, the sitemap and the feed. */
		draft: z.boolean().default(false),
		/** Sources cited by <Cite id="…">; an id missing from the references collection fails the build. */
		references: z.array(reference('references')).default([]),
	}),
});

/** The kinds of source we cite, so a reader can weigh them (a study is not a news story). */
export const referenceKinds = ['study', 'review', 'record', 'news', 'book', 'thesis', 'web'] as const;

/**
 * References: every source a guide cites, in one YAML file keyed by id.
 * Each entry carries the full reference, so a claim's source can be checked from a clone;
 * the note says which claim it supports and how far to trust it.
 */
const references = defineCollection({
	loader: file('src/content/references.yaml'),
	schema: z
		.object({
			/** Author list as it should print ("Roos PE, Barton N, van Deursen RWM"); organisations allowed. */
			authors: z.string().min(2),
			/** Year of publication. */
			year: z.number().int().min(1900).max(2100),
			/** Title of the paper, article or page. */
			title: z.string().min(3),
			/** Journal, publisher or site. */
			venue: z.string().min(2),
			/** DOI without the resolver prefix ("10.1016/j.jbiomech.2012.03.020"). */
			doi: z
				.string()
				.regex(/^10\.\d{4,}\/\S+$/)
				.optional(),
			/** A URL for sources without a DOI, or a free full text. */
			url: z.url().optional(),
			/** What sort of source this is. */
			kind: z.enum(referenceKinds),
			/**
			 * How strong the source is, shown beside every citation and in the reference list:
			 * its design (src/lib/guides/evidence.ts) and, for studies, how many people took part.
			 */
			evidence: z.object({
				/** The study design, or the kind of source that is not a study. */
				design: z.enum(EVIDENCE_DESIGNS),
				/** How many people took part, from the paper's abstract. */
				participants: z.number().int().positive().optional(),
			}),
			/** What this source supports on our pages, and its limits (confidence from the research file). */
			note: z.string().min(10),
		})
		.refine((r) => r.doi !== undefined || r.url !== undefined, {
			message: 'A reference needs a doi or a url so a reader can find it.',
		}),
});

/** The events a record can be for, shortest first; the records table sorts by this order. */
export const recordEvents = [
	'100 m',
	'400 m',
	'800 m',
	'1000 m',
	'Mile',
	'10 km (road)',
	'10,000 m (track)',
	'Half marathon',
	'Marathon',
] as const;

/** What Guinness World Records has done with a mark, as far as our sources show. */
export const guinnessStatuses = ['ratified', 'not-ratified', 'unverified'] as const;

/** The category a mark was set in. */
export const recordCategories = ['men', 'women'] as const;

/**
 * Records: notable backward-running marks for the records guide, one YAML file keyed by id.
 * Every mark names the source (a key of references.yaml) that reports it,
 * and `guinness` says honestly whether the mark is official.
 */
const records = defineCollection({
	loader: file('src/content/records.yaml'),
	schema: z.object({
		/** The distance, from the fixed list above so the table can sort by distance, not alphabetically. */
		event: z.enum(recordEvents),
		/** The runner's name as their sources spell it ("Xu Zhenjun", "Kat Clewley"). */
		athlete: z.string().min(2),
		/** The country the runner represents, in English ("China", "United Kingdom"). */
		country: z.string().min(2),
		/** The time exactly as the source gives it: "3:43:39", "5:54.25", "13.6" (seconds). */
		time: z.string().regex(/^\d{1,2}(:\d{2}){0,2}(\.\d{1,2})?$/),
		/**
		 * When it was set: yyyy-mm-dd, or yyyy-mm or yyyy when the sources only give the month or year.
		 * Left out when no source we trust gives a date; a conflict between sources goes in `note`.
		 */
		date: z
			.string()
			.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
			.optional(),
		/** Race or city and country ("Beijing Marathon, China"); left out when the sources do not say. */
		place: z.string().min(2).optional(),
		/** The reference (id in references.yaml) that reports this mark; the table cites it. */
		sourceId: reference('references'),
		/** Ratified by Guinness, known not to be (or not yet at the time reported), or not verified either way. */
		guinness: z.enum(guinnessStatuses),
		/** Men's or women's mark. */
		category: z.enum(recordCategories),
		/** A short caveat for the reader: conflicting dates or times, claims we could not check. */
		note: z.string().min(5).optional(),
	}),
});

export const collections = { guides, references, records };
