import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../../test/support/stores';
import type { KeyValueStore } from '../local-store';
import { EMPTY_ROW } from './row-schema';
import { loadRoster, ROSTER_STORAGE_KEY, saveRoster } from './storage';

describe('the roster on this device', () => {
	const rows = [{ ...EMPTY_ROW, name: 'Ada', days: 'tue thu' }];

	it('comes back as it was saved', () => {
		const store = memoryStore();
		expect(saveRoster(store, rows)).toBe(true);
		expect(loadRoster(store)).toEqual({ rows });
	});

	it('is forgotten when emptied, and absent without storage', () => {
		const store = memoryStore();
		saveRoster(store, rows);
		saveRoster(store, []);
		expect(store.data.has(ROSTER_STORAGE_KEY)).toBe(false);
		expect(loadRoster(undefined)).toEqual({ rows: [] });
		expect(saveRoster(undefined, rows)).toBe(false);
	});

	it('says so when what is stored is damaged, rather than loading half of it', () => {
		const store = memoryStore();
		for (const bad of ['{', '{"version":2,"rows":[]}', '{"version":1,"rows":[{"name":1}]}']) {
			store.data.set(ROSTER_STORAGE_KEY, bad);
			const loaded = loadRoster(store);
			expect(loaded.rows).toEqual([]);
			if (bad !== '{') expect(loaded.problem).toMatch(/could not be read/);
		}
	});

	it('reports a full quota as false, never a throw', () => {
		const store: KeyValueStore = {
			getItem: () => null,
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			},
			removeItem: () => undefined,
		};
		expect(saveRoster(store, rows)).toBe(false);
	});
});
