/**
 * Safe access to browser key-value storage, shared by everything that keeps
 * something between visits (the builder's form, the player's progress).
 * Private modes, full quotas and hand-edited values all end as a plain
 * answer (undefined or false), never a throw: losing a saved value is a
 * nuisance, crashing the page would lose what is on screen too.
 */

/** The part of the Web Storage API we use, so tests can pass a fake. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The JSON stored at `key`, or undefined when there is none, storage refused,
 * or the text is not JSON.
 *
 * @example
 * readJson(localStorage, 'missing') // undefined
 */
export function readJson(store: KeyValueStore | undefined, key: string): unknown {
	if (!store) return undefined;
	try {
		const text = store.getItem(key);
		return text === null ? undefined : JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** Whether anything is stored at `key`, without parsing it; false when storage refused. */
export function hasKey(store: KeyValueStore | undefined, key: string): boolean {
	try {
		return store?.getItem(key) != null;
	} catch {
		return false;
	}
}

/** Stores `value` as JSON; false when the browser refused (private mode, quota). */
export function writeJson(store: KeyValueStore | undefined, key: string, value: unknown): boolean {
	if (!store) return false;
	try {
		store.setItem(key, JSON.stringify(value));
		return true;
	} catch {
		return false;
	}
}

/** Forgets `key`; false when storage refused. */
export function removeKey(store: KeyValueStore | undefined, key: string): boolean {
	if (!store) return false;
	try {
		store.removeItem(key);
		return true;
	} catch {
		return false;
	}
}
