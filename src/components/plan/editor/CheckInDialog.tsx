/**
 * "How did it go?": a check-in after a session. Done, partly or skipped;
 * effort on the CR10 scale with its words; pain 0-10 and where; dizziness or
 * loss of balance; a note. The one-tap "Done, felt fine" lives beside it in
 * SessionTools.
 */
import { useId, useState } from 'react';
import {
	CHECKIN_STATUS_WORDS,
	CHECKIN_STATUSES,
	type CheckIn,
	EFFORT_WORDS,
	MAX_CHECKIN_NOTE,
	PAIN_SITES,
	PAIN_WORDS,
	type PainSite,
	type Session,
} from '../../../lib';
import { EditDialog } from './EditDialog';

const SITE_WORDS: Readonly<Record<PainSite, string>> = {
	knee: 'Knee',
	calf: 'Calf',
	achilles: 'Achilles',
	shin: 'Shin',
	hamstring: 'Hamstring',
	back: 'Back',
	other: 'Somewhere else',
};

export interface CheckInDialogProps {
	session: Session;
	/** The check-in already logged for this session, to change it. */
	previous: CheckIn | undefined;
	onSave: (checkIn: CheckIn) => void;
	onClose: () => void;
}

export function CheckInDialog({ session, previous, onSave, onClose }: CheckInDialogProps) {
	const id = useId();
	const [status, setStatus] = useState<CheckIn['status']>(previous?.status ?? 'done');
	const [effort, setEffort] = useState(previous?.effort === undefined ? '' : String(previous.effort));
	const [pain, setPain] = useState(String(previous?.pain ?? 0));
	const [painAt, setPainAt] = useState<PainSite[]>(previous?.painAt ?? []);
	const [dizzy, setDizzy] = useState(previous?.dizzy ?? false);
	const [note, setNote] = useState(previous?.note ?? '');
	return (
		<EditDialog
			title={`How did it go? ${session.title}`}
			submitLabel="Save check-in"
			onClose={onClose}
			onSubmit={() => {
				const trimmed = note.trim();
				onSave({
					session: session.id,
					date: session.date,
					status,
					...(effort !== '' ? { effort: Number(effort) } : {}),
					pain: Number(pain),
					...(Number(pain) > 0 && painAt.length > 0 ? { painAt } : {}),
					...(dizzy ? { dizzy } : {}),
					...(trimmed ? { note: trimmed } : {}),
				});
				return true;
			}}
		>
			<fieldset className="field">
				<legend>Did you do it?</legend>
				{CHECKIN_STATUSES.map((s) => (
					<label key={s} className="inline-choice">
						<input type="radio" name={`${id}-status`} checked={status === s} onChange={() => setStatus(s)} />{' '}
						{CHECKIN_STATUS_WORDS[s]}
					</label>
				))}
			</fieldset>
			<div className="field">
				<label htmlFor={`${id}-effort`}>How hard did it feel? (0-10)</label>
				<select id={`${id}-effort`} value={effort} onChange={(e) => setEffort(e.target.value)}>
					<option value="">Not rated</option>
					{EFFORT_WORDS.map((words, n) => (
						<option key={words} value={n}>{`${n}: ${words}`}</option>
					))}
				</select>
			</div>
			<div className="field">
				<label htmlFor={`${id}-pain`}>Pain during or after (0-10)</label>
				<select id={`${id}-pain`} value={pain} onChange={(e) => setPain(e.target.value)}>
					{Array.from({ length: 11 }, (_, n) => (
						// biome-ignore lint/suspicious/noArrayIndexKey: the scale's numbers are its keys
						<option key={n} value={n}>
							{PAIN_WORDS[n] ? `${n}: ${PAIN_WORDS[n]}` : String(n)}
						</option>
					))}
				</select>
			</div>
			{Number(pain) > 0 && (
				<fieldset className="field">
					<legend>Where?</legend>
					{PAIN_SITES.map((site) => (
						<label key={site} className="inline-choice">
							<input
								type="checkbox"
								checked={painAt.includes(site)}
								onChange={(e) => setPainAt(e.target.checked ? [...painAt, site] : painAt.filter((p) => p !== site))}
							/>{' '}
							{SITE_WORDS[site]}
						</label>
					))}
				</fieldset>
			)}
			<div className="field field--check">
				<input id={`${id}-dizzy`} type="checkbox" checked={dizzy} onChange={(e) => setDizzy(e.target.checked)} />
				<label htmlFor={`${id}-dizzy`}>I felt dizzy, lost my balance or fell</label>
			</div>
			<div className="field">
				<label htmlFor={`${id}-note`}>Note (optional)</label>
				<textarea
					id={`${id}-note`}
					rows={3}
					maxLength={MAX_CHECKIN_NOTE}
					value={note}
					onChange={(e) => setNote(e.target.value)}
				/>
			</div>
			<p className="field__hint">
				Kept on this device only. Pain of 4 or more, or any dizziness, eases your next backward session and repeats the
				week.
			</p>
		</EditDialog>
	);
}
