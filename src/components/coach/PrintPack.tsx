/**
 * The print pack: one athlete per page (a longer plan continues on the
 * next), each with their name, their plan's facts, a QR code that opens the
 * plan in the builder, and the coach sheet's fridge grid (FridgeSheet, the
 * same component /plan/print/ prints). Each athlete starts a new page on A4
 * or US Letter.
 */
import { coachStrings } from '../../i18n/coach';
import { builderPlanUrl, formatPlanDate, unitsLabel, WEEKDAY_OPTIONS } from '../../lib';
import type { SquadAthlete } from '../../lib/roster';
import { FridgeSheet } from '../print/FridgeSheet';
import { QrCode } from '../print/QrCode';
import { PrintToolbar } from './PrintToolbar';

const t = coachStrings.print;
const DAY_NAMES = Object.fromEntries(WEEKDAY_OPTIONS.map((o) => [o.value, o.label.slice(0, 3)]));

function AthletePage({ athlete, origin, base }: { athlete: SquadAthlete; origin: string; base: string }) {
	const { plan, input, name } = athlete;
	const qrUrl = builderPlanUrl(origin, base, athlete.code);
	const headingId = `pack-${athlete.row}`;
	return (
		<article className="sheet sheet--fridge pack-athlete" aria-labelledby={headingId}>
			<header className="sheet-head">
				<div className="sheet-head__main">
					<p className="sheet-head__kicker">{t.athleteKicker}</p>
					<h2 id={headingId} className="pack-athlete__name">
						{name}
					</h2>
					<p className="pack-athlete__plan">{plan.title}</p>
					<dl className="sheet-facts">
						<div>
							<dt>{t.start}</dt>
							<dd>{formatPlanDate(input.startDate, { withYear: true })}</dd>
						</div>
						{input.raceDate !== undefined && (
							<div>
								<dt>{t.race}</dt>
								<dd>{formatPlanDate(input.raceDate, { withYear: true })}</dd>
							</div>
						)}
						{input.sessionTime !== undefined && (
							<div>
								<dt>{t.time}</dt>
								<dd>{input.sessionTime}</dd>
							</div>
						)}
						<div>
							<dt>{t.length}</dt>
							<dd>{plan.weeks.length} weeks</dd>
						</div>
						<div>
							<dt>{t.days}</dt>
							<dd>{input.days.map((d) => DAY_NAMES[d] ?? d).join(', ')}</dd>
						</div>
						<div>
							<dt>{t.units}</dt>
							<dd>{unitsLabel(input.units)}</dd>
						</div>
					</dl>
				</div>
				{origin && (
					<figure className="sheet-qr">
						<QrCode className="sheet-qr__code" text={qrUrl} label={t.qrLabel(name)} />
						<figcaption>
							{t.qrCaption}{' '}
							<a className="sheet-qr__url" href={qrUrl}>
								{qrUrl}
							</a>
						</figcaption>
					</figure>
				)}
			</header>
			<FridgeSheet plan={plan} />
		</article>
	);
}

export interface PrintPackProps {
	athletes: SquadAthlete[];
	origin: string;
	base: string;
	onBack: () => void;
}

export function PrintPack({ athletes, origin, base, onBack }: PrintPackProps) {
	return (
		<div className="print-page coach-print">
			<PrintToolbar onBack={onBack} />
			<h2 className="visually-hidden" id="coach-view-heading" tabIndex={-1}>
				{t.packTitle}
			</h2>
			{athletes.map((a) => (
				<AthletePage key={a.row} athlete={a} origin={origin} base={base} />
			))}
		</div>
	);
}
