import { describe, expect, it } from 'vitest';
import { decodeShareState } from '../export/share';
import { generatePlan } from '../plan/generate';
import { GOALS } from '../plan/options';
import {
	builderHrefFromGuide,
	GUIDE_PLAN_PRESETS,
	planInputFromPreset,
	presetForGuide,
	previewStartDate,
	previewWeeks,
} from './plan-links';

describe('guide plan presets', () => {
	it('opens the knee, drills, 5K and mile guides on their own goals, and the rest on mix-in', () => {
		expect(presetForGuide('knees').goal).toBe('knee-friendly');
		expect(presetForGuide('drills-and-warm-ups').goal).toBe('drills');
		expect(presetForGuide('first-steps-to-5k')).toMatchObject({ goal: 'retro-5k', experience: 'some' });
		expect(presetForGuide('retro-mile').goal).toBe('retro-mile');
		expect(presetForGuide('energy-cost').goal).toBe('mix-in');
		expect(presetForGuide('__proto__').goal).toBe('mix-in');
	});

	it('makes every preset a valid input the builder accepts', () => {
		for (const [id, preset] of Object.entries(GUIDE_PLAN_PRESETS)) {
			const input = planInputFromPreset(preset, '2026-11-30');
			expect(input.goal, id).toBe(preset.goal);
			expect(generatePlan(input).weeks.length, id).toBe(input.weeks);
		}
	});

	it('fails loudly on a preset the builder would refuse', () => {
		expect(() => planInputFromPreset({ goal: 'retro-mile', experience: 'new', weeks: 6 }, '2026-11-30')).toThrow(
			/needs at least \d+ weeks/,
		);
	});

	it('starts previews on the next Monday', () => {
		expect(previewStartDate('2026-11-25')).toBe('2026-11-30');
		expect(previewStartDate('2026-11-30')).toBe('2026-11-30');
		expect(() => previewStartDate('soon')).toThrow(RangeError);
	});
});

describe('builder links', () => {
	it('are relative to a guide page and carry a share state that decodes to the same input', () => {
		for (const goal of GOALS.filter((g) => g !== 'retro-10k' && g !== 'retro-half')) {
			const input = planInputFromPreset({ goal, experience: 'some' }, '2026-11-30');
			const href = builderHrefFromGuide(input);
			expect(href).toMatch(/^\.\.\/\.\.\/plan\/\?p=v2\./);
			const decoded = decodeShareState(new URL(href, 'https://x.example/guides/knees/').searchParams.get('p') ?? '');
			expect(decoded.ok && decoded.value, goal).toEqual(input);
		}
	});
});

describe('previewWeeks', () => {
	const plan = generatePlan(planInputFromPreset({ goal: 'retro-5k', experience: 'some', weeks: 24 }, '2026-11-30'));

	it('shows the first weeks with weekday names and main sets in the builder’s words', () => {
		const weeks = previewWeeks(plan, 2);
		expect(weeks.map((w) => w.index)).toEqual([1, 2]);
		const first = weeks[0]?.sessions[0];
		expect(first?.weekday).toMatch(/day$/);
		expect(first?.lines.length).toBeGreaterThan(0);
		expect(first?.lines.every((l) => l.startsWith('Main:'))).toBe(true);
		expect(JSON.stringify(weeks)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
	});

	it('clamps the count', () => {
		expect(previewWeeks(plan, 0)).toEqual([]);
		expect(previewWeeks(plan, 99)).toHaveLength(24);
	});
});
