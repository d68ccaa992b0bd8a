/**
 * The plan builder's named panels around the form: the club widget's header
 * slot, the notices above the form, the "Start over" question and the stale
 * plan notice. Each reads the builder's state or its one derived view
 * (plan-builder-state.ts) and calls back with the runner's actions.
 */
import { lazy, type RefObject, Suspense } from 'react';
import type { Plan } from '../../lib';
import type { BuilderState } from './plan-builder-state';

// The club widget's header loads only in the widget.
const EmbedHeader = lazy(() => import('./EmbedHeader'));

/**
 * Client only: a lazy component in the server render makes React stream inline scripts, which the
 * CSP blocks. The slot keeps the header's room, so the builder does not jump when it arrives.
 */
export function EmbedHeaderSlot(props: {
	state: BuilderState;
	siteUrl: string;
	base: string;
	root: RefObject<HTMLDivElement | null>;
	plan: Plan | undefined;
}) {
	const { state } = props;
	return (
		<div className="embed-header-slot">
			{state.ready && (
				<Suspense fallback={null}>
					<EmbedHeader
						club={state.club}
						notices={state.clubNotices}
						siteUrl={props.siteUrl}
						base={props.base}
						root={props.root}
						plan={props.plan}
					/>
				</Suspense>
			)}
		</div>
	);
}

/** The builder's one-line notice and, after a goal refit, its words with an undo. */
export function SettingsNotices({ state, onUndoFit }: { state: BuilderState; onUndoFit: () => void }) {
	return (
		<>
			{state.notice && (
				<p className="notice" role="status">
					{state.notice}
				</p>
			)}
			{state.goalFit && (
				<div className="notice goal-fit" role="status">
					<p>{state.goalFit.message}</p>
					<button type="button" className="button button--quiet" onClick={onUndoFit}>
						Undo
					</button>
				</div>
			)}
		</>
	);
}

/** "Start over", asked once more before every setting goes back to the defaults. */
export function StartOver(props: { confirm: boolean; onAsk: (open: boolean) => void; onStartOver: () => void }) {
	return (
		<div className="start-over no-print">
			{props.confirm ? (
				<fieldset className="start-over__confirm">
					<legend>Start over?</legend>
					<p>Reset every setting to the defaults? Your current plan will be replaced.</p>
					<button type="button" className="button" onClick={props.onStartOver}>
						Yes, start over
					</button>{' '}
					<button type="button" className="button button--quiet" onClick={() => props.onAsk(false)}>
						Cancel
					</button>
				</fieldset>
			) : (
				<button type="button" className="button button--quiet" onClick={() => props.onAsk(true)}>
					Start over
				</button>
			)}
		</div>
	);
}

/** Says the plan on screen is the last valid one while fields are in error. */
export function StaleNotice({ errorCount }: { errorCount: number }) {
	if (errorCount === 0) return null;
	return (
		<p className="notice notice--stale" role="status">
			Fix the highlighted {errorCount === 1 ? 'field' : 'fields'} to update the plan. Until then you see your last valid
			plan.
		</p>
	);
}
