import type { APIRoute } from 'astro';
import { logJsonSchema } from '../../lib';

/**
 * The JSON Schema of a training log file (version 1), generated from the zod
 * schema the log import checks with, published beside the plan's.
 */
export const GET: APIRoute = ({ site }) => {
	const siteUrl = new URL(import.meta.env.BASE_URL, site).href.replace(/\/$/, '');
	return new Response(`${JSON.stringify(logJsonSchema(siteUrl), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
};
