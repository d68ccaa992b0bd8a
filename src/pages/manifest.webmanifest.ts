import type { APIRoute } from 'astro';
import { webManifest } from '../lib';

/**
 * The web app manifest (`/manifest.webmanifest`), built from the base path so
 * a sub-path deploy installs with the right start URL, scope and icons.
 */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(webManifest(import.meta.env.BASE_URL), null, '\t'), {
		headers: { 'Content-Type': 'application/manifest+json' },
	});
