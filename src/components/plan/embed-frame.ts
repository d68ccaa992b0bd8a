/**
 * What the builder does only inside a club's iframe: apply the club's look
 * and keep the frame exactly as tall as the content. Loaded with `import()`
 * in embed mode only, so /plan/ never carries it.
 */
import type { EmbedConfig, EmbedMessage } from '../../lib';

/** Space kept under the widget's content inside the club's iframe, px. */
const EMBED_BOTTOM_GAP_PX = 16;

/** Posts a message to the club's page; a no-op when not framed. */
export function postToParent(message: EmbedMessage) {
	if (window.parent !== window) window.parent.postMessage(message, '*');
}

/**
 * The club's colour and theme, applied to the widget's page. The accent goes
 * to buttons and toggles only (with black or white text, whichever passes
 * WCAG AA on it), never to link text, so no club colour can make text
 * unreadable. Set through the CSSOM, which the CSP allows.
 */
export function applyClubLook(config: EmbedConfig, textOnAccent: (accent: string) => string) {
	const root = document.documentElement;
	if (config.accent) {
		root.style.setProperty('--button-bg', config.accent);
		root.style.setProperty('--button-text', textOnAccent(config.accent));
	}
	if (config.theme === 'auto') delete root.dataset.theme;
	else root.dataset.theme = config.theme;
}

/**
 * Reports the content's height to the club's page whenever it changes, both
 * ways, so the iframe never scrolls inside and never keeps blank space. Not
 * the document's scroll height: inside an iframe that is never less than the
 * frame, so the frame could only grow. Returns the function that stops it.
 */
export function reportHeight(content: HTMLElement): () => void {
	const report = () => {
		// The content's bottom, plus the margin, padding and border each wrapper keeps below it.
		let below = Number.parseFloat(getComputedStyle(content).marginBottom) || 0;
		for (let el = content.parentElement; el && el !== document.documentElement; el = el.parentElement) {
			const style = getComputedStyle(el);
			below += (Number.parseFloat(style.paddingBottom) || 0) + (Number.parseFloat(style.borderBottomWidth) || 0);
		}
		const bottom = content.getBoundingClientRect().bottom + window.scrollY;
		postToParent({ source: 'retrostride', type: 'height', height: Math.ceil(bottom + below + EMBED_BOTTOM_GAP_PX) });
	};
	const observer = new ResizeObserver(report);
	observer.observe(content);
	report();
	return () => observer.disconnect();
}
