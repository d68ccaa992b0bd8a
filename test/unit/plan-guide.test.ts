/**
 * "How the plan builder works" states the engine's rules in words. Each
 * number it gives is read back here and compared with src/lib/plan/rules.ts,
 * so the guide cannot drift from the plan again (it once promised a 20 %
 * weekly rise and a 30-minute cap the engine never had).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	AFTER_RECOVERY_FACTOR,
	BACKWARD_JOG_FROM_MINUTES,
	BACKWARD_PACE_RATIO,
	DAY_BACK_FORWARD_FACTOR,
	FORWARD_FACTOR,
	FORWARD_RUN_STEP_SEC,
	FOUNDATION_MAX_RUN_DAYS,
	FOUNDATION_UNTIL_MINUTES,
	MAX_BACKWARD_SESSIONS_PER_WEEK,
	MAX_SESSION_SEC,
	MAX_WEEK_BACKWARD_SEC,
	MIN_DAYS_BETWEEN_BACKWARD_SESSIONS,
	MIX_IN_MAX_BACKWARD_OF_FORWARD,
	NEW_RUNNER_LIMITED_WEEKS,
	NEW_RUNNER_MAX_BACKWARD_SESSIONS,
	RACE_SESSION_CAP_SEC,
	READINESS_CAP_SEC,
	READINESS_FRACTION,
	RECOVERY_CUT,
	RECOVERY_EVERY_WEEKS,
	RISE_FLOOR_SEC,
	RISE_FRACTION,
	RUN_WALK,
	RUN_WALK_FROM_SEC,
	RUN_WALK_READY_FRACTION,
	RUN_WALK_RUN_SEC,
	START_BLOCK_SEC,
	START_SESSION_SEC,
	WALK_RUN_STAGES,
} from '../../src/lib/plan/rules';

const guide = readFileSync('src/content/guides/how-the-plan-builder-works.mdx', 'utf8').replace(/\s+/g, ' ');

/** The numbers captured by `pattern` in the guide (fails the test if the sentence is gone). */
function stated(pattern: RegExp): number[] {
	const match = pattern.exec(guide);
	expect(match, `the guide no longer says ${pattern}`).not.toBeNull();
	return (match ?? []).slice(1).map(Number);
}

const minutes = (sec: number) => sec / 60;

