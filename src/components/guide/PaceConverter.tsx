/**
 * <PaceConverter client:visible />: type an easy forward pace, get the
 * backward easy pace range the plan builder would use, per km and per mile.
 * The arithmetic lives in src/lib (convertForwardPace → backwardPaceRange);
 * this island only keeps the form state.
 *
 * It renders a worked example at build time (6:00 per km, new), so readers
 * without JavaScript still see real numbers. The result sits in an
 * aria-live="polite" region; a bad pace shows its message under the field
 * (linked with aria-describedby) once the reader leaves the field or presses
 * Enter, stays live while shown, and clears as soon as the pace is valid. No `style` props: the strict
 * CSP blocks inline styles, so the classes live in src/styles/guides.css.
 */
import { type FormEvent, useId, useState } from 'react';
// The pace door, not the '../../lib' barrel: the barrel also brings the plan
// input schema (zod) and the engine, which a guide page must not ship.
import {
	convertForwardPace,
	EXPERIENCE_OPTIONS,
	type Experience,
	formatPaceRange,
	UNIT_OPTIONS,
	UNITS,
	type Units,
} from '../../lib/pace';

export interface PaceConverterProps {
	/** The pace shown before the reader types, "m:ss". */
	initialPace?: string;
	initialUnits?: Units;
	initialExperience?: Experience;
}

export function PaceConverter({
	initialPace = '6:00',
	initialUnits = 'km',
	initialExperience = 'new',
}: PaceConverterProps) {
	const id = useId();
	const [pace, setPace] = useState(initialPace);
	const [units, setUnits] = useState<Units>(initialUnits);
	const [experience, setExperience] = useState<Experience>(initialExperience);
	const [showError, setShowError] = useState(false);

	const result = convertForwardPace(pace, units, experience);
	const error = !result.ok && showError ? result.message : undefined;
	const ids = {
		title: `${id}-title`,
		pace: `${id}-pace`,
		hint: `${id}-hint`,
		error: `${id}-error`,
		units: `${id}-units`,
		experience: `${id}-experience`,
	};
	const unitLabel = (u: Units) => (u === 'km' ? 'kilometre' : 'mile');

	function onSubmit(event: FormEvent<HTMLFormElement>) {
		event.preventDefault();
		setShowError(!result.ok);
	}

	return (
		<form className="pace-converter" aria-labelledby={ids.title} onSubmit={onSubmit} noValidate>
			<p className="pace-converter__title" id={ids.title}>
				<strong>Pace converter: forward to backward</strong>
			</p>
			<div className="pace-converter__fields">
				<div className={`pc-field pc-field--pace${error ? ' pc-field--invalid' : ''}`}>
					<label htmlFor={ids.pace}>Easy forward pace</label>
					<input
						id={ids.pace}
						type="text"
						inputMode="text"
						autoComplete="off"
						spellCheck={false}
						value={pace}
						aria-describedby={error ? `${ids.hint} ${ids.error}` : ids.hint}
						aria-invalid={error ? true : undefined}
						onChange={(e) => {
							setPace(e.target.value);
							// Keep a shown error live (so it clears the moment the pace is right); a new one waits for blur.
							if (convertForwardPace(e.target.value, units, experience).ok) setShowError(false);
						}}
						onBlur={() => setShowError(!result.ok)}
					/>
					<p className="pc-field__hint" id={ids.hint}>
						Like 5:45 or 10:30
					</p>
					{error && (
						<p className="pc-field__error" id={ids.error}>
							<span aria-hidden="true">⚠ </span>
							{error}
						</p>
					)}
				</div>
				<div className="pc-field">
					<label htmlFor={ids.units}>Unit</label>
					<select id={ids.units} value={units} onChange={(e) => setUnits(e.target.value as Units)}>
						{UNIT_OPTIONS.map((o) => (
							<option key={o.value} value={o.value}>
								per {unitLabel(o.value)}
							</option>
						))}
					</select>
				</div>
				<div className="pc-field pc-field--experience">
					<label htmlFor={ids.experience}>Backward running experience</label>
					<select id={ids.experience} value={experience} onChange={(e) => setExperience(e.target.value as Experience)}>
						{EXPERIENCE_OPTIONS.map((o) => (
							<option key={o.value} value={o.value}>
								{o.label}
							</option>
						))}
					</select>
				</div>
			</div>
			<div className="pace-converter__result" aria-live="polite" aria-atomic="true">
				{result.ok ? (
					<>
						<p className="pace-converter__answer">
							Backward easy pace: <strong>{formatPaceRange(result.backward[units], units)}</strong>
						</p>
						<p className="pace-converter__other">
							{UNITS.filter((u) => u !== units).map((u) => (
								<span key={u}>That is {formatPaceRange(result.backward[u], u)}.</span>
							))}{' '}
							Let effort overrule it: if you cannot talk in short sentences, slow down.
						</p>
					</>
				) : (
					<p className="pace-converter__answer">Enter a forward pace like 6:00 to see your backward pace.</p>
				)}
			</div>
		</form>
	);
}
