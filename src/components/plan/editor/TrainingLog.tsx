/**
 * "Your training log": planned against done backward minutes per week as a
 * chart and a table, sessions done, the pain and effort trend, what changed
 * and why, and the log as files (JSON to keep or send a coach, CSV for a
 * spreadsheet) or as a link for a coach, imported back or deleted with one
 * confirmed action; printable on its own. On opening, the plan adapts to
 * check-ins made elsewhere (the session player) since the last visit. Opened
 * from a coach's link (`#log=`), it shows that log instead, stored nowhere.
 */
import { useEffect, useId, useState } from 'react';
import {
	adaptationsInPlan,
	decodeLogLink,
	type EditHistory,
	type EditWarning,
	formatDuration,
	logProgress,
	logToCsv,
	logToJson,
	type Plan,
	parseLogFile,
	servedSiteUrl,
	type WeekProgress,
} from '../../../lib';
import { FileImportField } from '../FileImportField';
import { LogChanges } from './LogChanges';
import { PainEffortChart, ProgressChart } from './LogCharts';
import { LogLinkButton } from './LogLinkButton';
import { adaptToNew } from './log-actions';
import { clearLog, closeSharedLog, importLog, showSharedLog, useTrainingLog } from './log-store';

export interface TrainingLogProps {
	plan: Plan;
	setHistory: (update: (history: EditHistory) => EditHistory) => void;
	siteUrl: string;
	base: string;
	/** The plan's share link (edits included), which a link for the coach extends. */
	shareUrl: string;
	/** The edited plan's warnings, for a race plan the log's repeats have left short. */
	warnings: readonly EditWarning[];
}

/** The log in the page's address after `#log=`, if any. */
function logInAddress(): string | null {
	return new URLSearchParams(window.location.hash.slice(1)).get('log');
}

/** Takes `#log=…` out of the address once the reader has kept or closed the log. */
function forgetLogInAddress() {
	window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}

/** Prints the training log alone (plan.css hides the rest while `data-print="log"` is set). */
function printLog() {
	const root = document.documentElement;
	root.dataset.print = 'log';
	window.addEventListener('afterprint', () => delete root.dataset.print, { once: true });
	window.print();
}

