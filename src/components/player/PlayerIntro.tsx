/**
 * The player's first screen: the session's blocks, what the phone will do
 * (voice, vibration, screen on), and Start, or Resume when an earlier visit
 * stopped part-way.
 */

import { playerStrings as t } from '../../i18n/player';
import { describeSegment, formatPlanDate, formatRoundedDuration, type Plan, type Session } from '../../lib';
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
				{formatPlanDate(session.date)} · {t.intro.about(formatRoundedDuration(session.estimatedDurationSec))} ·{' '}
				{t.intro.steps(timeline.steps.length)}
				{done && <> · {t.intro.markedDone(formatPlanDate(done.on))}</>}
			</p>
			{session.skipped && <p className="player__hint">{t.intro.skipped}</p>}
			{session.note !== undefined && (
				<p className="player__hint">
					<strong>{t.intro.note}</strong>
					{session.note}
				</p>
			)}
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
						{t.intro.resumeAt(formatClock(saved.elapsedMs))}
					</button>
					<p className="player__hint">
						{t.intro.stoppedIn(
							Math.min(resumeAt.stepIndex + 1, timeline.steps.length),
							timeline.steps.length,
							resumeAt.step?.label,
						)}
					</p>
					<button type="button" className="button button--quiet" onClick={startOver}>
						{t.intro.fromStart}
					</button>
				</div>
			) : (
				<div className="player__start">
					<button type="button" className="player__primary" onClick={() => start(READY)}>
						{t.intro.start}
					</button>
				</div>
			)}
			<ul className="player__notes">
				<li>
					{device.canSpeak ? t.intro.voice : t.intro.noVoice} {device.canVibrate ? t.intro.vibrates : ''}
				</li>
				<li>{device.canWakeLock ? t.wake.on : WAKE_NOTES.unsupported}</li>
				<li className="player__keys">{t.intro.keys}</li>
			</ul>
		</>
	);
}
