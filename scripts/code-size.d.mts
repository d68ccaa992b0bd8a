/** One file or function over its limit. */
export interface Offender {
	path: string;
	/** "file", or "function <name>". */
	what: string;
	/** Where a function starts, from 1. */
	line?: number;
	lines: number;
}
export const MAX_FILE_LINES: number;
export const MAX_FUNCTION_LINES: number;
export function measure(path: string, text?: string): Offender[];
