try {
	const s = localStorage.getItem('retrostride-theme');
	if (s === 'light' || s === 'dark') document.documentElement.dataset.theme = s;
} catch {}
