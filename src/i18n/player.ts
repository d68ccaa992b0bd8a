/**
 * The session player's interface strings (English), keyed by screen. The
 * spoken cues and the step wording come from src/lib/player (speech.ts,
 * screen.ts); these are the words around them. A translation is a copy of
 * this file with the same keys.
 */
export const playerStrings = {
	loading: { heading: 'Your session', text: 'Loading your session…' },
	/** In place of the check-in when its code could not be loaded (an old tab after a deploy). */
	checkInFailed: 'The check-in could not be loaded: reload the page to log this session.',
	error: { heading: 'This session could not be opened', toBuilder: 'Go to the plan builder' },
	header: {
		back: 'Your plan',
		stopRules: 'Stop rules',
		mute: 'Mute',
		muteDetail: ' voice and tones (vibration and screen cues stay on)',
	},
	stopRules: {
		title: 'Stop rules',
		chest: 'Stop and get help if you have chest pain, feel faint or are unusually short of breath.',
		fall: 'If you trip or fall, stop the session and check yourself before you go on.',
		stopButton: 'Press Stop whenever you need to: the session ends at once and nothing is lost.',
	},
	intro: {
		steps: (n: number) => `${n} ${n === 1 ? 'step' : 'steps'}`,
		about: (duration: string) => `about ${duration}`,
		markedDone: (date: string) => `marked done on ${date}`,
		skipped: 'This session is skipped in your plan. You can still run it.',
		note: 'Note: ',
		resumeAt: (clock: string) => `Resume at ${clock}`,
		stoppedIn: (step: number, of: number, label: string | undefined) =>
			`You stopped in step ${step} of ${of}${label ? `: ${label.toLowerCase()}` : ''}.`,
		fromStart: 'Start from the beginning',
		start: 'Start',
		voice: 'A voice says each change, with tones and a 3-2-1 countdown before it.',
		noVoice: 'This browser cannot speak, so follow the tones, vibration and screen.',
		vibrates: 'The phone also vibrates at each change.',
		keys: 'Keys: Space pauses and resumes, Left arrow goes back, Right arrow skips.',
	},
	wake: {
		on: 'Your screen stays on while the session runs.',
		unsupported:
			'This browser cannot keep your screen on. Turn off auto-lock for this run, or the voice may stop when the screen sleeps.',
		refused: 'The browser did not let us keep your screen on, so it may turn off. Turn off auto-lock for this run.',
	},
	running: {
		now: 'Now',
		stepOf: (step: number, of: number) => `Step ${step} of ${of}`,
		recoveryAfter: (repeat: string) => ` · recovery after ${repeat}`,
		backward: 'Backward',
		forward: 'Forward',
		recover: 'recover',
		at: (pace: string) => ` at ${pace}`,
		soFar: (clock: string) => ` · ${clock} so far`,
		takeYourTime: ' · take your time',
		timeLeft: 'Time left ',
		of: (amount: string) => `of ${amount}`,
		progress: 'Step progress',
		paused: 'Paused',
		done: 'Done',
		reached: (amount: string) => `I reached ${amount}`,
		next: 'Next: ',
		finish: 'Next: finish',
		total: 'Total ',
		ofTotal: (clock: string) => ` of ${clock}`,
		pause: 'Pause',
		resume: 'Resume',
		back: 'Back',
		skip: 'Skip',
		stop: 'Stop',
	},
	summary: {
		complete: 'Session complete',
		stopped: 'Session stopped',
		time: 'Time',
		steps: 'Steps',
		stepsOf: (reached: number, of: number) => `${reached} of ${of}`,
		doneOn: (date: string) => `Marked done on ${date}. Well done!`,
		markDone: 'Mark as done',
		afterStop: 'If you stopped because of pain, dizziness or a fall, rest and check yourself before you run again.',
		backToPlan: 'Back to your plan',
		again: 'Start again',
	},
	storage: {
		progress: 'This browser is not saving your progress, so a reload will start the session again.',
		done: 'This browser is not saving, so the mark will not be kept after you leave.',
	},
	announce: { stopped: 'Session stopped.' },
} as const;
