/**
 * The builder's transitions and the object its panels read, without a DOM:
 * a trusted form needs no checks, a runner's change waits for them, a goal
 * refit can be undone, and the share and print links carry the plan shown.
 */
import { describe, expect, it } from 'vitest';
import { addDays, defaultPlanInput, encodeShareState, formStateFromInput, generatePlan, servedPlans } from '../../lib';
import type { Validation } from './load-validation';
import {
	type BuilderState,
	builderReducer,
	deriveBuilderView,
	evaluateBuilderForm,
	initialBuilderState,
	planFor,
	type ServedPlans,
} from './plan-builder-state';

const input = defaultPlanInput('2026-03-02');
const start = () => initialBuilderState(input, false);

/** Just the checks the evaluation calls: any form other than the trusted one has one error. */
const fakeValidation = {
	evaluateForm: () => ({ ok: false, errors: [{ path: 'weeks', message: 'Enter a number of weeks.' }] }),
} as unknown as Validation;

const evaluate = (s: BuilderState) => evaluateBuilderForm(s.form, s.trusted, s.validation, s.today);

describe('the builder state', () => {
	it('starts on the server input, trusted, before anything is known about the browser', () => {
		const s = start();
		expect(s.ready).toBe(false);
		expect(s.today).toBeUndefined();
		expect(evaluate(s)).toEqual({ ok: true, input });
	});

	it("waits for the checks on the runner's own change, then shows their errors", () => {
		const changed = builderReducer(start(), { type: 'form', form: { ...start().form, weeks: 'x' } });
		expect(evaluate(changed)).toBeUndefined();
		const checked = builderReducer(changed, {
			type: 'form-code',
			code: { validation: fakeValidation, engine: { generatePlan } },
		});
		const evaluation = evaluate(checked);
		expect(evaluation?.ok).toBe(false);
		const view = deriveBuilderView(checked, evaluation, generatePlan(input), undefined, '/', undefined);
		expect(view.stale).toBe(true);
		expect(view.errors.map((e) => e.path)).toEqual(['weeks']);
	});

	it('undoes a goal refit back to the form before it, and a change clears the refit notice', () => {
		const before = start().form;
		const refit = { ...before, weeks: '12' };
		const fitted = builderReducer(start(), {
			type: 'fit',
			form: refit,
			goalFit: { message: 'Your plan now has 12 weeks.', undo: before },
		});
		expect(fitted.goalFit?.message).toBe('Your plan now has 12 weeks.');
		const undone = builderReducer(fitted, { type: 'undo-fit' });
		expect(undone.form).toBe(before);
		expect(undone.goalFit).toBeUndefined();
		expect(builderReducer(fitted, { type: 'form', form: before }).goalFit).toBeUndefined();
		expect(builderReducer(start(), { type: 'undo-fit' })).toEqual(start());
	});

	it('trusts a form built from a valid input, so it needs no checks', () => {
		const other = defaultPlanInput('2026-04-06');
		const form = formStateFromInput(other);
		const s = builderReducer(start(), { type: 'trust', form, input: other });
		expect(evaluate(s)).toEqual({ ok: true, input: other });
	});
});

describe('the view the panels read', () => {
	it('links the plan shown for sharing and printing, under the base path', () => {
		const plan = generatePlan(input);
		const code = encodeShareState(input);
		const view = deriveBuilderView(start(), { ok: true, input }, plan, undefined, '/retro/', 'https://x.example');
		expect(view.shareCode).toBe(code);
		expect(view.shareUrl).toBe(`https://x.example/retro/plan/?p=${code}`);
		expect(view.printUrl).toBe(`/retro/plan/print/?p=${code}`);
		expect(view.stale).toBe(false);
	});

	it('has no share URL in the server render and no past-start advice before the local date is known', () => {
		const view = deriveBuilderView(start(), { ok: true, input }, generatePlan(input), undefined, '/', undefined);
		expect(view.shareUrl).toBe('');
		expect(view.pastStart).toBeUndefined();
	});

	it('advises on a start date that has passed once the local date is known', () => {
		const s = builderReducer(start(), { type: 'today', today: '2026-03-20' });
		const view = deriveBuilderView(s, { ok: true, input }, generatePlan(input), undefined, '/', undefined);
		expect(view.pastStart).toBeDefined();
	});
});

describe('the plan on screen', () => {
	const served: ServedPlans = servedPlans(input);
	const engine = { generatePlan };

	it('is a served plan moved to the start, with or without the engine', () => {
		const nextWeek = { ...input, startDate: addDays(input.startDate, 7) };
		expect(planFor(nextWeek, served, undefined)).toEqual(generatePlan(nextWeek));
		expect(planFor(input, served, engine)).toEqual(served[0]);
	});

	it('waits for the engine for any other input, then is the engine’s', () => {
		const longer = { ...input, weeks: input.weeks + 2 };
		expect(planFor(longer, served, undefined)).toBeUndefined();
		expect(planFor(longer, served, engine)).toEqual(generatePlan(longer));
	});
});
