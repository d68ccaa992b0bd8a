/**
 * A modal dialog for one edit, on the native <dialog> element: showModal()
 * gives the APG dialog pattern for free (focus moves in and is trapped, the
 * page behind is inert, Escape closes), and no focus-trap library is needed.
 * The form inside submits with Enter; the caller closes the dialog when the
 * edit is valid and puts focus back where the reader was.
 */
import { type FormEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { editorStrings as t } from '../../../i18n/builder-editor';

export interface EditDialogProps {
	title: string;
	submitLabel: string;
	/** Called on a submit; return true to close the dialog (the edit was valid). */
	onSubmit: () => boolean;
	/** Called once the dialog has closed, by submit, Cancel or Escape. */
	onClose: () => void;
	children: ReactNode;
}

export function EditDialog({ title, submitLabel, onSubmit, onClose, children }: EditDialogProps) {
	const ref = useRef<HTMLDialogElement>(null);
	const headingId = useId();
	useEffect(() => {
		const dialog = ref.current;
		if (dialog && !dialog.open) dialog.showModal();
		return () => dialog?.close();
	}, []);

	function submit(event: FormEvent) {
		event.preventDefault();
		if (onSubmit()) ref.current?.close();
	}

	return (
		<dialog ref={ref} className="edit-dialog" aria-labelledby={headingId} onClose={onClose}>
			<form className="edit-dialog__form" onSubmit={submit} noValidate>
				<h2 id={headingId} className="edit-dialog__title">
					{title}
				</h2>
				{children}
				<div className="edit-dialog__actions">
					<button type="submit" className="button">
						{submitLabel}
					</button>
					<button type="button" className="button button--quiet" onClick={() => ref.current?.close()}>
						{t.dialog.cancel}
					</button>
				</div>
			</form>
		</dialog>
	);
}
