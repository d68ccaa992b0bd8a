import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultFormState, embedStartState, evaluateForm, startGoalWarnings } from '../builder/form-check';
import {
	contrastRatio,
	type EmbedConfig,
	embedQuery,
	MAX_CLUB_NAME,
	parseEmbedConfig,
	textOnAccent,
	withEmbedDefaults,
} from './config';

const parse = (query: string) => parseEmbedConfig(new URLSearchParams(query));

describe('embed parameters', () => {
	it('reads every valid setting', () => {
		expect(parse('club=Riverside%20Harriers&accent=%23C00&theme=dark&units=mi&goal=retro-5k&days=sat,tue,thu')).toEqual(
			{
				config: {
					club: 'Riverside Harriers',
					accent: '#c00',
					theme: 'dark',
					units: 'mi',
					goal: 'retro-5k',
					days: ['tue', 'thu', 'sat'],
				},
				notices: [],
			},
		);
	});

	it('defaults to the auto theme and nothing else when no parameter is given', () => {
		expect(parse('')).toEqual({ config: { theme: 'auto' }, notices: [] });
	});

	it('ignores each invalid value with a notice that names it, keeping the valid ones', () => {
		const { config, notices } = parse('club=Harriers&accent=red&theme=neon&units=leagues&goal=fly&days=mon');
		expect(config).toEqual({ club: 'Harriers', theme: 'auto' });
		expect(notices).toHaveLength(5);
		expect(notices.join(' ')).toMatch(/colour.*theme.*units.*goal.*training days/s);
		// Each names the value the club wrote, so they can find the typo in their snippet.
		for (const [i, value] of ['red', 'neon', 'leagues', 'fly', 'mon'].entries()) {
			expect(notices[i]).toContain(`“${value}”`);
		}
	});

	it('quotes a bad value as plain, short text: invisible characters out, a pasted page cut short', () => {
		const long = 'x'.repeat(500);
		const [notice] = parse(`theme=${encodeURIComponent(`da\u202erk${long}`)}`).notices;
		expect(notice).toMatch(/^The theme “darkx+…” is not light, dark or auto/);
		expect(notice?.length).toBeLessThan(120);
	});

	it('accepts only hex colours, so no CSS can ride in on the accent', () => {
		for (const bad of ['red', '#12345', '#1234567', 'url(x)', '#fff;background:url(x)', 'rgb(1,2,3)', 'var(--x)']) {
			expect(parse(`accent=${encodeURIComponent(bad)}`).config.accent, bad).toBeUndefined();
		}
	});

	it(`shows a club name of at most ${MAX_CLUB_NAME} characters, cleaned of control characters`, () => {
		expect(parse(`club=${'x'.repeat(MAX_CLUB_NAME)}`).config.club).toHaveLength(MAX_CLUB_NAME);
		expect(parse(`club=${'x'.repeat(MAX_CLUB_NAME + 1)}`).config.club).toBeUndefined();
		expect(parse(`club=${encodeURIComponent('A\u202eB\u0000C  D')}`).config.club).toBe('ABC D');
	});

	it('never throws and never keeps a value outside its allowed set, whatever the query', () => {
		fc.assert(
			fc.property(
				fc.dictionary(
					fc.constantFrom('club', 'accent', 'theme', 'units', 'goal', 'days', 'other'),
					fc.string({ unit: 'binary' }),
				),
				(dict) => {
					const { config } = parseEmbedConfig(new URLSearchParams(dict));
					expect(['light', 'dark', 'auto']).toContain(config.theme);
					if (config.accent !== undefined) expect(config.accent).toMatch(/^#[0-9a-f]{3}(?:[0-9a-f]{3})?$/);
					if (config.club !== undefined) expect([...config.club].length).toBeLessThanOrEqual(MAX_CLUB_NAME);
				},
			),
			{ numRuns: 1000 },
		);
	});

	it('round-trips through the query string the configurator writes', () => {
		const config = {
			club: 'Bürger & Söhne <Läufer>',
			accent: '#0b5cad',
			theme: 'light' as const,
			units: 'km' as const,
			days: ['mon' as const, 'wed' as const],
		};
		expect(parseEmbedConfig(new URLSearchParams(embedQuery(config))).config).toEqual(config);
	});
});

describe('button text on a club colour', () => {
	it('always reaches WCAG AA contrast, for any colour', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
				const accent = `#${n.toString(16).padStart(6, '0')}`;
				expect(contrastRatio(accent, textOnAccent(accent))).toBeGreaterThanOrEqual(4.5);
			}),
			{ numRuns: 1000 },
		);
	});
});

