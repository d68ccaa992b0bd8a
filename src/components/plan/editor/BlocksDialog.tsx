/**
 * Edit a session's blocks: each block a small fieldset (part, direction,
 * movement, repeats, amount, recovery, effort), blocks added or removed, and
 * an optional title. The rows and their checks are src/lib's
 * (builder/blocks-form.ts); a problem shows under its own field.
 */
import { useId, useState } from 'react';
import { editorStrings as t } from '../../../i18n/builder-editor';
import {
	AMOUNT_UNITS,
	type BlockError,
	type BlockRow,
	blockRows,
	EFFORT_LABELS,
	EFFORTS,
	MAX_TITLE_LENGTH,
	NEW_BLOCK,
	segmentsFromRows,
} from '../../../lib';
import { EditDialog } from './EditDialog';
import type { SessionDialogProps } from './SimpleDialogs';

type Choice<K extends keyof BlockRow> = { key: K; label: string; options: Readonly<Record<string, string>> };

const CHOICES = [
	{ key: 'role', label: t.dialog.role, options: t.labels.role },
	{ key: 'direction', label: t.dialog.direction, options: t.labels.direction },
	{ key: 'mode', label: t.dialog.mode, options: t.labels.mode },
] as const satisfies readonly Choice<keyof BlockRow>[];

interface BlockFieldsProps {
	/** The dialog's id prefix. */
	id: string;
	/** Which block, from 0. */
	index: number;
	row: BlockRow;
	/** The plan's own distance unit and minutes/seconds: the amounts a block may be in. */
	units: readonly BlockRow['unit'][];
	/** This block's problems, each shown under its field. */
	errors: readonly BlockError[];
	onChange: (patch: Partial<BlockRow>) => void;
	/** Removes the block; undefined for the last block left. */
	onRemove: (() => void) | undefined;
}

/** One block as a fieldset: part, direction, movement, repeats, amount, recovery and effort. */
function BlockFields({ id, index: i, row, units, errors, onChange, onRemove }: BlockFieldsProps) {
	/** A text field of the block, with its error under it. */
	const textField = (field: BlockError['field'], text: string, inputMode: 'numeric' | 'decimal') => {
		const fieldId = `${id}-${i}-${field}`;
		const error = errors.find((e) => e.field === field);
		return (
			<div className={`field${error ? ' field--invalid' : ''}`}>
				<label htmlFor={fieldId}>{text}</label>
				<input
					id={fieldId}
					type="text"
					inputMode={inputMode}
					autoComplete="off"
					value={row[field]}
					aria-invalid={error ? true : undefined}
					aria-describedby={error ? `${fieldId}-error` : undefined}
					onChange={(e) => onChange({ [field]: e.target.value })}
				/>
				{error && (
					<p id={`${fieldId}-error`} className="field__error">
						{error.message}
					</p>
				)}
			</div>
		);
	};

	return (
		<fieldset className="edit-block">
			<legend>{t.dialog.block(i + 1)}</legend>
			{CHOICES.map((c) => (
				<div className="field" key={c.key}>
					<label htmlFor={`${id}-${i}-${c.key}`}>{c.label}</label>
					<select
						id={`${id}-${i}-${c.key}`}
						value={row[c.key]}
						onChange={(e) => onChange({ [c.key]: e.target.value } as Partial<BlockRow>)}
					>
						{Object.entries(c.options).map(([value, text]) => (
							<option key={value} value={value}>
								{text}
							</option>
						))}
					</select>
				</div>
			))}
			{textField('repeats', t.dialog.repeats, 'numeric')}
			{textField('amount', t.dialog.amount, 'decimal')}
			<div className="field">
				<label htmlFor={`${id}-${i}-unit`}>{t.dialog.unit}</label>
				<select
					id={`${id}-${i}-unit`}
					value={row.unit}
					onChange={(e) => onChange({ unit: e.target.value as BlockRow['unit'] })}
				>
					{units.map((u) => (
						<option key={u} value={u}>
							{t.labels.unit[u]}
						</option>
					))}
				</select>
			</div>
			{textField('recoverySec', t.dialog.recovery, 'numeric')}
			<div className="field">
				<label htmlFor={`${id}-${i}-rmode`}>{t.dialog.recoveryMode}</label>
				<select
					id={`${id}-${i}-rmode`}
					value={row.recoveryMode}
					onChange={(e) => onChange({ recoveryMode: e.target.value === 'jog' ? 'jog' : 'walk' })}
				>
					<option value="walk">{t.labels.recoveryMode.walk}</option>
					<option value="jog">{t.labels.recoveryMode.jog}</option>
				</select>
			</div>
			<div className="field">
				<label htmlFor={`${id}-${i}-effort`}>{t.dialog.effort}</label>
				<select
					id={`${id}-${i}-effort`}
					value={row.effort}
					onChange={(e) => onChange({ effort: e.target.value as BlockRow['effort'] })}
				>
					{EFFORTS.map((effort) => (
						<option key={effort} value={effort}>
							{EFFORT_LABELS[effort]}
						</option>
					))}
				</select>
			</div>
			{onRemove && (
				<button type="button" className="button button--quiet" onClick={onRemove}>
					{t.dialog.removeBlock(i + 1)}
				</button>
			)}
		</fieldset>
	);
}