describe('the plan-builder guide agrees with rules.ts', () => {
	it('states the starting doses', () => {
		expect(stated(/pieces of \*\*(\d+) seconds\*\* with walks between, about \*\*([\d.]+) minutes\*\*/)).toEqual([
			START_BLOCK_SEC.new,
			minutes(START_SESSION_SEC.new),
		]);
		expect(stated(/pieces of \*\*(\d+) minutes\*\*, about \*\*(\d+) minutes\*\* a session/)).toEqual([
			minutes(START_BLOCK_SEC.some),
			minutes(START_SESSION_SEC.some),
		]);
		expect(stated(/blocks of \*\*(\d+) minutes\*\*, about \*\*(\d+) minutes\*\* a session/)).toEqual([
			minutes(START_BLOCK_SEC.regular),
			minutes(START_SESSION_SEC.regular),
		]);
		expect(stated(/forward for \*\*(\d+) minutes\*\* without stopping, the plan starts with a walk\/run/)).toEqual([
			FOUNDATION_UNTIL_MINUTES,
		]);
		expect(stated(/Until you can run forward for \*\*(\d+) minutes\*\*/)).toEqual([BACKWARD_JOG_FROM_MINUTES]);
	});

	it('states the foundation’s days and the forward run after it', () => {
		// The foundation's last run is its last stage (30 minutes); the day back starts at half an easy run of it.
		const lastRunMin = minutes(WALK_RUN_STAGES.at(-1)?.runSec ?? 0);
		expect(
			stated(
				/foundation runs on \*\*(\d+)\*\* of your days with a rest day between, until you run \*\*(\d+) minutes\*\*/,
			),
		).toEqual([FOUNDATION_MAX_RUN_DAYS, lastRunMin]);
		expect(stated(/each starting with a \*\*(\d+)-minute\*\* easy run/)).toEqual([
			lastRunMin * DAY_BACK_FORWARD_FACTOR,
		]);
		expect(
			stated(
				/keeps the \*\*(\d+) minutes\*\* of running you built, and any backward running you already did on top of them: .* backward part grows, \*\*(\d+)\*\* minutes at a time/,
			),
		).toEqual([lastRunMin, minutes(FORWARD_RUN_STEP_SEC)]);
	});

	it('states the session limits', () => {
		expect(
			stated(
				/\*\*At most (\d+) backward sessions a week\*\*, and \*\*(\d+)\*\* in a new runner's first \*\*(\d+)\*\* weeks/,
			),
		).toEqual([MAX_BACKWARD_SESSIONS_PER_WEEK, NEW_RUNNER_MAX_BACKWARD_SESSIONS, NEW_RUNNER_LIMITED_WEEKS]);
	});

	it('states the rise cap', () => {
		expect(
			stated(/more than \*\*(\d+)%\*\* longer than the longest session before it, or \*\*(\d+) minutes\*\*/),
		).toEqual([Math.round(RISE_FRACTION * 100), minutes(RISE_FLOOR_SEC)]);
	});

	it('states the recovery weeks', () => {
		expect(
			stated(
				/Every \*\*(\d+)th\*\* week is a \*\*recovery week\*\*: weekly backward time falls by \*\*(\d+) to (\d+)%\*\*/,
			),
		).toEqual([RECOVERY_EVERY_WEEKS, Math.round(RECOVERY_CUT.min * 100), Math.round(RECOVERY_CUT.max * 100)]);
		expect(stated(/at about \*\*(\d+)%\*\* of it/)).toEqual([Math.round(AFTER_RECOVERY_FACTOR * 100)]);
		// Forward running, the foundation's walk/run runs included (foundation.ts weekWalkRun).
		expect(stated(/Your forward running is cut by \*\*(\d+)%\*\* as well/)).toEqual([
			Math.round((1 - FORWARD_FACTOR.recovery) * 100),
		]);
	});

	it('states the time limits and the mixed-run share', () => {
		expect(stated(/more than \*\*(\d+) minutes\*\*, and no week more than \*\*(\d+) hours\*\*/)).toEqual([
			minutes(MAX_SESSION_SEC),
			MAX_WEEK_BACKWARD_SEC / 3600,
		]);
		expect(stated(/within \*\*(\d+) minutes\*\* and a 10K plan within \*\*(\d+) minutes\*\*/)).toEqual([
			minutes(RACE_SESSION_CAP_SEC['retro-5k'] ?? 0),
			minutes(RACE_SESSION_CAP_SEC['retro-10k'] ?? 0),
		]);
		expect(MIX_IN_MAX_BACKWARD_OF_FORWARD).toBeCloseTo(1 / 3);
		expect(guide).toContain('most **a third** of the forward part');
	});

	it('states race readiness and run/walk', () => {
		expect(stated(/at least \*\*(\d+)%\*\* of the race's longest continuous block, or \*\*(\d+) minutes\*\*/)).toEqual([
			Math.round(READINESS_FRACTION * 100),
			minutes(READINESS_CAP_SEC),
		]);
		expect(
			stated(
				/more than \*\*(\d+) minutes\*\* backward are planned as run\/walk: \*\*(\d+)\*\* minutes of backward running, then \*\*(\d+)\*\* minute/,
			),
		).toEqual([minutes(RUN_WALK_FROM_SEC.regular), minutes(RUN_WALK.runSec), minutes(RUN_WALK.walkSec)]);
		expect(
			stated(
				/new to backward\s+running, a race over \*\*(\d+) minutes\*\* is run\/walk too, in \*\*(\d+)\*\*-minute runs/,
			),
		).toEqual([minutes(RUN_WALK_FROM_SEC.new), minutes(RUN_WALK_RUN_SEC.new)]);
		expect(stated(/some experience, a race over \*\*(\d+) minutes\*\*/)).toEqual([minutes(RUN_WALK_FROM_SEC.some)]);
		expect(RUN_WALK_RUN_SEC.some).toBe(RUN_WALK.runSec);
		expect(stated(/runs reach \*\*(\d+)%\*\* of the race's runs/)).toEqual([Math.round(RUN_WALK_READY_FRACTION * 100)]);
	});

	it('states the pace ratios for every experience level', () => {
		const [newMin, newMax, someMin, someMax, regMin, regMax] = [
			...stated(/New to backward running:\*\* about \*\*([\d.]+) to ([\d.]+)\*\*/),
			...stated(/Tried it a few times:\*\* about \*\*([\d.]+) to ([\d.]+)\*\*/),
			...stated(/Run backward regularly:\*\* about \*\*([\d.]+) to ([\d.]+)\*\*/),
		];
		expect({ newMin, newMax, someMin, someMax, regMin, regMax }).toEqual({
			newMin: BACKWARD_PACE_RATIO.new.min,
			newMax: BACKWARD_PACE_RATIO.new.max,
			someMin: BACKWARD_PACE_RATIO.some.min,
			someMax: BACKWARD_PACE_RATIO.some.max,
			regMin: BACKWARD_PACE_RATIO.regular.min,
			regMax: BACKWARD_PACE_RATIO.regular.max,
		});
	});
});

/**
 * "Mixing backward into forward runs" states three of the same rules as the
 * builder's ("Our rules of thumb, which the plan builder also follows"), in words.
 */
describe('the mixing guide states the rules rules.ts enforces', () => {
	const mixing = readFileSync('src/content/guides/mixing-into-forward-runs.mdx', 'utf8').replace(/\s+/g, ' ');
	const WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, a: 1 };
	const FRACTIONS: Readonly<Record<string, number>> = { half: 1 / 2, third: 1 / 3, quarter: 1 / 4, fifth: 1 / 5 };

	it('the backward share of a session: at most a third of the forward part is a quarter of the whole', () => {
		const match = /\*\*Backward is a small share of a session:\*\* no more than about a (\w+) of it/.exec(mixing);
		expect(match, 'the guide no longer states the backward share').not.toBeNull();
		const whole = MIX_IN_MAX_BACKWARD_OF_FORWARD / (1 + MIX_IN_MAX_BACKWARD_OF_FORWARD);
		expect(FRACTIONS[match?.[1] ?? '']).toBeCloseTo(whole);
	});

	it('sessions a week for new runners and later', () => {
		const match = /\*\*No more than (\w+) backward sessions a week\*\* in your first weeks, and (\w+) later on/.exec(
			mixing,
		);
		expect(match, 'the guide no longer states sessions a week').not.toBeNull();
		expect([WORDS[match?.[1] ?? ''], WORDS[match?.[2] ?? '']]).toEqual([
			NEW_RUNNER_MAX_BACKWARD_SESSIONS,
			MAX_BACKWARD_SESSIONS_PER_WEEK,
		]);
	});

	it('never on consecutive days: two days apart at least', () => {
		expect(mixing).toContain('**Never on consecutive days.**');
		expect(MIN_DAYS_BETWEEN_BACKWARD_SESSIONS).toBe(2);
	});
});

/**
 * Other guides state the same rules in passing: the first session, the 5K
 * path, the glossary and the mixing guide's worked example. Each statement is
 * read back here, so changing a rule in rules.ts fails until every guide that
 * repeats it is changed too.
 */
describe('other guides state the rules rules.ts enforces', () => {
	const read = (id: string) => readFileSync(`src/content/guides/${id}.mdx`, 'utf8').replace(/\s+/g, ' ');
	const WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4 };
	const ORDINALS: Readonly<Record<string, number>> = { third: 3, fourth: 4, fifth: 5, sixth: 6 };

	/** The groups `pattern` captures in guide `id` (fails the test if the sentence is gone). */
	function said(id: string, pattern: RegExp): string[] {
		const match = pattern.exec(read(id));
		expect(match, `${id} no longer says ${pattern}`).not.toBeNull();
		return (match ?? []).slice(1);
	}

	it("the 5K path's first stage: new runners' sessions, pieces and minutes", () => {
		const [sessions, piece, total] = said(
			'first-steps-to-5k',
			/(\w+) short sessions a week, on days that are not back to back\. Backward pieces of about (\d+) seconds, with walks between them, adding up to about ([\d.]+) minutes/i,
		);
		expect(WORDS[(sessions ?? '').toLowerCase()]).toBe(NEW_RUNNER_MAX_BACKWARD_SESSIONS);
		expect(Number(piece)).toBe(START_BLOCK_SEC.new);
		expect(Number(total)).toBe(minutes(START_SESSION_SEC.new));
	});

	it('recovery weeks, wherever a guide names them', () => {
		const [path] = said('first-steps-to-5k', /Every (\w+) week, ease off/);
		const [glossary] = said('glossary', /every (\w+) week in ours/);
		expect(ORDINALS[path ?? '']).toBe(RECOVERY_EVERY_WEEKS);
		expect(ORDINALS[glossary ?? '']).toBe(RECOVERY_EVERY_WEEKS);
	});

	it('the first session: a day between, two sessions a week, 30-second pieces', () => {
		expect(read('first-session')).toContain('Wait at least a day before your next backward session');
		expect(MIN_DAYS_BETWEEN_BACKWARD_SESSIONS).toBe(2);
		const [sessions] = said('first-session', /keep to about \*\*(\w+) sessions a week\*\* for your first few weeks/);
		expect(WORDS[sessions ?? '']).toBe(NEW_RUNNER_MAX_BACKWARD_SESSIONS);
		const [piece] = said('first-session', /Jog backward, very slowly, for \*\*(\d+) seconds\*\*/);
		expect(Number(piece)).toBe(START_BLOCK_SEC.new);
	});

	it("the mixing guide's worked example keeps inside the mixed-run share", () => {
		const [forward, backward] = said(
			'mixing-into-forward-runs',
			/\*\*(\d+) minutes forward, then (\d+) minutes backward\*\*/,
		).map(Number);
		expect((backward ?? Number.NaN) / (forward ?? Number.NaN)).toBeLessThanOrEqual(MIX_IN_MAX_BACKWARD_OF_FORWARD);
	});
});
