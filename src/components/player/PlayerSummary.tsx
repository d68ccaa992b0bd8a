/** The end of a session, finished or stopped: time, steps, "Mark as done", a check-in, and the way back. */

import { lazy, Suspense } from 'react';
import { playerStrings as t } from '../../i18n/player';
import { formatPlanDate, type Session } from '../../lib';
import { elapsedMs, formatClock, playerPosition, type Timeline } from '../../lib/player';
import { ChunkBoundary } from '../chunk-boundary';
import type { PlayerSession } from './usePlayerSession';

// The check-in (training log, IndexedDB) loads only on this end screen.
const PlayerCheckIn = lazy(() => import('./PlayerCheckIn'));

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
				{finished ? t.summary.complete : t.summary.stopped}
			</h1>
			<p className="player__meta">{session.title}</p>
			<dl className="player__summary">
				<div>
					<dt>{t.summary.time}</dt>
					<dd>{formatClock(elapsedMs(state, clock))}</dd>
				</div>
				<div>
					<dt>{t.summary.steps}</dt>
					<dd>{t.summary.stepsOf(reached, timeline.steps.length)}</dd>
				</div>
			</dl>
			{finished ? (
				done ? (
					<p className="notice" role="status">
						{t.summary.doneOn(formatPlanDate(done.on))}
					</p>
				) : (
					<button type="button" className="player__primary" onClick={markDone}>
						{t.summary.markDone}
					</button>
				)
			) : (
				<p>{t.summary.afterStop}</p>
			)}
			{storageNote && <p className="notice">{storageNote}</p>}
			<ChunkBoundary message={t.checkInFailed}>
				<Suspense fallback={null}>
					<PlayerCheckIn session={session} finished={finished} />
				</Suspense>
			</ChunkBoundary>
			<p className="player__after">
				<a className="button button--quiet" href={planHref}>
					{t.summary.backToPlan}
				</a>{' '}
				<button type="button" className="button button--quiet" onClick={reset}>
					{t.summary.again}
				</button>
			</p>
		</>
	);
}
