/**
 * Everything a plan leaves the site as: calendar file, spreadsheet, JSON
 * (and JSON import), share link and print. The export code is loaded with
 * `import()` the first time it is needed, so the page does not pay for it.
 */
import { lazy, Suspense, useId, useState } from 'react';
import { builderStrings as t } from '../../i18n/builder';
import { defaultTimeZone, type Plan } from '../../lib';
import { ChunkBoundary } from '../chunk-boundary';
import type { CsvChoice } from './ExportOptions';
import { loadExports } from './load-exports';

// Options most runners never change load when their disclosure is opened (the page's JavaScript budget).
const ExportOptions = lazy(() => import('./ExportOptions'));

export interface ExportPanelProps {
	plan: Plan;
	/** The build's absolute site URL; links inside exported files point where the page was served from. */
	siteUrl: string;
	/** The site's base path, "/" or "/retro/". */
	base: string;
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
	base,
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
	const [csvSeparator, setCsvSeparator] = useState<CsvChoice>('auto');
	const [copyFallback, setCopyFallback] = useState(false);
	const [optionsOpen, setOptionsOpen] = useState(false);

	async function exportFile(kind: 'ics' | 'csv' | 'json') {
		// Only the download of the export code can fail for a reason outside this code (the network).
		// A bug in exportPlan is not that: it surfaces in the console, never as "check your connection".
		let actions: Awaited<ReturnType<typeof loadExports>>;
		try {
			actions = await loadExports();
		} catch {
			setStatus('The export could not be loaded. Check your connection and try again.');
			return;
		}
		const result = actions.exportPlan(plan, kind, { timed, timeZone: zone, siteUrl, base, csvSeparator });
		setStatus(result.message);
		if (result.ok) onExported?.(kind);
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
			<details className="export-options" onToggle={(e) => setOptionsOpen(e.currentTarget.open)}>
				<summary>Options: calendar times and reminders, spreadsheet columns, importing a plan file</summary>
				{optionsOpen && (
					<ChunkBoundary message={t.partFailed.exportOptions}>
						<Suspense fallback={<p className="field__hint">Loading the options…</p>}>
							<ExportOptions
								id={id}
								plan={plan}
								timed={timed}
								setAllDay={setAllDay}
								zone={zone}
								setZone={setZone}
								csvSeparator={csvSeparator}
								setCsvSeparator={setCsvSeparator}
								onImport={onImport}
								setStatus={setStatus}
							/>
						</Suspense>
					</ChunkBoundary>
				)}
			</details>
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