describe("a club's starting choices", () => {
	it('set the goal, units and days, with a long-run day among the days', () => {
		const form = withEmbedDefaults(defaultFormState('2026-03-04', 'en-GB'), {
			theme: 'auto',
			goal: 'drills',
			units: 'mi',
			days: ['mon', 'wed'],
		});
		expect(form).toMatchObject({ goal: 'drills', units: 'mi', days: ['mon', 'wed'], longRunDay: 'wed' });
	});

	it('open a race the club starts members on with the weeks it needs, so the widget shows that race', () => {
		const defaults = defaultFormState('2026-03-04', 'en-GB');
		const config: EmbedConfig = { theme: 'auto', goal: 'retro-mile', days: ['tue', 'thu', 'sat'] };
		// The club's settings alone leave too few weeks for a new runner's mile: the form would open on an error.
		expect(evaluateForm(withEmbedDefaults(defaults, config), '2026-03-04').ok).toBe(false);
		const form = embedStartState(defaults, config);
		const evaluated = evaluateForm(form, '2026-03-04');
		expect(evaluated.ok).toBe(true);
		if (evaluated.ok) expect(evaluated.input.goal).toBe('retro-mile');
		expect(Number(form.weeks)).toBeGreaterThan(Number(defaults.weeks));
		// A goal that fits keeps the runner's length.
		expect(embedStartState(defaults, { theme: 'auto', goal: 'drills' }).weeks).toBe(defaults.weeks);
	});

	it('warn the club when its starting race cannot start for some members, naming who and why', () => {
		const tenK = startGoalWarnings({ theme: 'auto', goal: 'retro-10k' }, '2026-12-04', 'en-GB');
		// At the default paces a 10K is more than 1.75 times the longest session 26 weeks reach, for a
		// runner new to backward running and for one who has tried it (rules.ts RACE_OVER_LONGEST_MAX).
		expect(tenK).toHaveLength(2);
		expect(tenK[0]).toMatch(/^New to backward running: A backward 10K takes more than 26 weeks/);
		expect(tenK[1]).toMatch(/^Tried it a few times: A backward 10K takes more than 26 weeks.*Choose the backward 5K/);
		// Each warning is true: that member's widget would open on an error.
		const newRunner = { ...defaultFormState('2026-12-04', 'en-GB'), experience: 'new' as const };
		expect(evaluateForm(embedStartState(newRunner, { theme: 'auto', goal: 'retro-10k' }), '2026-12-04').ok).toBe(false);
		// A goal every member can start says nothing: the mile, and the 5K (run/walk for a new runner).
		expect(startGoalWarnings({ theme: 'auto', goal: 'retro-mile' }, '2026-12-04', 'en-GB')).toEqual([]);
		expect(startGoalWarnings({ theme: 'auto', goal: 'retro-5k' }, '2026-12-04', 'en-GB')).toEqual([]);
		expect(evaluateForm(embedStartState(newRunner, { theme: 'auto', goal: 'retro-5k' }), '2026-12-04').ok).toBe(true);
		expect(startGoalWarnings({ theme: 'auto' }, '2026-12-04', 'en-GB')).toEqual([]);
	});
});
