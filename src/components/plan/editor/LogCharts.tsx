/**
 * The training log's charts, each a glance at what the table below them
 * says in numbers: backward minutes planned against done, and the pain and
 * effort trend, week by week.
 */
import type { WeekProgress } from '../../../lib';

/** Bars of planned (outline) and done (filled) backward minutes, one pair per week. */
export function ProgressChart({ rows }: { rows: readonly WeekProgress[] }) {
	const max = Math.max(1, ...rows.map((r) => Math.max(r.plannedSec, r.doneSec)));
	const width = Math.max(120, rows.length * 16);
	return (
		<svg className="log-chart" viewBox={`0 0 ${width} 60`} role="img" aria-labelledby="log-chart-title">
			<title id="log-chart-title">Backward minutes per week: planned (outline) and done (filled)</title>
			{rows.map((r, i) => {
				const planned = (r.plannedSec / max) * 56;
				const done = (r.doneSec / max) * 56;
				return (
					<g key={r.week}>
						<rect className="log-chart__planned" x={i * 16 + 2} y={58 - planned} width={12} height={planned} />
						<rect className="log-chart__done" x={i * 16 + 4} y={58 - done} width={8} height={done} />
					</g>
				);
			})}
		</svg>
	);
}

/**
 * Points of one measure on the 0-10 scale, one per week that has it, in
 * the chart's coordinates (16 units a week, 0 at the bottom, 10 at the top).
 *
 * @example
 * trendPoints([{ week: 1, value: 0 }, { week: 3, value: 5 }]) // '8,58 40,31'
 */
export function trendPoints(values: readonly { week: number; value: number | undefined }[]): string {
	return values
		.filter((v): v is { week: number; value: number } => v.value !== undefined)
		.map((v) => `${(v.week - 1) * 16 + 8},${58 - v.value * 5.4}`)
		.join(' ');
}

/** The highest pain (solid, dots) and the mean effort (dashed) of each week with check-ins, 0-10. */
export function PainEffortChart({ rows }: { rows: readonly WeekProgress[] }) {
	const width = Math.max(120, rows.length * 16);
	const pain = trendPoints(rows.map((r) => ({ week: r.week, value: r.maxPain })));
	const effort = trendPoints(rows.map((r) => ({ week: r.week, value: r.meanEffort })));
	return (
		<svg className="log-chart" viewBox={`0 0 ${width} 60`} role="img" aria-labelledby="log-trend-title">
			<title id="log-trend-title">
				Pain and effort, 0 to 10, week by week: highest pain (solid) and mean effort (dashed)
			</title>
			<line className="log-chart__axis" x1={0} y1={58} x2={width} y2={58} />
			{effort && <polyline className="log-chart__effort" points={effort} />}
			{pain && <polyline className="log-chart__pain" points={pain} />}
			{pain.split(' ').map((p) => {
				const [x, y] = p.split(',');
				return p && <circle key={p} className="log-chart__pain-dot" cx={x} cy={y} r={1.5} />;
			})}
		</svg>
	);
}
