/*! Retrostride plan builder embed. Turns each <div data-retrostride-plan> into a
 * self-sizing iframe of the builder. No dependencies. MIT licence.
 * Settings come from data attributes: data-club, data-accent, data-theme,
 * data-units, data-goal, data-days, and a club cohort's data-cohort (its name),
 * data-race-date, data-start and data-time (the builder checks each one). The element
 * receives "retrostride:plan" and "retrostride:export" CustomEvents.
 * Each <div data-retrostride-week> with the same cohort attributes becomes a
 * self-sizing "this week" card: the cohort's next group session per level. */
(() => {
	const script = document.currentScript;
	// embed.js lives at the site's base path, so the builder is next to it.
	const base = new URL('.', script?.src || location.href);
	const origin = base.origin;
	const SETTINGS = ['club', 'accent', 'theme', 'units', 'goal', 'days', 'cohort', 'race-date', 'start', 'time'];
	const mounted = [];

	function mount(el, page, title) {
		if (el.getAttribute('data-retrostride-mounted')) return;
		el.setAttribute('data-retrostride-mounted', '1');
		const query = new URLSearchParams();
		SETTINGS.forEach((name) => {
			const value = el.getAttribute(`data-${name}`);
			if (value !== null) query.set(name, value);
		});
		const frame = document.createElement('iframe');
		frame.src = new URL(`embed/${page}/?${query.toString()}`, base).href;
		frame.title = el.getAttribute('data-title') || title;
		frame.loading = 'lazy';
		frame.setAttribute(
			'sandbox',
			'allow-scripts allow-same-origin allow-forms allow-downloads allow-popups allow-popups-to-escape-sandbox',
		);
		frame.setAttribute('allow', 'clipboard-write');
		frame.style.width = '100%';
		frame.style.border = '0';
		frame.style.display = 'block';
		frame.style.height = page === 'week' ? '320px' : '900px';
		el.replaceChildren(frame);
		mounted.push({ el: el, frame: frame });
	}

	function onMessage(event) {
		// Only our builder, and only the frame that sent it: never trust the message alone.
		if (event.origin !== origin) return;
		const data = event.data;
		if (data?.source !== 'retrostride' || typeof data.type !== 'string') return;
		for (let i = 0; i < mounted.length; i++) {
			const m = mounted[i];
			if (event.source !== m.frame.contentWindow) continue;
			if (data.type === 'height') {
				const h = Number(data.height);
				if (h > 0 && h < 100000) m.frame.style.height = `${Math.ceil(h)}px`;
			} else if (data.type === 'plan' || data.type === 'export') {
				m.el.dispatchEvent(new CustomEvent(`retrostride:${data.type}`, { detail: data.detail, bubbles: true }));
			}
		}
	}

	function scan() {
		document.querySelectorAll('[data-retrostride-plan]').forEach((el) => {
			mount(el, 'plan', 'Backward running plan builder');
		});
		document.querySelectorAll('[data-retrostride-week]').forEach((el) => {
			mount(el, 'week', 'This week’s backward running group session');
		});
	}

	window.addEventListener('message', onMessage);
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
	else scan();
})();
