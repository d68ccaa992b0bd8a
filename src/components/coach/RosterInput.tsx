/**
 * Getting a squad in: open a CSV file, paste rows, or download the template.
 * A file or paste replaces the roster or adds to it (the coach chooses), and
 * the roster before it stays one Undo away, so nothing typed is lost. The
 * CSV reader loads on the first use.
 */
import { useId, useState } from 'react';
import { coachStrings } from '../../i18n/coach';
import type { RosterRow } from '../../lib/roster';
import { loadCoachFiles } from './load-coach-files';

const t = coachStrings.load;

export interface RosterInputProps {
	today: string;
	canUndo: boolean;
	onLoad: (rows: RosterRow[], problems: string[], mode: 'replace' | 'add', notice: string) => void;
	onUndo: () => void;
}

export function RosterInput({ today, canUndo, onLoad, onUndo }: RosterInputProps) {
	const id = useId();
	const [mode, setMode] = useState<'replace' | 'add'>('replace');
	const [pasted, setPasted] = useState('');
	const [error, setError] = useState('');
	const [fileError, setFileError] = useState('');

	// `try` wraps only the chunk's download: a bug in reading the roster must surface, not read as "check your connection".
	const files = async (showError: (message: string) => void) => {
		try {
			return await loadCoachFiles();
		} catch {
			showError(t.loadFailed);
			return undefined;
		}
	};

	const read = async (text: string, showError: (message: string) => void) => {
		const kit = await files(showError);
		if (!kit) return false;
		const file = kit.readRoster(text);
		if (file.rows.length === 0) {
			showError(file.problems[0] ?? t.readFailed);
			return false;
		}
		showError('');
		onLoad(file.rows, file.problems, mode, t.loaded(file.rows.length));
		return true;
	};

	const onFile = async (file: File | undefined) => {
		if (!file) return;
		let text: string;
		try {
			text = await file.text();
		} catch {
			setFileError(t.readFailed);
			return;
		}
		await read(text, setFileError);
	};

	const template = async () => (await files(setFileError))?.downloadTemplate(today);

	return (
		<section className="coach-panel" aria-labelledby={`${id}-heading`}>
			<h2 id={`${id}-heading`}>{t.heading}</h2>
			<p>
				<button type="button" className="button button--quiet" onClick={template}>
					{t.template}
				</button>
			</p>
			<p className="field__hint">{t.templateHint}</p>
			<fieldset className="coach-mode">
				<legend>{t.mode}</legend>
				{(['replace', 'add'] as const).map((m) => (
					<label key={m}>
						<input type="radio" name={`${id}-mode`} checked={mode === m} onChange={() => setMode(m)} />{' '}
						{m === 'replace' ? t.replace : t.add}
					</label>
				))}
			</fieldset>
			<div className="field">
				<label htmlFor={`${id}-file`}>{t.upload}</label>
				<input
					id={`${id}-file`}
					type="file"
					accept=".csv,text/csv,text/plain"
					aria-describedby={fileError ? `${id}-file-error` : undefined}
					aria-invalid={fileError ? true : undefined}
					onChange={(e) => {
						void onFile(e.target.files?.[0]);
						e.target.value = '';
					}}
				/>
				{fileError && (
					<p className="field__error" id={`${id}-file-error`}>
						<span aria-hidden="true">⚠ </span>
						{fileError}
					</p>
				)}
			</div>
			<div className="field">
				<label htmlFor={`${id}-paste`}>{t.paste}</label>
				<textarea
					id={`${id}-paste`}
					className="coach-paste"
					rows={5}
					value={pasted}
					spellCheck={false}
					aria-describedby={error ? `${id}-paste-error` : undefined}
					aria-invalid={error ? true : undefined}
					onChange={(e) => setPasted(e.target.value)}
				/>
				{error && (
					<p className="field__error" id={`${id}-paste-error`}>
						<span aria-hidden="true">⚠ </span>
						{error}
					</p>
				)}
			</div>
			<p className="button-row">
				<button
					type="button"
					className="button"
					onClick={async () => {
						if (pasted.trim() === '') {
							setError(t.emptyPaste);
							return;
						}
						if (await read(pasted, setError)) setPasted('');
					}}
				>
					{t.read}
				</button>
				{canUndo && (
					<button type="button" className="button button--quiet" onClick={onUndo}>
						{t.undo}
					</button>
				)}
			</p>
		</section>
	);
}
