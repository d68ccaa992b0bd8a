/**
 * The coach's print sheet island (/plan/print/?p=<share state>&layout=full|fridge).
 *
 * The page is static: the server renders the "open this from the builder"
 * explanation, and after hydration the island reads the plan from the
 * address. A damaged link shows the share decoder's message and a way back;
 * nothing here throws. The layout radio buttons write `&layout=` back into
 * the address (replaceState) so a reload or a bookmark keeps it. The names
 * typed in stay on this device (SheetNamesFields): never in an address.
 */
import { useEffect, useId, useState } from 'react';
import {
	builderPlanUrl,
	type EditWarning,
	effortLegend,
	formatPlanDate,
	openPrintSheet,
	type Plan,
	PRINT_LAYOUTS,
	type PrintLayout,
	type PrintSheetResult,
	printSheetQuery,
	unitsLabel,
	WEEKDAY_OPTIONS,
} from '../../lib';
import { FridgeSheet } from './FridgeSheet';
import { FullSheet } from './FullSheet';
import { QrCode } from './QrCode';
import { SheetNamesFields } from './SheetNamesFields';
import { TickBox } from './TickBox';

export interface PrintSheetProps {
	/** The site's base path, "/" or "/retro/". */
	base: string;
}

const LAYOUT_LABELS: Readonly<Record<PrintLayout, { label: string; hint: string }>> = {
	full: { label: 'Full sheet', hint: 'one table per week, with paces, notes and a safety summary' },
	fridge: { label: 'Fridge sheet', hint: 'every week on one page (12 weeks per page), short cells' },
};

type State = { kind: 'waiting' } | PrintSheetResult;

export function PrintSheet({ base }: PrintSheetProps) {
	const [state, setState] = useState<State>({ kind: 'waiting' });
	const [layout, setLayout] = useState<PrintLayout>('full');
	const [origin, setOrigin] = useState('');

	useEffect(() => {
		const result = openPrintSheet(new URLSearchParams(window.location.search));
		setOrigin(window.location.origin);
		setState(result);
		if (result.kind === 'ready') {
			setLayout(result.layout);
			document.title = `${result.plan.title}: coach sheet | Retrostride`;
		}
	}, []);

	if (state.kind === 'waiting' || state.kind === 'empty') {
		return (
			<div className="print-page" data-ready={state.kind === 'waiting' ? undefined : ''}>
				<SiteName base={base} />
				<h1>Print a plan</h1>
				<p>
					Open this page from the plan builder: build a plan, then choose “Coach sheet (print)” under Save and share.
					You get a sheet to print for the fridge or the track, with a QR code that opens the plan on a phone.
				</p>
				<p>
					<a className="button" href="../">
						Go to the plan builder
					</a>
				</p>
			</div>
		);
	}

	if (state.kind === 'error') {
		return (
			<div className="print-page" data-ready="">
				<SiteName base={base} />
				<h1>This plan link does not work</h1>
				<p className="print-page__problem">{state.message}</p>
				<p>Nothing was printed or saved. Open the plan builder to build the plan again, then print it from there.</p>
				<p>
					<a className="button" href="../">
						Go to the plan builder
					</a>
				</p>
			</div>
		);
	}

	const { plan, code, warnings } = state;
	const chooseLayout = (next: PrintLayout) => {
		setLayout(next);
		try {
			window.history.replaceState(
				window.history.state,
				'',
				`${window.location.pathname}${printSheetQuery(code, next)}`,
			);
		} catch {
			// The sheet still switches; only the address keeps the old layout.
		}
	};

	return (
		<div className="print-page" data-ready="" data-layout={layout}>
			<Toolbar base={base} code={code} layout={layout} onLayout={chooseLayout} />
			<Sheet
				plan={plan}
				warnings={warnings}
				planKey={code}
				layout={layout}
				qrUrl={origin ? builderPlanUrl(origin, base, code) : ''}
			/>
		</div>
	);
}

/** The site's name, linking home: this page has no site header (it stays off paper). */
function SiteName({ base }: { base: string }) {
	return (
		<p className="sheet-toolbar__nav">
			<a className="sheet-toolbar__site" href={base}>
				Retrostride
			</a>
		</p>
	);
}

