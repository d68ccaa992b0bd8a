import { defineConfig } from 'vitest/config';

/**
 * Unit and component tests. Domain tests in src/lib run in Node; component
 * tests opt into a DOM with a `// @vitest-environment happy-dom` comment at
 * the top of the file, so the fast majority never pays for a DOM.
 */
export default defineConfig({
	test: {
		include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}', 'test/integration/**/*.test.ts'],
		setupFiles: ['test/unit/setup.ts'],
		// Type tests (*.test-d.ts) for the public API run in the same `vitest run`.
		typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
		// Property-based suites run 1,000 cases each; give them room on a 2-core CI box.
		testTimeout: 60_000,
		reporters: ['default', 'json'],
		outputFile: { json: 'test-results/vitest.json' },
	},
});
