/**
 * The training log as files a runner can keep or send to a coach: JSON in a
 * versioned envelope whose JSON Schema is published at /schema/log.v1.json
 * (beside the plan's), and CSV for a spreadsheet (read back too, so a log
 * kept or corrected in a spreadsheet comes home). Reading a file never
 * throws and never echoes its content; merging keeps one check-in per
 * session and day, the newer one winning.
 *
 * ```json
 * { "$schema": "https://retrostride.example/schema/log.v1.json", "format": "retrostride-log",
 *   "version": 1, "checkIns": [ { "session": "w03-s2", "date": "2026-03-19", "status": "done", "pain": 2 } ] }
 * ```
 */
import Papa from 'papaparse';
import * as z from 'zod/mini';
import { BOM, type CsvSeparator, csvLines } from '../export/csv';
import { DEFAULT_SITE_URL } from '../export/text';
import { withoutJit } from '../plan/schema';
import { type CheckIn, checkInLogSchema, EFFORT_WORDS } from './checkin-schema';

/** The `format` value that marks a Retrostride training log. */
export const LOG_FORMAT = 'retrostride-log';
/** The envelope version this code writes and reads. */
export const LOG_FILE_VERSION = 1;
/** Largest log file we read, in UTF-16 code units (a year of check-ins is about 150 KB). */
export const MAX_LOG_JSON_LENGTH = 1_000_000;

/** The file format in zod; the JSON Schema and the import check both come from it. */
export const logFileSchema = z.object({
	/** Where the JSON Schema lives. */
	$schema: z.optional(z.string()),
	/** Always "retrostride-log". */
	format: z.literal(LOG_FORMAT),
	/** Envelope version. */
	version: z.literal(LOG_FILE_VERSION),
	/** The check-ins, oldest first. */
	checkIns: checkInLogSchema,
});

/**
 * The log as a JSON file.
 *
 * Never throws.
 *
 * @example
 * JSON.parse(logToJson(log)).format // 'retrostride-log'
 */
export function logToJson(log: readonly CheckIn[], options: { siteUrl?: string } = {}): string {
	const site = (options.siteUrl ?? DEFAULT_SITE_URL).replace(/\/+$/, '');
	const file = { $schema: `${site}/schema/log.v1.json`, format: LOG_FORMAT, version: LOG_FILE_VERSION, checkIns: log };
	return `${JSON.stringify(file, null, '\t')}\n`;
}

/**
 * The JSON Schema of a log file (draft 2020-12), generated from the zod schema.
 *
 * Never throws.
 */
export function logJsonSchema(siteUrl: string = DEFAULT_SITE_URL): Record<string, unknown> {
	return {
		...z.toJSONSchema(logFileSchema),
		$id: `${siteUrl.replace(/\/+$/, '')}/schema/log.v1.json`,
		title: 'Retrostride training log',
		description: 'Check-ins after backward-running sessions, exported by Retrostride, version 1 of the log format.',
	};
}

/**
 * Reads a log file. Never throws: each problem is a plain sentence that
 * names the field, never its value.
 *
 * @example
 * parseLogJson(logToJson(log)) // { ok: true, value: log }
 * parseLogJson('{}') // { ok: false, message: 'This is not a Retrostride training log.' }
 */
export function parseLogJson(text: string): { ok: true; value: CheckIn[] } | { ok: false; message: string } {
	try {
		if (typeof text !== 'string' || text.trim() === '') return { ok: false, message: 'This file is empty.' };
		if (text.length > MAX_LOG_JSON_LENGTH) return { ok: false, message: 'This file is too big to be a training log.' };
		let data: unknown;
		try {
			data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
		} catch {
			return { ok: false, message: 'This file is not complete JSON: it may have been cut short.' };
		}
		const format = typeof data === 'object' && data !== null ? (data as { format?: unknown }).format : undefined;
		if (format !== LOG_FORMAT) return { ok: false, message: 'This is not a Retrostride training log.' };
		withoutJit();
		const parsed = logFileSchema.safeParse(data);
		if (!parsed.success) {
			const where = parsed.error.issues
				.slice(0, 3)
				.map((i) => `${i.path.join('.')}: ${i.message}`)
				.join('; ');
			return { ok: false, message: `This training log is damaged or was edited by hand (${where}).` };
		}
		return { ok: true, value: parsed.data.checkIns };
	} catch {
		return { ok: false, message: 'We could not read this training log.' };
	}
}

/**
 * Two logs as one: one check-in per session and day, the later list's
 * winning, in date order.
 *
 * Never throws.
 *
 * @example
 * mergeLogs(saved, imported).length // at most saved.length + imported.length
 */