function Toolbar({
	base,
	code,
	layout,
	onLayout,
}: {
	base: string;
	code: string;
	layout: PrintLayout;
	onLayout: (l: PrintLayout) => void;
}) {
	const id = useId();
	return (
		<div className="sheet-toolbar no-print">
			<p className="sheet-toolbar__nav">
				<a className="sheet-toolbar__site" href={base}>
					Retrostride
				</a>
				<a href={`../?p=${code}`}>← Back to the plan builder</a>
			</p>
			<fieldset className="sheet-toolbar__layouts">
				<legend>Layout</legend>
				{PRINT_LAYOUTS.map((l) => (
					<label key={l} className="sheet-toolbar__choice">
						<input type="radio" name={`${id}-layout`} value={l} checked={layout === l} onChange={() => onLayout(l)} />{' '}
						<span>
							<strong>{LAYOUT_LABELS[l].label}</strong>: {LAYOUT_LABELS[l].hint}
						</span>
					</label>
				))}
			</fieldset>
			<p className="sheet-toolbar__print">
				<button type="button" className="button" onClick={() => window.print()}>
					Print
				</button>
				<span className="sheet-toolbar__hint">
					Fits A4 and US Letter. Type the names below first (kept on this device only); turn off the browser’s headers
					and footers for a clean sheet.
				</span>
			</p>
		</div>
	);
}

const DAY_NAMES = Object.fromEntries(WEEKDAY_OPTIONS.map((o) => [o.value, o.label]));

function Sheet({
	plan,
	warnings,
	planKey,
	layout,
	qrUrl,
}: {
	plan: Plan;
	/** Warnings about a coach's edits, printed in the safety summary. */
	warnings: readonly EditWarning[];
	planKey: string;
	layout: PrintLayout;
	qrUrl: string;
}) {
	const id = useId();
	const days = plan.input.days.map((d) => (DAY_NAMES[d] ?? d).slice(0, 3)).join(', ');
	return (
		<article className={`sheet sheet--${layout}`} aria-labelledby={`${id}-title`}>
			<header className="sheet-head">
				<div className="sheet-head__main">
					<p className="sheet-head__kicker">Retrostride training plan</p>
					<h1 id={`${id}-title`}>{plan.title}</h1>
					<SheetNamesFields id={id} planKey={planKey} />
					<dl className="sheet-facts">
						<div>
							<dt>Start</dt>
							<dd>{formatPlanDate(plan.input.startDate, { withYear: true })}</dd>
						</div>
						{plan.input.raceDate !== undefined && (
							<div>
								<dt>Race</dt>
								<dd>{formatPlanDate(plan.input.raceDate, { withYear: true })}</dd>
							</div>
						)}
						{plan.input.sessionTime !== undefined && (
							<div>
								<dt>Time</dt>
								<dd>{plan.input.sessionTime}</dd>
							</div>
						)}
						<div>
							<dt>Length</dt>
							<dd>{plan.weeks.length} weeks</dd>
						</div>
						<div>
							<dt>Days</dt>
							<dd>{days}</dd>
						</div>
						<div>
							<dt>Units</dt>
							<dd>{unitsLabel(plan.input.units)}</dd>
						</div>
					</dl>
				</div>
				{qrUrl && (
					<figure className="sheet-qr">
						<QrCode className="sheet-qr__code" text={qrUrl} label="QR code: opens this plan in the plan builder" />
						<figcaption>
							Scan to open this plan on a phone and add it to your calendar.{' '}
							<a className="sheet-qr__url" href={qrUrl}>
								{qrUrl}
							</a>
						</figcaption>
					</figure>
				)}
			</header>
			<Legend plan={plan} />
			{layout === 'full' ? <FullSheet plan={plan} editWarnings={warnings} /> : <FridgeSheet plan={plan} />}
		</article>
	);
}

function Legend({ plan }: { plan: Plan }) {
	return (
		<ul className="sheet-legend" aria-label="Legend">
			<li>
				<strong>B</strong> = backward (facing away from where you go), <strong>F</strong> = forward
			</li>
			<li>
				<TickBox /> tick when done
			</li>
			<li>Effort overrules pace: {effortLegend(plan).join('; ')}</li>
		</ul>
	);
}
