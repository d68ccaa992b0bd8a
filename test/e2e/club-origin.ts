/**
 * A running club's own page on another origin, as the embed tests need it: a
 * tiny HTTP server that serves whatever placeholders a test pastes, with the
 * embed script from the site under test.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type FrameLocator, type Page, test } from '@playwright/test';

/** The club's page: its heading, the placeholders, and the two-line snippet's script. */
function clubPage(siteOrigin: string, placeholders: string): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Riverside Harriers</title></head>
<body><main><h1>Riverside Harriers</h1>${placeholders}</main>
<script async src="${siteOrigin}/embed.js"></script></body></html>`;
}

/**
 * Starts the club's server for the spec that calls it (beforeAll/afterAll).
 * `open` serves a page with `placeholders` and waits for the first widget.
 */
export function clubOriginServer() {
	let html = '';
	let origin = '';
	const server = createServer((_req, res) => {
		res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
		res.end(html);
	});
	test.beforeAll(async () => {
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
	return {
		/** The club page's origin (set once the server listens). */
		origin: () => origin,
		/** Serves `placeholders` on the club's page and waits for the widget (or `ready` in the first frame) to be ready. */
		async open(
			page: Page,
			baseURL: string | undefined,
			placeholders: string,
			ready = '.plan-builder[data-ready]',
		): Promise<FrameLocator> {
			html = clubPage(baseURL ?? '', placeholders);
			await page.goto(origin);
			const frame = page.frameLocator('iframe').first();
			await expect(frame.locator(ready)).toBeVisible();
			return frame;
		},
	};
}
