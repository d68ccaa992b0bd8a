import { describe, expect, it, vi } from 'vitest';
import { onDemand } from './on-demand';

describe('onDemand', () => {
	it('loads once for every caller', async () => {
		const load = vi.fn(async () => ({ ready: true }));
		const get = onDemand(load);
		const [a, b] = await Promise.all([get(), get()]);
		expect(a).toBe(b);
		await get();
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('tries again after a failed load (a network blip), instead of failing for good', async () => {
		const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue('chunk');
		const get = onDemand(load);
		await expect(get()).rejects.toThrow('offline');
		await expect(get()).resolves.toBe('chunk');
		expect(load).toHaveBeenCalledTimes(2);
	});
});
