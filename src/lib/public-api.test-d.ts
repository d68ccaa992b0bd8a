/**
 * Type tests for the domain's front door: what a component may pass in and
 * what it gets back. They run with `vitest run` (typecheck mode) and fail the
 * build when a signature drifts, before any component notices at run time.
 */
import { expectTypeOf, test } from 'vitest';
import {
	type FieldError,
	type FormEvaluation,
	generatePlan,
	type ParseResult,
	type Plan,
	type PlanFormState,
	type PlanInput,
	parsePlanInput,
	type Split,
	takesSplit,
} from './index';

test('parsePlanInput accepts anything and returns a result to narrow', () => {
	expectTypeOf(parsePlanInput).parameter(0).toEqualTypeOf<unknown>();
	expectTypeOf(parsePlanInput).returns.toEqualTypeOf<ParseResult>();
	const result = parsePlanInput({ startDate: '2026-03-02' });
	if (result.ok) expectTypeOf(result.value).toEqualTypeOf<PlanInput>();
	else expectTypeOf(result.errors).toEqualTypeOf<FieldError[]>();
});

test('generatePlan takes only a parsed input', () => {
	expectTypeOf(generatePlan).parameter(0).toEqualTypeOf<PlanInput>();
	expectTypeOf(generatePlan).returns.toEqualTypeOf<Plan>();
	// @ts-expect-error a raw object from a form is not a PlanInput: it must go through parsePlanInput
	generatePlan({ goal: 'mix-in', startDate: '2026-03-02' });
});

test("a coach's split is by distance or by time, with an optional step", () => {
	expectTypeOf<Split['measure']>().toEqualTypeOf<'distance' | 'time'>();
	expectTypeOf<Split['step']>().toEqualTypeOf<number | undefined>();
	expectTypeOf(takesSplit).parameter(0).toEqualTypeOf<PlanInput['goal']>();
});

test('the form holds text, so a half-typed value is never lost', () => {
	expectTypeOf<PlanFormState['weeks']>().toEqualTypeOf<string>();
	expectTypeOf<PlanFormState['splitForward']>().toEqualTypeOf<string>();
	expectTypeOf<PlanFormState['splitOn']>().toEqualTypeOf<boolean>();
	expectTypeOf<Extract<FormEvaluation, { ok: true }>['input']>().toEqualTypeOf<PlanInput>();
});
