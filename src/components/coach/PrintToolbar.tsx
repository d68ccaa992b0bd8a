/** The bar above a printable view: the way back to the roster and Print. Never printed. */
import { coachStrings } from '../../i18n/coach';

const t = coachStrings.print;

export function PrintToolbar({ onBack }: { onBack: () => void }) {
	return (
		<div className="sheet-toolbar no-print">
			<p className="sheet-toolbar__print">
				<button type="button" className="button button--quiet" onClick={onBack}>
					{t.back}
				</button>
				<button type="button" className="button" onClick={() => window.print()}>
					{t.print}
				</button>
				<span className="sheet-toolbar__hint">{t.hint}</span>
			</p>
		</div>
	);
}
