/**
 * The served plans are fetched before the builder hydrates; whatever goes wrong
 * (no network, an error page, a file from another build) must give "none", so
 * the island makes its plan with the engine instead of breaking.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultPlanInput, servedPlans } from '../../lib';
import { fetchServedPlans, isServedList } from './load-served';

const served = servedPlans(defaultPlanInput('2026-03-02'));

afterEach(() => vi.unstubAllGlobals());

const respond = (body: string, status = 200) =>
	vi.stubGlobal(
		'fetch',
		vi.fn(async () => new Response(body, { status })),
	);

describe('fetchServedPlans', () => {
	it('gives the plans the server wrote', async () => {
		respond(JSON.stringify(served));
		expect(await fetchServedPlans('/plan/served-plans.json')).toEqual(served);
	});

	it('gives none for an error page, text that is not JSON, or JSON that is not plans', async () => {
		for (const [body, status] of [
			['Not found', 404],
			['<!doctype html><title>Offline</title>', 200],
			['[]', 200],
			['[{"title":"no weeks"}]', 200],
			['{"weeks":[]}', 200],
		] as const) {
			respond(body, status);
			expect(await fetchServedPlans('/plan/served-plans.json'), body).toBeUndefined();
		}
	});

	it('gives none when the network fails', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
		);
		expect(await fetchServedPlans('/plan/served-plans.json')).toBeUndefined();
	});
});

describe('isServedList', () => {
	it('takes a non-empty list of plans only', () => {
		expect(isServedList(served)).toBe(true);
		expect(isServedList([...served, null])).toBe(false);
		expect(isServedList('plans')).toBe(false);
	});
});
