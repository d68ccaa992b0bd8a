/**
 * Weekly volume as a stacked bar chart in SVG: backward minutes (solid) under
 * forward minutes (hatched), with recovery, taper and race weeks lettered
 * under their bars so meaning never rests on colour. A table with the same
 * numbers sits behind a disclosure for screen readers and for anyone who
 * prefers numbers.
 */
import { useId } from 'react';
import { builderStrings as t } from '../../i18n/builder';
import { PHASE_LABELS, type Plan, volumeChartGeometry } from '../../lib';

const W = 640;
const H = 180;
const PAD = { left: 40, bottom: 34, top: 10, right: 8 };
const MARK: Partial<Record<Plan['weeks'][number]['phase'], string>> = t.chart.marks;

export function VolumeChart({ plan }: { plan: Plan }) {
	const id = useId();
	const { bars, ticks } = volumeChartGeometry(plan, W - PAD.left - PAD.right, H - PAD.top - PAD.bottom);
	const titleId = `${id}-title`;
	const descId = `${id}-desc`;
	const peak = bars.reduce((a, b) => (b.backwardMin > a.backwardMin ? b : a), bars[0] ?? { week: 1, backwardMin: 0 });
	return (
		<figure className="volume-chart">
			<svg
				viewBox={`0 0 ${W} ${H}`}
				role="img"
				aria-labelledby={`${titleId} ${descId}`}
				preserveAspectRatio="xMidYMid meet"
			>
				<title id={titleId}>{t.chart.title}</title>
				<desc id={descId}>{t.chart.description(bars.length, peak.backwardMin, peak.week)}</desc>
				<defs>
					<pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
						<rect width="6" height="6" className="volume-chart__forward-bg" />
						<line x1="0" y1="0" x2="0" y2="6" className="volume-chart__hatch" strokeWidth="3" />
					</pattern>
				</defs>
				<g transform={`translate(${PAD.left} ${PAD.top})`}>
					{ticks.map((t) => (
						<g key={t.value}>
							<line x1={0} x2={W - PAD.left - PAD.right} y1={t.y} y2={t.y} className="volume-chart__grid" />
							<text x={-6} y={t.y + 4} textAnchor="end" className="volume-chart__label">
								{t.value}
							</text>
						</g>
					))}
					{bars.map((b) => (
						<g key={b.week}>
							<rect x={b.x} y={b.forwardY} width={b.width} height={b.forwardHeight} fill={`url(#${id}-hatch)`} />
							<rect
								x={b.x}
								y={b.backwardY}
								width={b.width}
								height={b.backwardHeight}
								className="volume-chart__backward"
							/>
							{(bars.length <= 16 || b.week % 2 === 1) && (
								<text
									x={b.x + b.width / 2}
									y={H - PAD.top - PAD.bottom + 14}
									textAnchor="middle"
									className="volume-chart__label"
								>
									{b.week}
								</text>
							)}
							{MARK[b.phase] && (
								<text
									x={b.x + b.width / 2}
									y={H - PAD.top - PAD.bottom + 28}
									textAnchor="middle"
									className="volume-chart__mark"
								>
									{MARK[b.phase]}
								</text>
							)}
						</g>
					))}
				</g>
			</svg>
			<figcaption>
				<span className="legend legend--backward">{t.chart.backwardLegend}</span>{' '}
				<span className="legend legend--forward">{t.chart.forwardLegend}</span>{' '}
				<span className="muted">{t.chart.markLegend}</span>
			</figcaption>
			<details className="volume-table">
				<summary>{t.chart.showTable}</summary>
				<div className="table-scroll">
					<table>
						<caption>{t.chart.tableCaption}</caption>
						<thead>
							<tr>
								<th scope="col">{t.chart.week}</th>
								<th scope="col">{t.chart.phase}</th>
								<th scope="col">{t.chart.backwardMin}</th>
								<th scope="col">{t.chart.forwardMin}</th>
							</tr>
						</thead>
						<tbody>
							{bars.map((b) => (
								<tr key={b.week}>
									<th scope="row">{b.week}</th>
									<td>{PHASE_LABELS[b.phase]}</td>
									<td>{b.backwardMin}</td>
									<td>{b.forwardMin}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			</details>
		</figure>
	);
}
