// @vitest-environment happy-dom
/**
 * The player as a runner uses it, on fake timers and a mocked
 * performance.now(): cues change on time, pause stops the clock, a tab that
 * was throttled in the background catches up without drift, a reload resumes
 * where the runner was, distance steps wait for "Done", Stop stops at once.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultPlanInput, encodeShareState, parsePlanInput } from '../../lib';
import type { PlayerDevice, ToneKind } from './browser';
import { SessionPlayer } from './SessionPlayer';

let clock = 0;
let visibility: DocumentVisibilityState = 'visible';

/** A device that records what it would say, sound and vibrate; its clock is performance.now(). */
function fakeDevice(overrides: Partial<PlayerDevice> = {}) {
	const spoken: string[] = [];
	const tones: ToneKind[] = [];
	const vibrations: (number | number[])[] = [];
	const device: PlayerDevice = {
		now: () => performance.now(),
		canSpeak: true,
		canVibrate: true,
		canWakeLock: true,
		speak: (text) => spoken.push(text),
		cancelSpeech: () => undefined,
		unlockAudio: () => undefined,
		tone: (kind) => tones.push(kind),
		vibrate: (pattern) => vibrations.push(pattern),
		requestWakeLock: async () => 'on',
		releaseWakeLock: () => undefined,
		store: () => window.localStorage,
		...overrides,
	};
	return { device, spoken, tones, vibrations };
}

function shareCode(goal: 'knee-friendly' | 'mix-in' | 'drills', experience: 'new' | 'regular' = 'new'): string {
	const parsed = parsePlanInput({ ...defaultPlanInput('2026-03-02'), goal, experience });
	if (!parsed.ok) throw new Error('bad input');
	return encodeShareState(parsed.value);
}

function openPlayer(query: string, device: PlayerDevice) {
	window.history.replaceState(null, '', `/plan/session/${query}`);
	return render(<SessionPlayer base="/" device={device} />);
}

/** Lets `ms` of time pass with the page awake: the clock moves and the timers fire. */
async function pass(ms: number) {
	await act(async () => {
		for (let left = ms; left > 0; left -= 250) {
			const step = Math.min(250, left);
			clock += step;
			await vi.advanceTimersByTimeAsync(step);
		}
	});
}

/** Time passes with the page hidden and its timers throttled to nothing. */
function passHidden(ms: number) {
	clock += ms;
}

async function setVisibility(state: DocumentVisibilityState) {
	visibility = state;
	await act(async () => {
		document.dispatchEvent(new Event('visibilitychange'));
	});
}

const start = async (name: RegExp | string = /^Start$/) => {
	await act(async () => {
		fireEvent.click(screen.getByRole('button', { name }));
	});
};

// The player's live region (the end screen's check-in has a status line of its own).
const status = () => document.querySelector('[role="status"][aria-live]')?.textContent ?? '';
const nowPanel = () => screen.getByRole('region', { name: 'Now' });
const elapsed = () => document.querySelector('.player__elapsed-time')?.textContent;
const bigNumber = () => document.querySelector('.player__big')?.textContent?.replace('Time left ', '');

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame'] });
	clock = 1_000_000; // performance.now() is never 0 in a real page
	visibility = 'visible';
	vi.spyOn(performance, 'now').mockImplementation(() => clock);
	Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
	localStorage.clear();
});

afterEach(() => {
	cleanup();
	vi.useRealTimers();
	vi.restoreAllMocks();
});

describe('opening a session', () => {
	it('explains a link without a plan and links back to the builder', async () => {
		openPlayer('', fakeDevice().device);
		expect(screen.getByRole('heading', { name: 'This session could not be opened' })).toBeInTheDocument();
		expect(screen.getByText(/no plan in it/)).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Go to the plan builder' })).toHaveAttribute('href', '/plan/');
	});

	it('explains an unknown session and links back to that plan', async () => {
		const code = shareCode('knee-friendly');
		openPlayer(`?p=${code}&s=w42-s9`, fakeDevice().device);
		expect(screen.getByText(/no such session/)).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Go to the plan builder' })).toHaveAttribute('href', `/plan/?p=${code}`);
	});

	it('keeps the stop rules one tap away', async () => {
		openPlayer(`?p=${shareCode('knee-friendly')}&s=w01-s1`, fakeDevice().device);
		const rules = document.getElementById('stop-rules') as HTMLDetailsElement;
		expect(rules).not.toHaveAttribute('open');
		expect(rules).toHaveTextContent(/pain, dizziness or unsteadiness/);
		fireEvent.click(screen.getByRole('button', { name: 'Stop rules' }));
		expect(rules).toHaveAttribute('open');
	});
});

