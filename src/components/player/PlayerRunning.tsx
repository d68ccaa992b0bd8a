/** The running screen: the step now (big, with its direction), what comes next, and the controls. */

import { playerStrings as t } from '../../i18n/player';
import type { Plan, Session } from '../../lib';
import { elapsedMs, estimateText, formatClock, paceText, playerPosition, type Timeline } from '../../lib/player';
import { WAKE_NOTES } from './notes';
import type { PlayerSession } from './usePlayerSession';

/** How long a step counts as new (the reduced-motion outline), ms. */
const FRESH_MS = 2000;

export interface PlayerRunningProps {
	plan: Plan;
	session: Session;
	timeline: Timeline;
	player: PlayerSession;
}

export function PlayerRunning({ plan, session, timeline, player }: PlayerRunningProps) {
	const { state, clock, flash, wake, storageNote, pauseButton, onPause, onBack, onSkip, onStop } = player;
	const units = plan.input.units;
	const pos = playerPosition(state, timeline, clock);
	const step = pos.step;
	const paused = state.status === 'paused';
	if (step === undefined) return null;
	const next = pos.next;
	const overEstimate = step.manual && pos.remainingMs < 0;
	return (
		<>
			<h1 className="visually-hidden">{session.title}</h1>
			<section
				className="player__now"
				data-direction={step.direction}
				data-flash={flash === 0 ? undefined : flash % 2 === 0 ? 'a' : 'b'}
				data-fresh={!paused && pos.inStepMs < FRESH_MS ? '' : undefined}
				aria-label={t.running.now}
			>
				<p className="player__step-of">
					{t.running.stepOf(pos.stepIndex + 1, timeline.steps.length)}
					{step.repeatText && (
						<span className="player__repeat">
							{step.kind === 'recovery' ? t.running.recoveryAfter(step.repeatText) : ` · ${step.repeatText}`}
						</span>
					)}
				</p>
				<p className="player__direction">{step.direction === 'backward' ? t.running.backward : t.running.forward}</p>
				<p className="player__mode">
					{step.mode}
					<span className="player__effort">
						{' '}
						· {step.kind === 'recovery' ? t.running.recover : step.effort.replace('-', ' ')}
					</span>
				</p>
				{step.manual ? (
					<>
						<p className="player__big">{step.amount}</p>
						<p className="player__detail">
							{estimateText(step)}
							{step.pace ? t.running.at(paceText(step.pace, units)) : ''}
							{t.running.soFar(formatClock(pos.inStepMs))}
							{overEstimate ? t.running.takeYourTime : ''}
						</p>
					</>
				) : (
					<>
						<p className="player__big">
							<span className="visually-hidden">{t.running.timeLeft}</span>
							{pos.countdown > 0 ? pos.countdown : formatClock(pos.remainingMs, 'up')}
						</p>
						<p className="player__detail">
							{t.running.of(step.amount)}
							{step.pace ? ` · ${paceText(step.pace, units)}` : ''}
						</p>
					</>
				)}
				<progress
					className="player__progress"
					max={step.durationMs}
					value={Math.min(step.durationMs, pos.inStepMs)}
					aria-label={t.running.progress}
				/>
				{step.safety && <p className="player__safety">{step.safety}</p>}
				{paused && <p className="player__paused">{t.running.paused}</p>}
			</section>
			{step.manual && (
				<button type="button" className="player__primary player__done" onClick={onSkip}>
					{t.running.done}
					<span className="visually-hidden">: </span>
					<span className="player__done-sub">{t.running.reached(step.amount)}</span>
				</button>
			)}
			<p className="player__next">
				{next ? (
					<>
						{t.running.next}
						<strong>{next.label}</strong> {next.amount}
						{next.repeatText && next.kind === 'work' ? ` (${next.repeatText})` : ''}
					</>
				) : (
					t.running.finish
				)}
			</p>
			<p className="player__elapsed">
				{t.running.total}
				<span className="player__elapsed-time">{formatClock(elapsedMs(state, clock))}</span>
				{!timeline.estimated && t.running.ofTotal(formatClock(timeline.totalMs))}
			</p>
			<div className="player__controls">
				<button
					ref={pauseButton}
					type="button"
					className={`player__primary player__pause${step.manual ? ' player__pause--small' : ''}`}
					onClick={onPause}
				>
					{paused ? t.running.resume : t.running.pause}
				</button>
				<button type="button" className="player__control" onClick={onBack}>
					<span aria-hidden="true">◀ </span>
					{t.running.back}
				</button>
				<button type="button" className="player__control" onClick={onSkip}>
					{t.running.skip}
					<span aria-hidden="true"> ▶</span>
				</button>
				<button type="button" className="player__control player__stop" onClick={onStop}>
					{t.running.stop}
				</button>
			</div>
			{wake !== 'idle' && wake !== 'on' && <p className="notice player__wake">{WAKE_NOTES[wake]}</p>}
			{storageNote && <p className="notice">{storageNote}</p>}
		</>
	);
}
