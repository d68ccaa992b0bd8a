/** Reading a printed page back: each page's text from a PDF, with pdfjs-dist (no poppler needed). */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Each page's text, whitespace collapsed. */
export async function pdfText(pdf: Buffer): Promise<string[]> {
	const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
	const doc = await task.promise;
	const pages: string[] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const content = await (await doc.getPage(i)).getTextContent();
		const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
		pages.push(text.replace(/\s+/g, ' '));
	}
	await task.destroy();
	return pages;
}
