/**
 * Every public function states its failure contract in its JSDoc, as date-fns
 * writes `@throws` (issue 21): a function whose body throws says when
 * (`@throws`), and every other one says that it never throws ("Never throws",
 * with what it gives instead where that matters: false for refused storage, a
 * message for text it cannot read). Read with the TypeScript compiler over
 * each door into src/lib, so a new export without a contract fails here.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const DOORS = [
	'src/lib/index.ts',
	'src/lib/export/index.ts',
	'src/lib/player/index.ts',
	'src/lib/search/index.ts',
	'src/lib/embed/index.ts',
	'src/lib/pace.ts',
	'src/lib/roster/index.ts',
	'src/lib/builder/validation.ts',
];

const UNTRUSTED = /^(parse|decode|load|read|open|import|evaluate|is)[A-Z]/;

interface Finding {
	name: string;
	file: string;
	why: 'throws' | 'reads untrusted input' | 'says nothing';
}

function missingContracts(): { checked: number; missing: Finding[] } {
	const program = ts.createProgram(DOORS, {
		strict: true,
		noEmit: true,
		allowImportingTsExtensions: true,
		module: ts.ModuleKind.ESNext,
		moduleResolution: ts.ModuleResolutionKind.Bundler,
		target: ts.ScriptTarget.ES2022,
	});
	const checker = program.getTypeChecker();
	const seen = new Set<ts.Declaration>();
	const missing: Finding[] = [];
	for (const door of DOORS) {
		const file = program.getSourceFile(door);
		const module = file && checker.getSymbolAtLocation(file);
		if (!module) throw new Error(`cannot read ${door}`);
		for (const exported of checker.getExportsOfModule(module)) {
			const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
			const decl = symbol.declarations?.[0];
			if (!decl || !ts.isFunctionDeclaration(decl) || seen.has(decl)) continue;
			seen.add(decl);
			const docs = ts
				.getJSDocCommentsAndTags(decl)
				.map((d) => d.getText())
				.join('\n');
			const stated = /@throws|[Nn]ever throws/.test(docs);
			const throws = /\bthrow\b/.test(decl.body?.getText() ?? '');
			const untrusted = UNTRUSTED.test(exported.name);
			if (stated) continue;
			missing.push({
				name: exported.name,
				file: decl.getSourceFile().fileName.replace(`${process.cwd()}/`, ''),
				why: throws ? 'throws' : untrusted ? 'reads untrusted input' : 'says nothing',
			});
		}
	}
	return { checked: seen.size, missing };
}

describe('failure contracts of the public API', () => {
	it('every public function says in its JSDoc whether it throws, and when', () => {
		const { checked, missing } = missingContracts();
		expect(checked).toBeGreaterThan(200);
		expect(missing).toEqual([]);
	});
});
