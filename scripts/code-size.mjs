#!/usr/bin/env node
/**
 * Lists source files over MAX_FILE_LINES lines and functions over
 * MAX_FUNCTION_LINES lines (JSX included), measured with the TypeScript
 * parser, so "no file over about 450 lines, no function over about 150"
 * (issue 21) is a number anyone can check:
 *   node scripts/code-size.mjs            # source files (tests left out)
 *   node scripts/code-size.mjs --tests    # test files too
 * Exits 1 when anything is over, printing each offender with its size.
 * A function's lines run from its first token to its last, so a component
 * counts its JSX; nested functions are measured on their own as well.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export const MAX_FILE_LINES = 450;
export const MAX_FUNCTION_LINES = 150;

const TEST_FILE = /\.(test|spec|test-d)\.(ts|tsx)$|^test\//;
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;

/** Git's list of source files under src/ and scripts/ (and test/ when asked). */
function sourceFiles(withTests) {
	const dirs = withTests ? ['src', 'scripts', 'test'] : ['src', 'scripts'];
	return execFileSync('git', ['ls-files', ...dirs], { encoding: 'utf8' })
		.split('\n')
		.filter((f) => SOURCE.test(f) && !f.endsWith('.d.ts') && !f.endsWith('.d.mts'))
		.filter((f) => withTests || !TEST_FILE.test(f));
}

/** A function's name as a reader would look for it: its own, its variable's, or its caller's. */
function functionName(node) {
	if (node.name) return node.name.getText();
	const parent = node.parent;
	if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText();
	if (ts.isCallExpression(parent)) return `${parent.expression.getText().slice(0, 40)}(…)`;
	return '(anonymous)';
}

/** Every file and function over its limit in one file. */
export function measure(path, text = readFileSync(path, 'utf8')) {
	const found = [];
	const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
	if (lines > MAX_FILE_LINES) found.push({ path, what: 'file', lines });
	const kind = path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
	const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
	const lineOf = (pos) => source.getLineAndCharacterOfPosition(pos).line;
	const visit = (node) => {
		if (ts.isFunctionLike(node) && 'body' in node && node.body) {
			const length = lineOf(node.getEnd()) - lineOf(node.getStart()) + 1;
			if (length > MAX_FUNCTION_LINES) {
				found.push({ path, what: `function ${functionName(node)}`, line: lineOf(node.getStart()) + 1, lines: length });
			}
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const offenders = sourceFiles(process.argv.includes('--tests')).flatMap((f) => measure(f));
	for (const o of offenders) {
		console.log(`${String(o.lines).padStart(4)} lines  ${o.path}${o.line ? `:${o.line}` : ''}  ${o.what}`);
	}
	console.log(
		offenders.length === 0
			? `No file over ${MAX_FILE_LINES} lines, no function over ${MAX_FUNCTION_LINES}.`
			: `${offenders.length} over the limits (file ${MAX_FILE_LINES}, function ${MAX_FUNCTION_LINES} lines).`,
	);
	process.exitCode = offenders.length === 0 ? 0 : 1;
}
