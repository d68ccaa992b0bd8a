/**
 * The configurator's cohort settings: a name for the group, the club's race
 * date or start date, and the time of its group sessions. With a start or a
 * race date set, members choose only their level, pace and units; the rest
 * comes from the club. Each date is checked (cohortFieldErrors, src/lib/embed) next to its field, before
 * the club pastes the snippet.
 */
import { useId } from 'react';
import { type CohortDraft, MAX_COHORT_NAME } from '../../lib';

export const EMPTY_COHORT: CohortDraft = { cohort: '', raceDate: '', start: '', time: '' };

export function CohortFields(props: {
	draft: CohortDraft;
	errors: Partial<Record<keyof CohortDraft, string>>;
	onChange: (next: CohortDraft) => void;
}) {
	const id = useId();
	const { draft, errors, onChange } = props;
	const field = (key: keyof CohortDraft, label: string, hint: string, type: 'text' | 'date' | 'time') => {
		const error = errors[key];
		return (
			<div className={`field${error ? ' field--invalid' : ''}`}>
				<label htmlFor={`${id}-${key}`}>{label}</label>
				<p className="field__hint" id={`${id}-${key}-hint`}>
					{hint}
				</p>
				<input
					id={`${id}-${key}`}
					type={type}
					value={draft[key]}
					{...(type === 'text' ? { maxLength: MAX_COHORT_NAME } : {})}
					aria-invalid={error ? true : undefined}
					aria-describedby={`${id}-${key}-hint${error ? ` ${id}-${key}-error` : ''}`}
					onChange={(e) => onChange({ ...draft, [key]: e.target.value })}
				/>
				{error && (
					<p className="field__error" id={`${id}-${key}-error`}>
						<span aria-hidden="true">⚠ </span>
						{error}
					</p>
				)}
			</div>
		);
	};
	return (
		<fieldset className="field cohort">
			<legend>A club cohort (optional)</legend>
			<p className="field__hint">
				Set a race date or a start date and every member trains for the same day, on your club’s days, at your session
				time: they choose only their level, pace and units.
			</p>
			{field('cohort', 'Cohort name', `Shown above each member’s plan, at most ${MAX_COHORT_NAME} characters.`, 'text')}
			{field('raceDate', 'Race date', 'Your club’s event: the last session of every member’s plan.', 'date')}
			{field('start', 'Start date', 'Week 1 for everyone; leave empty to start members next Monday.', 'date')}
			{field('time', 'Group session time', 'Calendar events start at this time.', 'time')}
		</fieldset>
	);
}
