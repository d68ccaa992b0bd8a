/**
 * DOM for highlighted text: text nodes and <mark> elements built with
 * createElement/textContent, never HTML strings, so indexed text cannot inject markup.
 */
import type { Segment } from '../../lib/search';

export function appendSegments(parent: Element, segments: readonly Segment[]): void {
	const doc = parent.ownerDocument;
	for (const s of segments) {
		if (s.mark) {
			const mark = doc.createElement('mark');
			mark.textContent = s.text;
			parent.append(mark);
		} else parent.append(doc.createTextNode(s.text));
	}
}

/** An element with a class and highlighted content. */
export function segmentsElement(
	doc: Document,
	tag: string,
	className: string,
	segments: readonly Segment[],
): HTMLElement {
	const el = doc.createElement(tag);
	el.className = className;
	appendSegments(el, segments);
	return el;
}
