/**
 * The builder's edits: a plan is its input plus these. This hook holds the
 * edit history and shows the edited plan; the code that applies, saves and
 * links edits lives in the editor chunk (load-editor.ts), fetched when a
 * session is first opened or when edits arrive, so a reader who only reads
 * the plan never downloads it.
 */
import { useEffect, useMemo, useState } from 'react';
import { type DroppedEdit, type EditHistory, type EditWarning, NO_EDITS, type Plan } from '../../lib';
import { type Editor, loadEditor } from './load-editor';

const NONE: readonly never[] = [];

export interface PlanEdits {
	history: EditHistory;
	setHistory: (update: EditHistory | ((history: EditHistory) => EditHistory)) => void;
	/** The editor chunk, once loaded. */
	editor: Editor | undefined;
	/** The plan to show: the generated plan with the edits applied. */
	plan: Plan;
	warnings: readonly EditWarning[];
	dropped: readonly DroppedEdit[];
	/** True while edits wait for the editor chunk (the plan shown is still the generated one). */
	pending: boolean;
}

/**
 * `wanted`: load the editor now (a session was opened), even with no edits
 * yet; `onFail`: the editor chunk could not be loaded (say so once).
 */
export function usePlanEdits(generated: Plan, wanted: boolean, onFail: () => void): PlanEdits {
	const [history, setHistory] = useState<EditHistory>(NO_EDITS);
	const [editor, setEditor] = useState<Editor | undefined>(undefined);
	const need = wanted || history.edits.length + history.past.length + history.future.length > 0;
	// biome-ignore lint/correctness/useExhaustiveDependencies: onFail is a fresh closure each render; it only sets a notice
	useEffect(() => {
		if (!need || editor) return;
		let cancelled = false;
		loadEditor().then(
			(loaded) => !cancelled && setEditor(loaded),
			() => !cancelled && onFail(),
		);
		return () => {
			cancelled = true;
		};
	}, [need, editor]);
	const result = useMemo(
		() => (editor && history.edits.length > 0 ? editor.applyPlanEdits(generated, history.edits) : undefined),
		[editor, generated, history.edits],
	);
	return {
		history,
		setHistory,
		editor,
		plan: result?.plan ?? generated,
		warnings: result?.warnings ?? NONE,
		dropped: result?.dropped ?? NONE,
		pending: history.edits.length > 0 && !editor,
	};
}
