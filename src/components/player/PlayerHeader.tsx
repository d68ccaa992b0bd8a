/** The bar above every player screen: the way back to the plan, the stop rules and mute. */
import { playerStrings as t } from '../../i18n/player';

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
				<span aria-hidden="true">← </span>
				{t.header.back}
			</a>
			<span className="player__tools">
				<button type="button" className="player__tool" onClick={showStopRules}>
					{t.header.stopRules}
				</button>
				<button type="button" className="player__tool player__mute" aria-pressed={muted} onClick={onToggleMute}>
					{muted && <span aria-hidden="true">✓ </span>}
					{t.header.mute}
					<span className="visually-hidden">{t.header.muteDetail}</span>
				</button>
			</span>
		</header>
	);
}
