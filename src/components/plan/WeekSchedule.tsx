/**
 * The plan week by week. Each session is a disclosure: the summary line shows
 * its date, kind and title; opening it shows the segments with effort and
 * pace, the technique cues, the safety notes and the guides that explain them.
 */
import { type ReactNode, useState } from 'react';
import { builderStrings as t } from '../../i18n/builder';
import {
	describeSegment,
	type EditWarning,
	editMark,
	formatPlanDate,
	formatRoundedDuration,
	PHASE_LABELS,
	type Plan,
	planToday,
	SESSION_KIND_LABELS,
	type Session,
} from '../../lib';

export interface ScheduleProps {
	plan: Plan;
	/** The plan's share state (encodeShareState of its input), for each session's player link. */
	shareCode: string;
	/** Guide titles by id, for the guides that exist; other ids are not linked. */
	guideTitles: Readonly<Record<string, string>>;
	/** The site's base URL ("/" or "/retro/"), for links to guides. */
	base: string;
	/** Open links in a new tab (the embed). */
	external?: boolean;
	/** The runner's local date, once known in the browser: marks today's session and offers a jump to it. */
	today?: string | undefined;
	/** Calendar links and the change menu of an opened session, once the editor chunk has loaded. */
	tools?: ((session: Session, week: number) => ReactNode) | undefined;
	/** Called when a session is first opened: the builder then loads the editor chunk. */
	onOpen?: () => void;
	/** Warnings about edits, shown under the session (or week) they are about. */
	warnings?: readonly EditWarning[];
	/** "Repeat week N", when the plan can be edited. */
	onRepeatWeek?: (week: number) => void;
}

/** The word beside an edited session's title (editMark in src/lib). */
function EditBadge({ session }: { session: Session }) {
	const mark = editMark(session);
	return mark ? <strong className="session__edited">{t.schedule[mark]}</strong> : null;
}

/** Warnings as a list under what they are about. */
function Warnings({ list }: { list: readonly EditWarning[] }) {
	return list.length > 0 ? (
		<ul className="edit-warnings">
			{list.map((w) => (
				<li key={w.message}>{w.message}</li>
			))}
		</ul>
	) : null;
}

/** Opens a session's details when a "today" link jumps to it. */
function openSession(id: string) {
	const el = document.getElementById(id);
	if (el instanceof HTMLDetailsElement) el.open = true;
}

/** "Your plan starts on …", "Today: …" with a link, or "This plan ended on …". */
function TodayLine({ plan, today }: { plan: Plan; today: string }) {
	const where = planToday(plan, today);
	if (where.when === 'before') {
		return (
			<p className="today-line">
				{t.todayLine.startsOn(formatPlanDate(where.startDate, { withYear: true }), where.days)}
			</p>
		);
	}
	if (where.when === 'after') {
		return <p className="today-line">{t.todayLine.ended(formatPlanDate(where.endDate, { withYear: true }))}</p>;
	}
	const sessions = plan.weeks.flatMap((w) => w.sessions);
	const todays = sessions.find((s) => s.id === where.sessionId);
	const next = sessions.find((s) => s.id === where.nextSessionId);
	return (
		<p className="today-line">
			{t.todayLine.inWeek}
			<a href={`#week-${where.week}`}>{t.todayLine.week(where.week)}</a>.{' '}
			{todays ? (
				<a href={`#${todays.id}`} onClick={() => openSession(todays.id)}>
					{t.todayLine.todayIs(todays.title)}
				</a>
			) : next ? (
				<>
					{t.todayLine.noneToday}
					<a href={`#${next.id}`} onClick={() => openSession(next.id)}>
						{t.todayLine.next(formatPlanDate(next.date), next.title)}
					</a>
				</>
			) : (
				t.todayLine.noneLeft
			)}
		</p>
	);
}

