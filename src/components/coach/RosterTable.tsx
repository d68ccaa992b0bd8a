/**
 * The roster as a table to type in: one row per athlete, one text box per
 * column, each box's problem written under it and tied to it with
 * aria-describedby, so a coach fixes a flagged cell where it is. Text is
 * kept as typed (a half-typed date is not lost); the squad is rebuilt from it.
 */
import { coachStrings } from '../../i18n/coach';
import {
	type CellError,
	COLUMN_INFO,
	EMPTY_ROW,
	MAX_CELL_LENGTH,
	MAX_ROSTER_ROWS,
	ROSTER_COLUMNS,
	type RosterColumn,
	type RosterRow,
	sheetRow,
} from '../../lib/roster';

const t = coachStrings.table;

/** The id of a cell's text box, which the problem list links to. */
export function cellId(row: number, column: RosterColumn | ''): string {
	return `roster-${row}-${column || 'name'}`;
}

export interface RosterTableProps {
	rows: RosterRow[];
	/** Problems by spreadsheet row number. */
	errors: ReadonlyMap<number, CellError[]>;
	onChange: (rows: RosterRow[]) => void;
}

export function RosterTable({ rows, errors, onChange }: RosterTableProps) {
	const setCell = (index: number, column: RosterColumn, value: string) =>
		onChange(rows.map((r, i) => (i === index ? { ...r, [column]: value } : r)));
	const remove = (index: number) => onChange(rows.filter((_, i) => i !== index));

	return (
		<section className="coach-panel" aria-labelledby="roster-table-heading">
			<h2 id="roster-table-heading">{t.heading}</h2>
			<details className="coach-columns">
				<summary>What to write in each column</summary>
				<dl>
					{ROSTER_COLUMNS.map((c) => (
						<div key={c}>
							<dt>{COLUMN_INFO[c].header}</dt>
							<dd>{COLUMN_INFO[c].hint}</dd>
						</div>
					))}
				</dl>
			</details>
			{rows.length > 0 && (
				// biome-ignore lint/a11y/noNoninteractiveTabindex: the wide table scrolls sideways, so keyboard users must reach it (WCAG 2.1.1)
				<section className="table-scroll coach-table-scroll" tabIndex={0} aria-label={t.caption}>
					<table className="roster-table">
						<caption className="visually-hidden">{t.caption}</caption>
						<thead>
							<tr>
								<th scope="col">{t.row}</th>
								{ROSTER_COLUMNS.map((c) => (
									<th scope="col" key={c}>
										{COLUMN_INFO[c].header}
									</th>
								))}
								<th scope="col">{t.actions}</th>
							</tr>
						</thead>
						<tbody>
							{rows.map((r, index) => {
								const row = sheetRow(index);
								const rowErrors = errors.get(row) ?? [];
								return (
									// biome-ignore lint/suspicious/noArrayIndexKey: a row is its place in the roster, as in the spreadsheet
									<tr key={index} className={rowErrors.length > 0 ? 'roster-table__bad' : undefined}>
										<th scope="row">{row}</th>
										{ROSTER_COLUMNS.map((c) => {
											const cellErrors = rowErrors.filter((e) => (e.column || 'name') === c);
											const id = cellId(row, c);
											return (
												<td key={c}>
													<input
														id={id}
														className={`roster-table__input roster-table__input--${c}`}
														value={r[c]}
														maxLength={MAX_CELL_LENGTH}
														aria-label={t.cell(row, COLUMN_INFO[c].header)}
														aria-invalid={cellErrors.length > 0 ? true : undefined}
														aria-describedby={cellErrors.length > 0 ? `${id}-error` : undefined}
														spellCheck={false}
														onChange={(e) => setCell(index, c, e.target.value)}
													/>
													{cellErrors.length > 0 && (
														<p className="field__error" id={`${id}-error`}>
															{cellErrors.map((e) => e.message).join('. ')}
														</p>
													)}
												</td>
											);
										})}
										<td>
											<button type="button" className="button button--quiet" onClick={() => remove(index)}>
												<span aria-hidden="true">✕</span>
												<span className="visually-hidden">{t.remove(r.name)}</span>
											</button>
										</td>
									</tr>
								);
							})}
						</tbody>
					</table>
				</section>
			)}
			<p className="button-row">
				<button
					type="button"
					className="button button--quiet"
					disabled={rows.length >= MAX_ROSTER_ROWS}
					onClick={() => {
						onChange([...rows, { ...EMPTY_ROW }]);
						// Focus the new row's first box once it is drawn.
						requestAnimationFrame(() => document.getElementById(cellId(sheetRow(rows.length), 'name'))?.focus());
					}}
				>
					{t.add}
				</button>
				{rows.length > 0 && (
					<button
						type="button"
						className="button button--quiet"
						onClick={() => {
							if (window.confirm(t.clearConfirm)) onChange([]);
						}}
					>
						{t.clear}
					</button>
				)}
			</p>
		</section>
	);
}