describe('playing a session', () => {
	const query = () => `?p=${shareCode('knee-friendly')}&s=w01-s1`; // 5 min forward walk, then 8 min backward walk

	it('cues each change on time: speech, reminder, countdown tones, vibration, screen and live region', async () => {
		const { device, spoken, tones, vibrations } = fakeDevice();
		openPlayer(query(), device);
		await start();
		expect(spoken).toEqual(['Warm-up. Forward walk for 5 minutes, very easy.']);
		expect(status()).toBe('Warm-up. Forward walk for 5 minutes, very easy.');
		expect(nowPanel()).toHaveTextContent('Forward');
		expect(bigNumber()).toBe('5:00');

		await pass(293_000);
		expect(spoken).toHaveLength(1);
		await pass(1000); // 6 s before the backward step
		expect(spoken.at(-1)).toBe('Backward next. Check your path first.');
		const ticksBefore = tones.filter((t) => t === 'tick').length;
		await pass(3000); // 3 s left
		expect(bigNumber()).toBe('3');
		await pass(2999);
		expect(tones.filter((t) => t === 'tick').length - ticksBefore).toBe(3);
		expect(nowPanel()).toHaveTextContent('Forward');
		await pass(1);
		expect(spoken.at(-1)).toBe('Turn around. Main set. Backward walk for 8 minutes, very easy. Check your path first.');
		expect(status()).toBe(spoken.at(-1));
		expect(nowPanel()).toHaveTextContent('Backward');
		expect(nowPanel()).toHaveTextContent('Check your path first.');
		expect(nowPanel()).toHaveAttribute('data-direction', 'backward');
		expect(vibrations).toContainEqual([250, 120, 250]);
		expect(bigNumber()).toBe('8:00');
		expect(elapsed()).toBe('5:00');
	});

	it('stops the clock while paused', async () => {
		openPlayer(query(), fakeDevice().device);
		await start();
		await pass(10_000);
		await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Pause' })));
		await pass(60_000);
		expect(elapsed()).toBe('0:10');
		expect(nowPanel()).toHaveTextContent('Paused');
		await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Resume' })));
		await pass(5000);
		expect(elapsed()).toBe('0:15');
		expect(bigNumber()).toBe('4:45');
	});

	it('catches up without drift when a hidden tab becomes visible again', async () => {
		const { device, spoken } = fakeDevice();
		openPlayer(query(), device);
		await start();
		await pass(20_000);
		await setVisibility('hidden');
		passHidden(400_000); // the browser ran no timers at all meanwhile
		await setVisibility('visible');
		expect(elapsed()).toBe('7:00');
		expect(nowPanel()).toHaveTextContent('Backward');
		expect(bigNumber()).toBe('6:00'); // 8 min step, 2 min into it
		// It says where the runner is now, once, and not the reminder it missed.
		expect(spoken).toEqual([
			'Warm-up. Forward walk for 5 minutes, very easy.',
			'Turn around. Main set. Backward walk for 8 minutes, very easy. Check your path first.',
		]);
		await pass(360_000);
		expect(screen.getByRole('heading', { name: 'Session complete' })).toBeInTheDocument();
		expect(screen.getByText('13:00')).toBeInTheDocument();
	});

	it('resumes after a reload where the runner was, paused', async () => {
		const first = fakeDevice();
		const view = openPlayer(query(), first.device);
		await start();
		await pass(320_000);
		view.unmount();
		clock += 5_000_000; // a new page: performance.now() restarts elsewhere; stored time must not depend on it
		const second = fakeDevice();
		openPlayer(query(), second.device);
		await start(/Resume at 5:20/);
		expect(nowPanel()).toHaveTextContent('Backward');
		expect(bigNumber()).toBe('7:40');
		expect(second.spoken.at(-1)).toMatch(/^Turn around\. Main set\. Backward walk/);
		await pass(10_000);
		expect(elapsed()).toBe('5:30');
	});

	it('starts from the beginning when stored progress is junk or storage refuses', async () => {
		localStorage.setItem('retrostride-player:x:w01-s1', '{');
		const refusing = fakeDevice({
			store: () => ({
				getItem: () => {
					throw new Error('SecurityError');
				},
				setItem: () => {
					throw new Error('QuotaExceededError');
				},
				removeItem: () => undefined,
			}),
		});
		openPlayer(query(), refusing.device);
		await start();
		expect(screen.getByText(/not saving your progress/)).toBeInTheDocument();
		expect(nowPanel()).toHaveTextContent('Forward');
	});

	it('works by keyboard: Space pauses and resumes, arrows skip and go back', async () => {
		openPlayer(query(), fakeDevice().device);
		await start();
		await act(async () => fireEvent.keyDown(document.body, { key: ' ' }));
		expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
		await act(async () => fireEvent.keyDown(document.body, { key: ' ' }));
		expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
		await act(async () => fireEvent.keyDown(document.body, { key: 'ArrowRight' }));
		expect(nowPanel()).toHaveTextContent('Backward');
		await act(async () => fireEvent.keyDown(document.body, { key: 'ArrowLeft' }));
		expect(nowPanel()).toHaveTextContent('Forward');
	});

	it('stops at once and says so', async () => {
		const { device } = fakeDevice();
		openPlayer(query(), device);
		await start();
		await pass(3000);
		await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Stop' })));
		expect(screen.getByRole('heading', { name: 'Session stopped' })).toBeInTheDocument();
		expect(status()).toBe('Session stopped.');
		const key = [...Object.keys(localStorage)].find((k) => k.startsWith('retrostride-player:'));
		expect(key).toBeUndefined();
	});

	it('marks a finished session done and remembers it', async () => {
		openPlayer(query(), fakeDevice().device);
		await start();
		await pass(780_000);
		await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Mark as done' })));
		expect(screen.getByText(/Marked done on/)).toBeInTheDocument();
		cleanup();
		openPlayer(query(), fakeDevice().device);
		expect(screen.getByText(/marked done on/)).toBeInTheDocument();
	});

	it('says when the screen cannot be kept on', async () => {
		openPlayer(query(), fakeDevice({ canWakeLock: false, requestWakeLock: async () => 'unsupported' }).device);
		expect(screen.getByText(/cannot keep your screen on/)).toBeInTheDocument();
		await start();
		expect(screen.getByText(/cannot keep your screen on/)).toBeInTheDocument();
	});
});

