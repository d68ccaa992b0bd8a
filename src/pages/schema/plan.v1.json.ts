import type { APIRoute } from 'astro';
import { planJsonSchema } from '../../lib/export';

/**
 * The JSON Schema of the open plan format (version 1, files made before edits; still read), generated from the same
 * zod schema that checks imported plan files, so the published contract and the
 * importer can never disagree. Editors use it for completion via "$schema".
 */
export const GET: APIRoute = ({ site }) => {
	const siteUrl = new URL(import.meta.env.BASE_URL, site).href.replace(/\/$/, '');
	return new Response(`${JSON.stringify(planJsonSchema(siteUrl, 1), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
};
