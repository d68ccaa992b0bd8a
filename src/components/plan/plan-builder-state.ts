/**
 * The plan builder's state and its transitions, as a pure reducer, and the
 * one derived object its panels read (as a page composes its parts from one
 * route object). No DOM and no React here, so every transition is tested
 * without a browser (plan-builder-state.test.ts); the effects that load code,
 * read storage and write the URL live in usePlanBuilderState.ts.
 */
import {
	type EmbedConfig,
	encodeShareState,
	type FormEvaluation,
	formStateFromInput,
	type Plan,
	type PlanFormState,
	type PlanInput,
	pastStartAdvice,
	planFromServed,
} from '../../lib';
import type { Editor } from './load-editor';
import type { Engine, FormCode } from './load-engine';
import type { Validation } from './load-validation';

/** A goal refit said in words, with the form to go back to. */
export interface GoalFit {
	message: string;
	undo: PlanFormState;
}

export interface BuilderState {
	/** The form as the runner sees it. */
	form: PlanFormState;
	/**
	 * A form we built ourselves from a valid input (the server's, today's defaults, an import):
	 * it needs no check, so the plan can follow it before the validation code has loaded.
	 */
	trusted: { form: PlanFormState; input: PlanInput };
	/** The form checks, once their chunk has loaded (with the engine). */
	validation: Validation | undefined;
	/** The plan engine, once its chunk has loaded; until then the plans are the server's, moved to today. */
	engine: Engine | undefined;
	/** The runner's local date, known only in the browser (the server render has none). */
	today: string | undefined;
	/** True once saved settings, a share link or today's defaults have been restored. */
	ready: boolean;
	/** One line for the runner (a load problem, storage refused); '' for none. */
	notice: string;
	/** The "Start over?" question is open. */
	confirmReset: boolean;
	/** A race picked with too few weeks got the weeks it needs: the words and the undo. */
	goalFit: GoalFit | undefined;
	/** The club's settings (embed only) and what in them was ignored. */
	club: EmbedConfig | undefined;
	clubNotices: string[];
	/** Form fields a club's cohort fixes (embed only): hidden, so members choose only the rest. */
	clubFixed: readonly string[];
	/** A session was opened (or a log is waiting): the editor chunk is wanted. */
	sessionOpened: boolean;
}

export type BuilderAction =
	/** The runner changed the form, or the builder set it (restored, undone): any goal refit notice goes. */
	| { type: 'form'; form: PlanFormState }
	/** A form valid by construction, from this input. */
	| { type: 'trust'; form: PlanFormState; input: PlanInput }
	/** The weeks were refit to a new goal; `undo` is the form before. */
	| { type: 'fit'; form: PlanFormState; goalFit: GoalFit }
	| { type: 'undo-fit' }
	/** `converted` replaces `form` if that is still the form on screen (new units, what was typed converted). */
	| { type: 'convert'; form: PlanFormState; converted: PlanFormState }
	/** The checks and the engine have loaded (load-engine.ts). */
	| { type: 'form-code'; code: FormCode }
	| { type: 'today'; today: string }
	| { type: 'ready' }
	| { type: 'notice'; notice: string }
	| { type: 'confirm-reset'; open: boolean }
	| { type: 'club'; club: EmbedConfig; notices: string[]; fixed: readonly string[] }
	| { type: 'session-opened' };

/**
 * The state before hydration: the server's input, trusted, and nothing known
 * about the browser yet. `sessionOpened` is passed in because finding a log
 * reads storage; `engine`, where the island had to load it (no served plans). Example: `initialBuilderState(defaultPlanInput('2026-03-02'), false).ready === false`.
 */
export function initialBuilderState(
	initialInput: PlanInput,
	sessionOpened: boolean,
	engine: Engine | undefined = undefined,
): BuilderState {
	const form = formStateFromInput(initialInput);
	return {
		form,
		trusted: { form, input: initialInput },
		validation: undefined,
		engine,
		today: undefined,
		ready: false,
		notice: '',
		confirmReset: false,
		goalFit: undefined,
		club: undefined,
		clubNotices: [],
		clubFixed: [],
		sessionOpened,
	};
}

