/**
 * The roster's state on the page: its rows (kept in this browser through
 * the safe storage helpers), the last load's undo, what the file said about
 * itself, and the squad built from the rows. Rows are kept as typed text;
 * the squad is derived, with a per-row cache so typing in one cell rebuilds
 * one plan, not the squad's. Each row gets an opaque id, and the edits the
 * builder saved for it (athlete-edits.ts) are read again whenever the coach
 * comes back to this page or another tab saves some.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { localToday } from '../../lib';
import {
	type BuiltRow,
	buildSquad,
	loadRoster,
	loadRosterEdits,
	MAX_ROSTER_ROWS,
	ROSTER_EDITS_KEY,
	type RosterEdits,
	type RosterRow,
	type Squad,
	saveRoster,
	withAthleteEdits,
	withAthleteIds,
} from '../../lib/roster';
import { browserStore } from '../browser-store';

export interface RosterState {
	/** False until the stored roster is read (after hydration). */
	ready: boolean;
	rows: RosterRow[];
	squad: Squad;
	/** The coach's local date, which race-date-only rows start from. */
	today: string;
	/** Problems with the last file read (unknown columns, too many rows). */
	fileProblems: string[];
	/** A sentence for the status line after a load, an undo or a storage problem. */
	notice: string;
	/** True while this browser keeps what we store. */
	kept: boolean;
	/** The roster before the last load, for Undo. */
	canUndo: boolean;
	setRows: (rows: RosterRow[]) => void;
	/** Replaces or extends the roster with rows read from a file, keeping the old one for Undo. */
	load: (rows: RosterRow[], problems: string[], mode: 'replace' | 'add', notice: string) => void;
	undo: (notice: string) => void;
	setNotice: (notice: string) => void;
}

export function useRoster(): RosterState {
	const [ready, setReady] = useState(false);
	const [rows, setRowsState] = useState<RosterRow[]>([]);
	const [previous, setPrevious] = useState<RosterRow[] | undefined>(undefined);
	const [fileProblems, setFileProblems] = useState<string[]>([]);
	const [notice, setNotice] = useState('');
	const [kept, setKept] = useState(true);
	const [today] = useState(() => localToday());
	const [edits, setEdits] = useState<RosterEdits>(() => new Map());
	const cache = useRef(new Map<string, BuiltRow>());

	const setRows = (next: RosterRow[]) => {
		const withIds = withAthleteIds(next);
		setRowsState(withIds);
		setKept(saveRoster(browserStore(), withIds));
	};

	// biome-ignore lint/correctness/useExhaustiveDependencies: once per mount; setRows only sets state and saves
	useEffect(() => {
		const loaded = loadRoster(browserStore());
		// A roster saved before rows had ids gets them now, so its builder links can bring edits back.
		if (loaded.rows.some((r) => r.id === undefined)) setRows(loaded.rows);
		else setRowsState(loaded.rows);
		if (loaded.problem) setNotice(loaded.problem);
		const reread = () => setEdits(loadRosterEdits(browserStore()));
		reread();
		setReady(true);
		// Back from the builder (also from the back/forward cache), or the builder saving in another tab.
		const onStorage = (e: StorageEvent) => (e.key === null || e.key === ROSTER_EDITS_KEY) && reread();
		window.addEventListener('pageshow', reread);
		window.addEventListener('storage', onStorage);
		return () => {
			window.removeEventListener('pageshow', reread);
			window.removeEventListener('storage', onStorage);
		};
	}, []);

	const built = useMemo(() => buildSquad(rows, today, cache.current), [rows, today]);
	const squad = useMemo(() => ({ ...built, athletes: withAthleteEdits(built.athletes, edits) }), [built, edits]);

	return {
		ready,
		rows,
		squad,
		today,
		fileProblems,
		notice,
		kept,
		canUndo: previous !== undefined,
		setRows,
		load: (read, problems, mode, message) => {
			setPrevious(rows);
			const next = mode === 'add' ? [...rows, ...read] : read;
			const left = next.length - MAX_ROSTER_ROWS;
			const over = left > 0 ? [`A roster holds ${MAX_ROSTER_ROWS} athletes, so the last ${left} were not added.`] : [];
			setRows(next.slice(0, MAX_ROSTER_ROWS));
			setFileProblems([...problems, ...over]);
			setNotice(message);
		},
		undo: (message) => {
			if (previous === undefined) return;
			setRows(previous);
			setPrevious(undefined);
			setFileProblems([]);
			setNotice(message);
		},
		setNotice,
	};
}