export function BlocksDialog({ plan, session, label, onEdit, onClose }: SessionDialogProps) {
	const id = useId();
	const [rows, setRows] = useState<BlockRow[]>(() => blockRows(session.segments, plan.input.units));
	const [title, setTitle] = useState(session.changes?.includes('replaced') ? session.title : '');
	const [errors, setErrors] = useState<BlockError[]>([]);
	const units = AMOUNT_UNITS.filter((u) => u !== (plan.input.units === 'km' ? 'mi' : 'km'));

	const set = (i: number, patch: Partial<BlockRow>) => {
		setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
		setErrors(errors.filter((e) => e.row !== i || !(Object.keys(patch) as string[]).includes(e.field)));
	};

	return (
		<EditDialog
			title={t.dialog.blocksTitle(session.title)}
			submitLabel={t.dialog.blocksSave}
			onClose={onClose}
			onSubmit={() => {
				const result = segmentsFromRows(rows);
				if (!result.ok) {
					setErrors(result.errors);
					return false;
				}
				const trimmed = title.trim();
				onEdit({
					type: 'replace',
					session: session.id,
					segments: result.segments,
					...(trimmed ? { title: trimmed } : {}),
					label,
				});
				return true;
			}}
		>
			<p className="field__hint">{t.dialog.blocksHint}</p>
			<div className="field">
				<label htmlFor={`${id}-title`}>{t.dialog.titleLabel}</label>
				<input
					id={`${id}-title`}
					type="text"
					maxLength={MAX_TITLE_LENGTH}
					value={title}
					onChange={(e) => setTitle(e.target.value)}
				/>
			</div>
			{rows.map((row, i) => (
				<BlockFields
					// biome-ignore lint/suspicious/noArrayIndexKey: blocks have no id; a removed block re-keys the later ones, which hold no focus
					key={i}
					id={id}
					index={i}
					row={row}
					units={units}
					errors={errors.filter((e) => e.row === i)}
					onChange={(patch) => set(i, patch)}
					onRemove={
						rows.length > 1
							? () => {
									setRows(rows.filter((_, j) => j !== i));
									setErrors([]);
								}
							: undefined
					}
				/>
			))}
			<button type="button" className="button button--quiet" onClick={() => setRows([...rows, { ...NEW_BLOCK }])}>
				{t.dialog.addBlock}
			</button>
			{errors.some((e) => e.message === 'Keep at least one block in the session') && (
				<p className="field__error">{errors[0]?.message}</p>
			)}
		</EditDialog>
	);
}
