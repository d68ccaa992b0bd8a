/**
 * Stand-ins for `localStorage` in unit tests: one that keeps values in memory
 * (with its map open for inspection), and one that refuses like a private
 * window or a full quota, with the DOMException names browsers throw.
 */
import type { KeyValueStore } from '../../src/lib/local-store';

/** An in-memory localStorage. */
export function memoryStore(): KeyValueStore & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, v),
		removeItem: (k) => void data.delete(k),
	};
}

/** A browser that refuses storage: reads and removals are denied, writes find the quota full. */
export const refusingStore: KeyValueStore = {
	getItem: () => {
		throw new DOMException('denied', 'SecurityError');
	},
	setItem: () => {
		throw new DOMException('full', 'QuotaExceededError');
	},
	removeItem: () => {
		throw new DOMException('denied', 'SecurityError');
	},
};
