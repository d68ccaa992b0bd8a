/**
 * "Change this session": a menu button (WAI-ARIA APG menu button pattern)
 * with move, swap, skip or restore, edit the blocks, add a note and reset.
 * Arrow keys, Home and End move between items, Enter or Space chooses,
 * Escape closes and puts focus back on the button; Tab leaves the menu.
 * Items that need more than a click open a dialog (EditDialog.tsx).
 */
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { editorStrings as t } from '../../../i18n/builder-editor';
import { type Plan, type PlanEdit, type Session, WEEKDAY_OPTIONS } from '../../../lib';
import { BlocksDialog } from './BlocksDialog';
import { MoveDialog, NoteDialog, SwapDialog } from './SimpleDialogs';

export interface SessionMenuProps {
	plan: Plan;
	session: Session;
	/** The week the session is in, for the words of its label. */
	week: number;
	/** Whether an edit names this session (then "Reset" is offered). */
	edited: boolean;
	onEdit: (edit: PlanEdit) => void;
	onReset: (session: string) => void;
}

type DialogKind = 'move' | 'swap' | 'blocks' | 'note';

/** The menu's items, in order. */
function itemsOf(menu: HTMLElement | null): HTMLElement[] {
	return [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
}

/** Where each arrow key moves focus in the menu (wrapping), from the item at `at` of `count`. */
const MOVES: Readonly<Record<string, (at: number, count: number) => number>> = {
	ArrowDown: (at) => at + 1,
	ArrowUp: (at) => at - 1,
	Home: () => 0,
	End: (_, count) => count - 1,
};
const DIALOGS = { move: MoveDialog, swap: SwapDialog, blocks: BlocksDialog, note: NoteDialog } as const;

export function SessionMenu({ plan, session, week, edited, onEdit, onReset }: SessionMenuProps) {
	const id = useId();
	const [open, setOpen] = useState(false);
	const [focusAt, setFocusAt] = useState<'first' | 'last'>('first');
	const [dialog, setDialog] = useState<DialogKind | undefined>(undefined);
	const button = useRef<HTMLButtonElement>(null);
	const menu = useRef<HTMLDivElement>(null);
	const day = WEEKDAY_OPTIONS.find((o) => o.value === session.weekday)?.label ?? '';
	const label = `week ${week}'s ${day} session`;

	const items: { key: string; text: string; run: () => void }[] = [
		{ key: 'move', text: t.menu.move, run: () => setDialog('move') },
		{ key: 'swap', text: t.menu.swap, run: () => setDialog('swap') },
		session.skipped
			? { key: 'restore', text: t.menu.restore, run: () => onEdit({ type: 'restore', session: session.id, label }) }
			: { key: 'skip', text: t.menu.skip, run: () => onEdit({ type: 'skip', session: session.id, label }) },
		{ key: 'blocks', text: t.menu.blocks, run: () => setDialog('blocks') },
		{ key: 'note', text: t.menu.note(session.note !== undefined), run: () => setDialog('note') },
		...(edited ? [{ key: 'reset', text: t.menu.reset, run: () => onReset(session.id) }] : []),
	];

	useEffect(() => {
		if (!open) return;
		const all = itemsOf(menu.current);
		(focusAt === 'first' ? all[0] : all.at(-1))?.focus();
	}, [open, focusAt]);

	function close(refocus: boolean) {
		setOpen(false);
		if (refocus) button.current?.focus();
	}

	function choose(run: () => void) {
		close(true);
		run();
	}

	function onButtonKey(event: KeyboardEvent) {
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			setFocusAt(event.key === 'ArrowDown' ? 'first' : 'last');
			setOpen(true);
		}
	}

	function onMenuKey(event: KeyboardEvent) {
		if (event.key === 'Tab') return close(false);
		if (event.key === 'Escape') {
			event.preventDefault();
			return close(true);
		}
		const all = itemsOf(menu.current);
		const at = all.indexOf(document.activeElement as HTMLElement);
		const to = MOVES[event.key]?.(at, all.length);
		if (to === undefined) return;
		event.preventDefault();
		all[(to + all.length) % all.length]?.focus();
	}

	const Dialog = dialog ? DIALOGS[dialog] : undefined;
	return (
		<div className="session-menu no-print">
			<button
				ref={button}
				type="button"
				className="button button--quiet"
				id={`${id}-button`}
				aria-haspopup="menu"
				aria-expanded={open}
				aria-controls={`${id}-menu`}
				onClick={() => {
					setFocusAt('first');
					setOpen(!open);
				}}
				onKeyDown={onButtonKey}
			>
				{t.menu.button}
				<span className="visually-hidden">: {session.title}</span>
			</button>
			<div
				ref={menu}
				id={`${id}-menu`}
				role="menu"
				aria-labelledby={`${id}-button`}
				className="session-menu__list"
				hidden={!open}
				onKeyDown={onMenuKey}
				onBlur={(e) => {
					if (!menu.current?.contains(e.relatedTarget as Node | null) && e.relatedTarget !== button.current)
						close(false);
				}}
			>
				{items.map((item) => (
					<div
						key={item.key}
						role="menuitem"
						tabIndex={-1}
						onClick={() => choose(item.run)}
						onKeyDown={(e) => {
							if (e.key === 'Enter' || e.key === ' ') {
								e.preventDefault();
								choose(item.run);
							}
						}}
					>
						{item.text}
					</div>
				))}
			</div>
			{Dialog && (
				<Dialog
					plan={plan}
					session={session}
					label={label}
					onEdit={onEdit}
					onClose={() => {
						setDialog(undefined);
						button.current?.focus();
					}}
				/>
			)}
		</div>
	);
}
