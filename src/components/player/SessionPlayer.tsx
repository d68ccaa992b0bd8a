/**
 * The session player island: one session of a plan, played step by step with
 * speech, tones, vibration, a visual flash and an aria-live announcement at
 * every change, so a runner with the phone in an armband never needs to look.
 *
 * In parts: this file opens the session from the address (after hydration it
 * reads `p`, the plan's share state, and `s`, the session id) and shows the
 * stop rules; usePlayerSession.ts holds the state, the clock and the device;
 * PlayerIntro, PlayerRunning and PlayerSummary are the three screens.
 */
import { useEffect, useRef, useState } from 'react';
import { playerStrings as t } from '../../i18n/player';
import { encodeShareState, type Plan, type Session } from '../../lib';
// The player's own door, not the main barrel, so the bundler keeps it in the player's chunk.
import { CALF_NOTE, openSession, STOP_RULE, type Timeline } from '../../lib/player';
import { browserDevice, type PlayerDevice } from './browser';
import { PlayerHeader } from './PlayerHeader';
import { PlayerIntro } from './PlayerIntro';
import { PlayerRunning } from './PlayerRunning';
import { PlayerSummary } from './PlayerSummary';
import { usePlayerSession } from './usePlayerSession';

export interface SessionPlayerProps {
	/** The site's base path, "/" or "/retro/". */
	base: string;
	/** The browser features; tests pass a fake. Defaults to the real browser after hydration. */
	device?: PlayerDevice;
}

type Loaded =
	| { kind: 'loading' }
	| { kind: 'error'; message: string; planHref: string }
	| { kind: 'ready'; plan: Plan; session: Session; timeline: Timeline; planHref: string };

export function SessionPlayer({ base, device }: SessionPlayerProps) {
	const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
	const [announcement, setAnnouncement] = useState('');
	const deviceRef = useRef<PlayerDevice | undefined>(device);

	useEffect(() => {
		deviceRef.current ??= browserDevice();
		const result = openSession(new URLSearchParams(window.location.search));
		const builder = `${base}plan/`;
		if (result.ok) {
			setLoaded({
				kind: 'ready',
				plan: result.plan,
				session: result.session,
				timeline: result.timeline,
				planHref: `${builder}?p=${encodeShareState(result.plan.input)}`,
			});
		} else {
			setLoaded({
				kind: 'error',
				message: result.message,
				planHref: result.plan ? `${builder}?p=${encodeShareState(result.plan.input)}` : builder,
			});
		}
	}, [base]);

	return (
		<div className="player" data-ready={loaded.kind === 'loading' ? undefined : ''}>
			{loaded.kind === 'loading' && (
				<>
					<h1 className="player__heading">{t.loading.heading}</h1>
					<p className="player__loading">{t.loading.text}</p>
				</>
			)}
			{loaded.kind === 'error' && (
				<>
					<h1 className="player__heading">{t.error.heading}</h1>
					<p className="notice">{loaded.message}</p>
					<p>
						<a className="button" href={loaded.planHref}>
							{t.error.toBuilder}
						</a>
					</p>
				</>
			)}
			{loaded.kind === 'ready' && deviceRef.current && (
				<Player
					plan={loaded.plan}
					session={loaded.session}
					timeline={loaded.timeline}
					planHref={loaded.planHref}
					device={deviceRef.current}
					announce={setAnnouncement}
				/>
			)}
			<StopRules />
			<p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
				{announcement}
			</p>
		</div>
	);
}

/** The stop rules, one tap away on every screen of the player. */
function StopRules() {
	return (
		<details className="stop-rules" id="stop-rules">
			<summary>{t.stopRules.title}</summary>
			<ul>
				<li>{STOP_RULE}</li>
				<li>{t.stopRules.chest}</li>
				<li>{t.stopRules.fall}</li>
				<li>{t.stopRules.stopButton}</li>
				<li>{CALF_NOTE}</li>
			</ul>
		</details>
	);
}

interface PlayerProps {
	plan: Plan;
	session: Session;
	timeline: Timeline;
	planHref: string;
	device: PlayerDevice;
	announce: (text: string) => void;
}

/** One session: the hook holds the state; the screen shown depends on where the runner is. */
function Player({ plan, session, timeline, planHref, device, announce }: PlayerProps) {
	const player = usePlayerSession({ plan, session, timeline, device, announce });
	const status = player.state.status;
	return (
		<>
			<PlayerHeader planHref={planHref} muted={player.muted} onToggleMute={player.toggleMute} />
			{status === 'ready' ? (
				<PlayerIntro plan={plan} session={session} timeline={timeline} device={device} player={player} />
			) : status === 'finished' || status === 'stopped' ? (
				<PlayerSummary session={session} timeline={timeline} planHref={planHref} player={player} />
			) : (
				<PlayerRunning plan={plan} session={session} timeline={timeline} player={player} />
			)}
		</>
	);
}
