/**
 * Reading one roster cell: text a coach typed, or a spreadsheet rewrote, into
 * the value the plan builder's form would hold. Each reader answers with the
 * value or a sentence that says what to write; none throws and none repeats
 * the cell back (a hostile cell is never echoed into a message).
 */
import { parsePaceText } from '../builder/form-read';
import { isIsoDate } from '../plan/dates';
import {
	EXPERIENCE_OPTIONS,
	type Experience,
	GOAL_OPTIONS,
	type Goal,
	type Units,
	WEEKDAYS,
	type Weekday,
} from '../plan/options';
import type { Split } from '../plan/schema';

/** A cell read: its value, or what to write instead. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(message: string): CellResult<T> => ({ ok: false, message });

/** A cell our CSV writer guarded: its guard quote, then what a spreadsheet would run ("'=…"). */
const GUARDED = /^'[=+\-@\t\r']/;

/**
 * Takes off the one guard quote our CSV writer (src/lib/export/csv.ts) puts
 * before a formula-like cell, so a roster saved here comes back exactly. A
 * cell that is still a formula ("=HYPERLINK(…)") stays text: nothing here
 * evaluates it, and the readers below refuse it where a number or a date
 * belongs.
 *
 * Never throws.
 *
 * @example
 * unguardCell("'=1+1") // '=1+1'
 * unguardCell("''-5")  // "'-5"
 */
export function unguardCell(text: string): string {
	return GUARDED.test(text) ? text.slice(1) : text;
}

/**
 * A cell as the readers see it: trimmed (a spreadsheet's stray spaces are
 * not the coach's meaning).
 *
 * Never throws.
 *
 * @example
 * cleanCell('  tue thu ') // 'tue thu'
 */
export function cleanCell(text: string): string {
	return text.trim();
}