export function WeekSchedule({
	plan,
	shareCode,
	guideTitles,
	base,
	external = false,
	today,
	tools,
	onOpen,
	warnings = [],
	onRepeatWeek,
}: ScheduleProps) {
	// Sessions the runner has opened: only those get calendar links, so the calendar code loads on first use.
	const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());
	const units = plan.input.units;
	const linkProps = external ? { target: '_blank', rel: 'noopener' } : {};
	return (
		<section className="schedule" aria-labelledby="schedule-heading">
			<h2 id="schedule-heading">{t.schedule.heading}</h2>
			{today !== undefined && <TodayLine plan={plan} today={today} />}
			{plan.weeks.map((week) => (
				<section key={week.index} className={`week week--${week.phase}`} aria-labelledby={`week-${week.index}`}>
					<h3 id={`week-${week.index}`}>
						{t.schedule.week(week.index)} <span className="week__phase">{PHASE_LABELS[week.phase]}</span>{' '}
						<span className="week__dates">
							{t.schedule.dates(formatPlanDate(week.startDate), formatPlanDate(week.endDate))}
						</span>
					</h3>
					{onRepeatWeek && week.phase !== 'race' && (
						<button
							type="button"
							className="button button--quiet week__repeat no-print"
							onClick={() => onRepeatWeek(week.index)}
						>
							{t.schedule.repeatWeek(week.index)}
						</button>
					)}
					<Warnings list={warnings.filter((w) => w.session === undefined && w.week === week.index)} />
					<ul className="sessions">
						{week.sessions.map((s) => (
							<li key={s.id}>
								<details
									id={s.id}
									className={`session session--${s.kind}${s.date === today ? ' session--today' : ''}${s.skipped ? ' session--skipped' : ''}`}
									onToggle={(e) => {
										if (e.currentTarget.open && !opened.has(s.id)) {
											setOpened(new Set(opened).add(s.id));
											onOpen?.();
										}
									}}
								>
									<summary>
										<span className="session__date">{formatPlanDate(s.date)}</span>{' '}
										{s.date === today && <strong className="session__today">{t.schedule.today}</strong>}{' '}
										<span className="session__kind">{SESSION_KIND_LABELS[s.kind]}</span>{' '}
										<span className="session__title">{s.title}</span> <EditBadge session={s} />{' '}
										<span className="session__time">
											{t.schedule.about(formatRoundedDuration(s.estimatedDurationSec))}
										</span>
									</summary>
									<div className="session__body">
										<p className="session__start">
											<a className="button" href={`${base}plan/session/?p=${shareCode}&s=${s.id}`} {...linkProps}>
												{t.schedule.start}
												<span className="visually-hidden">: {s.title}</span>
											</a>
										</p>
										{s.note !== undefined && (
											<p className="session__note">
												<strong>{t.schedule.note}</strong>
												{s.note}
											</p>
										)}
										{opened.has(s.id) &&
											(tools ? tools(s, week.index) : <p className="field__hint">{t.schedule.loadingTools}</p>)}
										<ol className="segments">
											{s.segments.map((seg, i) => (
												// biome-ignore lint/suspicious/noArrayIndexKey: segments have no id and never reorder within a session
												<li key={`${s.id}-${i}`} className={`segment segment--${seg.direction}`}>
													{describeSegment(seg, units)}
												</li>
											))}
										</ol>
										{s.techniqueCues.length > 0 && (
											<>
												<h4>{t.schedule.technique}</h4>
												<ul>
													{s.techniqueCues.map((c) => (
														<li key={c}>{c}</li>
													))}
												</ul>
											</>
										)}
										{s.safetyNotes.length > 0 && (
											<>
												<h4>{t.schedule.safety}</h4>
												<ul>
													{s.safetyNotes.map((n) => (
														<li key={n}>{n}</li>
													))}
												</ul>
											</>
										)}
										{s.guideIds.some((g) => guideTitles[g]) && (
											<p className="session__guides">
												{t.schedule.readMore}
												{s.guideIds
													.filter((g) => guideTitles[g])
													.map((g, i) => (
														<span key={g}>
															{i > 0 && ', '}
															<a href={`${base}guides/${g}/`} {...linkProps}>
																{guideTitles[g]}
															</a>
														</span>
													))}
											</p>
										)}
									</div>
								</details>
								<Warnings list={warnings.filter((w) => w.session === s.id)} />
							</li>
						))}
					</ul>
				</section>
			))}
		</section>
	);
}
