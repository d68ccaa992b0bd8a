/**
 * `window.localStorage`, or undefined where merely touching it throws (some
 * private modes, sandboxed iframes without storage). Islands pass the result
 * to the storage functions in src/lib, which answer safely either way.
 */
import type { KeyValueStore } from '../lib';

export function browserStore(): KeyValueStore | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}
