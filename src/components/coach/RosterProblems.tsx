/**
 * What needs fixing, above the table: problems with the file itself, then
 * each bad row's cells by row and column with what to write, each a link
 * that moves focus to the cell's text box.
 */
import { coachStrings } from '../../i18n/coach';
import { COLUMN_INFO, type SquadProblem } from '../../lib/roster';
import { cellId } from './RosterTable';

const t = coachStrings.problems;

export function RosterProblems({ fileProblems, problems }: { fileProblems: string[]; problems: SquadProblem[] }) {
	if (fileProblems.length === 0 && problems.length === 0) return null;
	return (
		<section className="coach-problems" aria-labelledby="roster-problems-heading">
			<h2 id="roster-problems-heading">{problems.length > 0 ? t.heading(problems.length) : t.file}</h2>
			{fileProblems.length > 0 && (
				<ul>
					{fileProblems.map((p) => (
						<li key={p}>{p}</li>
					))}
				</ul>
			)}
			{problems.length > 0 && (
				<>
					<p>{t.intro}</p>
					<ul>
						{problems.flatMap((p) =>
							p.errors.map((e) => {
								const column = e.column === '' ? t.wholeRow : COLUMN_INFO[e.column].header;
								const id = cellId(p.row, e.column);
								return (
									<li key={`${p.row}-${e.column}-${e.message}`}>
										<a
											href={`#${id}`}
											onClick={(event) => {
												const box = document.getElementById(id);
												if (!box) return;
												event.preventDefault();
												box.focus();
												box.scrollIntoView({ block: 'center' });
											}}
										>
											{t.row(p.row, p.name)}, {column}
										</a>
										: {e.message}
									</li>
								);
							}),
						)}
					</ul>
				</>
			)}
		</section>
	);
}
