/** Reading a printed QR code back: a screenshot decoded in the page (a canvas), its pixels read by jsQR in Node. */
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';

/** The text a QR code in `png` (a screenshot) holds, or undefined when none is found. */
export async function readQr(page: Page, png: Buffer): Promise<string | undefined> {
	const image = await page.evaluate(async (b64) => {
		const img = new Image();
		img.src = `data:image/png;base64,${b64}`;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = img.naturalWidth;
		canvas.height = img.naturalHeight;
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('no 2d context');
		ctx.drawImage(img, 0, 0);
		const data = ctx.getImageData(0, 0, canvas.width, canvas.height);
		return { width: data.width, height: data.height, pixels: Array.from(data.data) };
	}, png.toString('base64'));
	return jsQR(Uint8ClampedArray.from(image.pixels), image.width, image.height)?.data;
}
