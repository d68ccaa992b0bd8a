/**
 * The one word that marks an edited session wherever a plan is shown: the
 * schedule's badge, the spreadsheet's Status column. Kept apart from edits.ts
 * so the builder's first load can mark sessions without the editor.
 */
import type { Session } from './schema';

/** Skipped, a repeated week's copy, or changed in what or when (a note alone, a restore or a 7-day shift is not). */
export type EditMark = 'skipped' | 'repeat' | 'edited';

/**
 * How an edited session is marked; undefined for a session as generated.
 *
 * Never throws.
 *
 * @example
 * editMark({ ...session, changes: ['moved'] }) // 'edited'
 * editMark({ ...session, changes: ['noted'] }) // undefined: the note shows itself
 */
export function editMark(s: Session): EditMark | undefined {
	if (s.skipped) return 'skipped';
	if (s.repeatOf !== undefined) return 'repeat';
	return s.changes?.some((c) => c === 'moved' || c === 'replaced') ? 'edited' : undefined;
}
