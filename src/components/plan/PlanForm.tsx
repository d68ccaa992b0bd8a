/**
 * The builder's form. Every field has a visible label and a short hint, and
 * shows its error right under it (linked with aria-describedby) as the runner
 * types. The form never submits: the plan follows it live.
 */
import { type ReactNode, useId } from 'react';
import {
	EXPERIENCE_OPTIONS,
	type FieldError,
	GOAL_OPTIONS,
	isRaceGoal,
	type PastStartAdvice,
	type PlanFormState,
	SURFACE_OPTIONS,
	takesSplit,
	UNIT_OPTIONS,
	WEEKDAY_OPTIONS,
} from '../../lib';
import { DayToggles } from './DayToggles';
import { SplitFields } from './SplitFields';

export interface PlanFormProps {
	state: PlanFormState;
	errors: readonly FieldError[];
	onChange: (next: PlanFormState) => void;
	/** Said under the start date when it lies in the past, with dates to start on instead. */
	pastStart?: PastStartAdvice | undefined;
}

const REMINDERS = [
	{ value: '', label: 'No reminder' },
	{ value: '15', label: '15 minutes before' },
	{ value: '30', label: '30 minutes before' },
	{ value: '60', label: '1 hour before' },
	{ value: '120', label: '2 hours before' },
	{ value: '1440', label: '1 day before' },
];

