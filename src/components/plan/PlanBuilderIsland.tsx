/**
 * The plan builder as pages host it (`<PlanBuilderIsland client:load {...builderProps} />`):
 * PlanBuilder with the plans the server made. The server renders the build's
 * default plan; in the browser the island fetches /plan/served-plans.json (the
 * page preloads it, so it arrives with the code), the same plan in every unit,
 * which the builder moves to the reader's today without the engine. A first
 * visit so never downloads the engine (about 18 KB gzip, README "Page weight").
 * Without the file (no network and no worker cache, or a file from another
 * deploy) it loads the engine and makes the plan itself; with neither, the
 * server's plan stays on screen as it was rendered.
 *
 * Hydration waits for them inside a Suspense boundary: React keeps the
 * server's HTML on screen until `use` has them. (A top-level await would do
 * the same, but made the bundler split the page's shared code into more,
 * smaller chunks: 0.7 KB gzip more.)
 */
import { Suspense, use } from 'react';
import { generatePlan, madeFrom, type PlanInput } from '../../lib';
import { type Engine, loadEngine } from './load-engine';
import { fetchServedPlans, SERVED_PLANS_PATH } from './load-served';
import { PlanBuilder, type PlanBuilderProps } from './PlanBuilder';
import type { ServedPlans } from './plan-builder-state';

/** What the first plan comes from: the served plans, or the engine where they could not be had. */
type Source = { served: ServedPlans } | { engine: Engine };

/** Never settles: with neither the file nor the engine, the server's plan stays on screen, readable and printable. */
const NEVER = new Promise<never>(() => undefined);

/** Browser only, once per page: started by the first render (the page's preload has begun the download). */
let browserSource: Promise<Source> | undefined;

/**
 * The served plans when they are this build's (their first plan made from the page's own input: a file
 * cached from another deploy is not), else the engine.
 */
function sourceFor(initialInput: PlanInput): Promise<Source> {
	browserSource ??= fetchServedPlans(`${import.meta.env.BASE_URL}${SERVED_PLANS_PATH}`).then(
		(served): Source | Promise<Source> =>
			served && madeFrom(served[0], initialInput)
				? { served }
				: loadEngine().then(
						(engine) => ({ engine }),
						() => NEVER,
					),
	);
	return browserSource;
}

export interface PlanBuilderIslandProps extends Omit<PlanBuilderProps, 'served'> {
	/** The plan input rendered on the server (the build's defaults). */
	initialInput: PlanInput;
}

function WithServedPlans({ initialInput, ...props }: PlanBuilderIslandProps) {
	// The server renders the first plan with the engine; that branch, and the engine, leave the browser's bundle.
	const source: Source = import.meta.env.SSR ? { engine: { generatePlan } } : use(sourceFor(initialInput));
	if ('served' in source) return <PlanBuilder served={source.served} {...props} />;
	// Without the file: the engine makes the first plan, and the builder keeps it for the reader's own.
	return <PlanBuilder served={[source.engine.generatePlan(initialInput)]} engine={source.engine} {...props} />;
}

export function PlanBuilderIsland(props: PlanBuilderIslandProps) {
	return (
		<Suspense fallback={null}>
			<WithServedPlans {...props} />
		</Suspense>
	);
}