export function mergeLogs(base: readonly CheckIn[], added: readonly CheckIn[]): CheckIn[] {
	const byKey = new Map<string, CheckIn>();
	for (const c of [...base, ...added]) byKey.set(`${c.session}|${c.date}`, c);
	return [...byKey.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The log as CSV for a spreadsheet: date, session, status, effort with its
 * CR10 words, pain, where, dizziness and the note, formula-safe (csv.ts).
 *
 * Never throws.
 *
 * @example
 * logToCsv(log).split('\r\n')[0] // '\uFEFFDate,Session,Status,Effort (0-10),Effort in words,Pain (0-10),Where,Dizzy or off balance,Note'
 */
export function logToCsv(log: readonly CheckIn[], options: { separator?: CsvSeparator } = {}): string {
	const rows = [
		[
			'Date',
			'Session',
			'Status',
			'Effort (0-10)',
			'Effort in words',
			'Pain (0-10)',
			'Where',
			'Dizzy or off balance',
			'Note',
		],
		...log.map((c) => [
			c.date,
			c.session,
			c.status,
			c.effort ?? '',
			c.effort === undefined ? '' : (EFFORT_WORDS[c.effort] ?? ''),
			c.pain ?? '',
			(c.painAt ?? []).join(' '),
			c.dizzy ? 'yes' : '',
			c.note ?? '',
		]),
	];
	return `${BOM}${csvLines(rows, options.separator ?? ',')}\r\n`;
}

/** The CSV columns `logToCsv` writes, by header. */
const CSV_HEADERS = {
	date: 'Date',
	session: 'Session',
	status: 'Status',
	effort: 'Effort (0-10)',
	pain: 'Pain (0-10)',
	where: 'Where',
	dizzy: 'Dizzy or off balance',
	note: 'Note',
} as const;

/** A CSV cell back to text: the leading quote `logToCsv` adds against formula injection comes off. */
function cell(row: Readonly<Record<string, string>>, header: string): string {
	return (row[header] ?? '').trim().replace(/^'(?=[=+\-@\t\r'])/, '');
}

/**
 * Reads a log CSV as `logToCsv` writes it (commas or semicolons, as a
 * spreadsheet saves it), checked like a JSON log. Never throws; a bad row is
 * named by its line.
 *
 * @example
 * parseLogCsv(logToCsv(log)) // { ok: true, value: log }
 */
export function parseLogCsv(text: string): { ok: true; value: CheckIn[] } | { ok: false; message: string } {
	try {
		if (typeof text !== 'string' || text.trim() === '') return { ok: false, message: 'This file is empty.' };
		if (text.length > MAX_LOG_JSON_LENGTH) return { ok: false, message: 'This file is too big to be a training log.' };
		const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
			header: true,
			skipEmptyLines: true,
		});
		const fields = parsed.meta.fields ?? [];
		if (![CSV_HEADERS.date, CSV_HEADERS.session, CSV_HEADERS.status].every((h) => fields.includes(h))) {
			return {
				ok: false,
				message: 'This is not a Retrostride training log: it has no Date, Session and Status columns.',
			};
		}
		const raw = parsed.data.map((row) => {
			const number = (header: string) =>
				cell(row, header) === '' ? undefined : Number(cell(row, header).replace(',', '.'));
			const where = cell(row, CSV_HEADERS.where);
			const note = cell(row, CSV_HEADERS.note);
			return {
				session: cell(row, CSV_HEADERS.session),
				date: cell(row, CSV_HEADERS.date),
				status: cell(row, CSV_HEADERS.status),
				...(number(CSV_HEADERS.effort) !== undefined ? { effort: number(CSV_HEADERS.effort) } : {}),
				...(number(CSV_HEADERS.pain) !== undefined ? { pain: number(CSV_HEADERS.pain) } : {}),
				...(where ? { painAt: where.split(/\s+/) } : {}),
				...(cell(row, CSV_HEADERS.dizzy) === 'yes' ? { dizzy: true } : {}),
				...(note ? { note } : {}),
			};
		});
		withoutJit();
		const checked = checkInLogSchema.safeParse(raw);
		if (!checked.success) {
			const issue = checked.error.issues[0];
			const line = typeof issue?.path[0] === 'number' ? issue.path[0] + 2 : undefined;
			return {
				ok: false,
				message: `This training log has a row we cannot read${line ? ` (line ${line}, ${String(issue?.path[1] ?? '')})` : ''}: ${issue?.message ?? 'check it in a spreadsheet'}.`,
			};
		}
		return { ok: true, value: checked.data };
	} catch {
		return { ok: false, message: 'We could not read this training log.' };
	}
}

/**
 * A log file as the runner picked it: CSV (from a spreadsheet) or the JSON
 * file, told apart by its name or, failing that, by a JSON object's first
 * brace. Never throws.
 *
 * @example
 * parseLogFile('retrostride-log.csv', text) // read as CSV
 */
export function parseLogFile(name: string, text: string): ReturnType<typeof parseLogJson> {
	const csv =
		/\.csv$/i.test(name) ||
		!text
			.replace(/^\uFEFF/, '')
			.trimStart()
			.startsWith('{');
	return csv ? parseLogCsv(text) : parseLogJson(text);
}
