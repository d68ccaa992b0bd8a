// @vitest-environment happy-dom
/**
 * A lazily loaded part whose chunk is gone (an old tab after a deploy) leaves
 * a sentence in its place and the rest of the island working; any other
 * error is not swallowed.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { Component, lazy, type ReactNode, Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChunkBoundary, isChunkLoadError } from './chunk-boundary';

afterEach(cleanup);

const MESSAGE = 'The options could not be loaded: reload the page to get them.';

/** Catches what ChunkBoundary throws on, standing in for the island's root. */
class Outer extends Component<{ children: ReactNode }, { caught?: string }> {
	override state: { caught?: string } = {};
	static getDerivedStateFromError(error: Error) {
		return { caught: error.message };
	}
	override render() {
		return this.state.caught ? <p>outer caught: {this.state.caught}</p> : this.props.children;
	}
}

function island(load: () => Promise<{ default: () => ReactNode }>) {
	const Part = lazy(load);
	return render(
		<Outer>
			<button type="button">Download calendar (.ics)</button>
			<ChunkBoundary message={MESSAGE}>
				<Suspense fallback={<p>Loading…</p>}>
					<Part />
				</Suspense>
			</ChunkBoundary>
		</Outer>,
	);
}

describe('ChunkBoundary', () => {
	it('shows its message in place of a part whose chunk cannot be fetched, and keeps the rest', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		island(() =>
			Promise.reject(new TypeError('Failed to fetch dynamically imported module: /_astro/ExportOptions.x.js')),
		);
		expect(await screen.findByRole('alert')).toHaveTextContent(MESSAGE);
		expect(screen.getByRole('button', { name: 'Download calendar (.ics)' })).toBeInTheDocument();
		vi.restoreAllMocks();
	});

	it('renders the part when it loads', async () => {
		island(async () => ({ default: () => <p>Spreadsheet columns</p> }));
		expect(await screen.findByText('Spreadsheet columns')).toBeInTheDocument();
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('does not hide a bug: any other error goes on to the island', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		island(async () => ({
			default: () => {
				throw new TypeError('plan.weeks is undefined');
			},
		}));
		expect(await screen.findByText('outer caught: plan.weeks is undefined')).toBeInTheDocument();
		expect(screen.queryByText(MESSAGE)).toBeNull();
		vi.restoreAllMocks();
	});
});

describe('isChunkLoadError', () => {
	it.each([
		'Failed to fetch dynamically imported module: https://x.example/_astro/a.js',
		'error loading dynamically imported module: https://x.example/_astro/a.js',
		'Importing a module script failed.',
		'Unable to preload CSS for /_astro/a.css',
	])('knows the browsers’ words for a missing chunk: %s', (message) => {
		expect(isChunkLoadError(new TypeError(message))).toBe(true);
	});

	it('is false for anything else', () => {
		expect(isChunkLoadError(new TypeError('Cannot read properties of undefined'))).toBe(false);
		expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
		expect(isChunkLoadError(undefined)).toBe(false);
	});
});
