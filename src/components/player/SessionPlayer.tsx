/**
 * The session player island: one session of a plan, played step by step with
 * speech, tones, vibration, a visual flash and an aria-live announcement at
 * every change, so a runner with the phone in an armband never needs to look.
 *
 * It only renders the timeline from src/lib/player and drives the clock and
 * the browser. The page is static: after hydration the island reads `p` (the
 * plan's share state) and `s` (the session id) from the address. Session time
 * comes from monotonic clock readings (`device.now()`), recomputed on every
 * tick and whenever the tab becomes visible, never from counting ticks.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
	describeSegment,
	encodeShareState,
	formatDuration,
	formatPlanDate,
	localToday,
	type Plan,
	type Session,
} from '../../lib';
// The player's own domain straight from its folder, not through the barrel, so the
// bundler keeps it in the player's chunk and out of the plan builder's page load.
import {
	back,
	CALF_NOTE,
	type CueEvent,
	clearProgress,
	cuesBetween,
	type DoneMark,
	deviceCommands,
	elapsedMs,
	estimateText,
	formatClock,
	loadDone,
	loadProgress,
	openSession,
	type PlayerState,
	type Position,
	paceText,
	playerPosition,
	READY,
	resume,
	type SavedProgress,
	STOP_RULE,
	saveDone,
	saveProgress,
	settle,
	skip,
	stateFromProgress,
	stop,
	type Timeline,
	togglePause,
} from '../../lib/player';
import { browserDevice, type PlayerDevice, type WakeLockResult } from './browser';

export interface SessionPlayerProps {
	/** The site's base path, "/" or "/retro/". */
	base: string;
	/** The browser features; tests pass a fake. Defaults to the real browser after hydration. */
	device?: PlayerDevice;
}

