/**
 * The plan builder island. It owns the form state and nothing else: the plan
 * is derived from the form through src/lib on every change, the last valid
 * plan stays on screen while a field holds an error, and the form is kept in
 * the URL (share link) and in localStorage (next visit).
 *
 * Server render: the page renders the default plan at build time, so readers
 * see a real plan before any JavaScript runs; after hydration the builder
 * restores, in order of precedence, a share link, then saved settings, then
 * today's defaults.
 */
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { builderStrings as t } from '../../i18n/builder';
import {
	clearFormState,
	type EmbedConfig,
	encodeShareState,
	type FormEvaluation,
	formStateFromInput,
	generatePlan,
	hasSavedEdits,
	hasSavedForm,
	hasTrainingLog,
	localToday,
	NO_EDITS,
	type Plan,
	type PlanEdit,
	type PlanFormState,
	type PlanInput,
	pastStartAdvice,
	quickDefaultInput,
	saveFormState,
} from '../../lib';
import { browserStore } from '../browser-store';
import { ExportPanel } from './ExportPanel';
import { loadEditor } from './load-editor';
import { loadValidation, type Validation } from './load-validation';
import { PlanForm } from './PlanForm';
import { PlanSummary } from './PlanSummary';
import { usePlanEdits } from './usePlanEdits';
import { VolumeChart } from './VolumeChart';
import { WeekSchedule } from './WeekSchedule';

export interface PlanBuilderProps {
	/** The plan input rendered on the server (the defaults at build time). */
	initialInput: PlanInput;
	/** Titles of the guides that exist, by id, for "read more" links. */
	guideTitles: Readonly<Record<string, string>>;
	/** The site's base path, "/" or "/retro/". */
	base: string;
	/** The site's absolute URL, for links inside exported files. */
	siteUrl: string;
	/**
	 * Embedded on a club's site (/embed/plan/): read the club's settings from
	 * the query string, open links that leave the builder in a new tab, and
	 * tell the club's page our height and what happened (public/embed.js).
	 */
	embed?: boolean;
}

const EDITOR_FAILED = t.schedule.editorFailed;

/** Runs `task` when the browser is idle (or soon, where requestIdleCallback is missing). */
function whenIdle(task: () => void) {
	if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 3000 });
	else setTimeout(task, 200);
}

// The club widget's header loads only in the widget.
const EmbedHeader = lazy(() => import('./EmbedHeader'));

/** The embed-only code (club look, frame height, messages), loaded once in the club widget. */
type EmbedFrame = typeof import('./embed-frame');
let embedFrame: Promise<EmbedFrame> | undefined;
const loadEmbedFrame = () => {
	embedFrame ??= import('./embed-frame');
	return embedFrame;
};

