/**
 * What an opened session offers beyond its text: calendar links and the
 * "Change this session" menu. Loaded with the editor chunk the first time a
 * session is opened, so a reader who never opens one never downloads it.
 */
import { addEdit, type EditHistory, editNames, type Plan, resetSession, type Session, withEdits } from '../../../lib';
import { SessionCalendarLinks } from './SessionCalendarLinks';
import { SessionMenu } from './SessionMenu';

export interface SessionToolsProps {
	plan: Plan;
	session: Session;
	week: number;
	/** The build's site URL and base path, for the calendar links. */
	siteUrl: string;
	base: string;
	history: EditHistory;
	setHistory: (update: (history: EditHistory) => EditHistory) => void;
}

export function SessionTools({ plan, session, week, siteUrl, base, history, setHistory }: SessionToolsProps) {
	return (
		<>
			{!session.skipped && <SessionCalendarLinks plan={plan} session={session} siteUrl={siteUrl} base={base} />}
			<SessionMenu
				plan={plan}
				session={session}
				week={week}
				edited={history.edits.some((e) => editNames(e, session.id))}
				onEdit={(edit) => setHistory((h) => addEdit(h, edit))}
				onReset={(id) => setHistory((h) => withEdits(h, resetSession(h.edits, id)))}
			/>
		</>
	);
}