/** Planned against done, one row per week with a check-in. */
function ProgressTable({ rows }: { rows: readonly WeekProgress[] }) {
	const checked = rows.filter((r) => r.done > 0 || r.maxPain !== undefined);
	return (
		<div className="table-scroll">
			<table>
				<caption>Planned and done, week by week</caption>
				<thead>
					<tr>
						<th scope="col">Week</th>
						<th scope="col">Backward planned</th>
						<th scope="col">Backward done</th>
						<th scope="col">Sessions done</th>
						<th scope="col">Highest pain</th>
						<th scope="col">Mean effort</th>
					</tr>
				</thead>
				<tbody>
					{checked.map((r) => (
						<tr key={r.week}>
							<th scope="row">{r.week}</th>
							<td>{formatDuration(r.plannedSec)}</td>
							<td>{formatDuration(r.doneSec)}</td>
							<td>{`${r.done} of ${r.planned}`}</td>
							<td>{r.maxPain === undefined ? 'None given' : `${r.maxPain}/10`}</td>
							<td>{r.meanEffort === undefined ? 'None given' : `${r.meanEffort}/10`}</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}

/** What a log opened from a coach's link is, with keeping it or closing it. */
function SharedLogNotice({ onClose }: { onClose: (keep: boolean) => void }) {
	return (
		<div className="notice no-print">
			<p>
				You are reading a training log sent to you in a link, with the plan it belongs to. It is not stored on this
				device, and your own log is unchanged.
			</p>
			<div className="button-row">
				<button type="button" className="button" onClick={() => onClose(true)}>
					Keep these check-ins on this device
				</button>
				<button type="button" className="button button--quiet" onClick={() => onClose(false)}>
					Close it
				</button>
			</div>
		</div>
	);
}

/** Deleting the whole log, behind a confirmation. */
function DeleteLogButton({ empty, onDeleted }: { empty: boolean; onDeleted: () => void }) {
	const [confirm, setConfirm] = useState(false);
	if (!confirm) {
		return (
			<button type="button" className="button button--quiet" disabled={empty} onClick={() => setConfirm(true)}>
				Delete the log…
			</button>
		);
	}
	return (
		<>
			<button
				type="button"
				className="button"
				onClick={() =>
					void clearLog().then(() => {
						setConfirm(false);
						onDeleted();
					})
				}
			>
				Yes, delete every check-in
			</button>
			<button type="button" className="button button--quiet" onClick={() => setConfirm(false)}>
				Cancel
			</button>
		</>
	);
}

export function TrainingLog({ plan, setHistory, siteUrl, base, shareUrl, warnings }: TrainingLogProps) {
	const id = useId();
	const { log, saved, loaded, shared } = useTrainingLog();
	const [status, setStatus] = useState('');
	const [importError, setImportError] = useState('');
	const [linkError, setLinkError] = useState('');

	// Once, when the builder opens: show a log sent in a link, or else adapt to check-ins made in the
	// player since the last visit (a log from a link never changes the plan: its changes came with it).
	// biome-ignore lint/correctness/useExhaustiveDependencies: once per page; later check-ins adapt as they are made
	useEffect(() => {
		const code = logInAddress();
		if (code !== null) {
			const result = decodeLogLink(code);
			if (result.ok) {
				showSharedLog(result.value);
				return;
			}
			setLinkError(`This log link could not be opened: ${result.message} Your own log is unchanged.`);
		}
		void adaptToNew(plan, setHistory).then(
			(words) => words && setStatus(`Your plan changed for your check-ins. ${words}`),
		);
	}, []);

	async function closeShared(keep: boolean) {
		const n = log.length;
		const state = await closeSharedLog(keep);
		forgetLogInAddress();
		setStatus(
			keep
				? `Kept ${n} ${n === 1 ? 'check-in' : 'check-ins'} on this device; your log now holds ${state.log.length}.`
				: 'Closed the log from the link. This is your own log.',
		);
	}

	async function save(kind: 'json' | 'csv') {
		let download: typeof import('../export-actions')['download'];
		try {
			({ download } = await import('../export-actions'));
		} catch {
			setStatus('The download could not be loaded. Check your connection and try again.');
			return;
		}
		const site = servedSiteUrl(window.location.origin, base, siteUrl);
		if (kind === 'json') download('retrostride-log.json', 'application/json', logToJson(log, { siteUrl: site }));
		else download('retrostride-log.csv', 'text/csv;charset=utf-8', logToCsv(log));
		setStatus(`Saved retrostride-log.${kind} with ${log.length} check-ins.`);
	}

	async function readFile(file: File | undefined) {
		setImportError('');
		if (!file) return;
		let text: string;
		try {
			text = await file.text();
		} catch {
			setImportError('That file could not be read. Your log is unchanged.');
			return;
		}
		const result = parseLogFile(file.name, text);
		if (!result.ok) {
			setImportError(`${result.message} Your log is unchanged.`);
			return;
		}
		const state = await importLog(result.value);
		const n = result.value.length;
		setStatus(`Imported ${n} ${n === 1 ? 'check-in' : 'check-ins'}; your log now holds ${state.log.length}.`);
	}

	if (!loaded) return null;
	const rows = logProgress(plan, log);
	return (
		<section className="training-log" aria-labelledby={`${id}-h`}>
			<h2 id={`${id}-h`}>{shared ? 'Training log from a link' : 'Your training log'}</h2>
			{linkError && (
				<p className="notice" role="alert">
					{linkError}
				</p>
			)}
			{shared && <SharedLogNotice onClose={(keep) => void closeShared(keep)} />}
			{!saved && !shared && (
				<p className="notice">
					This browser is not storing data here, so your check-ins last only until you close the page. Download your log
					to keep it.
				</p>
			)}
			{log.length === 0 ? (
				<p>No check-ins yet. After a session, open it here and choose “Done, felt fine” or “Check in…”.</p>
			) : (
				<>
					<ProgressChart rows={rows} />
					<PainEffortChart rows={rows} />
					<ProgressTable rows={rows} />
				</>
			)}
			<LogChanges plan={plan} records={adaptationsInPlan(plan, log, { warnings })} />
			<div className="button-row no-print">
				<LogLinkButton id={id} log={log} shareUrl={shareUrl} setStatus={setStatus} />
				<button type="button" className="button button--quiet" disabled={log.length === 0} onClick={printLog}>
					Print progress
				</button>
			</div>
			<div className="button-row no-print">
				<button type="button" className="button button--quiet" disabled={log.length === 0} onClick={() => save('json')}>
					Download log (.json)
				</button>
				<button type="button" className="button button--quiet" disabled={log.length === 0} onClick={() => save('csv')}>
					Download log (.csv)
				</button>
				{!shared && (
					<DeleteLogButton
						empty={log.length === 0}
						onDeleted={() => setStatus('Your training log is deleted from this device.')}
					/>
				)}
			</div>
			{!shared && (
				<FileImportField
					id={`${id}-import`}
					label="Import a training log (.json or .csv)"
					accept="application/json,.json,text/csv,.csv"
					error={importError}
					onFile={(file) => void readFile(file)}
				/>
			)}
			<p className="status" role="status">
				{status}
			</p>
		</section>
	);
}
