/**
 * Geometry for the weekly volume chart: one stacked bar a week, backward
 * minutes at the bottom and forward minutes above, on a scale with round
 * tick values. Pure numbers, so the SVG component only draws.
 */
import type { Phase } from '../plan/options';
import type { Plan } from '../plan/schema';

export interface VolumeBar {
	/** 1-based week number. */
	week: number;
	phase: Phase;
	backwardMin: number;
	forwardMin: number;
	/** Left edge and width in chart units. */
	x: number;
	width: number;
	/** Top of the backward part and its height (y grows downwards, as in SVG). */
	backwardY: number;
	backwardHeight: number;
	/** Top of the forward part and its height. */
	forwardY: number;
	forwardHeight: number;
}

export interface VolumeChartGeometry {
	bars: VolumeBar[];
	/** Gridline values in minutes, from 0 up to the top of the scale. */
	ticks: { value: number; y: number }[];
	maxMinutes: number;
}

/**
 * A "nice" top for the scale: 1, 2 or 5 times a power of ten at or above `value`.
 *
 * Never throws.
 */
export function niceCeiling(value: number): number {
	if (!(value > 0)) return 10;
	const power = 10 ** Math.floor(Math.log10(value));
	for (const step of [1, 2, 5, 10]) {
		if (step * power >= value) return step * power;
	}
	return 10 * power;
}

/**
 * Lays out the chart in a `width` × `height` plot area.
 *
 * Never throws.
 *
 * @example
 * const { bars, ticks } = volumeChartGeometry(plan, 600, 200);
 * bars[0].backwardHeight // pixels of week 1's backward minutes
 */
export function volumeChartGeometry(plan: Plan, width: number, height: number): VolumeChartGeometry {
	const weeks = plan.weeks.map((w) => ({
		week: w.index,
		phase: w.phase,
		backwardMin: Math.round(w.totals.backwardSec / 60),
		forwardMin: Math.round(w.totals.forwardSec / 60),
	}));
	const maxMinutes = niceCeiling(Math.max(1, ...weeks.map((w) => w.backwardMin + w.forwardMin)));
	const slot = width / Math.max(1, weeks.length);
	const barWidth = Math.max(2, slot * 0.7);
	const scale = (min: number) => (min / maxMinutes) * height;
	const bars = weeks.map((w, i) => {
		const backwardHeight = scale(w.backwardMin);
		const forwardHeight = scale(w.forwardMin);
		return {
			...w,
			x: i * slot + (slot - barWidth) / 2,
			width: barWidth,
			backwardY: height - backwardHeight,
			backwardHeight,
			forwardY: height - backwardHeight - forwardHeight,
			forwardHeight,
		};
	});
	const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({ value: Math.round(maxMinutes * f), y: height - f * height }));
	return { bars, ticks, maxMinutes };
}
