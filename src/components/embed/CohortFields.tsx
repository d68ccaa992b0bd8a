/**
 * The configurator's cohort settings: a name for the group, the club's race
 * date or start date, and the time of its group sessions. With a start or a
 * race date set, members choose only their level, pace and units; the rest
 * comes from the club. Each date is checked here, next to its field, before
 * the club pastes the snippet.
 */
import { useId } from 'react';
import { type Goal, isRaceGoal, MAX_COHORT_NAME } from '../../lib';

/** What the club typed, as typed ('' = not set). */
export interface CohortDraft {
	cohort: string;
	raceDate: string;
	start: string;
	time: string;
}

export const EMPTY_COHORT: CohortDraft = { cohort: '', raceDate: '', start: '', time: '' };

/**
 * The messages each cohort field gets before the widget would read it: a past
 * date, a race date without a race goal, a start on or after the race.
 * Example: `cohortFieldErrors({ ...EMPTY_COHORT, raceDate: '2020-05-30' }, 'retro-5k', '2026-12-04').raceDate`
 * is 'The race date is in the past: members could not train for it.'
 */
export function cohortFieldErrors(
	draft: CohortDraft,
	goal: Goal | '',
	today: string,
): Partial<Record<keyof CohortDraft, string>> {
	const errors: Partial<Record<keyof CohortDraft, string>> = {};
	if (draft.raceDate) {
		if (!goal || !isRaceGoal(goal)) errors.raceDate = 'A race date needs a race as the starting goal above.';
		else if (draft.raceDate <= today) errors.raceDate = 'The race date is in the past: members could not train for it.';
	}
	if (draft.start) {
		if (draft.start < today) errors.start = 'The start date is in the past: choose today or a later day.';
		else if (draft.raceDate && draft.start >= draft.raceDate)
			errors.start = 'The start date must come before the race date.';
	}
	return errors;
}

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
