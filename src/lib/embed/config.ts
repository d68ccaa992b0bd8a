/**
 * What a club may set on its embedded plan builder, read from the iframe's
 * query string (or the placeholder's data attributes, which embed.js turns
 * into that query string). Every value is checked; an invalid one is dropped
 * and named in `notices` with the value itself, for the club: the
 * configurator shows them and the widget writes them to the console, never
 * showing the club's typo to its members.
 */
import type { PlanFormState } from '../builder/form';
import { defaultLongRunDay } from '../plan/input';
import { GOALS, type Goal, UNITS, type Units, WEEKDAYS, type Weekday } from '../plan/options';
import { type CohortSettings, isCohort, parseCohort, withCohort } from './cohort';

export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** The longest club name we show ("Plan with …" must fit a narrow widget). */
export const MAX_CLUB_NAME = 60;

/** A club's settings; the cohort's (its dates, session time and name) are in CohortSettings (cohort.ts). */
export interface EmbedConfig extends CohortSettings {
	/** Display name, shown as "Plan with <club>". Plain text, never markup. */
	club?: string;
	/** A hex colour (#rgb or #rrggbb) for buttons and highlights. */
	accent?: string;
	/** Colour scheme of the widget. */
	theme: EmbedTheme;
	/** Starting units. */
	units?: Units;
	/** Starting goal. */
	goal?: Goal;
	/** The club's training days, as starting days. */
	days?: Weekday[];
}

