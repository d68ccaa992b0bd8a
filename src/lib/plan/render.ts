/**
 * A plain-text rendering of a plan, for snapshot tests, docs and anyone who
 * wants to read a plan as a coach would: every week, every session, every
 * number, with cues and safety notes printed whenever they change.
 */
import { formatDistance, formatDuration, formatPace, formatRoundedDuration } from './format';
import {
	EXPERIENCE_OPTIONS,
	GOAL_OPTIONS,
	isRaceGoal,
	optionLabel,
	PHASE_LABELS,
	SURFACE_OPTIONS,
	type Units,
	WEEKDAY_OPTIONS,
} from './options';
import { DEFAULT_CURRENT_RUN_MINUTES, SPLIT_DEFAULT_EVERY_WEEKS } from './rules';
import type { Plan, Segment, Session, Split } from './schema';

const short = (label: string) => label.slice(0, 3);

/**
 * Render a plan as text. Never throws for a plan from generatePlan,
 * applyPlanEdits or a plan file that passed planSchema.
 *
 * @example
 * renderPlanAsText(plan).split('\n')[0] // 'Backward 5K in 12 weeks'
 */
export function renderPlanAsText(plan: Plan): string {
	const { input } = plan;
	const u = input.units;
	const lines: string[] = [];
	lines.push(plan.title, `Plan id: ${plan.id}`);
	lines.push(
		`Goal: ${optionLabel(GOAL_OPTIONS, input.goal)} | Experience: ${optionLabel(EXPERIENCE_OPTIONS, input.experience)} | Start: ${input.startDate}${input.raceDate ? ` | Race: ${input.raceDate}` : ''} | ${input.weeks} weeks`,
	);
	lines.push(
		`Days: ${input.days.map((d) => short(optionLabel(WEEKDAY_OPTIONS, d))).join(', ')}${isRaceGoal(input.goal) ? ` (long run ${short(optionLabel(WEEKDAY_OPTIONS, input.longRunDay))})` : ''} | Units: ${u} | Surface: ${optionLabel(SURFACE_OPTIONS, input.surface)} | Guide: ${input.hasGuide ? 'yes' : 'no'}`,
	);
	const extras = [
		// Walking plans do not read it: a knee-friendly plan is the same for every runner.
		...(input.goal === 'knee-friendly'
			? []
			: [`Runs ${input.currentRunMinutes ?? DEFAULT_CURRENT_RUN_MINUTES} min forward today`]),
		...(input.forwardWeeklyDistance !== undefined ? [`Forward ${input.forwardWeeklyDistance} ${u}/week`] : []),
		...(input.split ? [`Split: ${splitText(input.split, u)}`] : []),
	];
	// A walking plan shows no pace: no session uses one (knee-friendly walking).
	if (planUsesPaces(plan)) {
		extras.unshift(
			`Easy pace: forward ${paceText(plan.paces.forwardEasy, u)}, backward ${paceText(plan.paces.backwardEasy, u)}`,
		);
	}
	lines.push(extras.join(' | '));
	lines.push('', plan.screening);
	if (plan.warnings.length > 0) {
		lines.push('', 'Warnings:');
		for (const w of plan.warnings) lines.push(`- ${w}`);
	}
	let lastNotes = '';
	for (const week of plan.weeks) {
		const t = week.totals;
		lines.push(
			'',
			`Week ${week.index} (${week.startDate} to ${week.endDate}) ${PHASE_LABELS[week.phase]}: backward ${formatRoundedDuration(t.backwardSec)} (${formatDistance(t.backwardDistanceM, u)}) in ${t.backwardSessions} ${t.backwardSessions === 1 ? 'session' : 'sessions'}, forward ${formatRoundedDuration(t.forwardSec)} (${formatDistance(t.forwardDistanceM, u)})`,
		);
		for (const s of week.sessions) {
			const edited = s.changes ? ` (${s.skipped ? 'skipped; ' : ''}${s.changes.join(', ')})` : '';
			lines.push(
				`  ${s.id} ${short(optionLabel(WEEKDAY_OPTIONS, s.weekday))} ${s.date} [${s.kind}] ${s.title}${edited}`,
			);
			if (s.note !== undefined) lines.push(`      Note: ${s.note}`);
			for (const seg of s.segments) lines.push(`      - ${segmentText(seg, u)}`);
			lines.push(
				`      = ${formatRoundedDuration(s.estimatedDurationSec)}, ${formatDistance(s.estimatedDistanceM, u)}, ${Math.round(s.backwardShare * 100)} % backward`,
			);
			const notes = notesText(s);
			if (notes !== '' && notes !== lastNotes) {
				lines.push(notes);
				lastNotes = notes;
			}
			if (s.guideIds.length > 0) lines.push(`      Guides: ${s.guideIds.join(', ')}`);
		}
	}
	return `${lines.join('\n')}\n`;
}

/**
 * True when some segment of the plan shows a pace. Walking plans have none,
 * so their summaries and sheets leave paces out.
 *
 * @example
 * planUsesPaces(kneeFriendlyPlan) // false
 */
export function planUsesPaces(plan: Plan): boolean {
	return plan.weeks.some((w) => w.sessions.some((s) => s.segments.some((g) => g.pace !== undefined && g.pace.max > 0)));
}

/** "2 mi forward + 0.5 mi backward, +0.25 mi every 2 weeks". */
function splitText(split: Split, u: Units): string {
	const unit = split.measure === 'distance' ? ` ${u}` : ' min';
	const grow =
		split.step !== undefined
			? `, +${split.step}${unit} every ${split.everyWeeks ?? SPLIT_DEFAULT_EVERY_WEEKS} weeks`
			: '';
	return `${split.forward}${unit} forward + ${split.backward}${unit} backward${grow}`;
}

function paceText(p: { min: number; max: number }, u: Units): string {
	return `${formatPace(p.min)}-${formatPace(p.max)}/${u}`;
}

/** "4 × 90 s backward run (easy, 9:05-10:25/km), 1 min forward jog between". */
export function segmentText(seg: Segment, u: Units): string {
	const amount =
		seg.durationSec !== undefined ? formatDuration(seg.durationSec) : formatDistance(seg.distanceM ?? 0, u);
	const reps = seg.repeats > 1 ? `${seg.repeats} × ` : '';
	const pace = seg.pace ? `, ${paceText(seg.pace, u)}` : '';
	const rec =
		seg.recovery && seg.repeats > 1
			? `, ${formatDuration(seg.recovery.durationSec)} ${seg.recovery.direction} ${seg.recovery.mode} between`
			: '';
	return `${seg.role}: ${reps}${amount} ${seg.direction} ${seg.mode} (${seg.effort}${pace})${rec}`;
}

function notesText(s: Session): string {
	const parts: string[] = [];
	if (s.techniqueCues.length > 0) parts.push(`      Technique: ${s.techniqueCues.join(' ')}`);
	if (s.safetyNotes.length > 0) parts.push(`      Safety: ${s.safetyNotes.join(' ')}`);
	return parts.join('\n');
}