/**
 * The builder's transitions. Pure: effects dispatch what they found.
 * Example: `builderReducer(s, { type: 'confirm-reset', open: true }).confirmReset === true`.
 * @throws never; an 'undo-fit' with no refit pending leaves the state as it is.
 */
export function builderReducer(state: BuilderState, action: BuilderAction): BuilderState {
	switch (action.type) {
		case 'form':
			return { ...state, form: action.form, goalFit: undefined };
		case 'trust':
			return { ...state, form: action.form, trusted: { form: action.form, input: action.input }, goalFit: undefined };
		case 'fit':
			return { ...state, form: action.form, goalFit: action.goalFit };
		case 'convert':
			return state.form === action.form ? { ...state, form: action.converted } : state;
		case 'undo-fit':
			return state.goalFit ? { ...state, form: state.goalFit.undo, goalFit: undefined } : state;
		case 'form-code':
			return { ...state, validation: action.code.validation, engine: action.code.engine };
		case 'today':
			return { ...state, today: action.today };
		case 'ready':
			return { ...state, ready: true };
		case 'notice':
			return { ...state, notice: action.notice };
		case 'confirm-reset':
			return { ...state, confirmReset: action.open };
		case 'club':
			return { ...state, club: action.club, clubNotices: action.notices, clubFixed: action.fixed };
		case 'session-opened':
			return { ...state, sessionOpened: true };
	}
}

/**
 * The form's evaluation: a trusted form is valid as built; any other waits
 * (undefined) for the validation code. Example: right after
 * `initialBuilderState(input, false)` this is `{ ok: true, input }`.
 */
export function evaluateBuilderForm(
	form: PlanFormState,
	trusted: BuilderState['trusted'],
	validation: Validation | undefined,
	today: string | undefined,
): FormEvaluation | undefined {
	if (form === trusted.form) return { ok: true, input: trusted.input };
	return validation?.evaluateForm(form, today);
}

/** The plans the page was served with (builder/served-plans.ts): the server's own first. */
export type ServedPlans = readonly [Plan, ...Plan[]];

/**
 * The plan for a valid input: a served plan moved to its start when one
 * fits (a first visit's defaults, in the reader's units), else the engine's;
 * undefined while the engine has not loaded. Example: right after hydration,
 * `planFor(served[0].input, served, undefined)` is the server's plan.
 */
export function planFor(input: PlanInput, served: ServedPlans, engine: Engine | undefined): Plan | undefined {
	return planFromServed(served, input) ?? engine?.generatePlan(input);
}

/** What every panel reads: one object derived from the state and the plan on screen. */
export interface BuilderView {
	/** The fields in error; the plan on screen is the last valid one while there are any. */
	errors: Extract<FormEvaluation, { ok: false }>['errors'];
	stale: boolean;
	/** Advice when the start date has passed (undefined before the local date is known). */
	pastStart: ReturnType<typeof pastStartAdvice> | undefined;
	/** The plan on screen as share state, edits included: for the share link, the print sheet and each session's player link. */
	shareCode: string;
	/** Absolute share link ('' where there is no origin, as in the server render). */
	shareUrl: string;
	printUrl: string;
}

/**
 * Derives the panels' object. `origin` is the page's origin, undefined on the
 * server. Example: with no errors and `base` "/", `printUrl` is `/plan/print/?p=<shareCode>`.
 */
export function deriveBuilderView(
	state: Pick<BuilderState, 'form' | 'today'>,
	evaluation: FormEvaluation | undefined,
	plan: Plan,
	editor: Editor | undefined,
	base: string,
	origin: string | undefined,
): BuilderView {
	const errors = evaluation && !evaluation.ok ? evaluation.errors : [];
	const shareCode =
		editor && plan.edits ? editor.encodePlanShare(plan.input, plan.edits) : encodeShareState(plan.input);
	return {
		errors,
		stale: errors.length > 0,
		pastStart: state.today === undefined ? undefined : pastStartAdvice(state.form.startDate, state.today),
		shareCode,
		shareUrl: origin === undefined ? '' : new URL(`${base}plan/?p=${shareCode}`, origin).href,
		printUrl: `${base}plan/print/?p=${shareCode}`,
	};
}