export function PlanBuilder({ initialInput, guideTitles, base, siteUrl, embed = false }: PlanBuilderProps) {
	const [form, setForm] = useState<PlanFormState>(() => formStateFromInput(initialInput));
	// A form we built ourselves from a valid input (the server's, today's defaults, an import):
	// it needs no check, so the plan can follow it before the validation code has loaded.
	const [trusted, setTrusted] = useState<{ form: PlanFormState; input: PlanInput }>(() => ({
		form,
		input: initialInput,
	}));
	const [validation, setValidation] = useState<Validation | undefined>(undefined);
	// The runner's local date, known only in the browser (the server render has none).
	const [today, setToday] = useState<string | undefined>(undefined);
	useEffect(() => setToday(localToday()), []);
	const [ready, setReady] = useState(false);
	const [notice, setNotice] = useState('');
	const [confirmReset, setConfirmReset] = useState(false);
	const [club, setClub] = useState<EmbedConfig | undefined>(undefined);
	const [clubNotices, setClubNotices] = useState<string[]>([]);
	const storageWarned = useRef(false);
	// The form before the runner's last change, to refit the weeks to a new goal and to undo that.
	const beforeChange = useRef<PlanFormState>(form);
	const [goalFit, setGoalFit] = useState<{ message: string; undo: PlanFormState } | undefined>(undefined);

	/** A form the builder sets itself (restored, shared, imported): never refitted. */
	function replaceForm(next: PlanFormState) {
		beforeChange.current = next;
		setGoalFit(undefined);
		setForm(next);
	}

	/** A change the runner made in the form. */
	function change(next: PlanFormState) {
		beforeChange.current = form;
		setGoalFit(undefined);
		setForm(next);
	}

	/** Shows a form that is valid by construction. */
	function showTrusted(input: PlanInput) {
		const next = formStateFromInput(input);
		setTrusted({ form: next, input });
		replaceForm(next);
	}

	// undefined while the runner's own edits wait for the validation code (a few ms after the first edit).
	const evaluation: FormEvaluation | undefined = useMemo(() => {
		if (form === trusted.form) return { ok: true, input: trusted.input };
		return validation?.evaluateForm(form, today);
	}, [form, trusted, validation, today]);
	const livePlan = useMemo(() => (evaluation?.ok ? generatePlan(evaluation.input) : undefined), [evaluation]);
	const lastValid = useRef<Plan | undefined>(undefined);
	if (livePlan) lastValid.current = livePlan;
	const generated = livePlan ?? lastValid.current ?? generatePlan(initialInput);
	const errors = evaluation && !evaluation.ok ? evaluation.errors : [];
	// A plan is its input plus the coach's edits; the editor code loads when a session is first opened.
	// A device with a training log loads it at once, so check-ins from the player adapt the plan on opening;
	// so does a link with a log for a coach (#log=).
	const [sessionOpened, setSessionOpened] = useState(
		() => typeof window !== 'undefined' && (hasTrainingLog(browserStore()) || /[#&]log=/.test(location.hash)),
	);
	const edits = usePlanEdits(generated, sessionOpened, () => setNotice(EDITOR_FAILED));
	const { plan, editor, history, setHistory } = edits;
	const edit = (e: PlanEdit) =>
		void loadEditor().then(
			(loaded) => setHistory((h) => loaded.addEdit(h, e)),
			() => setNotice(EDITOR_FAILED),
		);

	// The first edit needs the validation code: fetch it then, if idle time has not already.
	useEffect(() => {
		if (form === trusted.form || validation) return;
		let cancelled = false;
		loadValidation()
			.then((v) => !cancelled && setValidation(v))
			.catch(() => !cancelled && setNotice('The form checks could not be loaded. Check your connection and reload.'));
		return () => {
			cancelled = true;
		};
	}, [form, trusted, validation]);

	// A race picked with too few weeks gets the weeks it needs at once, said in words with an undo.
	useEffect(() => {
		if (!validation) return;
		const previous = beforeChange.current;
		const fit = validation.fitWeeksToGoal(previous, form);
		beforeChange.current = fit ? fit.state : form;
		if (!fit) return;
		setGoalFit({ message: fit.message, undo: previous });
		setForm(fit.state);
	}, [form, validation]);

	// Restore once, after hydration, so the server HTML and the first client render agree.
	// biome-ignore lint/correctness/useExhaustiveDependencies: once per mount; initialInput never changes and showTrusted only calls state setters
	useEffect(() => {
		let cancelled = false;
		async function restoreState() {
			const code = new URLSearchParams(window.location.search).get('p');
			const store = browserStore();
			if (!embed && code === null && !hasSavedForm(store) && !hasSavedEdits(store)) {
				// A first visit: today's defaults need no checking; load the checks when the browser is idle.
				showTrusted(quickDefaultInput(initialInput, localToday(), navigator.language));
				setReady(true);
				whenIdle(
					() =>
						void loadValidation().then(
							(v) => !cancelled && setValidation(v),
							() => undefined,
						),
				);
				return;
			}
			let v: Validation;
			try {
				v = await loadValidation();
			} catch {
				if (!cancelled) setNotice('The form checks could not be loaded. Check your connection and reload.');
				return;
			}
			if (cancelled) return;
			setValidation(v);
			const notices: string[] = [];
			let defaults = () => v.defaultFormState(localToday(), navigator.language);
			if (embed) {
				// The club settings code loads only in the club widget, never on /plan/.
				const clubKit = await import('../../lib/embed');
				if (cancelled) return;
				const { config, notices: ignored } = clubKit.parseEmbedConfig(new URLSearchParams(window.location.search));
				setClub(config);
				setClubNotices(ignored);
				(await loadEmbedFrame()).applyClubLook(config, clubKit.textOnAccent);
				defaults = () => v.embedStartState(v.defaultFormState(localToday(), navigator.language), config);
			}
			let saved = NO_EDITS;
			let sameLink = (_: PlanInput) => false;
			if (hasSavedEdits(store)) {
				// `try` only around loading the code; loadEditHistory reads storage and never throws.
				const ed = await loadEditor().catch(() => undefined);
				if (cancelled) return;
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
					showTrusted(shared.value);
					// A link's edits replace this device's, unless they are the same (a reload): then undo survives.
					setHistory(sameLink(shared.value) ? saved : { ...NO_EDITS, edits: shared.edits });
					setReady(true);
					return;
				}
				notices.push(`This share link could not be opened: ${shared.message}`);
			}
			setHistory(saved);
			const stored = v.loadFormState(store);
			if (stored.ok) {
				replaceForm(stored.state);
			} else {
				const problem = v.describeLoadProblem(stored);
				if (problem) notices.push(problem);
				replaceForm(defaults());
			}
			setNotice(notices.join(' '));
			setReady(true);
		}
		void restoreState();
		return () => {
			cancelled = true;
		};
	}, [embed]);

	// In a club's page the header (EmbedHeader.tsx) keeps the iframe as tall as this and reports new plans.
	const root = useRef<HTMLDivElement>(null);

	// The plan on screen as share state, edits included: for the share link, the print sheet and each session's player link.
	const shareCode =
		editor && plan.edits ? editor.encodePlanShare(plan.input, plan.edits) : encodeShareState(plan.input);
	const shareUrl =
		typeof window === 'undefined' ? '' : new URL(`${base}plan/?p=${shareCode}`, window.location.origin).href;

	// Keep the form for next time, and the URL as a share link of the current valid plan.
	useEffect(() => {
		if (!ready) return;
		if (!saveFormState(browserStore(), form) && !storageWarned.current) {
			storageWarned.current = true;
			setNotice(
				'Your browser is not saving settings here, so copy the share link if you want to come back to this plan.',
			);
		}
		if (evaluation?.ok && !edits.pending) {
			const url = new URL(window.location.href);
			url.searchParams.set('p', shareCode);
			window.history.replaceState(window.history.state, '', url);
		}
	}, [ready, form, evaluation, shareCode, edits.pending]);

	// Keep the edits and their undo history for next time (the editor chunk is loaded whenever there are any).
	useEffect(() => {
		if (ready && editor) editor.saveEditHistory(browserStore(), history);
	}, [ready, editor, history]);

	function startOver() {
		clearFormState(browserStore());
		// Saved edits go with it: the editor's save effect forgets them when the history is empty.
		setHistory(NO_EDITS);
		showTrusted(quickDefaultInput(initialInput, localToday(), navigator.language));
		setConfirmReset(false);
		setNotice('');
	}

	return (
		<div ref={root} className={`plan-builder${embed ? ' plan-builder--embed' : ''}`} data-ready={ready || undefined}>
			{embed && (
				// Client only: a lazy component in the server render makes React stream inline scripts, which the
				// CSP blocks. The slot keeps the header's room, so the builder does not jump when it arrives.
				<div className="embed-header-slot">
					{ready && (
						<Suspense fallback={null}>
							<EmbedHeader
								club={club}
								notices={clubNotices}
								siteUrl={siteUrl}
								base={base}
								root={root}
								plan={livePlan}
							/>
						</Suspense>
					)}
				</div>
			)}
			<div className="plan-builder__form">
				<h2>Your plan settings</h2>
				<p className="jump-to-plan no-print">
					<a href="#plan-title">Skip to your plan</a>
				</p>
				{notice && (
					<p className="notice" role="status">
						{notice}
					</p>
				)}
				{goalFit && (
					<div className="notice goal-fit" role="status">
						<p>{goalFit.message}</p>
						<button
							type="button"
							className="button button--quiet"
							onClick={() => {
								beforeChange.current = goalFit.undo;
								setForm(goalFit.undo);
								setGoalFit(undefined);
							}}
						>
							Undo
						</button>
					</div>
				)}
				<PlanForm
					state={form}
					errors={errors}
					onChange={change}
					pastStart={today === undefined ? undefined : pastStartAdvice(form.startDate, today)}
				/>
				<div className="start-over no-print">
					{confirmReset ? (
						<fieldset className="start-over__confirm">
							<legend>Start over?</legend>
							<p>Reset every setting to the defaults? Your current plan will be replaced.</p>
							<button type="button" className="button" onClick={startOver}>
								Yes, start over
							</button>{' '}
							<button type="button" className="button button--quiet" onClick={() => setConfirmReset(false)}>
								Cancel
							</button>
						</fieldset>
					) : (
						<button type="button" className="button button--quiet" onClick={() => setConfirmReset(true)}>
							Start over
						</button>
					)}
				</div>
			</div>
			<div className="plan-builder__plan">
				{errors.length > 0 && (
					<p className="notice notice--stale" role="status">
						Fix the highlighted {errors.length === 1 ? 'field' : 'fields'} to update the plan. Until then you see your
						last valid plan.
					</p>
				)}
				<PlanSummary plan={plan} />
				<VolumeChart plan={plan} />
				<ExportPanel
					plan={plan}
					siteUrl={siteUrl}
					base={base}
					shareUrl={shareUrl}
					printUrl={`${base}plan/print/?p=${shareCode}`}
					external={embed}
					stale={errors.length > 0}
					onImport={(imported) => {
						replaceForm(formStateFromInput(imported.input));
						setHistory({ ...NO_EDITS, edits: imported.edits ?? [] });
					}}
					onExported={
						embed
							? (kind) =>
									void loadEmbedFrame().then((frame) =>
										frame.postToParent({ source: 'retrostride', type: 'export', detail: { kind } }),
									)
							: undefined
					}
				/>
				{editor && (history.past.length > 0 || history.edits.length > 0) && (
					<editor.EditBar history={history} setHistory={setHistory} dropped={edits.dropped} />
				)}
				<WeekSchedule
					plan={plan}
					shareCode={shareCode}
					guideTitles={guideTitles}
					base={base}
					external={embed}
					today={today}
					onOpen={() => setSessionOpened(true)}
					warnings={edits.warnings}
					onRepeatWeek={(week) => edit({ type: 'repeat-week', week })}
					tools={
						editor
							? (s, week) => (
									<editor.SessionTools
										plan={plan}
										session={s}
										week={week}
										siteUrl={siteUrl}
										base={base}
										history={history}
										setHistory={setHistory}
									/>
								)
							: undefined
					}
				/>
				{editor && ready && (
					<editor.TrainingLog
						plan={plan}
						setHistory={setHistory}
						siteUrl={siteUrl}
						base={base}
						shareUrl={shareUrl}
						warnings={edits.warnings}
					/>
				)}
			</div>
		</div>
	);
}