/** How often the screen refreshes while running, ms. The clock itself never depends on it. */
export const TICK_MS = 250;
/** How long a step counts as new (the reduced-motion outline), ms. */
const FRESH_MS = 2000;
/** How often a running session is saved, ms of clock time. */
const SAVE_EVERY_MS = 2000;

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
					<h1 className="player__heading">Your session</h1>
					<p className="player__loading">Loading your session…</p>
				</>
			)}
			{loaded.kind === 'error' && (
				<>
					<h1 className="player__heading">This session could not be opened</h1>
					<p className="notice">{loaded.message}</p>
					<p>
						<a className="button" href={loaded.planHref}>
							Go to the plan builder
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

/** Opens the stop rules and brings them into view (the button at the top of the player). */
function showStopRules() {
	const rules = document.getElementById('stop-rules');
	if (!(rules instanceof HTMLDetailsElement)) return;
	rules.open = true;
	rules.scrollIntoView({ block: 'center' });
	rules.querySelector('summary')?.focus();
}

/** The stop rules, one tap away on every screen of the player. */
function StopRules() {
	return (
		<details className="stop-rules" id="stop-rules">
			<summary>Stop rules</summary>
			<ul>
				<li>{STOP_RULE}</li>
				<li>Stop and get help if you have chest pain, feel faint or are unusually short of breath.</li>
				<li>If you trip or fall, stop the session and check yourself before you go on.</li>
				<li>Press Stop whenever you need to: the session ends at once and nothing is lost.</li>
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

const WAKE_NOTES: Readonly<Record<WakeLockResult | 'idle', string>> = {
	idle: '',
	on: 'Your screen stays on while the session runs.',
	unsupported:
		'This browser cannot keep your screen on. Turn off auto-lock for this run, or the voice may stop when the screen sleeps.',
	refused: 'The browser did not let us keep your screen on, so it may turn off. Turn off auto-lock for this run.',
};

function Player({ plan, session, timeline, planHref, device, announce }: PlayerProps) {
	const store = useMemo(() => device.store(), [device]);
	const [state, setState] = useState<PlayerState>(READY);
	const [clock, setClock] = useState(() => device.now());
	const [saved, setSaved] = useState<SavedProgress | undefined>(undefined);
	const [done, setDone] = useState<DoneMark | undefined>(undefined);
	const [muted, setMuted] = useState(false);
	const [wake, setWake] = useState<WakeLockResult | 'idle'>('idle');
	const [flash, setFlash] = useState(0);
	const [storageNote, setStorageNote] = useState('');

	const stateRef = useRef(state);
	const mutedRef = useRef(muted);
	const lastCued = useRef<Position | undefined>(undefined);
	const lastSave = useRef(Number.NEGATIVE_INFINITY);
	const pauseButton = useRef<HTMLButtonElement>(null);
	const endHeading = useRef<HTMLHeadingElement>(null);
	mutedRef.current = muted;

	useEffect(() => {
		setSaved(loadProgress(store, plan.id, session.id, timeline.steps.length));
		setDone(loadDone(store, plan.id, session.id));
	}, [store, plan.id, session.id, timeline.steps.length]);

	const persist = useCallback(
		(s: PlayerState, now: number) => {
			if (s.status === 'running' || s.status === 'paused') {
				const ok = saveProgress(store, plan.id, session.id, {
					elapsedMs: Math.round(elapsedMs(s, now)),
					anchorStep: s.anchor.step,
					anchorAtMs: Math.round(s.anchor.atMs),
				});
				if (!ok) setStorageNote('This browser is not saving your progress, so a reload will start the session again.');
				lastSave.current = now;
			} else if (s.status === 'finished' || s.status === 'stopped') {
				clearProgress(store, plan.id, session.id);
			}
		},
		[store, plan.id, session.id],
	);

	const fire = useCallback(
		(events: readonly CueEvent[]) => {
			for (const c of deviceCommands(events, { muted: mutedRef.current })) {
				if (c.type === 'speak') device.speak(c.text);
				else if (c.type === 'tone') device.tone(c.tone);
				else if (c.type === 'vibrate') device.vibrate(typeof c.pattern === 'number' ? c.pattern : [...c.pattern]);
				else if (c.type === 'flash') setFlash((n) => n + 1);
				else announce(c.text);
			}
		},
		[device, announce],
	);

	/** Bring everything up to the clock: settle, cue, save, render. Safe to call any time. */
	const sync = useCallback(
		(next: PlayerState = stateRef.current) => {
			const now = device.now();
			const s = next.status === 'running' ? settle(next, timeline, now) : next;
			if (s.status === 'running' || s.status === 'finished' || next !== stateRef.current) {
				const pos = playerPosition(s, timeline, now);
				if (s.status !== 'stopped') fire(cuesBetween(timeline, lastCued.current, pos));
				lastCued.current = pos;
			}
			if (s.status === 'finished' && stateRef.current.status !== 'finished') device.releaseWakeLock();
			if (s !== stateRef.current || now - lastSave.current >= SAVE_EVERY_MS) persist(s, now);
			if (s.status === 'stopped') {
				device.cancelSpeech();
				device.releaseWakeLock();
			}
			stateRef.current = s;
			setState(s);
			setClock(now);
		},
		[device, timeline, fire, persist],
	);

	const act = useCallback(
		(f: (s: PlayerState, now: number) => PlayerState) => {
			const s = f(stateRef.current, device.now());
			if (s !== stateRef.current) sync(s);
		},
		[device, sync],
	);

	const keepAwake = useCallback(() => {
		void device.requestWakeLock().then(setWake);
	}, [device]);

	// The screen clock: redraw a few times a second while running. Time comes from device.now(), not from the ticks.
	const running = state.status === 'running';
	useEffect(() => {
		if (!running) return;
		const id = window.setInterval(() => sync(), TICK_MS);
		return () => window.clearInterval(id);
	}, [running, sync]);

	// A tab that comes back catches up at once (and takes the wake lock again); one that leaves is saved.
	useEffect(() => {
		const onVisibility = () => {
			if (document.visibilityState === 'visible') {
				sync();
				if (stateRef.current.status === 'running') keepAwake();
			} else {
				persist(stateRef.current, device.now());
			}
		};
		const onHide = () => persist(stateRef.current, device.now());
		document.addEventListener('visibilitychange', onVisibility);
		window.addEventListener('pagehide', onHide);
		return () => {
			document.removeEventListener('visibilitychange', onVisibility);
			window.removeEventListener('pagehide', onHide);
		};
	}, [sync, persist, keepAwake, device]);

	function start(from: PlayerState) {
		device.unlockAudio();
		keepAwake();
		lastCued.current = undefined;
		setSaved(undefined);
		sync(resume(from, device.now()));
		requestAnimationFrame(() => pauseButton.current?.focus());
	}

	const onPause = () => {
		device.unlockAudio();
		act(togglePause);
		if (stateRef.current.status === 'running') keepAwake();
		else device.cancelSpeech();
	};
	const onBack = () => act((s, now) => back(s, timeline, now));
	const onSkip = () => act((s, now) => skip(s, timeline, now));
	const onStop = () => {
		act(stop);
		announce('Session stopped.');
	};

	// Keyboard: Space pauses and resumes, Left goes back, Right skips (not while typing or on another control).
	const active = state.status === 'running' || state.status === 'paused';
	useEffect(() => {
		if (!active) return;
		const onKey = (e: KeyboardEvent) => {
			if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
			const target = e.target as HTMLElement | null;
			const onControl = target?.closest('button, a, input, select, textarea, summary, [contenteditable]') != null;
			if (e.key === ' ' && !onControl) {
				e.preventDefault();
				onPause();
			} else if (e.key === 'ArrowLeft' && !target?.closest('input, select, textarea')) {
				e.preventDefault();
				onBack();
			} else if (e.key === 'ArrowRight' && !target?.closest('input, select, textarea')) {
				e.preventDefault();
				onSkip();
			}
		};
		document.addEventListener('keydown', onKey);
		return () => document.removeEventListener('keydown', onKey);
	});

	// At the end, the summary's heading takes focus (and the view), so it is seen and read at once.
	const ended = state.status === 'finished' || state.status === 'stopped';
	useEffect(() => {
		if (ended) endHeading.current?.focus();
	}, [ended]);

	const units = plan.input.units;
	const header = (
		<header className="player__top">
			<a className="player__back-link" href={planHref}>
				<span aria-hidden="true">← </span>Your plan
			</a>
			<span className="player__tools">
				<button type="button" className="player__tool" onClick={showStopRules}>
					Stop rules
				</button>
				<button
					type="button"
					className="player__tool player__mute"
					aria-pressed={muted}
					onClick={() => {
						setMuted((m) => !m);
						if (!muted) device.cancelSpeech();
					}}
				>
					{muted && <span aria-hidden="true">✓ </span>}Mute
					<span className="visually-hidden"> voice and tones (vibration and screen cues stay on)</span>
				</button>
			</span>
		</header>
	);

	if (state.status === 'ready') {
		const resumeState = saved ? stateFromProgress(saved) : undefined;
		const resumeAt = resumeState ? playerPosition(resumeState, timeline, 0) : undefined;
		return (
			<>
				{header}
				<h1 className="player__heading">{session.title}</h1>
				<p className="player__meta">
					{formatPlanDate(session.date)} · about {formatDuration(session.estimatedDurationSec)} ·{' '}
					{timeline.steps.length} {timeline.steps.length === 1 ? 'step' : 'steps'}
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
						<button
							type="button"
							className="button button--quiet"
							onClick={() => {
								clearProgress(store, plan.id, session.id);
								start(READY);
							}}
						>
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
					<li>Keys: Space pauses and resumes, Left arrow goes back, Right arrow skips.</li>
				</ul>
			</>
		);
	}

	if (state.status === 'finished' || state.status === 'stopped') {
		const finished = state.status === 'finished';
		const pos = playerPosition(state, timeline, clock);
		const reached = finished ? timeline.steps.length : pos.stepIndex + 1;
		return (
			<>
				{header}
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
						<button
							type="button"
							className="player__primary"
							onClick={() => {
								const mark = { on: localToday(), elapsedMs: Math.round(elapsedMs(state, clock)) };
								if (!saveDone(store, plan.id, session.id, mark)) {
									setStorageNote('This browser is not saving, so the mark will not be kept after you leave.');
								}
								setDone(mark);
							}}
						>
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
					<button
						type="button"
						className="button button--quiet"
						onClick={() => {
							stateRef.current = READY;
							lastCued.current = undefined;
							setState(READY);
						}}
					>
						Start again
					</button>
				</p>
			</>
		);
	}

	// Running or paused.
	const pos = playerPosition(state, timeline, clock);
	const step = pos.step;
	const paused = state.status === 'paused';
	if (step === undefined) return null;
	const next = pos.next;
	const overEstimate = step.manual && pos.remainingMs < 0;
	return (
		<>
			{header}
			<h1 className="visually-hidden">{session.title}</h1>
			<section
				className="player__now"
				data-direction={step.direction}
				data-flash={flash === 0 ? undefined : flash % 2 === 0 ? 'a' : 'b'}
				data-fresh={!paused && pos.inStepMs < FRESH_MS ? '' : undefined}
				aria-label="Now"
			>
				<p className="player__step-of">
					Step {pos.stepIndex + 1} of {timeline.steps.length}
					{step.repeatText && (
						<span className="player__repeat">
							{step.kind === 'recovery' ? ` · recovery after ${step.repeatText}` : ` · ${step.repeatText}`}
						</span>
					)}
				</p>
				<p className="player__direction">{step.direction === 'backward' ? 'Backward' : 'Forward'}</p>
				<p className="player__mode">
					{step.mode}
					<span className="player__effort">
						{' '}
						· {step.kind === 'recovery' ? 'recover' : step.effort.replace('-', ' ')}
					</span>
				</p>
				{step.manual ? (
					<>
						<p className="player__big">{step.amount}</p>
						<p className="player__detail">
							{estimateText(step)}
							{step.pace ? ` at ${paceText(step.pace, units)}` : ''} · {formatClock(pos.inStepMs)} so far
							{overEstimate ? ' · take your time' : ''}
						</p>
					</>
				) : (
					<>
						<p className="player__big">
							<span className="visually-hidden">Time left </span>
							{pos.countdown > 0 ? pos.countdown : formatClock(pos.remainingMs, 'up')}
						</p>
						<p className="player__detail">
							of {step.amount}
							{step.pace ? ` · ${paceText(step.pace, units)}` : ''}
						</p>
					</>
				)}
				<progress
					className="player__progress"
					max={step.durationMs}
					value={Math.min(step.durationMs, pos.inStepMs)}
					aria-label="Step progress"
				/>
				{step.safety && <p className="player__safety">{step.safety}</p>}
				{paused && <p className="player__paused">Paused</p>}
			</section>
			{step.manual && (
				<button type="button" className="player__primary player__done" onClick={onSkip}>
					Done<span className="visually-hidden">: </span>
					<span className="player__done-sub">I reached {step.amount}</span>
				</button>
			)}
			<p className="player__next">
				{next ? (
					<>
						Next: <strong>{next.label}</strong> {next.amount}
						{next.repeatText && next.kind === 'work' ? ` (${next.repeatText})` : ''}
					</>
				) : (
					'Next: finish'
				)}
			</p>
			<p className="player__elapsed">
				Total <span className="player__elapsed-time">{formatClock(elapsedMs(state, clock))}</span>
				{!timeline.estimated && <> of {formatClock(timeline.totalMs)}</>}
			</p>
			<div className="player__controls">
				<button
					ref={pauseButton}
					type="button"
					className={`player__primary player__pause${step.manual ? ' player__pause--small' : ''}`}
					onClick={onPause}
				>
					{paused ? 'Resume' : 'Pause'}
				</button>
				<button type="button" className="player__control" onClick={onBack}>
					<span aria-hidden="true">◀ </span>Back
				</button>
				<button type="button" className="player__control" onClick={onSkip}>
					Skip<span aria-hidden="true"> ▶</span>
				</button>
				<button type="button" className="player__control player__stop" onClick={onStop}>
					Stop
				</button>
			</div>
			{wake !== 'idle' && wake !== 'on' && <p className="notice player__wake">{WAKE_NOTES[wake]}</p>}
			{storageNote && <p className="notice">{storageNote}</p>}
		</>
	);
}
