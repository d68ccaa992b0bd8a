/**
 * "Set the split yourself": the checkbox that opens a coach's own mixed runs.
 * The boxes behind it (SplitBoxes) load only when it is ticked, because most
 * runners never open them and the builder's first load has a byte budget.
 */
import { lazy, Suspense } from 'react';
import { builderStrings as t } from '../../i18n/builder';
import { withSplit } from '../../lib';
import { ChunkBoundary } from '../chunk-boundary';
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
				<label htmlFor={`${id}-split-on`}>{t.split.tick}</label>
				<p className="field__hint" id={`${id}-split-on-hint`}>
					{t.split.tickHint}
				</p>
			</div>
			{state.splitOn && (
				<ChunkBoundary message={t.partFailed.split}>
					<Suspense fallback={<p className="field__hint">{t.split.loading}</p>}>
						<SplitBoxes id={id} state={state} error={error} onChange={onChange} />
					</Suspense>
				</ChunkBoundary>
			)}
		</div>
	);
}
