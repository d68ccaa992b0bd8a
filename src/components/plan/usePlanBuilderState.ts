/**
 * The plan builder's state as one hook: the reducer (plan-builder-state.ts)
 * plus the effects around it, which restore a share link or saved settings
 * after hydration, load the form checks, refit the weeks to a new goal, and
 * keep the form in localStorage and the URL. It returns the state, the plan
 * on screen, the one derived object the panels read, and the runner's actions.
 */
import { useEffect, useMemo, useReducer, useRef } from 'react';
import { builderStrings as t } from '../../i18n/builder';
import {
	clearFormState,
	formStateFromInput,
	hasTrainingLog,
	localToday,
	NO_EDITS,
	type Plan,
	type PlanEdit,
	type PlanFormState,
	type PlanInput,
	quickDefaultInput,
	saveFormState,
} from '../../lib';
import { browserStore } from '../browser-store';
import { loadEditor } from './load-editor';
import { type Engine, type FormCode, loadFormCode } from './load-engine';
import {
	type BuilderAction,
	type BuilderState,
	builderReducer,
	deriveBuilderView,
	evaluateBuilderForm,
	initialBuilderState,
	planFor,
	type ServedPlans,
} from './plan-builder-state';
import { CHECKS_FAILED, restoreBuilder } from './restore-builder';
import { usePlanEdits } from './usePlanEdits';

const EDITOR_FAILED = t.schedule.editorFailed;

