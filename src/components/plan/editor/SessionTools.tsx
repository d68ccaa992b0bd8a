/**
 * What an opened session offers beyond its text: check-in ("Done, felt
 * fine" in one tap, or how it went in a dialog), calendar links and the
 * "Change this session" menu. Loaded with the editor chunk the first time a
 * session is opened, so a reader who never opens one never downloads it.
 */
import { useState } from 'react';
import {
	addEdit,
	describeCheckIn,
	type EditHistory,
	editNames,
	type Plan,
	resetSession,
	type Session,
	withEdits,
} from '../../../lib';
import { CheckInDialog } from './CheckInDialog';
import { recordCheckIn } from './log-actions';
import { useTrainingLog } from './log-store';
import { SessionCalendarLinks } from './SessionCalendarLinks';
import { SessionMenu } from './SessionMenu';

export interface SessionToolsProps {
	plan: Plan;
	session: Session;
	week: number;
	/** The build's site URL and base path, for the calendar links. */
	siteUrl: string;
	base: string;
	history: EditHistory;
	setHistory: (update: (history: EditHistory) => EditHistory) => void;
}

export function SessionTools({ plan, session, week, siteUrl, base, history, setHistory }: SessionToolsProps) {
	const { log, shared } = useTrainingLog();
	const [dialog, setDialog] = useState(false);
	const [status, setStatus] = useState('');
	const logged = log.find((c) => c.session === session.id && c.date === session.date);
	const save = (checkIn: Parameters<typeof recordCheckIn>[0]) =>
		void recordCheckIn(checkIn, plan, setHistory).then(setStatus, () =>
			setStatus('The check-in could not be saved. Try again.'),
		);
	return (
		<>
			<div className="check-in no-print">
				{logged && <p className="check-in__logged">{`Checked in: ${describeCheckIn(logged)}.`}</p>}
				{/* A log opened from a link is read, not added to: check-ins go in the runner's own log. */}
				{!shared && (
					<>
						<button
							type="button"
							className="button button--quiet"
							onClick={() => save({ session: session.id, date: session.date, status: 'done', pain: 0 })}
						>
							Done, felt fine<span className="visually-hidden">: {session.title}</span>
						</button>{' '}
						<button type="button" className="button button--quiet" onClick={() => setDialog(true)}>
							{logged ? 'Change check-in…' : 'Check in…'}
							<span className="visually-hidden">: {session.title}</span>
						</button>
					</>
				)}
				<p className="status" role="status">
					{status}
				</p>
			</div>
			{dialog && <CheckInDialog session={session} previous={logged} onSave={save} onClose={() => setDialog(false)} />}
			{!session.skipped && <SessionCalendarLinks plan={plan} session={session} siteUrl={siteUrl} base={base} />}
			<SessionMenu
				plan={plan}
				session={session}
				week={week}
				edited={history.edits.some((e) => editNames(e, session.id))}
				onEdit={(edit) => setHistory((h) => addEdit(h, edit))}
				onReset={(id) => setHistory((h) => withEdits(h, resetSession(h.edits, id)))}
			/>
		</>
	);
}
