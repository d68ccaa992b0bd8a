/**
 * The net under a lazily loaded part of an island (React.lazy): when its
 * chunk cannot be fetched, say so in its place instead of letting the error
 * unmount the whole island. The usual cause is an old tab after a deploy
 * (the chunk it knows is gone); the site's update prompt (app-status.ts)
 * offers the reload at the same moment. Any other error is not ours to hide:
 * it is thrown on, as it would have been without this boundary.
 *
 * A class, because React only catches render errors in a class component; a
 * dozen lines, so no library (react-error-boundary) for it.
 *
 * @example
 * <ChunkBoundary message="The options could not be loaded: reload the page to get them.">
 *   <Suspense fallback={…}><ExportOptions … /></Suspense>
 * </ChunkBoundary>
 */
import { Component, type ReactNode } from 'react';

/**
 * True for the error a browser gives when a module cannot be fetched:
 * Chromium "Failed to fetch dynamically imported module", Firefox "error
 * loading dynamically imported module", Safari "Importing a module script
 * failed", and Vite's "Unable to preload CSS".
 *
 * @example
 * isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: /_astro/x.js')) // true
 * isChunkLoadError(new TypeError('x is undefined')) // false
 */
export function isChunkLoadError(error: unknown): boolean {
	const message = error instanceof Error ? error.message : '';
	return /imported module|module script failed|preload CSS/i.test(message);
}

interface ChunkBoundaryProps {
	/** What the reader sees in place of the part that could not load. */
	message: string;
	children: ReactNode;
}

export class ChunkBoundary extends Component<ChunkBoundaryProps, { error: unknown }> {
	override state: { error: unknown } = { error: undefined };

	static getDerivedStateFromError(error: unknown) {
		return { error };
	}

	override render() {
		if (this.state.error === undefined) return this.props.children;
		if (!isChunkLoadError(this.state.error)) throw this.state.error;
		return (
			<p className="notice" role="alert">
				{this.props.message}
			</p>
		);
	}
}