describe('distance steps', () => {
	it('shows the distance and an estimate, and waits for Done', async () => {
		const { device, spoken } = fakeDevice();
		// A regular's drills end with distance sprints (3 × 50 m); strides are by time.
		openPlayer(`?p=${shareCode('drills', 'regular')}&s=w01-s1`, device);
		await start();
		// Warm-up 10 min, 2 × 30 s backward walk with 15 s between, 5 × 20 s strides with 45 s between:
		// the first sprint starts at 15:55.
		await pass(955_000);
		expect(nowPanel()).toHaveTextContent('50 m');
		expect(nowPanel()).toHaveTextContent(/about \d+ s/);
		expect(spoken.at(-1)).toMatch(/Backward sprint, 50 metres.*Tap Done/);
		await pass(120_000);
		expect(nowPanel()).toHaveTextContent('50 m'); // still waiting, long past the estimate
		await act(async () => fireEvent.click(screen.getByRole('button', { name: /^Done.*I reached 50 m$/ })));
		expect(nowPanel()).toHaveTextContent('Forward');
		expect(nowPanel()).toHaveTextContent('recovery after 1 of 3');
		expect(bigNumber()).toBe('1:30');
		expect(Object.keys(localStorage).some((k) => k.startsWith('retrostride-player:') && k.endsWith(':w01-s1'))).toBe(
			true,
		);
	});
});
