/**
 * Everything the coach leaves with: the ZIP of every athlete's files, the
 * roster file (which opens here again), the print pack and the group session
 * sheet. The file code loads on the first click.
 */
import { useId, useMemo, useState } from 'react';
import { coachStrings } from '../../i18n/coach';
import { formatPlanDate } from '../../lib';
import { type RosterRow, type SquadAthlete, sessionDates } from '../../lib/roster';
import { loadCoachFiles } from './load-coach-files';

const t = coachStrings.outputs;

export interface RosterOutputsProps {
	rows: RosterRow[];
	athletes: SquadAthlete[];
	today: string;
	siteUrl: string;
	onPack: () => void;
	onSession: (date: string, byBlocks: boolean) => void;
}

/** The first training date on or after today, else the last one. */
function firstDateFrom(dates: { date: string }[], today: string): string {
	return dates.find((d) => d.date >= today)?.date ?? dates.at(-1)?.date ?? '';
}

export function RosterOutputs({ rows, athletes, today, siteUrl, onPack, onSession }: RosterOutputsProps) {
	const id = useId();
	const [status, setStatus] = useState('');
	const [error, setError] = useState('');
	const dates = useMemo(() => sessionDates(athletes), [athletes]);
	const [chosen, setChosen] = useState('');
	const [byBlocks, setByBlocks] = useState(false);
	const date = dates.some((d) => d.date === chosen) ? chosen : firstDateFrom(dates, today);
	const none = athletes.length === 0;

	const files = async (run: (f: Awaited<ReturnType<typeof loadCoachFiles>>) => string | undefined) => {
		setError('');
		setStatus(t.working);
		// `try` wraps only the chunk's download: a bug in making the files must surface, not read as a network failure.
		let kit: Awaited<ReturnType<typeof loadCoachFiles>>;
		try {
			kit = await loadCoachFiles();
		} catch {
			setStatus('');
			setError(t.failed);
			return;
		}
		setError(run(kit) ?? '');
		setStatus('');
	};

	return (
		<section className="coach-panel" aria-labelledby={`${id}-heading`}>
			<h2 id={`${id}-heading`}>{t.heading}</h2>
			{none && <p>{t.needsAthletes}</p>}
			<div className="coach-outputs">
				<div>
					<button
						type="button"
						className="button"
						disabled={none}
						onClick={() => files((f) => f.downloadZip(athletes, rows, siteUrl))}
					>
						{t.zip}
					</button>
					<p className="field__hint">{t.zipHint}</p>
				</div>
				<div>
					<button
						type="button"
						className="button button--quiet"
						disabled={rows.length === 0}
						onClick={() =>
							files((f) => {
								f.downloadRoster(rows);
								return undefined;
							})
						}
					>
						{t.roster}
					</button>
					<p className="field__hint">{t.rosterHint}</p>
				</div>
				<div>
					<button type="button" className="button" disabled={none} onClick={onPack} data-opens="pack">
						{t.pack}
					</button>
					<p className="field__hint">{t.packHint}</p>
				</div>
			</div>
			<p role="status" className="coach-status">
				{status}
			</p>
			{error && (
				<p className="field__error" role="alert">
					{error}
				</p>
			)}
			{!none && dates.length > 0 && (
				<fieldset className="coach-session">
					<legend>{t.session}</legend>
					<div className="field">
						<label htmlFor={`${id}-date`}>{t.sessionDate}</label>
						<select id={`${id}-date`} value={date} onChange={(e) => setChosen(e.target.value)}>
							{dates.map((d) => (
								<option key={d.date} value={d.date}>
									{t.sessionDateOption(formatPlanDate(d.date, { withYear: true }), d.count)}
								</option>
							))}
						</select>
					</div>
					<label className="coach-check">
						<input type="checkbox" checked={byBlocks} onChange={(e) => setByBlocks(e.target.checked)} /> {t.byBlocks}
					</label>
					<p>
						<button type="button" className="button" onClick={() => onSession(date, byBlocks)} data-opens="session">
							{t.showSession}
						</button>
					</p>
				</fieldset>
			)}
		</section>
	);
}