interface FieldProps {
	id: string;
	label: string;
	hint?: string | undefined;
	error?: string | undefined;
	children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

/** Label, control, hint and error in the order a screen reader and a sighted reader meet them. */
function Field({ id, label, hint, error, children }: FieldProps) {
	const hintId = hint ? `${id}-hint` : undefined;
	const errorId = error ? `${id}-error` : undefined;
	const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
	return (
		<div className={`field${error ? ' field--invalid' : ''}`}>
			<label htmlFor={id}>{label}</label>
			{hint && (
				<p className="field__hint" id={hintId}>
					{hint}
				</p>
			)}
			{children(describedBy, Boolean(error))}
			{error && (
				<p className="field__error" id={errorId}>
					<span aria-hidden="true">⚠ </span>
					{error}
				</p>
			)}
		</div>
	);
}

export function PlanForm({ state, errors, onChange, pastStart }: PlanFormProps) {
	const id = useId();
	const err = (path: string) => errors.find((e) => e.path === path)?.message;
	const set = <K extends keyof PlanFormState>(key: K, value: PlanFormState[K]) => onChange({ ...state, [key]: value });
	const race = isRaceGoal(state.goal as (typeof GOAL_OPTIONS)[number]['value']);
	const goalHint = GOAL_OPTIONS.find((g) => g.value === state.goal)?.hint;
	const expHint = EXPERIENCE_OPTIONS.find((g) => g.value === state.experience)?.hint;
	const surfaceHint = SURFACE_OPTIONS.find((g) => g.value === state.surface)?.hint;
	const reminders = REMINDERS.some((r) => r.value === state.reminderMinutes)
		? REMINDERS
		: [...REMINDERS, { value: state.reminderMinutes, label: `${state.reminderMinutes} minutes before` }];
	const daysError = err('days');
	const general = errors.filter((e) => e.path === '');

	return (
		<form className="plan-form" aria-label="Plan settings" noValidate onSubmit={(e) => e.preventDefault()}>
			{general.length > 0 && (
				<div className="field__error" role="alert">
					{general.map((e) => (
						<p key={e.message}>{e.message}</p>
					))}
				</div>
			)}
			<Field id={`${id}-goal`} label="Goal" hint={goalHint} error={err('goal')}>
				{(d, invalid) => (
					<select
						id={`${id}-goal`}
						value={state.goal}
						aria-describedby={d}
						aria-invalid={invalid || undefined}
						onChange={(e) => set('goal', e.target.value)}
					>
						{GOAL_OPTIONS.map((o) => (
							<option key={o.value} value={o.value}>
								{o.label}
							</option>
						))}
					</select>
				)}
			</Field>
			<Field id={`${id}-experience`} label="Backward running experience" hint={expHint} error={err('experience')}>
				{(d, invalid) => (
					<select
						id={`${id}-experience`}
						value={state.experience}
						aria-describedby={d}
						aria-invalid={invalid || undefined}
						onChange={(e) => set('experience', e.target.value)}
					>
						{EXPERIENCE_OPTIONS.map((o) => (
							<option key={o.value} value={o.value}>
								{o.label}
							</option>
						))}
					</select>
				)}
			</Field>
			<div className="field-row">
				<Field id={`${id}-start`} label="Start date" hint="Week 1 begins on this day." error={err('startDate')}>
					{(d, invalid) => (
						<input
							id={`${id}-start`}
							type="date"
							value={state.startDate}
							aria-describedby={d}
							aria-invalid={invalid || undefined}
							onChange={(e) => set('startDate', e.target.value)}
						/>
					)}
				</Field>
				<Field
					id={`${id}-weeks`}
					label="Number of weeks"
					hint={race && state.raceDate !== '' ? 'Set by your race date.' : 'Between 4 and 26.'}
					error={err('weeks')}
				>
					{(d, invalid) => (
						<input
							id={`${id}-weeks`}
							type="text"
							inputMode="numeric"
							autoComplete="off"
							value={state.weeks}
							aria-describedby={d}
							aria-invalid={invalid || undefined}
							readOnly={race && state.raceDate !== ''}
							onChange={(e) => set('weeks', e.target.value)}
						/>
					)}
				</Field>
			</div>
			{pastStart && !err('startDate') && (
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
			)}
			{race && (
				<Field
					id={`${id}-race`}
					label="Race date (optional)"
					hint="Leave empty to race at the end of the weeks above."
					error={err('raceDate')}
				>
					{(d, invalid) => (
						<input
							id={`${id}-race`}
							type="date"
							value={state.raceDate}
							aria-describedby={d}
							aria-invalid={invalid || undefined}
							onChange={(e) => set('raceDate', e.target.value)}
						/>
					)}
				</Field>
			)}
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
			{race && (
				<Field
					id={`${id}-long`}
					label="Long-run day"
					hint="Your longest backward session of the week."
					error={err('longRunDay')}
				>
					{(d, invalid) => (
						<select
							id={`${id}-long`}
							value={state.longRunDay}
							aria-describedby={d}
							aria-invalid={invalid || undefined}
							onChange={(e) => set('longRunDay', e.target.value)}
						>
							{WEEKDAY_OPTIONS.filter((o) => state.days.includes(o.value)).map((o) => (
								<option key={o.value} value={o.value}>
									{o.label}
								</option>
							))}
						</select>
					)}
				</Field>
			)}
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
			<div className="field-row">
				<Field
					id={`${id}-pace`}
					label={`Easy forward pace (min:sec per ${state.units === 'mi' ? 'mile' : 'km'})`}
					hint="The pace of a relaxed forward run. Leave empty for a typical one."
					error={err('forwardEasyPace')}
				>
					{(d, invalid) => (
						<input
							id={`${id}-pace`}
							type="text"
							inputMode="numeric"
							autoComplete="off"
							placeholder="6:30"
							value={state.forwardEasyPace}
							aria-describedby={d}
							aria-invalid={invalid || undefined}
							onChange={(e) => set('forwardEasyPace', e.target.value)}
						/>
					)}
				</Field>
				<Field
					id={`${id}-distance`}
					label={`Weekly forward distance (${state.units}, optional)`}
					hint="What you usually run forward in a week."
					error={err('forwardWeeklyDistance')}
				>
					{(d, invalid) => (
						<input
							id={`${id}-distance`}
							type="text"
							inputMode="decimal"
							autoComplete="off"
							value={state.forwardWeeklyDistance}
							aria-describedby={d}
							aria-invalid={invalid || undefined}
							onChange={(e) => set('forwardWeeklyDistance', e.target.value)}
						/>
					)}
				</Field>
			</div>
			<Field
				id={`${id}-running`}
				label="Minutes you can run forward without stopping"
				hint="Leave empty for 30. Under 20 (0 if you walk), the plan starts with walk/run before any backward running."
				error={err('currentRunMinutes')}
			>
				{(d, invalid) => (
					<input
						id={`${id}-running`}
						type="text"
						inputMode="numeric"
						autoComplete="off"
						placeholder="30"
						value={state.currentRunMinutes}
						aria-describedby={d}
						aria-invalid={invalid || undefined}
						onChange={(e) => set('currentRunMinutes', e.target.value)}
					/>
				)}
			</Field>
			{takesSplit(state.goal as (typeof GOAL_OPTIONS)[number]['value']) && (
				<SplitFields id={id} state={state} error={err('split')} onChange={onChange} />
			)}
			<Field id={`${id}-surface`} label="Where you will run" hint={surfaceHint} error={err('surface')}>
				{(d, invalid) => (
					<select
						id={`${id}-surface`}
						value={state.surface}
						aria-describedby={d}
						aria-invalid={invalid || undefined}
						onChange={(e) => set('surface', e.target.value)}
					>
						{SURFACE_OPTIONS.map((o) => (
							<option key={o.value} value={o.value}>
								{o.label}
							</option>
						))}
					</select>
				)}
			</Field>
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
			<div className="field-row">
				<Field
					id={`${id}-time`}
					label="Session time (optional)"
					hint="For calendar events; leave empty for all-day events."
					error={err('sessionTime')}
				>
					{(d, invalid) => (
						<input
							id={`${id}-time`}
							type="time"
							value={state.sessionTime}
							aria-describedby={d}
							aria-invalid={invalid || undefined}
							onChange={(e) => set('sessionTime', e.target.value)}
						/>
					)}
				</Field>
				<Field id={`${id}-reminder`} label="Reminder" hint="Added to calendar files." error={err('reminderMinutes')}>
					{(d, invalid) => (
						<select
							id={`${id}-reminder`}
							value={state.reminderMinutes}
							aria-describedby={d}
							aria-invalid={invalid || undefined}
							onChange={(e) => set('reminderMinutes', e.target.value)}
						>
							{reminders.map((o) => (
								<option key={o.value} value={o.value}>
									{o.label}
								</option>
							))}
						</select>
					)}
				</Field>
			</div>
		</form>
	);
}
