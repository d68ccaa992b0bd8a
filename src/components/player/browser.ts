/**
 * The browser features the session player uses, behind one small interface
 * so the player stays testable and never crashes where a feature is missing:
 * the monotonic clock, speech (Web Speech API, with the browser's own voice
 * and rate), short tones (Web Audio API, no audio files), vibration, the
 * Screen Wake Lock API and localStorage. Every call swallows the browser's
 * refusals; the player asks the `can*` flags to tell the runner what works.
 */
import type { KeyValueStore } from '../../lib';
import { browserStore } from '../browser-store';

export type ToneKind = 'tick' | 'go' | 'finish';
export type WakeLockResult = 'on' | 'unsupported' | 'refused';

export interface PlayerDevice {
	/** Monotonic clock reading, ms (performance.now()). */
	now(): number;
	readonly canSpeak: boolean;
	readonly canVibrate: boolean;
	readonly canWakeLock: boolean;
	/** Say `text`, cutting off anything still being said. */
	speak(text: string): void;
	cancelSpeech(): void;
	/** Call from a tap (Start): browsers only allow sound after one. */
	unlockAudio(): void;
	tone(kind: ToneKind): void;
	vibrate(pattern: number | number[]): void;
	/** Keep the screen on; call again after the page becomes visible (the lock is dropped when hidden). */
	requestWakeLock(): Promise<WakeLockResult>;
	releaseWakeLock(): void;
	/** window.localStorage, or undefined where touching it throws. */
	store(): KeyValueStore | undefined;
}

/** Tone shapes: frequency (Hz), length (s). */
const TONES: Readonly<Record<ToneKind, readonly (readonly [number, number])[]>> = {
	tick: [[880, 0.09]],
	go: [[1320, 0.3]],
	finish: [
		[660, 0.18],
		[880, 0.18],
		[1320, 0.35],
	],
};

interface WakeLockSentinelLike {
	released: boolean;
	release(): Promise<void>;
}

export function browserDevice(): PlayerDevice {
	const nav = typeof navigator === 'undefined' ? undefined : navigator;
	const speech = typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
	const canSpeak = speech !== undefined && typeof SpeechSynthesisUtterance !== 'undefined';
	const AudioCtor =
		typeof window === 'undefined'
			? undefined
			: (window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext);
	let audio: AudioContext | undefined;
	let lock: WakeLockSentinelLike | undefined;
	const wakeLock = (nav as { wakeLock?: { request(type: 'screen'): Promise<WakeLockSentinelLike> } } | undefined)
		?.wakeLock;

	return {
		now: () => performance.now(),
		canSpeak,
		canVibrate: typeof nav?.vibrate === 'function',
		canWakeLock: wakeLock !== undefined,
		speak(text) {
			if (!canSpeak || speech === undefined) return;
			try {
				speech.cancel();
				speech.speak(new SpeechSynthesisUtterance(text));
			} catch {
				// A browser without a voice: the screen and the tones still cue.
			}
		},
		cancelSpeech() {
			try {
				speech?.cancel();
			} catch {
				// nothing to cancel
			}
		},
		unlockAudio() {
			if (AudioCtor === undefined) return;
			try {
				audio ??= new AudioCtor();
				if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
			} catch {
				audio = undefined;
			}
		},
		tone(kind) {
			if (audio === undefined) return;
			try {
				let at = audio.currentTime + 0.01;
				for (const [frequency, length] of TONES[kind]) {
					const osc = audio.createOscillator();
					const gain = audio.createGain();
					osc.type = 'sine';
					osc.frequency.value = frequency;
					gain.gain.setValueAtTime(0.0001, at);
					gain.gain.exponentialRampToValueAtTime(0.5, at + 0.01);
					gain.gain.exponentialRampToValueAtTime(0.0001, at + length);
					osc.connect(gain).connect(audio.destination);
					osc.start(at);
					osc.stop(at + length + 0.02);
					at += length + 0.04;
				}
			} catch {
				// No sound: speech, vibration and the screen still cue.
			}
		},
		vibrate(pattern) {
			try {
				nav?.vibrate?.(pattern);
			} catch {
				// not on this device
			}
		},
		async requestWakeLock() {
			if (wakeLock === undefined) return 'unsupported';
			if (lock !== undefined && !lock.released) return 'on';
			try {
				lock = await wakeLock.request('screen');
				return 'on';
			} catch {
				return 'refused';
			}
		},
		releaseWakeLock() {
			const held = lock;
			lock = undefined;
			if (held !== undefined && !held.released) void held.release().catch(() => undefined);
		},
		store: browserStore,
	};
}