/** True where a training log (or a link with one, #log=) means the editor should load at once. */
const logWaiting = () =>
	typeof window !== 'undefined' && (hasTrainingLog(browserStore()) || /[#&]log=/.test(location.hash));

/**
 * The runner reaches for the form (a pointer over it, a touch, focus): fetch the checks and the
 * engine now, so the first edit finds them. A failure waits for that edit, which says so.
 */
function warmForm(loaded: BuilderState['validation'], dispatch: (action: BuilderAction) => void) {
	if (loaded) return;
	withFormCode(dispatch).catch(() => undefined);
}

/**
 * Loads the checks and the engine (load-engine.ts) and gives them to the reducer: what every step that
 * needs the form's code does first. Rejects only when they cannot load, so a caller's rejection handler
 * (`.then(use, sayFailed)`) never reports a bug in its own step as a failed download.
 */
function withFormCode(dispatch: (action: BuilderAction) => void): Promise<FormCode> {
	return loadFormCode().then((code) => {
		dispatch({ type: 'form-code', code });
		return code;
	});
}

/**
 * The builder's whole state: `state` (the reducer's), `view` (what the panels
 * read), `livePlan` (the plan of a valid form, undefined while a field is in
 * error), `edits` (the coach's edits, usePlanEdits.ts) and the runner's
 * `actions`. `served` are the plans the page was served with, the server's first;
 * `loadedEngine`, the engine where the island had to load it to make them.
 * Example: `const { state, view, actions } = usePlanBuilderState(served, '/', false)`.
 */
export function usePlanBuilderState(
	served: ServedPlans,
	base: string,
	embed: boolean,
	loadedEngine: Engine | undefined = undefined,
) {
	const initialInput = served[0].input;
	const [state, dispatch] = useReducer(builderReducer, undefined, () =>
		initialBuilderState(initialInput, logWaiting(), loadedEngine),
	);
	const { form, trusted, validation, engine, today, ready } = state;
	useEffect(() => dispatch({ type: 'today', today: localToday() }), []);
	const storageWarned = useRef(false);
	// The form before the runner's last change, to refit the weeks to a new goal and to undo that.
	// A ref, not state: the refit effect reads and moves it without a render of its own.
	const beforeChange = useRef<PlanFormState>(form);

	/** A form the builder sets itself (restored, shared, imported): never refitted. */
	function replaceForm(next: PlanFormState) {
		beforeChange.current = next;
		dispatch({ type: 'form', form: next });
	}

	/** Shows a form that is valid by construction. */
	function showTrusted(input: PlanInput) {
		const next = formStateFromInput(input);
		beforeChange.current = next;
		dispatch({ type: 'trust', form: next, input });
	}

	const notify = (notice: string) => dispatch({ type: 'notice', notice });

	// undefined while the runner's own edits wait for the validation code (a few ms after the first edit).
	const evaluation = useMemo(
		() => evaluateBuilderForm(form, trusted, validation, today),
		[form, trusted, validation, today],
	);
	// Checked forms come with the engine (loadFormCode), and restoring loads it before it sets a form the
	// server did not make; the effect below covers any other (defaults that changed since the served plans).
	const livePlan = useMemo(
		() => (evaluation?.ok ? planFor(evaluation.input, served, engine) : undefined),
		[evaluation, served, engine],
	);
	const lastValid = useRef<Plan | undefined>(undefined);
	if (livePlan) lastValid.current = livePlan;
	const generated = livePlan ?? lastValid.current ?? served[0];
	// A plan is its input plus the coach's edits; the editor code loads when a session is first opened.
	// A device with a training log loads it at once, so check-ins from the player adapt the plan on opening;
	// so does a link with a log for a coach (#log=).
	const edits = usePlanEdits(generated, state.sessionOpened, () => notify(EDITOR_FAILED));
	const { plan, editor, history, setHistory } = edits;

	// The checks and the engine load as one: for the first edit, if no sign of intent has already fetched
	// them, and for a valid form whose plan was not served (defaults changed since the served plans).
	const waitingForPlan = evaluation?.ok === true && livePlan === undefined;
	const wantsFormCode = (!validation && form !== trusted.form) || (waitingForPlan && !engine);
	// biome-ignore lint/correctness/useExhaustiveDependencies: `form` on purpose: after a failed load (a network blip) the next edit tries again
	useEffect(() => {
		if (!wantsFormCode) return;
		let cancelled = false;
		loadFormCode()
			.then((code) => !cancelled && dispatch({ type: 'form-code', code }))
			.catch(() => !cancelled && dispatch({ type: 'notice', notice: CHECKS_FAILED }));
		return () => {
			cancelled = true;
		};
	}, [wantsFormCode, form]);

	// A race picked with too few weeks gets the weeks it needs at once, said in words with an undo.
	useEffect(() => {
		if (!validation) return;
		const previous = beforeChange.current;
		const fit = validation.fitWeeksToGoal(previous, form);
		beforeChange.current = fit ? fit.state : form;
		if (!fit) return;
		dispatch({ type: 'fit', form: fit.state, goalFit: { message: fit.message, undo: previous } });
	}, [form, validation]);

	// Restore once, after hydration, so the server HTML and the first client render agree.
	// biome-ignore lint/correctness/useExhaustiveDependencies: once per mount; initialInput never changes and the callbacks only dispatch or set the history
	useEffect(() => {
		let cancelled = false;
		void restoreBuilder({
			embed,
			initialInput,
			cancelled: () => cancelled,
			dispatch,
			showTrusted,
			replaceForm,
			setHistory,
		});
		return () => {
			cancelled = true;
		};
	}, [embed]);

	const view = deriveBuilderView(
		state,
		evaluation,
		plan,
		editor,
		base,
		typeof window === 'undefined' ? undefined : window.location.origin,
	);
	const { shareCode } = view;

	// Keep the form for next time, and the URL as a share link of the current valid plan.
	useEffect(() => {
		if (!ready) return;
		if (!saveFormState(browserStore(), form) && !storageWarned.current) {
			storageWarned.current = true;
			dispatch({
				type: 'notice',
				notice:
					'Your browser is not saving settings here, so copy the share link if you want to come back to this plan.',
			});
		}
		// Not while the plan on screen is the last one and its successor waits for the engine.
		if (evaluation?.ok && !edits.pending && !waitingForPlan) {
			const url = new URL(window.location.href);
			url.searchParams.set('p', shareCode);
			window.history.replaceState(window.history.state, '', url);
		}
	}, [ready, form, evaluation, shareCode, edits.pending, waitingForPlan]);

	// Keep the edits and their undo history for next time (the editor chunk is loaded whenever there are any).
	useEffect(() => {
		if (ready && editor) editor.saveEditHistory(browserStore(), history);
	}, [ready, editor, history]);

	const actions = {
		/**
		 * A change the runner made in the form. New units then convert what was typed (a pace per mile
		 * becomes one per km) with the form's code, usually loaded already by the runner's reach for the form.
		 */
		change(next: PlanFormState) {
			beforeChange.current = form;
			dispatch({ type: 'form', form: next });
			if (next.units === form.units) return;
			const units = next.units === 'mi' ? 'mi' : 'km';
			withFormCode(dispatch).then(
				(code) => {
					const converted = code.validation.withUnits({ ...next, units: form.units }, units);
					dispatch({ type: 'convert', form: next, converted });
				},
				() => notify(CHECKS_FAILED),
			);
		},
		undoGoalFit() {
			if (state.goalFit) beforeChange.current = state.goalFit.undo;
			dispatch({ type: 'undo-fit' });
		},
		askReset: (open: boolean) => dispatch({ type: 'confirm-reset', open }),
		startOver() {
			clearFormState(browserStore());
			// Saved edits go with it: the editor's save effect forgets them when the history is empty.
			setHistory(NO_EDITS);
			showTrusted(quickDefaultInput(initialInput, localToday(), navigator.language));
			dispatch({ type: 'confirm-reset', open: false });
			notify('');
		},
		openSession: () => dispatch({ type: 'session-opened' }),
		warmForm: () => warmForm(validation, dispatch),
		/**
		 * A plan file the runner imported: its input and edits replace the form and the history, once the
		 * engine is here to make its plan (the edits must never meet the plan on screen before it).
		 */
		importPlan(imported: Plan) {
			withFormCode(dispatch).then(
				() => {
					replaceForm(formStateFromInput(imported.input));
					setHistory({ ...NO_EDITS, edits: imported.edits ?? [] });
				},
				() => notify(CHECKS_FAILED),
			);
		},
		edit: (e: PlanEdit) =>
			void loadEditor().then(
				(loaded) => setHistory((h) => loaded.addEdit(h, e)),
				() => notify(EDITOR_FAILED),
			),
	};

	// `current`: the plan on screen is the form's (false while its plan waits for the engine).
	return { state, view, livePlan, current: !waitingForPlan, edits, actions };
}
