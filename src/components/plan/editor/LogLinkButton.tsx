/**
 * "Copy a link for your coach": the plan's share link with the training log
 * after `#log=` (log-link.ts in src/lib), so the coach opens the plan, its
 * changes and the log together. The part after `#` never reaches a server.
 * Where copying is refused, the link is shown to copy by hand; a log too long
 * for a link is pointed to the file.
 */
import { useState } from 'react';
import { type CheckIn, encodeLogLink } from '../../../lib';

export interface LogLinkButtonProps {
	id: string;
	log: readonly CheckIn[];
	/** The plan's share link, edits included. */
	shareUrl: string;
	setStatus: (status: string) => void;
}

export function LogLinkButton({ id, log, shareUrl, setStatus }: LogLinkButtonProps) {
	const [fallback, setFallback] = useState('');
	async function copy() {
		const code = encodeLogLink(log);
		if (code === undefined) {
			setFallback('');
			setStatus('Your log is too long for a link. Download it as a .json file and send the file instead.');
			return;
		}
		const url = `${shareUrl.replace(/#.*$/, '')}#log=${code}`;
		try {
			await navigator.clipboard.writeText(url);
			setFallback('');
			setStatus(
				`Link copied, with your plan and ${log.length} ${log.length === 1 ? 'check-in' : 'check-ins'}. Anyone who opens it sees them; send it only to your coach.`,
			);
		} catch {
			setFallback(url);
			setStatus('Your browser did not allow copying. Select the link below and copy it.');
		}
	}
	return (
		<>
			<button type="button" className="button button--quiet" disabled={log.length === 0} onClick={() => void copy()}>
				Copy a link for your coach
			</button>
			{fallback && (
				<div className="field">
					<label htmlFor={`${id}-coach-link`}>Link for your coach</label>
					<input id={`${id}-coach-link`} type="text" readOnly value={fallback} onFocus={(e) => e.target.select()} />
				</div>
			)}
		</>
	);
}
