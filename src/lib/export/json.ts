/**
 * The open plan format: a versioned JSON envelope around the plan, with a
 * JSON Schema generated from the same zod schema that validates imports
 * (published at /schema/plan.v2.json; version 1 at /schema/plan.v1.json).
 *
 * ```json
 * {
 *   "$schema": "https://retrostride.example/schema/plan.v2.json",
 *   "format": "retrostride-plan",
 *   "version": 2,
 *   "plan": { "formatVersion": 1, "id": "…", "title": "…", "input": { … }, "edits": [ … ], "weeks": [ … ], … }
 * }
 * ```
 *
 * Version 2 adds the coach's edits (`plan.edits`, and what they changed on
 * each session). Version 1 files, which have none, still read.
 *
 * The envelope says what the file is before anyone reads the plan, and lets a
 * future version change the plan's shape and still be recognised.
 *
 * Import rebuilds: after checking the file, `parsePlanJson` regenerates the
 * plan from its `input`, applies its `edits`, and returns that, not the
 * file's sessions. A plan is
 * a pure function of its input, so nothing is lost, and an edited or
 * tampered file cannot smuggle in sessions the builder would never make (no
 * stop rule, a tenfold jump in load). `changed` tells the UI when the file's
 * body differed from the rebuilt plan, so it can say so.
 */
import * as z from 'zod/mini';
import { buildEditedPlan } from '../plan/edits';
import { canonicalJson } from '../plan/hash';
import { parsePlanInput } from '../plan/input';
import { planSchema } from '../plan/plan-schema';
import { type Plan, withoutJit } from '../plan/schema';
import { DEFAULT_SITE_URL } from './text';

/** The `format` value that marks a Retrostride plan file. */
export const PLAN_FORMAT = 'retrostride-plan';

/** The envelope version this code writes; it reads this one and every one before it. */
export const PLAN_FILE_VERSION = 2;

/** Envelope versions this code reads. */
const READABLE_VERSIONS = [1, 2] as const;
type FileVersion = (typeof READABLE_VERSIONS)[number];

/** Largest file we read, in UTF-16 code units (≈ 2 MB); a 26-week plan is ≈ 300 KB. Checked before parsing. */
export const MAX_PLAN_JSON_LENGTH = 2_000_000;

/**
 * The file format of one envelope version, in zod; the JSON Schema and the
 * import check both come from it. Version 1 files never hold edits; the
 * plan schema allows them as optional, so one plan schema reads both.
 */
function fileSchema<V extends FileVersion>(version: V) {
	return z.object({
		/** Where the JSON Schema lives; editors use it for completion. */
		$schema: z.optional(z.string()),
		/** Always "retrostride-plan". */
		format: z.literal(PLAN_FORMAT),
		/** Envelope version. */
		version: z.literal(version),
		/** The plan. */
		plan: planSchema,
	});
}

/** The file format this code writes. */
export const planFileSchema = fileSchema(PLAN_FILE_VERSION);

/** A plan file's contents. */
export type PlanFile = z.infer<typeof planFileSchema>;

/** Result of reading a plan file. */
export type PlanJsonResult = { ok: true; value: Plan; changed: boolean } | { ok: false; message: string };

/**
 * The plan as a versioned JSON file (pretty-printed with tabs, so it diffs
 * well and a coach can read it).
 *
 * Never throws.
 *
 * @example
 * JSON.parse(planToJson(plan)).format // 'retrostride-plan'
 */
export function planToJson(plan: Plan, options: { siteUrl?: string } = {}): string {
	const file: PlanFile = {
		$schema: `${(options.siteUrl ?? DEFAULT_SITE_URL).replace(/\/+$/, '')}/schema/plan.v${PLAN_FILE_VERSION}.json`,
		format: PLAN_FORMAT,
		version: PLAN_FILE_VERSION,
		plan,
	};
	return `${JSON.stringify(file, null, '\t')}\n`;
}

/**
 * The JSON Schema (draft 2020-12) of a plan file, generated from the zod
 * schema, so the published schema and the import check cannot drift apart.
 *
 * Never throws.
 *
 * @example
 * planJsonSchema().properties.format // { type: 'string', const: 'retrostride-plan' }
 * planJsonSchema(site, 1) // the schema of version 1 files, still published for files made before edits
 */
export function planJsonSchema(
	siteUrl: string = DEFAULT_SITE_URL,
	version: FileVersion = PLAN_FILE_VERSION,
): Record<string, unknown> {
	return {
		...z.toJSONSchema(fileSchema(version)),
		$id: `${siteUrl.replace(/\/+$/, '')}/schema/plan.v${version}.json`,
		title: 'Retrostride plan',
		description: `A backward-running training plan exported by Retrostride, version ${version} of the open plan format.`,
	};
}

/**
 * Read a plan file. Never throws: oversized, cut-short, non-JSON, wrong-kind,
 * other-version and wrongly shaped files each get a plain message (naming the
 * field, never echoing its value). A valid file is rebuilt from its input
 * (see the module note).
 *
 * @example
 * parsePlanJson(planToJson(plan)) // { ok: true, value: plan, changed: false }
 * parsePlanJson('{"format":"retrostride-plan","version":3}') // { ok: false, message: 'This plan file was made by a newer version…' }
 */
export function parsePlanJson(text: string): PlanJsonResult {
	try {
		return parseUnsafe(text);
	} catch {
		return fail('We could not read this plan file.');
	}
}

function fail(message: string): { ok: false; message: string } {
	return { ok: false, message };
}

function parseUnsafe(text: string): PlanJsonResult {
	if (typeof text !== 'string' || text.trim() === '') return fail('This file is empty.');
	if (text.length > MAX_PLAN_JSON_LENGTH) {
		return fail('This file is too big to be a Retrostride plan (the limit is 2 MB).');
	}
	let data: unknown;
	try {
		data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch {
		return fail('This file is not complete JSON: it may have been cut short, or it is not a plan file.');
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data) || !('format' in data)) {
		return fail('This is not a Retrostride plan file.');
	}
	const { format, version } = data as { format: unknown; version?: unknown };
	if (format !== PLAN_FORMAT) return fail('This is not a Retrostride plan file.');
	if (!READABLE_VERSIONS.includes(version as FileVersion)) {
		return typeof version === 'number' && version > PLAN_FILE_VERSION
			? fail('This plan file was made by a newer version of Retrostride. Reload the page and try again.')
			: fail('This plan file has a version Retrostride cannot read.');
	}

	withoutJit();
	const parsed = fileSchema(version as FileVersion).safeParse(data);
	if (!parsed.success) {
		const problems = parsed.error.issues
			.slice(0, 3)
			.map((i) => `${['plan', ...i.path.slice(1)].join('.')}: ${i.message}`);
		return fail(`This plan file is damaged or was edited by hand (${problems.join('; ')}).`);
	}
	const input = parsePlanInput(parsed.data.plan.input);
	if (!input.ok) {
		return fail(`This plan file has settings we cannot use: ${input.errors.map((e) => e.message).join('; ')}.`);
	}
	const rebuilt = buildEditedPlan(input.value, parsed.data.plan.edits ?? []).plan;
	return { ok: true, value: rebuilt, changed: canonicalJson(rebuilt) !== canonicalJson(parsed.data.plan) };
}
