/** The end of a session, finished or stopped: time, steps, "Mark as done", and the way back. */
import { formatPlanDate, type Session } from '../../lib';
import { elapsedMs, formatClock, playerPosition, type Timeline } from '../../lib/player';
import type { PlayerSession } from './usePlayerSession';

export interface PlayerSummaryProps {
	session: Session;
	timeline: Timeline;
	planHref: string;
	player: PlayerSession;
}

export function PlayerSummary({ session, timeline, planHref, player }: PlayerSummaryProps) {
	const { state, clock, done, storageNote, endHeading, markDone, reset } = player;
	const finished = state.status === 'finished';
	const pos = playerPosition(state, timeline, clock);
	const reached = finished ? timeline.steps.length : pos.stepIndex + 1;
	return (
		<>
			<h1 className="player__heading" ref={endHeading} tabIndex={-1}>
				{finished ? 'Session complete' : 'Session stopped'}
			</h1>
			<p className="player__meta">{session.title}</p>
			<dl className="player__summary">
				<div>
					<dt>Time</dt>
					<dd>{formatClock(elapsedMs(state, clock))}</dd>
				</div>
				<div>
					<dt>Steps</dt>
					<dd>
						{reached} of {timeline.steps.length}
					</dd>
				</div>
			</dl>
			{finished ? (
				done ? (
					<p className="notice" role="status">
						Marked done on {formatPlanDate(done.on)}. Well done!
					</p>
				) : (
					<button type="button" className="player__primary" onClick={markDone}>
						Mark as done
					</button>
				)
			) : (
				<p>If you stopped because of pain, dizziness or a fall, rest and check yourself before you run again.</p>
			)}
			{storageNote && <p className="notice">{storageNote}</p>}
			<p className="player__after">
				<a className="button button--quiet" href={planHref}>
					Back to your plan
				</a>{' '}
				<button type="button" className="button button--quiet" onClick={reset}>
					Start again
				</button>
			</p>
		</>
	);
}
