/**
 * A recording stub for the Web Speech API, shared by the player specs: it
 * replaces speech before any page script runs; read back what the phone
 * would have said with `spoken(page)`.
 */
import type { Page } from '@playwright/test';

/** Replaces speech with a recorder before any page script runs; read it back with `spoken(page)`. */
export async function recordSpeech(page: Page) {
	await page.addInitScript(() => {
		const said: string[] = [];
		class RecordedUtterance {
			text: string;
			constructor(text: string) {
				this.text = text;
			}
		}
		Object.defineProperty(window, '__spoken', { value: said });
		Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: RecordedUtterance, configurable: true });
		Object.defineProperty(window, 'speechSynthesis', {
			configurable: true,
			value: {
				speak: (u: RecordedUtterance) => said.push(u.text),
				cancel: () => undefined,
				getVoices: () => [],
			},
		});
	});
}

/** What the page has said so far. */
export const spoken = (page: Page) =>
	page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.slice());
