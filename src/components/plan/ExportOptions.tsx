/**
 * The export options most runners never change: timed or all-day calendar
 * events and their time zone, the spreadsheet's columns, and importing a
 * plan file. They load
 * when their disclosure in "Save and share" is opened (ExportPanel.tsx), so
 * the builder's first load does not carry them; the exports use sensible
 * defaults until then (the runner's own zone, the browser language's
 * columns).
 */
import { useState } from 'react';
import type { Plan } from '../../lib';
import { FileImportField } from './FileImportField';

/** The export code, loaded when an option needs it. */
type ExportActions = typeof import('./export-actions');

/** "auto" = as the browser's language writes numbers. */
export type CsvChoice = 'auto' | ',' | ';';

export interface ExportOptionsProps {
	/** The panel's id prefix. */
	id: string;
	plan: Plan;
	/** Whether calendar events are timed (then the zone matters). */
	timed: boolean;
	/** The runner's choice of all-day events even with a session time. */
	setAllDay: (allDay: boolean) => void;
	zone: string;
	setZone: (zone: string) => void;
	csvSeparator: CsvChoice;
	setCsvSeparator: (choice: CsvChoice) => void;
	/** Replaces the form (and edits) with an imported plan's. */
	onImport: (plan: Plan) => void;
	/** The panel's status line. */
	setStatus: (message: string) => void;
}

export default function ExportOptions({
	id,
	plan,
	timed,
	setAllDay,
	zone,
	setZone,
	csvSeparator,
	setCsvSeparator,
	onImport,
	setStatus,
}: ExportOptionsProps) {
	const [zones, setZones] = useState<string[]>(() => [zone]);
	const [importError, setImportError] = useState('');

	async function showZones() {
		if (zones.length > 1) return;
		let actions: ExportActions;
		try {
			actions = await import('./export-actions');
		} catch {
			return; // Keep the one zone we have; the export still works in it.
		}
		setZones(actions.timeZones(zone));
	}

	async function importFile(file: File | undefined) {
		setImportError('');
		if (!file) return;
		// `try` only around loading the code: importPlan says what is wrong with a file itself,
		// and a bug after it must not be reported as a failed download.
		let actions: ExportActions;
		try {
			actions = await import('./export-actions');
		} catch {
			setImportError('The import could not be loaded. Your current plan is unchanged.');
			return;
		}
		const result = await actions.importPlan(file);
		if (!result.ok) {
			setImportError(result.message);
			return;
		}
		onImport(result.plan);
		setStatus(`Imported “${result.plan.title}”.`);
	}

	return (
		<>
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
						disabled={plan.input.sessionTime === undefined}
						onChange={() => setAllDay(false)}
					/>{' '}
					At {plan.input.sessionTime !== undefined ? plan.input.sessionTime : 'your session time (set one above)'}
				</label>
			</fieldset>
			<p className="field__hint">
				{plan.input.reminderMinutes !== undefined
					? 'Your reminder is in the file, but Google Calendar and Outlook ignore reminders in imported files: set one in the app if you need it.'
					: 'Google Calendar and Outlook ignore reminders in imported files, so set reminders in the app if you need them.'}
			</p>
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
			<div className="field">
				<label htmlFor={`${id}-csv`}>Spreadsheet columns</label>
				<select id={`${id}-csv`} value={csvSeparator} onChange={(e) => setCsvSeparator(e.target.value as CsvChoice)}>
					<option value="auto">As my language writes them</option>
					<option value=",">Commas, decimal points (English Excel)</option>
					<option value=";">Semicolons, decimal commas (German, French Excel)</option>
				</select>
			</div>
			<FileImportField
				id={`${id}-import`}
				label="Import a plan file (.json)"
				error={importError}
				onFile={(file) => void importFile(file)}
			/>
		</>
	);
}
