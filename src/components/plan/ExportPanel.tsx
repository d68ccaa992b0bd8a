/**
 * Everything a plan leaves the site as: calendar file, spreadsheet, JSON
 * (and JSON import), share link and print. The export code is loaded with
 * `import()` the first time it is needed, so the page does not pay for it.
 */
import { useId, useState } from 'react';
import { defaultTimeZone, type Plan } from '../../lib';
import { loadExports } from './load-exports';

export interface ExportPanelProps {
	plan: Plan;
	/** Absolute URL of the site (for links inside exported files). */
	siteUrl: string;
	/** The share link for the current plan (absolute). */
	shareUrl: string;
	/** Replaces the form with the input of an imported plan. */
	onImport: (plan: Plan) => void;
	/** Called after a file is produced (the embed re-emits it to the club's page). */
	onExported?: ((kind: 'ics' | 'csv' | 'json') => void) | undefined;
	/** Where the print sheet lives, or undefined when printing is only window.print(). */
	printUrl?: string | undefined;
	/** Open the print sheet in a new tab (the embed: links that leave the builder never replace it). */
	external?: boolean;
	/** The form holds a field in error, so `plan` is the last valid plan, not what the form shows. */
	stale?: boolean;
}

export function ExportPanel({
	plan,
	siteUrl,
	shareUrl,
	onImport,
	onExported,
	printUrl,
	external = false,
	stale = false,
}: ExportPanelProps) {
	const id = useId();
	const hasTime = plan.input.sessionTime !== undefined;
	// A session time means timed events unless the runner asks for all-day ones. Kept as the
	// runner's choice, not as "timed", so a time restored after the first render (a share
	// link, saved settings) makes the file timed too.
	const [allDay, setAllDay] = useState(false);
	const timed = hasTime && !allDay;
	const [zone, setZone] = useState(defaultTimeZone);
	const [status, setStatus] = useState('');
	const [csvSeparator, setCsvSeparator] = useState<'auto' | ',' | ';'>('auto');
	const [importError, setImportError] = useState('');
	const [copyFallback, setCopyFallback] = useState(false);
	const [zones, setZones] = useState<string[]>(() => [zone]);

	async function exportFile(kind: 'ics' | 'csv' | 'json') {
		try {
			const actions = await loadExports();
			const result = actions.exportPlan(plan, kind, { timed, timeZone: zone, siteUrl, csvSeparator });
			setStatus(result.message);
			if (result.ok) onExported?.(kind);
		} catch {
			setStatus('The export could not be loaded. Check your connection and try again.');
		}
	}

	async function importFile(file: File | undefined) {
		setImportError('');
		if (!file) return;
		try {
			const result = await (await loadExports()).importPlan(file);
			if (!result.ok) {
				setImportError(result.message);
				return;
			}
			onImport(result.plan);
			setStatus(`Imported “${result.plan.title}”.`);
		} catch {
			setImportError('The import could not be loaded. Your current plan is unchanged.');
		}
	}

	async function showZones() {
		if (zones.length > 1) return;
		try {
			setZones((await loadExports()).timeZones(zone));
		} catch {
			// Keep the one zone we have; the export still works in it.
		}
	}

	async function copyLink() {
		try {
			await navigator.clipboard.writeText(shareUrl);
			setCopyFallback(false);
			setStatus('Share link copied. Anyone who opens it sees this plan.');
		} catch {
			setCopyFallback(true);
			setStatus('Your browser did not allow copying. Select the link below and copy it.');
		}
	}

	return (
		<section className="export-panel no-print" aria-labelledby={`${id}-h`}>
			<h2 id={`${id}-h`}>Save and share</h2>
			{stale && (
				<p className="notice notice--stale">
					A field in your plan settings needs fixing, so these buttons save your last valid plan, “{plan.title}”, not
					the changes you are making.
				</p>
			)}
			<fieldset className="field">
				<legend>Calendar events</legend>
				<label className="inline-choice">
					<input type="radio" name={`${id}-timed`} checked={!timed} onChange={() => setAllDay(true)} /> All-day
				</label>
				<label className="inline-choice">
					<input
						type="radio"
						name={`${id}-timed`}
						checked={timed}
						disabled={!hasTime}
						onChange={() => setAllDay(false)}
					/>{' '}
					At {hasTime ? plan.input.sessionTime : 'your session time (set one above)'}
				</label>
			</fieldset>
			{(timed || plan.input.reminderMinutes !== undefined) && (
				<div className="field">
					<label htmlFor={`${id}-zone`}>Time zone</label>
					<select
						id={`${id}-zone`}
						value={zone}
						onFocus={showZones}
						onPointerDown={showZones}
						onChange={(e) => setZone(e.target.value)}
					>
						{zones.map((z) => (
							<option key={z} value={z}>
								{z.replaceAll('_', ' ')}
							</option>
						))}
					</select>
				</div>
			)}
			<p className="field__hint">
				{plan.input.reminderMinutes !== undefined
					? 'Your reminder is in the file, but Google Calendar and Outlook ignore reminders in imported files: set one in the app if you need it.'
					: 'Google Calendar and Outlook ignore reminders in imported files, so set reminders in the app if you need them.'}
			</p>
			<div className="field">
				<label htmlFor={`${id}-csv`}>Spreadsheet columns</label>
				<select
					id={`${id}-csv`}
					value={csvSeparator}
					onChange={(e) => setCsvSeparator(e.target.value as 'auto' | ',' | ';')}
				>
					<option value="auto">As my language writes them</option>
					<option value=",">Commas, decimal points (English Excel)</option>
					<option value=";">Semicolons, decimal commas (German, French Excel)</option>
				</select>
			</div>
			<div className="button-row">
				<button type="button" className="button" onClick={() => exportFile('ics')}>
					Download calendar (.ics)
				</button>
				<button type="button" className="button button--quiet" onClick={() => exportFile('csv')}>
					Download spreadsheet (.csv)
				</button>
				<button type="button" className="button button--quiet" onClick={() => exportFile('json')}>
					Download plan file (.json)
				</button>
			</div>
			<div className="field">
				<label htmlFor={`${id}-import`}>Import a plan file (.json)</label>
				<input
					id={`${id}-import`}
					type="file"
					accept="application/json,.json"
					aria-describedby={importError ? `${id}-import-error` : undefined}
					aria-invalid={importError ? true : undefined}
					onChange={(e) => {
						void importFile(e.target.files?.[0]);
						e.target.value = '';
					}}
				/>
				{importError && (
					<p className="field__error" id={`${id}-import-error`}>
						<span aria-hidden="true">⚠ </span>
						{importError}
					</p>
				)}
			</div>
			<div className="button-row">
				<button type="button" className="button button--quiet" onClick={copyLink}>
					Copy share link
				</button>
				{printUrl && (
					<a
						className="button button--quiet"
						href={printUrl}
						{...(external ? { target: '_blank', rel: 'noopener' } : {})}
					>
						Coach sheet (print)
					</a>
				)}
				<button type="button" className="button button--quiet" onClick={() => window.print()}>
					Print this page
				</button>
			</div>
			{copyFallback && (
				<div className="field">
					<label htmlFor={`${id}-link`}>Share link</label>
					<input id={`${id}-link`} type="text" readOnly value={shareUrl} onFocus={(e) => e.target.select()} />
				</div>
			)}
			<p className="status" role="status">
				{status}
			</p>
		</section>
	);
}
