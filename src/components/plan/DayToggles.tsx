/**
 * Seven weekday toggles, Monday first: the builder's training days and a
 * club's meeting days. Each is a real checkbox (keyboard and screen readers
 * get the full day name) drawn as a large button showing "Mon", "Tue"…
 */
import { toggleDay, WEEKDAY_OPTIONS, type Weekday } from '../../lib';

export function DayToggles({ days, onChange }: { days: readonly Weekday[]; onChange: (days: Weekday[]) => void }) {
	return (
		<div className="day-toggles">
			{WEEKDAY_OPTIONS.map((o) => (
				<label key={o.value} className="day-toggle">
					<input type="checkbox" checked={days.includes(o.value)} onChange={() => onChange(toggleDay(days, o.value))} />
					<span aria-hidden="true">{o.label.slice(0, 3)}</span>
					<span className="visually-hidden">{o.label}</span>
				</label>
			))}
		</div>
	);
}