/** Lower case, letters and digits only: how words in cells are compared. */
function wordKey(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The longest name we print: a name column on a sheet, not a biography. */
export const MAX_NAME_LENGTH = 80;

/**
 * The athlete's name: required, at most 80 characters, control characters
 * (tabs, line breaks from a pasted cell) turned to spaces.
 *
 * @example
 * readName('Ada\tQuinn') // { ok: true, value: 'Ada Quinn' }
 */
export function readName(text: string): CellResult<string> {
	// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we remove
	const name = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
	if (name === '') return fail('Write the athlete’s name (it stays on this device)');
	if ([...name].length > MAX_NAME_LENGTH) return fail(`Shorten the name to ${MAX_NAME_LENGTH} characters`);
	return ok(name);
}

const EXPERIENCE_WORDS: ReadonlyMap<string, Experience> = new Map(
	EXPERIENCE_OPTIONS.flatMap((o) => [
		[wordKey(o.value), o.value],
		[wordKey(o.label), o.value],
	]),
);

/** Experience from its value ("some") or the builder's label ("Tried it a few times"). */
export function readExperience(text: string): CellResult<Experience> {
	const found = EXPERIENCE_WORDS.get(wordKey(text));
	return found ? ok(found) : fail('Write new, some or regular');
}

/** Short names coaches use for the goals, beside the values and the builder's labels. */
const GOAL_SHORT: Readonly<Record<string, Goal>> = {
	mixin: 'mix-in',
	mix: 'mix-in',
	knee: 'knee-friendly',
	knees: 'knee-friendly',
	mile: 'retro-mile',
	'5k': 'retro-5k',
	'10k': 'retro-10k',
	half: 'retro-half',
	halfmarathon: 'retro-half',
	backwardmile: 'retro-mile',
	backward5k: 'retro-5k',
	backward10k: 'retro-10k',
	backwardhalf: 'retro-half',
};

const GOAL_WORDS: ReadonlyMap<string, Goal> = new Map([
	...GOAL_OPTIONS.flatMap((o) => [[wordKey(o.value), o.value] as const, [wordKey(o.label), o.value] as const]),
	...Object.entries(GOAL_SHORT),
]);

/** Goal from its value ("retro-5k"), a short name ("5K") or the builder's label. */
export function readGoal(text: string): CellResult<Goal> {
	const found = GOAL_WORDS.get(wordKey(text));
	return found ? ok(found) : fail('Write mix-in, drills, knee-friendly, retro-mile, retro-5k, retro-10k or retro-half');
}

/**
 * Training days from names or their first letters, separated any way
 * ("tue thu sat", "Tue;Thu;Sat", "Tuesday, Thursday").
 *
 * @example
 * readDays('Tuesday, thu / SAT') // { ok: true, value: ['tue', 'thu', 'sat'] }
 */
export function readDays(text: string): CellResult<Weekday[]> {
	const words = text
		.toLowerCase()
		.split(/[^a-z]+/)
		.filter((w) => w !== '');
	const days: Weekday[] = [];
	for (const word of words) {
		const day = WEEKDAYS.find((d) => word.length >= 2 && d.startsWith(word.slice(0, 3)));
		if (day === undefined) return fail('Write days as mon, tue, wed, thu, fri, sat or sun, like tue thu sat');
		if (!days.includes(day)) days.push(day);
	}
	if (days.length === 0) return fail('Write 2 to 6 training days, like tue thu sat');
	return ok(days);
}

/**
 * A date as yyyy-mm-dd; dd.mm.yyyy (European Excel's way) is read too.
 * Slashes are refused with the reason: 3/2/2026 is 3 February in Europe and
 * 2 March in the US, and a plan on the wrong month is worse than a question.
 *
 * @example
 * readDate('02.03.2026') // { ok: true, value: '2026-03-02' }
 * readDate('3/2/2026')   // { ok: false, message: 'Write the date as yyyy-mm-dd…' }
 */
export function readDate(text: string): CellResult<string> {
	const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
	const iso = dotted ? `${dotted[3]}-${dotted[2]?.padStart(2, '0')}-${dotted[1]?.padStart(2, '0')}` : text;
	if (isIsoDate(iso)) return ok(iso);
	if (text.includes('/'))
		return fail('Write the date as yyyy-mm-dd, like 2026-03-02 (a date with slashes reads differently in the US)');
	return fail('Write the date as yyyy-mm-dd, like 2026-03-02');
}

/** A whole number of up to three digits, or undefined. */
function whole(text: string): number | undefined {
	return /^\d{1,3}$/.test(text) ? Number(text) : undefined;
}

/** Minutes the athlete can run forward today, a whole number (the engine checks 0-120). */
export function readRunMinutes(text: string): CellResult<number> {
	const n = whole(text);
	return n === undefined ? fail('Write whole minutes, like 30 (0 if they walk)') : ok(n);
}

/** Weeks of a plan without a race date, a whole number (the engine checks 4-26). */
export function readWeeks(text: string): CellResult<number> {
	const n = whole(text);
	return n === undefined ? fail('Write the number of weeks, like 8') : ok(n);
}

/**
 * Easy forward pace in seconds: "6:30", or "6:30:00", which is how Excel
 * writes back a pace it took for a time of day.
 *
 * @example
 * readPace('6:30:00') // { ok: true, value: 390 }
 */
export function readPace(text: string): CellResult<number> {
	const pace = parsePaceText(text.replace(/^(\d{1,2}:[0-5]\d):00$/, '$1'));
	return pace === undefined ? fail('Write the pace as minutes:seconds per km or mile, like 6:30') : ok(pace);
}

/** km or mi, with their long names. */
export function readUnits(text: string): CellResult<Units> {
	const key = wordKey(text);
	if (['km', 'k', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers'].includes(key)) return ok('km');
	if (['mi', 'mile', 'miles'].includes(key)) return ok('mi');
	return fail('Write km or mi');
}

/**
 * A session start time, HH:mm ("7:30" and Excel's "07:30:00" too).
 *
 * @example
 * readTime('7:30') // { ok: true, value: '07:30' }
 */
export function readTime(text: string): CellResult<string> {
	const m = /^(\d{1,2}):([0-5]\d)(?::00)?$/.exec(text);
	const hours = Number(m?.[1]);
	if (!m || hours > 23) return fail('Write the time as HH:mm, like 18:30, or leave it empty for all-day events');
	return ok(`${String(hours).padStart(2, '0')}:${m[2]}`);
}

/** A decimal with a point or a comma (European Excel), or undefined. */
function decimal(text: string | undefined): number | undefined {
	if (text === undefined) return undefined;
	const t = text.replace(',', '.');
	return /^\d{1,4}(\.\d{1,2})?$/.test(t) ? Number(t) : undefined;
}

const SPLIT = /^(\S+?)\s*\+\s*(\S+?)\s*(min)?(?:\s+step\s+(\S+?)(?:\s+every\s+(\d{1,2}))?)?$/i;

/**
 * A coach's split, forward part + backward part, in plan units or (with
 * "min") minutes, growing by "step" every "every" weeks (2 when left out).
 * The engine checks the amounts as it does in the builder.
 *
 * @example
 * readSplit('2+0.5 step 0.25 every 2') // { measure: 'distance', forward: 2, backward: 0.5, step: 0.25, everyWeeks: 2 }
 * readSplit('20 + 5 min')              // { measure: 'time', forward: 20, backward: 5 }
 */
export function readSplit(text: string): CellResult<Split> {
	const m = SPLIT.exec(text);
	const forward = decimal(m?.[1]);
	const backward = decimal(m?.[2]);
	const step = decimal(m?.[4]);
	const message = 'Write the split as forward+backward, like 2+0.5 step 0.25 every 2, or 20+5 min';
	if (!m || forward === undefined || backward === undefined) return fail(message);
	const measure = m[3] ? 'time' : 'distance';
	if (m[4] === undefined) return ok({ measure, forward, backward });
	if (step === undefined) return fail(message);
	return ok({ measure, forward, backward, step, everyWeeks: m[5] === undefined ? 2 : Number(m[5]) });
}
