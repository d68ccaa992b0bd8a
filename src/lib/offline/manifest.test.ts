import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MANIFEST_ICONS, THEME_COLORS, webManifest, webManifestSchema } from './manifest';
import { basePath, mayRegisterWorker, workerFreePattern } from './worker-policy';

const publicFile = (file: string) => new URL(`../../../public/${file}`, import.meta.url);

describe('the web app manifest', () => {
	it('is valid and installable at the domain root and under a sub-path', () => {
		for (const [base, root] of [
			['/', '/'],
			['/retro/', '/retro/'],
			['/retro', '/retro/'],
		] as const) {
			const manifest = webManifestSchema.parse(webManifest(base));
			expect(manifest.start_url).toBe(root);
			expect(manifest.scope).toBe(root);
			expect(manifest.display).toBe('standalone');
			for (const icon of manifest.icons) expect(icon.src.startsWith(root)).toBe(true);
		}
	});

	it('offers a 192 and a 512 icon to draw as they are, and a maskable one', () => {
		const icons = webManifest('/').icons;
		const any = icons.filter((i) => i.purpose === 'any').map((i) => i.sizes);
		expect(any).toEqual(expect.arrayContaining(['192x192', '512x512']));
		expect(icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512')).toBe(true);
	});

	it('uses the page background colours of the light and dark themes', () => {
		const css = readFileSync(new URL('../../styles/global.css', import.meta.url), 'utf8');
		expect(css).toContain(`--bg: ${THEME_COLORS.light};`);
		expect(css).toContain(`--bg: ${THEME_COLORS.dark};`);
		expect(webManifest('/').theme_color).toBe(THEME_COLORS.light);
	});
});

describe('the icon files', () => {
	it.each(MANIFEST_ICONS)('$file is a $size px square PNG', async ({ file, size }) => {
		const meta = await sharp(readFileSync(publicFile(file))).metadata();
		expect(meta.format).toBe('png');
		expect([meta.width, meta.height]).toEqual([size, size]);
	});

	it('the maskable icon bleeds to every edge and keeps the runner inside the safe circle', async () => {
		const icon = MANIFEST_ICONS.find((i) => i.purpose === 'maskable');
		expect(icon).toBeDefined();
		const { data, info } = await sharp(readFileSync(publicFile(icon?.file ?? '')))
			.ensureAlpha()
			.raw()
			.toBuffer({ resolveWithObject: true });
		const { width, height, channels } = info;
		const at = (x: number, y: number) => data.subarray((y * width + x) * channels, (y * width + x) * channels + 4);
		const background = [...at(0, 0)];
		expect(background[3]).toBe(255); // opaque: launchers crop, they do not fill gaps
		const safeRadius = 0.4 * width; // the W3C maskable safe zone: a circle of 40 % of the width
		let figurePixels = 0;
		for (let y = 0; y < height; y++) {
			for (let x = 0; x < width; x++) {
				const px = at(x, y);
				const isBackground = background.every((v, i) => Math.abs(v - (px[i] ?? 0)) <= 8);
				if (isBackground) continue;
				figurePixels++;
				expect(Math.hypot(x + 0.5 - width / 2, y + 0.5 - height / 2)).toBeLessThanOrEqual(safeRadius);
			}
		}
		// The runner is there and large enough to read at launcher size.
		expect(figurePixels).toBeGreaterThan(width * height * 0.05);
	});
});

describe('where the service worker works', () => {
	it('normalises the base path', () => {
		expect(basePath('')).toBe('/');
		expect(basePath('/')).toBe('/');
		expect(basePath('retro')).toBe('/retro/');
		expect(basePath('/retro/')).toBe('/retro/');
	});

	it('never on the embeds, at the root or under a sub-path; everywhere else', () => {
		expect(mayRegisterWorker('/embed/', '/')).toBe(false);
		expect(mayRegisterWorker('/embed/plan/', '/')).toBe(false);
		expect(mayRegisterWorker('/retro/embed/plan/', '/retro/')).toBe(false);
		for (const page of ['/', '/plan/', '/plan/session/', '/plan/print/', '/guides/knees/', '/search/']) {
			expect(mayRegisterWorker(page, '/')).toBe(true);
			expect(mayRegisterWorker(`/retro${page}`, '/retro/')).toBe(true);
		}
		// A guide whose name starts with "embed" is not an embed.
		expect(workerFreePattern('/').test('/guides/embedded-tips/')).toBe(false);
	});
});
