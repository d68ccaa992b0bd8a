/**
 * Restores the builder once, after hydration, so the server HTML and the first
 * client render agree: a share link first, then saved settings (with saved
 * edits), then today's defaults; in the club widget, the club's settings too.
 * What could not be restored is said in one notice, never thrown.
 */
import { builderStrings as t } from '../../i18n/builder';
import {
	type EditHistory,
	hasSavedEdits,
	hasSavedForm,
	localToday,
	NO_EDITS,
	type PlanFormState,
	type PlanInput,
	quickDefaultInput,
} from '../../lib';
import { browserStore } from '../browser-store';
import { loadEditor } from './load-editor';
import { loadFormCode } from './load-engine';
import type { Validation } from './load-validation';
import type { BuilderAction } from './plan-builder-state';

const EDITOR_FAILED = t.schedule.editorFailed;
export const CHECKS_FAILED =
	'The code that checks the form and makes the plan could not be loaded. Check your connection and reload.';

/** The embed-only code (club look, frame height, messages), loaded once in the club widget. */
type EmbedFrame = typeof import('./embed-frame');
let embedFrame: Promise<EmbedFrame> | undefined;
export const loadEmbedFrame = () => {
	embedFrame ??= import('./embed-frame');
	return embedFrame;
};

/** What restoring needs from the builder's hook. */
export interface RestoreContext {
	embed: boolean;
	initialInput: PlanInput;
	/** True once the builder has unmounted: stop without touching its state. */
	cancelled: () => boolean;
	dispatch: (action: BuilderAction) => void;
	/** Shows a form valid by construction from this input. */
	showTrusted: (input: PlanInput) => void;
	/** Sets a form the builder restored (never refitted). */
	replaceForm: (form: PlanFormState) => void;
	setHistory: (history: EditHistory) => void;
}

/**
 * Restores the builder's form, edits and notices into `ctx`.
 * @throws never: a chunk that cannot load becomes a notice.
 */
export async function restoreBuilder(ctx: RestoreContext): Promise<void> {
	const code = new URLSearchParams(window.location.search).get('p');
	const store = browserStore();
	if (!ctx.embed && code === null && !hasSavedForm(store) && !hasSavedEdits(store)) {
		// A first visit: today's defaults need no checking. The checks load when the runner reaches for the
		// form (usePlanBuilderState's warmForm) or first edits it, not on idle: a reader who only looks
		// never downloads them (the page's byte budget counts what loads without a click).
		ctx.showTrusted(quickDefaultInput(ctx.initialInput, localToday(), navigator.language));
		ctx.dispatch({ type: 'ready' });
		return;
	}
	let v: Validation;
	try {
		const code = await loadFormCode();
		if (ctx.cancelled()) return;
		// The engine comes first: every form set below is one the server did not make.
		ctx.dispatch({ type: 'form-code', code });
		v = code.validation;
	} catch {
		if (!ctx.cancelled()) ctx.dispatch({ type: 'notice', notice: CHECKS_FAILED });
		return;
	}
	const notices: string[] = [];
	let defaults = () => v.defaultFormState(localToday(), navigator.language);
	let clubFixed = (form: PlanFormState) => form;
	if (ctx.embed) {
		// The club settings code loads only in the club widget, never on /plan/.
		const clubKit = await import('../../lib/embed');
		if (ctx.cancelled()) return;
		const { config, notices: ignored } = clubKit.parseEmbedConfig(new URLSearchParams(window.location.search));
		ctx.dispatch({ type: 'club', club: config, notices: ignored, fixed: clubKit.cohortFixedFields(config) });
		(await loadEmbedFrame()).applyClubLook(config, clubKit.textOnAccent);
		defaults = () => v.embedStartState(v.defaultFormState(localToday(), navigator.language), config);
		// A returning member keeps their level and pace; the club's cohort (maybe moved since) goes back on top.
		clubFixed = (form) => clubKit.withClubFixed(form, config);
	}
	let saved = NO_EDITS;
	let sameLink = (_: PlanInput) => false;
	if (hasSavedEdits(store)) {
		// `try` only around loading the code; loadEditHistory reads storage and never throws.
		const ed = await loadEditor().catch(() => undefined);
		if (ctx.cancelled()) return;
		if (ed) {
			const restored = ed.loadEditHistory(store);
			saved = restored.history;
			sameLink = (input) => ed.encodePlanShare(input, saved.edits) === code;
			if (restored.problem) notices.push(restored.problem);
		} else notices.push(EDITOR_FAILED);
	}
	if (code !== null) {
		const shared = v.decodeShareState(code);
		if (shared.ok) {
			ctx.showTrusted(shared.value);
			// A link's edits replace this device's, unless they are the same (a reload): then undo survives.
			ctx.setHistory(sameLink(shared.value) ? saved : { ...NO_EDITS, edits: shared.edits });
			ctx.dispatch({ type: 'ready' });
			return;
		}
		notices.push(`This share link could not be opened: ${shared.message}`);
	}
	ctx.setHistory(saved);
	const stored = v.loadFormState(store);
	if (stored.ok) {
		ctx.replaceForm(clubFixed(stored.state));
	} else {
		const problem = v.describeLoadProblem(stored);
		if (problem) notices.push(problem);
		ctx.replaceForm(defaults());
	}
	ctx.dispatch({ type: 'notice', notice: notices.join(' ') });
	ctx.dispatch({ type: 'ready' });
}
