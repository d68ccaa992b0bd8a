/** The bar above every player screen: the way back to the plan, the stop rules and mute. */
export interface PlayerHeaderProps {
	planHref: string;
	muted: boolean;
	onToggleMute: () => void;
}

/** Opens the stop rules and brings them into view (the button at the top of the player). */
function showStopRules() {
	const rules = document.getElementById('stop-rules');
	if (!(rules instanceof HTMLDetailsElement)) return;
	rules.open = true;
	rules.scrollIntoView({ block: 'center' });
	rules.querySelector('summary')?.focus();
}

export function PlayerHeader({ planHref, muted, onToggleMute }: PlayerHeaderProps) {
	return (
		<header className="player__top">
			<a className="player__back-link" href={planHref}>
				<span aria-hidden="true">← </span>Your plan
			</a>
			<span className="player__tools">
				<button type="button" className="player__tool" onClick={showStopRules}>
					Stop rules
				</button>
				<button type="button" className="player__tool player__mute" aria-pressed={muted} onClick={onToggleMute}>
					{muted && <span aria-hidden="true">✓ </span>}Mute
					<span className="visually-hidden"> voice and tones (vibration and screen cues stay on)</span>
				</button>
			</span>
		</header>
	);
}
