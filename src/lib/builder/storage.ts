/**
 * Keeping the builder's form between visits. Everything that can go wrong
 * with browser storage (private mode, a full quota, a stored value from an
 * older version or edited by hand) is answered with a value the UI can
 * explain, never a throw: losing a saved form is a nuisance, crashing the
 * builder would lose the runner's plan on screen too.
 */
import type { PlanFormState } from './form-schema';

/** The localStorage key; the version lives inside the value. */
export const FORM_STORAGE_KEY = 'retrostride-plan-form';

/** Bump when PlanFormState changes shape; older values are then ignored with a notice. */
export const FORM_STORAGE_VERSION = 1;

/** The part of the Web Storage API we use, so tests can pass a fake. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type LoadResult =
	| { ok: true; state: PlanFormState }
	| { ok: false; reason: 'empty' | 'unavailable' | 'corrupt' | 'old-version' };

/**
 * Whether a saved form may be waiting, without reading it: lets the builder
 * skip loading the validation code for a first-time visitor.
 */
export function hasSavedForm(store: KeyValueStore | undefined): boolean {
	try {
		return store?.getItem(FORM_STORAGE_KEY) != null;
	} catch {
		return false;
	}
}

/** Saves the form; answers false when the browser refused (the UI may say so once). */
export function saveFormState(store: KeyValueStore | undefined, state: PlanFormState): boolean {
	if (!store) return false;
	try {
		store.setItem(FORM_STORAGE_KEY, JSON.stringify({ version: FORM_STORAGE_VERSION, state }));
		return true;
	} catch {
		return false;
	}
}

/** Forgets the saved form ("Start over"); false when storage refused. */
export function clearFormState(store: KeyValueStore | undefined): boolean {
	if (!store) return false;
	try {
		store.removeItem(FORM_STORAGE_KEY);
		return true;
	} catch {
		return false;
	}
}

/** What to tell the runner about a saved form we could not use, or undefined when there is nothing to say. */
export function describeLoadProblem(result: LoadResult): string | undefined {
	if (result.ok) return undefined;
	switch (result.reason) {
		case 'empty':
		case 'unavailable':
			return undefined;
		case 'corrupt':
			return 'Your saved plan settings could not be read, so we started from the defaults.';
		case 'old-version':
			return 'Your saved plan settings came from an older version of the builder, so we started from the defaults.';
	}
}
