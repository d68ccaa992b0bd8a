/**
 * Resolves after the browser has had the chance to paint what was just
 * drawn: a frame, then a task. Search uses it to put a first answer on screen
 * before work that would hold the paint back (finishing the word index). A
 * hidden tab runs no frames, so it resolves after `latest` ms anyway.
 *
 * @example
 * show(draftHits);
 * await afterPaint(); // the draft is on screen
 * show(engine.search(query));
 */
export function afterPaint(latest = 100): Promise<void> {
	return new Promise((resolve) => {
		const timer = setTimeout(resolve, latest);
		requestAnimationFrame(() =>
			setTimeout(() => {
				clearTimeout(timer);
				resolve();
			}, 0),
		);
	});
}
