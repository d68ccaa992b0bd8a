// Draws the install icons in public/icons/ from the favicon's runner mark (public/favicon.svg).
// Run after changing the mark: `node scripts/assets/icons.mjs` (sharp comes with Astro).
// - icon-*.png ("any"): the round mark on a transparent background, as the favicon.
// - maskable-512.png: full-bleed brand blue, the runner inside the central 80 % circle
//   (the maskable safe zone), so any launcher shape crops only background.
// src/lib/offline/icons.test.ts checks sizes, the full bleed and the safe zone.
import { mkdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';

const out = new URL('../../public/icons/', import.meta.url);
mkdirSync(out, { recursive: true });
const favicon = readFileSync(new URL('../../public/favicon.svg', import.meta.url), 'utf8');
const runner = favicon.match(/<path[^>]*\/>/)?.[0];
if (!runner) throw new Error('public/favicon.svg: no runner <path> found');

const round = (size) =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32"><circle cx="16" cy="16" r="15" fill="#0b5cad"/>${runner}</svg>`;
// The runner scaled to 90 % of the mark, centred: its farthest point is about 55 % of the way
// from the centre to the edge, inside the safe circle (80 %).
const maskable = (size) =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32"><rect width="32" height="32" fill="#0b5cad"/><g transform="translate(1.6 1.6) scale(0.9)">${runner}</g></svg>`;

for (const [name, svg] of [
	['icon-192.png', round(192)],
	['icon-512.png', round(512)],
	['maskable-512.png', maskable(512)],
]) {
	await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toFile(new URL(name, out).pathname);
}
