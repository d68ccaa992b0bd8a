/**
 * The builder opened from a coach's roster (/coach/plan/?p=…&athlete=<id>):
 * one line naming the athlete (the name is read from the roster on this
 * device, never from the link) and, while the builder shows the roster's
 * settings for them, the plan's edits saved back to the roster
 * (athlete-edits.ts), so the squad table, the files, the print pack and the
 * session sheet use the edited plan.
 *
 * A separate island beside the unchanged builder, so the runner's /plan/
 * carries none of this. It reads what the builder already keeps current:
 * the share code in the address (`?p=`, the plan's input and its edits).
 * The address changes without an event (history.replaceState), so it is
 * read twice a second and when the page is left. Settings changed in the
 * builder are not written into the roster's cells: the line says so, and
 * saving waits until they match again.
 */
import { useEffect, useState } from 'react';
import { coachStrings } from '../../i18n/coach';
import { decodeShareState, encodeShareState, localToday } from '../../lib';
import { ATHLETE_PARAM, loadRoster, readRosterRow, saveAthleteEdits } from '../../lib/roster';
import { browserStore } from '../browser-store';

const t = coachStrings.builderLine;

/** How often the address is read for new edits, in ms: quick enough for a coach who goes straight back. */
const SYNC_EVERY_MS = 500;

type Line = { kind: 'none' } | { kind: 'not-found' } | { kind: 'athlete'; name: string; same: boolean };

/** The athlete's name and the share code of their roster settings; undefined when this device has no such row. */
function rosterAthlete(id: string): { name: string; settings: string | undefined } | undefined {
	const row = loadRoster(browserStore()).rows.find((r) => r.id === id);
	if (!row) return undefined;
	const read = readRosterRow(row, localToday());
	return { name: read.name || t.unnamed, settings: read.ok ? encodeShareState(read.input) : undefined };
}

/**
 * Saves the edits in the address to the athlete's roster entry when the
 * plan's settings are the roster's; answers whether they are.
 */
function syncEdits(id: string, settings: string | undefined): boolean {
	const shared = decodeShareState(new URLSearchParams(window.location.search).get('p') ?? '');
	if (!shared.ok || settings === undefined || encodeShareState(shared.value) !== settings) return false;
	saveAthleteEdits(browserStore(), id, shared.edits);
	return true;
}

export function RosterAthleteLine({ base }: { base: string }) {
	const [line, setLine] = useState<Line>({ kind: 'none' });

	useEffect(() => {
		const id = new URLSearchParams(window.location.search).get(ATHLETE_PARAM);
		const athlete = id ? rosterAthlete(id) : undefined;
		if (!id || !athlete) {
			setLine({ kind: id ? 'not-found' : 'none' });
			return;
		}
		const sync = () => {
			const same = syncEdits(id, athlete.settings);
			setLine((old) =>
				old.kind === 'athlete' && old.same === same ? old : { kind: 'athlete', name: athlete.name, same },
			);
		};
		sync();
		const timer = window.setInterval(sync, SYNC_EVERY_MS);
		window.addEventListener('pagehide', sync);
		document.addEventListener('visibilitychange', sync);
		return () => {
			window.clearInterval(timer);
			window.removeEventListener('pagehide', sync);
			document.removeEventListener('visibilitychange', sync);
		};
	}, []);

	if (line.kind === 'none') return <p className="roster-athlete">{t.none}</p>;
	return (
		<p
			className="notice roster-athlete"
			role="status"
			data-roster-athlete={line.kind === 'athlete' && line.same ? 'saving' : 'apart'}
		>
			{line.kind === 'not-found' ? (
				t.notFound
			) : (
				<>
					<strong>{t.editing(line.name)}</strong> {line.same ? t.saving : t.settingsDiffer}
				</>
			)}{' '}
			<a href={`${base}coach/`}>{t.back}</a>
		</p>
	);
}
