(() => {
	const d = document.documentElement;
	const k = 'retrostride-theme';
	let s = null;
	try {
		s = localStorage.getItem(k);
	} catch {}
	const dark = () =>
		d.dataset.theme === 'dark' || (!d.dataset.theme && matchMedia('(prefers-color-scheme: dark)').matches);
	if (s === 'light' || s === 'dark') d.dataset.theme = s;
	const sync = () => {
		for (const b of document.querySelectorAll('[data-theme-toggle]')) b.setAttribute('aria-pressed', String(dark()));
	};
	document.addEventListener('DOMContentLoaded', sync);
	document.addEventListener('click', (e) => {
		const t = e.target instanceof Element && e.target.closest('[data-theme-toggle]');
		if (!t) return;
		d.dataset.theme = dark() ? 'light' : 'dark';
		try {
			localStorage.setItem(k, d.dataset.theme);
		} catch {}
		sync();
	});
})();