export interface EmbedConfigResult {
	config: EmbedConfig;
	/** One short sentence per ignored value, naming the setting and quoting the value. */
	notices: string[];
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Control, zero-width and bidi-override characters: invisible, or able to reorder the text around them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Removes control and bidi-override characters, collapses white space. */
function cleanText(value: string): string {
	return value.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** The longest part of a bad value a notice repeats: enough to spot the typo, never a pasted page. */
const SHOWN_VALUE_MAX = 40;

/**
 * A bad value as a notice quotes it: invisible characters removed, cut to
 * SHOWN_VALUE_MAX characters, in quotes. Plain text; React and the console
 * print it as text.
 *
 * @example
 * shownValue('  re d ') // '“re d”'
 */
function shownValue(value: string): string {
	const text = cleanText(value);
	const chars = [...text];
	return `“${chars.length > SHOWN_VALUE_MAX ? `${chars.slice(0, SHOWN_VALUE_MAX).join('')}…` : text}”`;
}

/**
 * Reads and checks the embed parameters.
 *
 * Never throws: each bad setting is ignored and named in `notices`, quoting
 * the bad value so the club can find it in its snippet.
 *
 * @example
 * parseEmbedConfig(new URLSearchParams('club=Harriers&accent=%23c00&days=tue,thu'))
 * // { config: { club: 'Harriers', accent: '#c00', theme: 'auto', days: ['tue', 'thu'] }, notices: [] }
 * parseEmbedConfig(new URLSearchParams('accent=red'))
 * // { config: { theme: 'auto' }, notices: ['The colour “red” is not a hex colour like #0b5cad; the default is used.'] }
 */
export function parseEmbedConfig(params: URLSearchParams): EmbedConfigResult {
	const notices: string[] = [];
	const config: EmbedConfig = { theme: 'auto' };
	const get = (key: string) => params.get(key);

	const club = get('club');
	if (club !== null) {
		const name = cleanText(club);
		if (name === '') notices.push('The club name is empty, so none is shown.');
		else if ([...name].length > MAX_CLUB_NAME)
			notices.push(`The club name ${shownValue(name)} is longer than ${MAX_CLUB_NAME} characters, so none is shown.`);
		else config.club = name;
	}

	const accent = get('accent');
	if (accent !== null) {
		if (HEX.test(accent.trim())) config.accent = accent.trim().toLowerCase();
		else notices.push(`The colour ${shownValue(accent)} is not a hex colour like #0b5cad; the default is used.`);
	}

	const theme = get('theme');
	if (theme !== null) {
		if ((EMBED_THEMES as readonly string[]).includes(theme)) config.theme = theme as EmbedTheme;
		else notices.push(`The theme ${shownValue(theme)} is not light, dark or auto; auto is used.`);
	}

	const units = get('units');
	if (units !== null) {
		if ((UNITS as readonly string[]).includes(units)) config.units = units as Units;
		else notices.push(`The units ${shownValue(units)} are not km or mi; the reader’s usual units are used.`);
	}

	const goal = get('goal');
	if (goal !== null) {
		if ((GOALS as readonly string[]).includes(goal)) config.goal = goal as Goal;
		else notices.push(`The goal ${shownValue(goal)} is not one of ${GOALS.join(', ')}; the default goal is used.`);
	}

	const days = get('days');
	if (days !== null) {
		const list = days.split(',').map((d) => d.trim().toLowerCase());
		const valid = list.every((d) => (WEEKDAYS as readonly string[]).includes(d));
		const unique = new Set(list);
		if (valid && unique.size === list.length && unique.size >= 2 && unique.size <= 6) {
			config.days = WEEKDAYS.filter((d) => unique.has(d));
		} else {
			notices.push(
				`The training days ${shownValue(days)} are not 2 to 6 different days of mon, tue, wed, thu, fri, sat, sun; the default days are used.`,
			);
		}
	}
	const cohort = parseCohort(params, config.goal, cleanText, shownValue);
	Object.assign(config, cohort.cohort);
	notices.push(...cohort.notices);
	return { config, notices };
}

/** Relative luminance of a hex colour (WCAG 2.2 definition). */
function luminance(hex: string): number {
	const h = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1);
	const channel = (i: number) => {
		const v = Number.parseInt(h.slice(i, i + 2), 16) / 255;
		return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/**
 * Black or white, whichever reads better on the accent. One of the two always
 * reaches at least 4.58:1, so any club colour gives WCAG AA button text.
 *
 * Never throws.
 *
 * @example
 * textOnAccent('#ffcc00') // '#000000'
 * textOnAccent('#0b5cad') // '#ffffff'
 */
export function textOnAccent(accent: string): '#000000' | '#ffffff' {
	const l = luminance(accent);
	const onBlack = (l + 0.05) / 0.05;
	const onWhite = 1.05 / (l + 0.05);
	return onBlack >= onWhite ? '#000000' : '#ffffff';
}

/**
 * WCAG contrast ratio between two hex colours (for tests and the configurator's hint).
 *
 * Never throws.
 */
export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/**
 * The query string that configures /embed/plan/, from a club's settings (used by embed.js's mirror and the configurator).
 *
 * Never throws.
 */
export function embedQuery(config: Partial<EmbedConfig>): string {
	const params = new URLSearchParams();
	if (config.club) params.set('club', config.club);
	if (config.accent) params.set('accent', config.accent);
	if (config.theme && config.theme !== 'auto') params.set('theme', config.theme);
	if (config.units) params.set('units', config.units);
	if (config.goal) params.set('goal', config.goal);
	if (config.days?.length) params.set('days', config.days.join(','));
	if (config.cohort) params.set('cohort', config.cohort);
	if (config.raceDate) params.set('race-date', config.raceDate);
	if (config.start) params.set('start', config.start);
	if (config.time) params.set('time', config.time);
	return params.toString();
}

/**
 * A club's starting choices applied to a form: its goal, units and training
 * days (with a long-run day among them), and its cohort's dates and session
 * time. The runner can change the starting choices; a cohort's fixed fields
 * are hidden (cohortFixedFields).
 *
 * Never throws.
 */
export function withEmbedDefaults(state: PlanFormState, config: EmbedConfig): PlanFormState {
	const days = config.days ?? state.days;
	return {
		...withCohort(state, config),
		...(config.goal ? { goal: config.goal } : {}),
		...(config.units ? { units: config.units } : {}),
		days: [...days],
		longRunDay: days.includes(state.longRunDay as Weekday)
			? state.longRunDay
			: (defaultLongRunDay(days) ?? state.longRunDay),
	};
}

/** Messages the embedded builder posts to the club's page (read by public/embed.js). */
export type EmbedMessage =
	| { source: 'retrostride'; type: 'height'; height: number }
	| { source: 'retrostride'; type: 'plan'; detail: { id: string; title: string; weeks: number; sessions: number } }
	| { source: 'retrostride'; type: 'export'; detail: { kind: 'ics' | 'csv' | 'json' } };

/**
 * A returning member's saved form with what the club fixes put back on top:
 * a cohort's goal, days, dates and session time (the club may have moved its
 * event since), or only the session time when the club set one without a
 * cohort. The member's own level, pace and units stay as they saved them.
 *
 * Never throws.
 *
 * @example
 * withClubFixed(saved, { theme: 'auto', goal: 'retro-5k', raceDate: '2027-05-30' }).raceDate // '2027-05-30'
 */
export function withClubFixed(saved: PlanFormState, config: EmbedConfig): PlanFormState {
	return isCohort(config) ? withEmbedDefaults(saved, config) : withCohort(saved, config);
}
