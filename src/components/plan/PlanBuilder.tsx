/**
 * The plan builder island. It owns the form state and nothing else: the plan
 * is derived from the form through src/lib on every change, the last valid
 * plan stays on screen while a field holds an error, and the form is kept in
 * the URL (share link) and in localStorage (next visit).
 *
 * The state and its transitions live in one hook (usePlanBuilderState.ts, over
 * the pure reducer in plan-builder-state.ts); this component only composes the
 * named panels from the state and the one derived view the hook returns.
 *
 * Server render: the page renders the default plan at build time, so readers
 * see a real plan before any JavaScript runs; after hydration the builder
 * restores, in order of precedence, a share link, then saved settings, then
 * today's defaults.
 */
import { type RefObject, useEffect, useRef } from 'react';
import { EmbedHeaderSlot, SettingsNotices, StaleNotice, StartOver } from './BuilderPanels';
import { ExportPanel } from './ExportPanel';
import type { Engine } from './load-engine';
import { PlanForm } from './PlanForm';
import { PlanSummary } from './PlanSummary';
import type { ServedPlans } from './plan-builder-state';
import { loadEmbedFrame } from './restore-builder';
import { usePlanBuilderState } from './usePlanBuilderState';
import { VolumeChart } from './VolumeChart';
import { WeekSchedule } from './WeekSchedule';

export interface PlanBuilderProps {
	/**
	 * The plans the server made (src/lib/builder/served-plans.ts): the one it rendered first (the build's
	 * defaults), then the same in each other unit. PlanBuilderIsland.tsx fetches them.
	 */
	served: ServedPlans;
	/** The engine, where the island loaded it because the served plans could not be had. */
	engine?: Engine | undefined;
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

/**
 * Calls `onIntent` once, the first time the runner reaches for the element: a pointer over it (a touch
 * starts with one too), or focus inside it (keyboard). Plain listeners rather than React's, because the element is a
 * plain container, not a control.
 */
function useIntent(target: RefObject<HTMLElement | null>, onIntent: () => void) {
	const latest = useRef(onIntent);
	latest.current = onIntent;
	useEffect(() => {
		const element = target.current;
		if (!element) return;
		const events = ['pointerover', 'focusin'] as const;
		const once = () => {
			for (const type of events) element.removeEventListener(type, once);
			latest.current();
		};
		for (const type of events) element.addEventListener(type, once, { passive: true });
		return () => {
			for (const type of events) element.removeEventListener(type, once);
		};
	}, [target]);
}

/** The club's page hears which file the runner exported (public/embed.js). */
const tellClub = (kind: 'ics' | 'csv' | 'json') =>
	void loadEmbedFrame().then((frame) =>
		frame.postToParent({ source: 'retrostride', type: 'export', detail: { kind } }),
	);

export function PlanBuilder({ served, engine, guideTitles, base, siteUrl, embed = false }: PlanBuilderProps) {
	const { state, view, livePlan, current, edits, actions } = usePlanBuilderState(served, base, embed, engine);
	const { plan, editor, history, setHistory } = edits;
	// In a club's page the header (EmbedHeader.tsx) keeps the iframe as tall as this and reports new plans.
	const root = useRef<HTMLDivElement>(null);
	const formArea = useRef<HTMLDivElement>(null);
	useIntent(formArea, actions.warmForm);

	return (
		<div
			ref={root}
			className={`plan-builder${embed ? ' plan-builder--embed' : ''}`}
			data-ready={state.ready || undefined}
		>
			{embed && <EmbedHeaderSlot state={state} siteUrl={siteUrl} base={base} root={root} plan={livePlan} />}
			<div className="plan-builder__form" ref={formArea}>
				<h2>Your plan settings</h2>
				<p className="jump-to-plan no-print">
					<a href="#plan-title">Skip to your plan</a>
				</p>
				<SettingsNotices state={state} onUndoFit={actions.undoGoalFit} />
				<PlanForm
					state={state.form}
					errors={view.errors}
					onChange={actions.change}
					pastStart={view.pastStart}
					fixed={state.clubFixed}
				/>
				<StartOver confirm={state.confirmReset} onAsk={actions.askReset} onStartOver={actions.startOver} />
			</div>
			<div className="plan-builder__plan">
				<StaleNotice errorCount={view.errors.length} />
				<PlanSummary plan={plan} />
				<VolumeChart plan={plan} />
				<ExportPanel
					plan={plan}
					siteUrl={siteUrl}
					base={base}
					shareUrl={view.shareUrl}
					printUrl={view.printUrl}
					external={embed}
					stale={view.stale}
					onImport={actions.importPlan}
					onExported={embed ? tellClub : undefined}
				/>
				{editor && (history.past.length > 0 || history.edits.length > 0) && (
					<editor.EditBar history={history} setHistory={setHistory} dropped={edits.dropped} />
				)}
				<WeekSchedule
					plan={plan}
					shareCode={view.shareCode}
					guideTitles={guideTitles}
					base={base}
					external={embed}
					today={state.today}
					onOpen={actions.openSession}
					warnings={edits.warnings}
					onRepeatWeek={(week) => actions.edit({ type: 'repeat-week', week })}
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
				{/* The log adapts the plan on screen once: never to a plan that is not the form's. */}
				{editor && state.ready && current && (
					<editor.TrainingLog
						plan={plan}
						setHistory={setHistory}
						siteUrl={siteUrl}
						base={base}
						shareUrl={view.shareUrl}
						warnings={edits.warnings}
					/>
				)}
			</div>
		</div>
	);
}
