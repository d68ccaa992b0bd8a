/**
 * The size check (scripts/code-size.mjs) finds what a reader would call too
 * long: a component whose JSX runs past the limit, a nested callback, a long
 * file; and lets a function of exactly the limit pass.
 */
import { describe, expect, it } from 'vitest';
import { MAX_FILE_LINES, MAX_FUNCTION_LINES, measure } from '../../scripts/code-size.mjs';

/** A function of `lines` lines in all, from its first line to its closing brace. */
const fn = (name: string, lines: number) =>
	`export function ${name}() {\n${'\tconsole.log(1);\n'.repeat(lines - 2)}}\n`;

describe('code-size', () => {
	it('lets a function of exactly the limit pass and flags one line more, by name and line', () => {
		expect(measure('a.ts', fn('fits', MAX_FUNCTION_LINES))).toEqual([]);
		expect(measure('a.ts', `// header\n${fn('tooLong', MAX_FUNCTION_LINES + 1)}`)).toEqual([
			{ path: 'a.ts', what: 'function tooLong', line: 2, lines: MAX_FUNCTION_LINES + 1 },
		]);
	});

	it('counts a component with its JSX, and an arrow function by its variable', () => {
		const jsx = `export const Big = () => (\n\t<ul>\n${'\t\t<li>row</li>\n'.repeat(MAX_FUNCTION_LINES)}\t</ul>\n);\n`;
		expect(measure('Big.tsx', jsx).map((o) => o.what)).toEqual(['function Big']);
	});

	it('flags a file over the limit even when every function in it is short', () => {
		const text = fn('short', 10).repeat(Math.ceil((MAX_FILE_LINES + 1) / 10));
		expect(measure('long.ts', text)).toEqual([expect.objectContaining({ what: 'file' })]);
	});
});
