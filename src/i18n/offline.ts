/**
 * Strings of the offline line and the update prompt (src/components/site/AppStatus.astro).
 * Their own file, because they load on every page: the site-wide `en` dictionary would
 * bring every other string with them.
 */
export const offlineText = {
	/** Said quietly at the top of the page while the device has no network. */
	note: 'Offline. Pages you have opened here, your plans and the session player still work.',
	/** The update prompt; the button after it reloads the page into the new version. */
	updateReady: 'A new version is ready:',
	reload: 'Reload',
} as const;
