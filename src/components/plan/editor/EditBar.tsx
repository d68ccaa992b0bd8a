/**
 * The bar above the schedule once a plan has edits: how many, Undo and Redo
 * (also Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z outside text fields, where the
 * browser's own undo stays), "Reset the whole plan", and the edits that no
 * longer apply after a form change, each in a sentence from src/lib.
 */
import { useEffect, useState } from 'react';
import { editorStrings as t } from '../../../i18n/builder-editor';
import { type DroppedEdit, type EditHistory, redoEdit, undoEdit, withEdits } from '../../../lib';

export interface EditBarProps {
	history: EditHistory;
	setHistory: (update: (history: EditHistory) => EditHistory) => void;
	dropped: readonly DroppedEdit[];
}

/** True when a key press belongs to a text field's own undo. */
function inTextField(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
	);
}

export function EditBar({ history, setHistory, dropped }: EditBarProps) {
	const [confirm, setConfirm] = useState(false);

	useEffect(() => {
		function onKey(event: KeyboardEvent) {
			if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'z') return;
			if (inTextField(event.target) || document.querySelector('dialog[open]')) return;
			event.preventDefault();
			setHistory(event.shiftKey ? redoEdit : undoEdit);
		}
		document.addEventListener('keydown', onKey);
		return () => document.removeEventListener('keydown', onKey);
	}, [setHistory]);

	const count = history.edits.length - dropped.length;
	return (
		<section className="edit-bar no-print" aria-labelledby="edit-bar-heading">
			<h3 id="edit-bar-heading">{t.bar.heading}</h3>
			<p role="status">{count > 0 ? t.bar.count(count) : t.bar.none}</p>
			<div className="edit-bar__buttons">
				<button
					type="button"
					className="button button--quiet"
					disabled={history.past.length === 0}
					onClick={() => setHistory(undoEdit)}
				>
					{t.bar.undo}
				</button>
				<button
					type="button"
					className="button button--quiet"
					disabled={history.future.length === 0}
					onClick={() => setHistory(redoEdit)}
				>
					{t.bar.redo}
				</button>
				{history.edits.length > 0 && !confirm && (
					<button type="button" className="button button--quiet" onClick={() => setConfirm(true)}>
						{t.bar.resetAll}
					</button>
				)}
			</div>
			<p className="field__hint">{t.bar.keys}</p>
			{confirm && (
				<fieldset className="notice">
					<legend>{t.bar.resetAll}</legend>
					<p>{t.bar.resetConfirm}</p>
					<button
						type="button"
						className="button"
						onClick={() => {
							setHistory((h) => withEdits(h, []));
							setConfirm(false);
						}}
					>
						{t.bar.resetYes}
					</button>{' '}
					<button type="button" className="button button--quiet" onClick={() => setConfirm(false)}>
						{t.dialog.cancel}
					</button>
				</fieldset>
			)}
			{dropped.length > 0 && (
				<div className="notice">
					<p>{t.bar.dropped}</p>
					<ul>
						{dropped.map((d) => (
							<li key={d.index}>{d.message}</li>
						))}
					</ul>
					<button
						type="button"
						className="button button--quiet"
						onClick={() =>
							setHistory((h) =>
								withEdits(
									h,
									h.edits.filter((_, i) => !dropped.some((d) => d.index === i)),
								),
							)
						}
					>
						{t.bar.forget}
					</button>
				</div>
			)}
		</section>
	);
}
