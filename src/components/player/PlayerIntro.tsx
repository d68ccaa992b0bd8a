/**
 * The player's first screen: the session's blocks, what the phone will do
 * (voice, vibration, screen on), and Start, or Resume when an earlier visit
 * stopped part-way.
 */
import { describeSegment, formatDuration, formatPlanDate, type Plan, type Session } from '../../lib';
import { formatClock, playerPosition, READY, stateFromProgress, type Timeline } from '../../lib/player';
import type { PlayerDevice } from './browser';
import { WAKE_NOTES } from './notes';
import type { PlayerSession } from './usePlayerSession';

export interface PlayerIntroProps {
	plan: Plan;
	session: Session;
	timeline: Timeline;
	device: PlayerDevice;
	player: PlayerSession;
}

export function PlayerIntro({ plan, session, timeline, device, player }: PlayerIntroProps) {
	const { saved, done, start, startOver } = player;
	const units = plan.input.units;
	const resumeState = saved ? stateFromProgress(saved) : undefined;
	const resumeAt = resumeState ? playerPosition(resumeState, timeline, 0) : undefined;
	return (
		<>
			<h1 className="player__heading">{session.title}</h1>
			<p className="player__meta">
				{formatPlanDate(session.date)} · about {formatDuration(session.estimatedDurationSec)} · {timeline.steps.length}{' '}
				{timeline.steps.length === 1 ? 'step' : 'steps'}
				{done && <> · marked done on {formatPlanDate(done.on)}</>}
			</p>
			<ol className="player__plan">
				{session.segments.map((seg, i) => (
					// biome-ignore lint/suspicious/noArrayIndexKey: segments have no id and never reorder
					<li key={i} className={`player__plan-item player__plan-item--${seg.direction}`}>
						{describeSegment(seg, units)}
					</li>
				))}
			</ol>
			{resumeState && resumeAt && saved ? (
				<div className="player__start">
					<button type="button" className="player__primary" onClick={() => start(resumeState)}>
						Resume at {formatClock(saved.elapsedMs)}
					</button>
					<p className="player__hint">
						You stopped in step {Math.min(resumeAt.stepIndex + 1, timeline.steps.length)} of {timeline.steps.length}
						{resumeAt.step ? `: ${resumeAt.step.label.toLowerCase()}` : ''}.
					</p>
					<button type="button" className="button button--quiet" onClick={startOver}>
						Start from the beginning
					</button>
				</div>
			) : (
				<div className="player__start">
					<button type="button" className="player__primary" onClick={() => start(READY)}>
						Start
					</button>
				</div>
			)}
			<ul className="player__notes">
				<li>
					{device.canSpeak
						? 'A voice says each change, with tones and a 3-2-1 countdown before it.'
						: 'This browser cannot speak, so follow the tones, vibration and screen.'}{' '}
					{device.canVibrate ? 'The phone also vibrates at each change.' : ''}
				</li>
				<li>{device.canWakeLock ? 'Your screen stays on while the session runs.' : WAKE_NOTES.unsupported}</li>
				<li className="player__keys">Keys: Space pauses and resumes, Left arrow goes back, Right arrow skips.</li>
			</ul>
		</>
	);
}
