/**
 * The player's effects on the page, apart from its state: the screen clock
 * while running, catching up when the tab returns, saving when it leaves,
 * and the keyboard (Space, Left, Right).
 */
import { type RefObject, useEffect, useRef } from 'react';
import type { PlayerState } from '../../lib/player';
import type { PlayerDevice } from './browser';

/** How often the screen refreshes while running, ms. The clock itself never depends on it. */
export const TICK_MS = 250;

export interface ClockAndTab {
	running: boolean;
	/** Brings state, cues and the screen up to the clock. */
	sync: () => void;
	persist: (s: PlayerState, now: number) => void;
	keepAwake: () => void;
	device: PlayerDevice;
	stateRef: RefObject<PlayerState>;
}

/** Redraws while running; a tab that comes back catches up at once (and takes the wake lock again); one that leaves is saved. */
export function useClockAndTab({ running, sync, persist, keepAwake, device, stateRef }: ClockAndTab): void {
	// The screen clock: redraw a few times a second while running. Time comes from device.now(), not from the ticks.
	useEffect(() => {
		if (!running) return;
		const id = window.setInterval(() => sync(), TICK_MS);
		return () => window.clearInterval(id);
	}, [running, sync]);

	// A tab that comes back catches up at once (and takes the wake lock again); one that leaves is saved.
	// biome-ignore lint/correctness/useExhaustiveDependencies: stateRef is a ref, read when the event fires on purpose
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
}

/**
 * Space pauses and resumes, Left goes back, Right skips (not while typing or
 * on another control). Subscribed once per running stretch; the handlers are
 * read through a ref so they are never stale.
 */
export function usePlayerKeys(
	active: boolean,
	handlers: { onPause: () => void; onBack: () => void; onSkip: () => void },
): void {
	const keys = useRef(handlers);
	keys.current = handlers;
	useEffect(() => {
		if (!active) return;
		const onKey = (e: KeyboardEvent) => {
			if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
			const target = e.target as HTMLElement | null;
			const onControl = target?.closest('button, a, input, select, textarea, summary, [contenteditable]') != null;
			const typing = target?.closest('input, select, textarea') != null;
			if (e.key === ' ' && !onControl) {
				e.preventDefault();
				keys.current.onPause();
			} else if (e.key === 'ArrowLeft' && !typing) {
				e.preventDefault();
				keys.current.onBack();
			} else if (e.key === 'ArrowRight' && !typing) {
				e.preventDefault();
				keys.current.onSkip();
			}
		};
		document.addEventListener('keydown', onKey);
		return () => document.removeEventListener('keydown', onKey);
	}, [active]);
}
