/**
 * The coach's roster island (/coach/): get a squad in (file, paste, typing),
 * see what needs fixing and each athlete's plan, and leave with the ZIP, the
 * roster file, the print pack and the group session sheet. The printable
 * views replace the roster on screen (names never go into an address, so
 * they are views, not pages); Back returns to the roster with focus on the
 * button that opened them.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { coachStrings } from '../../i18n/coach';
import { servedSiteUrl } from '../../lib';
import { type CellError, groupSessionSheet, type SessionSheet } from '../../lib/roster';
import { PrintPack } from './PrintPack';
import { RosterInput } from './RosterInput';
import { RosterOutputs } from './RosterOutputs';
import { RosterProblems } from './RosterProblems';
import { RosterTable } from './RosterTable';
import { SessionSheetView } from './SessionSheetView';
import { SquadTable } from './SquadTable';
import { useRoster } from './useRoster';

export interface CoachRosterProps {
	/** The site's base path, "/" or "/retro/". */
	base: string;
	/** The built site's address, for links in files when the page's own address cannot be used. */
	siteUrl: string;
}

type View = { kind: 'roster' } | { kind: 'pack' } | { kind: 'session'; sheet: SessionSheet };

export function CoachRoster({ base, siteUrl }: CoachRosterProps) {
	const roster = useRoster();
	const [view, setView] = useState<View>({ kind: 'roster' });
	const [origin, setOrigin] = useState('');
	// The roster unmounts while a printable view shows, so Back finds its button again by this name.
	const opener = useRef<string>('');
	const { rows, squad } = roster;

	useEffect(() => setOrigin(window.location.origin), []);

	// A printable view hides the page's intro and takes focus; back on the roster, focus returns to its button.
	useEffect(() => {
		const root = document.documentElement;
		if (view.kind === 'roster') {
			delete root.dataset.coachView;
			if (opener.current) document.querySelector<HTMLElement>(`[data-opens="${opener.current}"]`)?.focus();
			return;
		}
		root.dataset.coachView = view.kind;
		document.getElementById('coach-view-heading')?.focus();
		window.scrollTo(0, 0);
	}, [view]);

	const errors = useMemo(() => {
		const byRow = new Map<number, CellError[]>();
		for (const p of squad.problems) byRow.set(p.row, p.errors);
		return byRow;
	}, [squad]);

	const open = (next: View) => {
		opener.current = next.kind;
		setView(next);
	};
	const back = () => setView({ kind: 'roster' });

	if (view.kind === 'pack') return <PrintPack athletes={squad.athletes} origin={origin} base={base} onBack={back} />;
	if (view.kind === 'session') return <SessionSheetView sheet={view.sheet} onBack={back} />;

	return (
		<div className="coach" data-ready={roster.ready ? '' : undefined}>
			<p className="coach-device">{roster.kept ? coachStrings.device : coachStrings.deviceRefused}</p>
			<p role="status" className="coach-status">
				{roster.notice}
			</p>
			<RosterInput
				today={roster.today}
				canUndo={roster.canUndo}
				onLoad={roster.load}
				onUndo={() => roster.undo(coachStrings.load.undone)}
			/>
			<RosterProblems fileProblems={roster.fileProblems} problems={squad.problems} />
			<RosterTable rows={rows} errors={errors} onChange={roster.setRows} />
			<SquadTable athletes={squad.athletes} base={base} />
			<RosterOutputs
				rows={rows}
				athletes={squad.athletes}
				today={roster.today}
				siteUrl={origin ? servedSiteUrl(origin, base, siteUrl) : siteUrl}
				onPack={() => open({ kind: 'pack' })}
				onSession={(date, byBlocks) =>
					open({
						kind: 'session',
						sheet: groupSessionSheet(
							squad.athletes.map((a) => ({ name: a.name, plan: a.plan })),
							date,
							{ byBlocks },
						),
					})
				}
			/>
		</div>
	);
}
