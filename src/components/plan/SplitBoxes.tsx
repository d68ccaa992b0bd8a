/**
 * The boxes of "Set the split yourself": a coach's own mixed runs, written the way a
 * coach writes them ("2 mi forward, then 0.5 mi backward, 0.25 mi more every
 * 2 weeks"). The boxes hold the runner's text; src/lib turns it into a split
 * (`splitFromForm`) and the engine judges it, so an error here names the box.
 */

import { splitStrings } from '../../i18n/builder-split';

const t = { split: splitStrings };

import { type PlanFormState, splitFromForm, withSplit } from '../../lib';

export interface SplitBoxesProps {
	/** Prefix for element ids (from the form's useId). */
	id: string;
	state: PlanFormState;
	/** The engine's or the form's message about the split, if any. */
	error?: string | undefined;
	onChange: (next: PlanFormState) => void;
}

/** "Week 1: 2 mi forward, then 0.5 mi backward; 0.25 mi more every 2 weeks." for a valid split. */
function preview(state: PlanFormState): string | undefined {
	const split = splitFromForm(state);
	if (typeof split === 'string') return undefined;
	const unit = split.measure === 'time' ? 'min' : state.units;
	const base = t.split.preview(split.forward, split.backward, unit);
	if (split.step === undefined) return `${base}${t.split.previewSteady}`;
	return `${base}${t.split.previewStep(split.step, unit, split.everyWeeks ?? 2)}`;
}

/** Loaded only once a runner ticks "Set the split of my mixed runs myself" (see SplitFields). */
export default function SplitBoxes({ id, state, error, onChange }: SplitBoxesProps) {
	const unit = state.splitMeasure === 'time' ? 'minutes' : state.units;
	const errorId = error ? `${id}-split-error` : undefined;
	const set = (key: 'splitForward' | 'splitBackward' | 'splitStep' | 'splitEvery', value: string) =>
		onChange({ ...state, [key]: value });
	const text = (key: 'splitForward' | 'splitBackward' | 'splitStep' | 'splitEvery', label: string, hint?: string) => (
		<div className="split__box">
			<label htmlFor={`${id}-${key}`}>{label}</label>
			<input
				id={`${id}-${key}`}
				type="text"
				inputMode="decimal"
				autoComplete="off"
				value={state[key]}
				aria-describedby={[hint ? `${id}-${key}-hint` : '', errorId ?? ''].filter(Boolean).join(' ') || undefined}
				aria-invalid={error ? true : undefined}
				onChange={(e) => set(key, e.target.value)}
			/>
			{hint && (
				<p className="field__hint" id={`${id}-${key}-hint`}>
					{hint}
				</p>
			)}
		</div>
	);
	const shown = preview(state);
	return (
		<fieldset className={`field split__fields${error ? ' field--invalid' : ''}`} aria-describedby={errorId}>
			<legend>{t.split.legend}</legend>
			<div className="split__measure">
				{(['distance', 'time'] as const).map((m) => (
					<label key={m} className="inline-choice">
						<input
							type="radio"
							name={`${id}-split-measure`}
							value={m}
							checked={(state.splitMeasure === 'time' ? 'time' : 'distance') === m}
							onChange={() => onChange(withSplit(state, { measure: m }))}
						/>{' '}
						{m === 'distance' ? t.split.byDistance(state.units) : t.split.byTime}
					</label>
				))}
			</div>
			<div className="field-row">
				{text('splitForward', t.split.forward(unit))}
				{text('splitBackward', t.split.backward(unit))}
			</div>
			<div className="field-row">
				{text('splitStep', t.split.step(unit), t.split.stepHint)}
				{text('splitEvery', t.split.every)}
			</div>
			{shown && <p className="split__preview">{shown}</p>}
			{error && (
				<p className="field__error" id={errorId}>
					<span aria-hidden="true">⚠ </span>
					{error}
				</p>
			)}
		</fieldset>
	);
}
