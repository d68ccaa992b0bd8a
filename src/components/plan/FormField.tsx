/**
 * One labelled control of the builder's form, drawn from its row in
 * form-fields.ts: label, hint, the control, and the error right under it
 * (linked with aria-describedby), in the order a screen reader and a sighted
 * reader meet them.
 */
import type { PlanFormState } from '../../lib';
import type { FieldRow, TextKey } from './form-fields';

type ControlRow = Exclude<FieldRow, { kind: 'row' } | { kind: 'custom' }>;

export interface FormFieldProps {
	row: ControlRow;
	/** The form's id prefix (useId). */
	prefix: string;
	state: PlanFormState;
	error: string | undefined;
	set: (key: TextKey, value: string) => void;
}

export function FormField({ row, prefix, state, error, set }: FormFieldProps) {
	const id = `${prefix}-${row.id}`;
	const hint = row.hint?.(state);
	const hintId = hint ? `${id}-hint` : undefined;
	const errorId = error ? `${id}-error` : undefined;
	const common = {
		id,
		value: state[row.key],
		'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
		'aria-invalid': error ? true : undefined,
	};
	let control: React.ReactNode;
	if (row.kind === 'select') {
		control = (
			<select {...common} onChange={(e) => set(row.key, e.target.value)}>
				{row.options(state).map((o) => (
					<option key={o.value} value={o.value}>
						{o.label}
					</option>
				))}
			</select>
		);
	} else if (row.kind === 'text') {
		control = (
			<input
				{...common}
				type="text"
				inputMode={row.inputMode}
				autoComplete="off"
				placeholder={row.placeholder}
				readOnly={row.readOnly?.(state)}
				onChange={(e) => set(row.key, e.target.value)}
			/>
		);
	} else {
		control = <input {...common} type={row.kind} onChange={(e) => set(row.key, e.target.value)} />;
	}
	return (
		<div className={`field${error ? ' field--invalid' : ''}`}>
			<label htmlFor={id}>{row.label(state)}</label>
			{hint && (
				<p className="field__hint" id={hintId}>
					{hint}
				</p>
			)}
			{control}
			{error && (
				<p className="field__error" id={errorId}>
					<span aria-hidden="true">⚠ </span>
					{error}
				</p>
			)}
		</div>
	);
}
