/**
 * "Set the split yourself": the checkbox that opens a coach's own mixed runs.
 * The boxes behind it (SplitBoxes) load only when it is ticked, because most
 * runners never open them and the builder's first load has a byte budget.
 */
import { lazy, Suspense } from 'react';
import { withSplit } from '../../lib';
import type { SplitBoxesProps } from './SplitBoxes';

const SplitBoxes = lazy(() => import('./SplitBoxes'));

export type SplitFieldsProps = SplitBoxesProps;

export function SplitFields({ id, state, error, onChange }: SplitFieldsProps) {
	return (
		<div className="split">
			<div className="field field--check">
				<input
					id={`${id}-split-on`}
					type="checkbox"
					checked={state.splitOn}
					aria-describedby={`${id}-split-on-hint`}
					onChange={(e) => onChange(withSplit(state, { on: e.target.checked }))}
				/>
				<label htmlFor={`${id}-split-on`}>Set the split of my mixed runs myself</label>
				<p className="field__hint" id={`${id}-split-on-hint`}>
					As a coach writes it: 2 mi forward, then 0.5 mi backward, a little more backward every few weeks.
				</p>
			</div>
			{state.splitOn && (
				<Suspense fallback={<p className="field__hint">Loading the split boxes…</p>}>
					<SplitBoxes id={id} state={state} error={error} onChange={onChange} />
				</Suspense>
			)}
		</div>
	);
}
