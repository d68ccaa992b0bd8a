/**
 * The block editor's form: a session's segments as rows of text fields a
 * coach can change ("3 × 200 m backward run, 90 s walk between"), and back.
 * Pure, so the rules for what a block may hold are tested without a browser.
 */
import { EFFORTS, type Units } from '../plan/options';
import { METRES_PER_UNIT } from '../plan/rules';
import type { Segment } from '../plan/schema';

/** How a block's amount is written. */
export const AMOUNT_UNITS = ['sec', 'min', 'm', 'km', 'mi'] as const;
export type AmountUnit = (typeof AMOUNT_UNITS)[number];

/** One block as the form holds it: every field text, as typed. */
export interface BlockRow {
	role: Segment['role'];
	direction: Segment['direction'];
	mode: Segment['mode'];
	/** Whole number of repeats, 1 to 50. */
	repeats: string;
	/** The amount of each repeat, in `unit`. */
	amount: string;
	unit: AmountUnit;
	/** Seconds of recovery between repeats; empty = none. */
	recoverySec: string;
	recoveryMode: 'walk' | 'jog';
	effort: Segment['effort'];
}

/** A problem with one field of one block, for the message next to it. */
export interface BlockError {
	/** The block's position, from 0. */
	row: number;
	field: 'repeats' | 'amount' | 'recoverySec';
	message: string;
}

/** A new block: 1 × 1 min backward walk, easy. */
export const NEW_BLOCK: BlockRow = {
	role: 'main',
	direction: 'backward',
	mode: 'walk',
	repeats: '1',
	amount: '1',
	unit: 'min',
	recoverySec: '',
	recoveryMode: 'walk',
	effort: 'easy',
};

/** A number as a coach writes it: at most 2 decimals, no trailing zeros. */
function text(value: number): string {
	return String(Math.round(value * 100) / 100);
}

/**
 * The form rows of a session's segments: times in whole minutes when they
 * are, else seconds; distances in metres under 1,000, else the plan's unit.
 *
 * Never throws.
 *
 * @example
 * blockRows([{ role: 'main', direction: 'backward', mode: 'run', repeats: 3, distanceM: 200, effort: 'easy' }], 'km')
 * // [{ …, repeats: '3', amount: '200', unit: 'm', … }]
 */
export function blockRows(segments: readonly Segment[], units: Units): BlockRow[] {
	return segments.map((s) => {
		let amount: string;
		let unit: AmountUnit;
		if (s.distanceM !== undefined) {
			[amount, unit] =
				s.distanceM < 1000 ? [text(s.distanceM), 'm'] : [text(s.distanceM / METRES_PER_UNIT[units]), units];
		} else {
			const sec = s.durationSec ?? 0;
			[amount, unit] = sec % 60 === 0 ? [text(sec / 60), 'min'] : [text(sec), 'sec'];
		}
		return {
			role: s.role,
			direction: s.direction,
			mode: s.mode,
			repeats: String(s.repeats),
			amount,
			unit,
			recoverySec: s.recovery ? String(s.recovery.durationSec) : '',
			recoveryMode: s.recovery?.mode ?? 'walk',
			effort: EFFORTS.includes(s.effort) ? s.effort : 'easy',
		};
	});
}

const METRES: Readonly<Record<'m' | 'km' | 'mi', number>> = { m: 1, km: 1000, mi: METRES_PER_UNIT.mi };

/**
 * Segments from the form rows, or the problems, each next to its field.
 * Recoveries are forward: turning to face forward between repeats rests the
 * neck and balance (safety.ts).
 *
 * Never throws.
 *
 * @example
 * segmentsFromRows([{ ...NEW_BLOCK, repeats: '0' }]) // { ok: false, errors: [{ row: 0, field: 'repeats', … }] }
 */
export function segmentsFromRows(
	rows: readonly BlockRow[],
): { ok: true; segments: Segment[] } | { ok: false; errors: BlockError[] } {
	const errors: BlockError[] = [];
	const segments = rows.map((row, i): Segment => {
		const repeats = Number(row.repeats);
		if (!/^\d+$/.test(row.repeats.trim()) || repeats < 1 || repeats > 50) {
			errors.push({ row: i, field: 'repeats', message: 'Enter a whole number of repeats from 1 to 50' });
		}
		const amount = Number(row.amount.replace(',', '.'));
		const limit = row.unit === 'sec' ? 4 * 3600 : row.unit === 'min' ? 240 : 50_000 / METRES[row.unit];
		if (!(amount > 0) || amount > limit) {
			errors.push({
				row: i,
				field: 'amount',
				message: `Enter an amount above 0 and at most ${text(limit)} ${row.unit}`,
			});
		}
		const recovery = row.recoverySec.trim() === '' ? undefined : Number(row.recoverySec);
		if (recovery !== undefined && !(Number.isInteger(recovery) && recovery > 0 && recovery <= 1800)) {
			errors.push({
				row: i,
				field: 'recoverySec',
				message: 'Enter the recovery in whole seconds, up to 1800, or leave it empty',
			});
		}
		const measure: { durationSec?: number; distanceM?: number } =
			row.unit === 'sec'
				? { durationSec: Math.round(amount) }
				: row.unit === 'min'
					? { durationSec: Math.round(amount * 60) }
					: { distanceM: Math.round(amount * METRES[row.unit] * 1000) / 1000 };
		if (amount > 0 && amount <= limit && (measure.durationSec ?? measure.distanceM ?? 0) < 1) {
			errors.push({ row: i, field: 'amount', message: 'Enter at least 1 second or 1 metre' });
		}
		return {
			role: row.role,
			direction: row.direction,
			mode: row.mode,
			repeats,
			...measure,
			...(recovery !== undefined && repeats > 1
				? { recovery: { durationSec: recovery, mode: row.recoveryMode, direction: 'forward' as const } }
				: {}),
			effort: row.effort,
		};
	});
	if (rows.length === 0) errors.push({ row: 0, field: 'amount', message: 'Keep at least one block in the session' });
	return errors.length > 0 ? { ok: false, errors } : { ok: true, segments };
}
