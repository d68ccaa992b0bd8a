import { z } from 'zod';
import { basePath } from './worker-policy';

/**
 * The web app manifest: what a phone needs to install Retrostride as an app
 * that opens full screen at the track. Pure data, built from the base path so
 * one function serves a root deploy and a sub-path (`BASE_PATH=/retro/`) alike.
 */

/** One icon entry of the manifest (the W3C "image resource"). */
export const manifestIconSchema = z.object({
	/** Where the PNG lives, under the base path. */
	src: z.string().regex(/^\/.*\.png$/),
	/** "192x192" and so on: the launcher picks the closest size. */
	sizes: z.string().regex(/^\d+x\d+$/),
	/** Always PNG: every launcher reads it. */
	type: z.literal('image/png'),
	/** "any" draws the icon as it is; "maskable" lets the launcher crop it to its own shape. */
	purpose: z.enum(['any', 'maskable']),
});

/** The fields we publish; the browser ignores what it does not know, we check what we mean. */
export const webManifestSchema = z.object({
	/** Stable identity of the app, so a moved start_url is not a new app. */
	id: z.string(),
	/** Full name on the install prompt and the splash screen. */
	name: z.string().min(1),
	/** Under the launcher icon: 12 characters or fewer fit every phone. */
	short_name: z.string().min(1).max(12),
	/** Shown by app stores and install sheets. */
	description: z.string().min(1),
	/** Opened by the installed app: the home page, with a marker we never track. */
	start_url: z.string().startsWith('/'),
	/** The pages the app owns; /embed/ is inside it but the worker leaves it alone (see worker-policy.ts). */
	scope: z.string().startsWith('/').endsWith('/'),
	/** Full screen like an app, with the phone's status bar. */
	display: z.literal('standalone'),
	/** Page language. */
	lang: z.string(),
	/** Splash screen background: the light page colour. */
	background_color: z.string().regex(/^#[0-9a-f]{6}$/),
	/** Toolbar colour in the light theme; the dark one is a <meta name="theme-color"> with a media query. */
	theme_color: z.string().regex(/^#[0-9a-f]{6}$/),
	/** Launcher icons, including one maskable. */
	icons: z.array(manifestIconSchema).min(3),
});

export type WebManifest = z.infer<typeof webManifestSchema>;

/**
 * Theme colours, the same as the page's `--bg` (light) and the dark `--bg`
 * in src/styles/global.css, so the phone's bars match the page.
 */
export const THEME_COLORS = { light: '#fdfcf8', dark: '#121417' } as const;

/** The icons in public/icons/ (scripts/assets/icons.mjs draws them from the favicon's mark). */
export const MANIFEST_ICONS = [
	{ file: 'icons/icon-192.png', size: 192, purpose: 'any' },
	{ file: 'icons/icon-512.png', size: 512, purpose: 'any' },
	{ file: 'icons/maskable-512.png', size: 512, purpose: 'maskable' },
] as const;

/**
 * Builds the manifest for a site served under `base`.
 *
 * Never throws.
 *
 * @example
 * webManifest('/retro/').start_url // => "/retro/"
 * webManifest('/').icons[2].purpose // => "maskable"
 */
export function webManifest(base: string): WebManifest {
	const root = basePath(base);
	return {
		id: root,
		name: 'Retrostride: retro running guides and plans',
		short_name: 'Retrostride',
		description: 'Learn retro (backward) running, build a training plan and run its sessions, also offline.',
		start_url: root,
		scope: root,
		display: 'standalone',
		lang: 'en',
		background_color: THEME_COLORS.light,
		theme_color: THEME_COLORS.light,
		icons: MANIFEST_ICONS.map((icon) => ({
			src: `${root}${icon.file}`,
			sizes: `${icon.size}x${icon.size}`,
			type: 'image/png',
			purpose: icon.purpose,
		})),
	};
}
