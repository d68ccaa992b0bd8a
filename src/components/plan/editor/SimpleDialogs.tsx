/**
 * The small edit dialogs: move a session to another day, swap it with
 * another session, and write a note. Each builds one PlanEdit; the builder
 * adds it to the plan's edits (src/lib applies it, and warns in words when
 * it breaks a rule of the plan).
 */
import { useId, useState } from 'react';
import { editorStrings as t } from '../../../i18n/builder-editor';
import { formatPlanDate, MAX_NOTE_LENGTH, type Plan, type PlanEdit, type Session } from '../../../lib';
import { EditDialog } from './EditDialog';

export interface SessionDialogProps {
	plan: Plan;
	session: Session;
	/** Words for "no longer applies" messages: "week 3's Thursday session". */
	label: string;
	onEdit: (edit: PlanEdit) => void;
	onClose: () => void;
}

/** A text field's error under it, linked by id. */
function FieldError({ id, message }: { id: string; message: string }) {
	return message ? (
		<p id={id} className="field__error">
			{message}
		</p>
	) : null;
}

export function MoveDialog({ plan, session, label, onEdit, onClose }: SessionDialogProps) {
	const id = useId();
	const first = plan.weeks[0]?.startDate ?? session.date;
	const last = plan.weeks.at(-1)?.endDate ?? session.date;
	const [date, setDate] = useState(session.date);
	const [error, setError] = useState('');
	const range = [formatPlanDate(first, { withYear: true }), formatPlanDate(last, { withYear: true })] as const;
	return (
		<EditDialog
			title={t.dialog.moveTitle(session.title)}
			submitLabel={t.dialog.moveSave}
			onClose={onClose}
			onSubmit={() => {
				if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date < first || date > last) {
					setError(t.dialog.moveOutside(...range));
					return false;
				}
				if (date !== session.date) onEdit({ type: 'move', session: session.id, to: date, label });
				return true;
			}}
		>
			<div className={`field${error ? ' field--invalid' : ''}`}>
				<label htmlFor={`${id}-date`}>{t.dialog.moveLabel}</label>
				<p id={`${id}-hint`} className="field__hint">
					{t.dialog.moveHint(...range)}
				</p>
				<input
					id={`${id}-date`}
					type="date"
					min={first}
					max={last}
					value={date}
					aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
					aria-invalid={error ? true : undefined}
					onChange={(e) => {
						setDate(e.target.value);
						setError('');
					}}
				/>
				<FieldError id={`${id}-error`} message={error} />
			</div>
		</EditDialog>
	);
}

export function SwapDialog({ plan, session, label, onEdit, onClose }: SessionDialogProps) {
	const id = useId();
	const others = plan.weeks.flatMap((w) =>
		w.sessions.filter((s) => s.id !== session.id).map((s) => ({ s, week: w.index })),
	);
	const [other, setOther] = useState(others[0]?.s.id ?? '');
	return (
		<EditDialog
			title={t.dialog.swapTitle(session.title)}
			submitLabel={t.dialog.swapSave}
			onClose={onClose}
			onSubmit={() => {
				if (other !== '') onEdit({ type: 'swap', a: session.id, b: other, label });
				return true;
			}}
		>
			<div className="field">
				<label htmlFor={`${id}-other`}>{t.dialog.swapLabel}</label>
				<select id={`${id}-other`} value={other} onChange={(e) => setOther(e.target.value)}>
					{others.map(({ s, week }) => (
						<option key={s.id} value={s.id}>
							{`Week ${week}, ${formatPlanDate(s.date)}: ${s.title}`}
						</option>
					))}
				</select>
			</div>
		</EditDialog>
	);
}

export function NoteDialog({ session, label, onEdit, onClose }: SessionDialogProps) {
	const id = useId();
	const [text, setText] = useState(session.note ?? '');
	return (
		<EditDialog
			title={t.dialog.noteTitle(session.title)}
			submitLabel={t.dialog.noteSave}
			onClose={onClose}
			onSubmit={() => {
				if (text.trim() !== (session.note ?? '')) onEdit({ type: 'note', session: session.id, text, label });
				return true;
			}}
		>
			<div className="field">
				<label htmlFor={`${id}-note`}>{t.dialog.noteLabel}</label>
				<p id={`${id}-hint`} className="field__hint">
					{t.dialog.noteHint(MAX_NOTE_LENGTH)}
				</p>
				<textarea
					id={`${id}-note`}
					rows={4}
					maxLength={MAX_NOTE_LENGTH}
					value={text}
					aria-describedby={`${id}-hint`}
					onChange={(e) => setText(e.target.value)}
				/>
			</div>
		</EditDialog>
	);
}
