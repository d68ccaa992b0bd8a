/**
 * The athlete's and coach's names on a print sheet. They are kept on this
 * device (src/lib/print/names.ts), never in the address or an export, and
 * "Forget names" wipes them. When the browser refuses storage the names still
 * print; the sheet says they will not be there next time.
 */
import { useEffect, useState } from 'react';
import { forgetSheetNames, readSheetNames, SHEET_NAME_MAX, type SheetNames, saveSheetNames } from '../../lib';
import { browserStore } from '../browser-store';

export interface SheetNamesFieldsProps {
	/** Prefix for element ids. */
	id: string;
	/** The plan's share code: each athlete's name belongs to their plan. */
	planKey: string;
}

export function SheetNamesFields({ id, planKey }: SheetNamesFieldsProps) {
	const [names, setNames] = useState<SheetNames>({ athlete: '', coach: '' });
	const [status, setStatus] = useState('');

	useEffect(() => {
		setNames(readSheetNames(browserStore(), planKey));
	}, [planKey]);

	const change = (key: keyof SheetNames, value: string) => {
		const next = { ...names, [key]: value };
		setNames(next);
		const saved = saveSheetNames(browserStore(), planKey, next);
		setStatus(
			saved ? '' : 'This browser does not let us keep the names, so they print now but will be gone next time.',
		);
	};

	const forget = () => {
		const forgotten = forgetSheetNames(browserStore());
		setNames({ athlete: '', coach: '' });
		setStatus(forgotten ? 'Names forgotten on this device.' : 'The names are cleared from this sheet.');
	};

	return (
		<div className="sheet-names">
			<Name id={`${id}-athlete`} label="Athlete" value={names.athlete} onChange={(v) => change('athlete', v)} />
			<Name id={`${id}-coach`} label="Coach" value={names.coach} onChange={(v) => change('coach', v)} />
			<p className="sheet-names__keep no-print">
				<span id={`${id}-names-hint`}>Names stay on this device only, never in a link or a file.</span>{' '}
				<button
					type="button"
					className="button button--quiet"
					onClick={forget}
					aria-describedby={`${id}-names-hint`}
					disabled={names.athlete === '' && names.coach === '' && status === ''}
				>
					Forget names
				</button>
			</p>
			<p className="sheet-names__status no-print" role="status">
				{status}
			</p>
		</div>
	);
}

function Name({
	id,
	label,
	value,
	onChange,
}: {
	id: string;
	label: string;
	value: string;
	onChange: (v: string) => void;
}) {
	return (
		<div className="sheet-name">
			<label htmlFor={id}>{label}</label>
			<input
				id={id}
				type="text"
				autoComplete="off"
				maxLength={SHEET_NAME_MAX}
				value={value}
				onChange={(e) => onChange(e.target.value)}
			/>
			{/* Paper gets the name as text (or a line to write on); the input is for the screen. */}
			<span className="sheet-name__printed" aria-hidden="true">
				{value}
			</span>
		</div>
	);
}
