/**
 * "How did it go?" at the end of a session in the player: one tap for "done,
 * felt fine", or the full check-in. The check-in goes to the training log on
 * this device; the plan adapts to it the next time the builder opens (the
 * builder owns the plan's edits). Loaded only on the end screen.
 */
import { useState } from 'react';
import type { CheckIn, Session } from '../../lib';
import { CheckInDialog } from '../plan/editor/CheckInDialog';
import { saveCheckIn, useTrainingLog } from '../plan/editor/log-store';

export interface PlayerCheckInProps {
	session: Session;
	/** Finished (done) or stopped part-way (partly): the check-in's first answer. */
	finished: boolean;
}

export default function PlayerCheckIn({ session, finished }: PlayerCheckInProps) {
	const { log } = useTrainingLog();
	const [dialog, setDialog] = useState(false);
	const [status, setStatus] = useState('');
	const logged = log.find((c) => c.session === session.id && c.date === session.date);
	const save = (checkIn: CheckIn) =>
		void saveCheckIn(checkIn).then(
			(state) =>
				setStatus(
					state.saved
						? 'Check-in saved. Your plan takes it into account when you open it.'
						: 'Check-in kept for this visit only: this browser is not storing data here.',
				),
			() => setStatus('The check-in could not be saved. Try again.'),
		);
	return (
		<section className="player__check-in" aria-labelledby="player-check-in">
			<h2 id="player-check-in">How did it go?</h2>
			<p>
				<button
					type="button"
					className="button"
					onClick={() =>
						save({ session: session.id, date: session.date, status: finished ? 'done' : 'partly', pain: 0 })
					}
				>
					{finished ? 'Done, felt fine' : 'Partly done, felt fine'}
				</button>{' '}
				<button type="button" className="button button--quiet" onClick={() => setDialog(true)}>
					{logged ? 'Change check-in…' : 'Pain, effort or a note…'}
				</button>
			</p>
			<p className="status" role="status">
				{status}
			</p>
			{dialog && (
				<CheckInDialog
					session={session}
					previous={logged ?? { session: session.id, date: session.date, status: finished ? 'done' : 'partly' }}
					onSave={save}
					onClose={() => setDialog(false)}
				/>
			)}
		</section>
	);
}
