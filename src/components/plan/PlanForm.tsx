/**
 * The builder's form. Every field has a visible label and a short hint, and
 * shows its error right under it (linked with aria-describedby) as the runner
 * types. The form never submits: the plan follows it live.
 *
 * The fields are a table (form-fields.ts) drawn by one component (FormField);
 * the few rows that are more than a labelled control are drawn here.
 */
import { Fragment, type ReactNode, useId } from 'react';
import type { FieldError, PastStartAdvice, PlanFormState } from '../../lib';
import { UNIT_OPTIONS } from '../../lib';
import { DayToggles } from './DayToggles';
import { FormField } from './FormField';
import { type FieldRow, FORM_FIELDS, type TextKey } from './form-fields';
import { SplitFields } from './SplitFields';

export interface PlanFormProps {
	state: PlanFormState;
	errors: readonly FieldError[];
	onChange: (next: PlanFormState) => void;
	/** Said under the start date when it lies in the past, with dates to start on instead. */
	pastStart?: PastStartAdvice | undefined;
	/**
	 * Fields a club's cohort fixes (the club widget): not shown, so a member
	 * chooses only their level, pace and units. Their errors (a race date too
	 * soon for this level) show at the top of the form instead.
	 */
	fixed?: readonly string[] | undefined;
}

export function PlanForm({ state, errors, onChange, pastStart, fixed = [] }: PlanFormProps) {
	const id = useId();
	const err = (path: string) => errors.find((e) => e.path === path)?.message;
	const set = <K extends keyof PlanFormState>(key: K, value: PlanFormState[K]) => onChange({ ...state, [key]: value });
	const setText = (key: TextKey, value: string) => onChange({ ...state, [key]: value });
	const daysError = err('days');
	const isFixed = (key: string) => fixed.includes(key);
	const general = errors.filter((e) => e.path === '' || isFixed(e.path));

	/** The rows that are more than one labelled control. */
	function custom(name: Extract<FieldRow, { kind: 'custom' }>['name']): ReactNode {
		switch (name) {
			case 'past-start':
				return (
					pastStart &&
					!err('startDate') && (
						<div className="notice past-start" role="status">
							<p>{pastStart.message}</p>
							{pastStart.choices.map((c) => (
								<button
									key={c.date}
									type="button"
									className="button button--quiet"
									onClick={() => set('startDate', c.date)}
								>
									{c.label}
								</button>
							))}
						</div>
					)
				);
			case 'days':
				return (
					<fieldset
						className={`field days${daysError ? ' field--invalid' : ''}`}
						aria-describedby={`${id}-days-hint${daysError ? ` ${id}-days-error` : ''}`}
					>
						<legend>Training days</legend>
						<p className="field__hint" id={`${id}-days-hint`}>
							Pick 2 to 6 days. Backward sessions never fall on two days in a row.
						</p>
						<DayToggles days={state.days} onChange={(days) => set('days', days)} />
						{daysError && (
							<p className="field__error" id={`${id}-days-error`}>
								<span aria-hidden="true">⚠ </span>
								{daysError}
							</p>
						)}
					</fieldset>
				);
			case 'units':
				return (
					<fieldset className="field units">
						<legend>Units</legend>
						{UNIT_OPTIONS.map((o) => (
							<label key={o.value} className="inline-choice">
								<input
									type="radio"
									name={`${id}-units`}
									value={o.value}
									checked={state.units === o.value}
									onChange={() => set('units', o.value)}
								/>{' '}
								{o.label}
							</label>
						))}
					</fieldset>
				);
			case 'split':
				return <SplitFields id={id} state={state} error={err('split')} onChange={onChange} />;
			case 'guide':
				return (
					<div className="field field--check">
						<input
							id={`${id}-guide`}
							type="checkbox"
							checked={state.hasGuide}
							aria-describedby={`${id}-guide-hint`}
							onChange={(e) => set('hasGuide', e.target.checked)}
						/>
						<label htmlFor={`${id}-guide`}>I run with a guide</label>
						<p className="field__hint" id={`${id}-guide-hint`}>
							A partner who runs forward beside you and watches where you are going.
						</p>
					</div>
				);
		}
	}

	function render(row: FieldRow, key: string): ReactNode {
		if (row.kind === 'row') {
			if (row.fields.every((f) => f.kind !== 'row' && f.kind !== 'custom' && isFixed(f.key))) return null;
			return (
				<div key={key} className="field-row">
					{row.fields.map((f, i) => render(f, `${key}-${i}`))}
				</div>
			);
		}
		if (row.when && !row.when(state)) return null;
		if (
			row.kind === 'custom' &&
			(row.name === 'days' ? isFixed('days') : row.name === 'past-start' && isFixed('startDate'))
		)
			return null;
		if (row.kind !== 'custom' && isFixed(row.key)) return null;
		if (row.kind === 'custom') return <Fragment key={key}>{custom(row.name)}</Fragment>;
		return <FormField key={key} row={row} prefix={id} state={state} error={err(row.key)} set={setText} />;
	}

	return (
		<form className="plan-form" aria-label="Plan settings" noValidate onSubmit={(e) => e.preventDefault()}>
			{general.length > 0 && (
				<div className="field__error" role="alert">
					{general.map((e) => (
						<p key={e.message}>{e.message}</p>
					))}
				</div>
			)}
			{FORM_FIELDS.map((row, i) => render(row, String(i)))}
		</form>
	);
}
