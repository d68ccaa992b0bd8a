import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run in Chromium against `astro preview` of the production
 * build, as a visitor would see the site. We never download Playwright's own
 * browser (it cannot be fetched here); scripts/find-chromium.sh finds or
 * installs one and passes it in CHROMIUM_PATH.
 */
const port = Number(process.env.E2E_PORT ?? 4329);
const executablePath = process.env.CHROMIUM_PATH || undefined;

export default defineConfig({
	testDir: 'test/e2e',
	// Not the default test-results/: Playwright empties its outputDir, and Vitest's report lives there.
	outputDir: 'test-results/playwright-artifacts',
	fullyParallel: true,
	...(process.env.CI ? { workers: 2 } : {}),
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	timeout: 60_000,
	reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					...(executablePath ? { executablePath } : {}),
					// Flags for a sandboxed, offline CI box: no GPU, no Google services, no first-run UI.
					args: [
						'--headless',
						'--no-sandbox',
						'--disable-gpu',
						'--disable-quic',
						'--no-first-run',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
					],
				},
			},
		},
	],
	webServer: {
		command: `astro preview --host 127.0.0.1 --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
