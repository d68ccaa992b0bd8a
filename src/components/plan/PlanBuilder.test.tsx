// @vitest-environment happy-dom
/**
 * The builder as a runner uses it: type in the form, see the plan follow,
 * see errors next to fields while the last plan stays, come back later and
 * find the form as it was, even when the browser refuses storage.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	defaultPlanInput,
	encodeShareState,
	FORM_STORAGE_KEY,
	formatPlanDate,
	generatePlan,
	localToday,
	parsePlanInput,
	quickDefaultInput,
	servedPlans,
} from '../../lib';
import { loadFormCode } from './load-engine';
import { PlanBuilder } from './PlanBuilder';
import { CHECKS_FAILED } from './restore-builder';

// The real loader of the checks and the engine, watched: a first visit must fetch neither.
vi.mock('./load-engine', async (importOriginal) => {
	const real = await importOriginal<typeof import('./load-engine')>();
	return { ...real, loadFormCode: vi.fn(real.loadFormCode) };
});

const initialInput = defaultPlanInput('2026-03-02');
const served = servedPlans(initialInput);

function renderBuilder() {
	return render(
		<PlanBuilder
			served={served}
			guideTitles={{ 'first-session': 'Your first session' }}
			base="/"
			siteUrl="https://retrostride.example"
		/>,
	);
}

beforeEach(() => {
	vi.mocked(loadFormCode).mockClear();
	localStorage.clear();
	window.history.replaceState(null, '', '/plan/');
});

afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
});

describe('a reader who only looks', () => {
	it('sees today’s plan in their units without the plan engine, which loads when they reach for the form', async () => {
		vi.mocked(loadFormCode).mockClear();
		renderBuilder();
		await waitFor(() => expect(document.querySelector('.plan-builder[data-ready]')).not.toBeNull());
		const expected = generatePlan(quickDefaultInput(initialInput, localToday(), navigator.language));
		expect(expected.input.startDate).not.toBe(initialInput.startDate);
		const week1 = screen.getByRole('heading', { level: 3, name: /^Week 1\b/ });
		expect(week1).toHaveTextContent(`${formatPlanDate(expected.weeks[0]?.startDate ?? '')} to`);
		expect(screen.getAllByRole('heading', { level: 3, name: /^Week \d+/ })).toHaveLength(expected.weeks.length);
		expect(document.querySelector('#plan-title')).toHaveTextContent(expected.title);
		expect(loadFormCode).not.toHaveBeenCalled();
		act(() => screen.getByLabelText('Goal').focus());
		expect(loadFormCode).toHaveBeenCalled();
	});

	it('says so when the engine cannot load for a plan the server did not make, and keeps the plan on screen', async () => {
		vi.mocked(loadFormCode).mockRejectedValueOnce(new Error('offline'));
		const shared = parsePlanInput({ ...initialInput, goal: 'drills' });
		if (!shared.ok) throw new Error('test input');
		window.history.replaceState(null, '', `/plan/?p=${encodeShareState(shared.value)}`);
		renderBuilder();
		expect(await screen.findByText(CHECKS_FAILED)).toBeInTheDocument();
		expect(screen.getAllByRole('heading', { level: 3, name: /^Week \d+/ }).length).toBeGreaterThan(0);
	});
});

describe('a reader whose units were not served', () => {
	// happy-dom's navigator.language is en-US: miles. Only the build's plan (kilometres) is served here,
	// as when the island had to make it with the engine, or the served file predates a change of defaults.
	const kmOnly = [generatePlan(initialInput)] as const;
	const expected = () => generatePlan(quickDefaultInput(initialInput, localToday(), navigator.language));

	it.each([
		['the engine the island loaded', true],
		['the engine it fetches', false],
	])('gets their own plan from %s, and the share link is only ever that plan’s', async (_, withEngine) => {
		const written: (string | null)[] = [];
		const replace = window.history.replaceState.bind(window.history);
		vi.spyOn(window.history, 'replaceState').mockImplementation((data, unused, url) => {
			written.push(url ? new URL(String(url), window.location.href).searchParams.get('p') : null);
			replace(data, unused, url);
		});
		render(
			<PlanBuilder
				served={kmOnly}
				engine={withEngine ? { generatePlan } : undefined}
				guideTitles={{}}
				base="/"
				siteUrl="https://retrostride.example"
			/>,
		);
		const plan = expected();
		expect(plan.input.units).toBe('mi');
		await waitFor(() => expect(new URL(window.location.href).searchParams.get('p')).toBe(encodeShareState(plan.input)));
		expect(screen.getByRole('heading', { level: 3, name: /^Week 1\b/ })).toHaveTextContent(
			`${formatPlanDate(plan.weeks[0]?.startDate ?? '')} to`,
		);
		expect(vi.mocked(loadFormCode).mock.calls.length > 0).toBe(!withEngine);
		expect(written.filter((p) => p !== null)).not.toContain(encodeShareState(kmOnly[0].input));
	});
});

describe('the plan follows the form', () => {
	it('converts the pace typed when the runner switches units, so the plan keeps its meaning', async () => {
		renderBuilder();
		await waitFor(() => expect(document.querySelector('.plan-builder[data-ready]')).not.toBeNull());
		expect(screen.getByRole('radio', { name: 'Miles' })).toBeChecked();
		const perMile = screen.getByLabelText('Easy forward pace (min:sec per mile)');
		await userEvent.clear(perMile);
		await userEvent.type(perMile, '10:00');
		await userEvent.click(screen.getByRole('radio', { name: 'Kilometres' }));
		await waitFor(() => expect(screen.getByLabelText('Easy forward pace (min:sec per km)')).toHaveValue('6:13'));
		await userEvent.click(screen.getByRole('radio', { name: 'Miles' }));
		await waitFor(() => expect(screen.getByLabelText('Easy forward pace (min:sec per mile)')).toHaveValue('10:00'));
	});

	it('shows a plan straight away and regenerates it when the goal changes', async () => {
		renderBuilder();
		const before = document.querySelector('#plan-title')?.textContent;
		expect(before).toBeTruthy();
		await userEvent.selectOptions(screen.getByLabelText('Goal'), 'drills');
		await waitFor(() => expect(document.querySelector('#plan-title')?.textContent).toMatch(/drill/i));
		expect(document.querySelector('#plan-title')?.textContent).not.toBe(before);
	});

	it('gives a race the weeks it needs at once, says so, and can undo it', async () => {
		renderBuilder();
		const weeks = screen.getByLabelText('Number of weeks');
		expect(weeks).toHaveValue('8');
		await userEvent.selectOptions(screen.getByLabelText('Goal'), 'retro-mile');
		const said = await screen.findByText(/^A backward mile needs \d+ weeks from where you are, so your plan now has/);
		const needed = Number(/needs (\d+) weeks/.exec(said.textContent ?? '')?.[1]);
		expect(needed).toBeGreaterThan(8);
		expect(weeks).toHaveValue(String(needed));
		expect(screen.getAllByRole('heading', { level: 3, name: /^Week \d+/ })).toHaveLength(needed);
		expect(document.querySelector('#plan-title')?.textContent).toMatch(/mile/);
		await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
		expect(screen.getByLabelText('Goal')).toHaveValue('mix-in');
		expect(weeks).toHaveValue('8');
		expect(screen.queryByText(/so your plan now has/)).not.toBeInTheDocument();
	});

	it('keeps a length the runner typed and explains, next to the weeks field, why a race needs more', async () => {
		renderBuilder();
		await userEvent.selectOptions(screen.getByLabelText('Goal'), 'retro-mile');
		await screen.findByText(/so your plan now has/);
		const weeks = screen.getByLabelText('Number of weeks');
		await userEvent.clear(weeks);
		await userEvent.type(weeks, '6');
		expect(weeks).toHaveAccessibleDescription(/needs at least \d+ weeks/);
		expect(weeks).toHaveValue('6');
	});

	it('lets a coach set the split by hand and shows it in the sessions', async () => {
		renderBuilder();
		await userEvent.click(screen.getByLabelText('Set the split of my mixed runs myself'));
		// The boxes load on the first tick; the browser here says en-US, so the example is in miles.
		expect(await screen.findByLabelText(/^Forward \(/)).toHaveValue('2');
		const forward = screen.getByLabelText(/^Forward \(/);
		const backward = screen.getByLabelText(/^Then backward, week 1/);
		await userEvent.clear(forward);
		await userEvent.type(forward, '3');
		await userEvent.clear(backward);
		await userEvent.type(backward, '0.5');
		await waitFor(() =>
			expect(screen.getAllByText(/Mixed run: 3 mi forward \+ 0\.5 mi backward/).length).toBeGreaterThan(0),
		);
		expect(screen.getByText(/^Week 1: 3 mi forward, then 0\.5 mi backward/)).toBeInTheDocument();
		await userEvent.clear(backward);
		await userEvent.type(backward, 'x');
		expect(screen.getByText('Enter the backward part as a number, like 0.5')).toBeInTheDocument();
		expect(screen.getAllByText(/Mixed run: 3 mi forward \+ 0\.5 mi backward/).length).toBeGreaterThan(0);
		// A split no session could hold is refused next to the split, saying why; the plan stays.
		await userEvent.clear(backward);
		await userEvent.type(backward, '10');
		expect(
			await screen.findByText(
				/^At your easy backward pace this backward part takes about \d+ h \d+ min, more than the 1 h 30 min/,
			),
		).toBeInTheDocument();
		expect(backward).toHaveAttribute('aria-invalid', 'true');
		// Typing "10" passed through "1", the last split a session holds: that plan stays on screen.
		expect(screen.getAllByText(/Mixed run: 3 mi forward \+ 1 mi backward/).length).toBeGreaterThan(0);
	});

	it('changes the number of weeks shown when the runner types a new length', async () => {
		renderBuilder();
		const weeks = screen.getByLabelText('Number of weeks');
		await userEvent.clear(weeks);
		await userEvent.type(weeks, '10');
		expect(screen.getAllByRole('heading', { level: 3, name: /^Week \d+/ })).toHaveLength(10);
	});
});

describe('errors appear next to their field and the last plan stays', () => {
	it('says how many days to choose, linked to the day toggles, while keeping the plan', async () => {
		renderBuilder();
		const title = document.querySelector('#plan-title')?.textContent;
		const days = screen.getByRole('group', { name: 'Training days' });
		for (const box of within(days).getAllByRole('checkbox', { checked: true }).slice(1)) {
			await userEvent.click(box);
		}
		const message = screen.getByText('Choose at least 2 training days');
		expect(days.getAttribute('aria-describedby')).toContain(message.closest('p')?.id);
		expect(document.querySelector('#plan-title')?.textContent).toBe(title);
		expect(screen.getByText(/Until then you see your last valid plan/)).toBeInTheDocument();
	});

	it('flags a pace that is not minutes:seconds on the pace field itself', async () => {
		renderBuilder();
		const pace = screen.getByLabelText(/Easy forward pace/);
		await userEvent.clear(pace);
		await userEvent.type(pace, '6:3x');
		expect(pace).toHaveAttribute('aria-invalid', 'true');
		expect(pace).toHaveAccessibleDescription(/Enter your pace as minutes:seconds/);
		// The exports say plainly which plan they save while a field is wrong.
		const title = document.querySelector('#plan-title')?.textContent ?? '';
		expect(screen.getByText(/these buttons save your last valid plan/)).toHaveTextContent(title);
		await userEvent.clear(pace);
		await userEvent.type(pace, '6:30');
		await waitFor(() => expect(screen.queryByText(/these buttons save your last valid plan/)).toBeNull());
	});
});

describe('today, and a start in the past', () => {
	afterEach(() => vi.useRealTimers());

	it('says when a plan starts, then marks today\u2019s session and jumps to it', async () => {
		// Thursday 5 March 2026: a first visit starts the plan on Monday 9 March.
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date(2026, 2, 5, 9, 0));
		renderBuilder();
		expect(await screen.findByText(/^Your plan starts on Mon 9 Mar 2026,/)).toHaveTextContent('in 4 days.');
		expect(screen.queryByText('Today')).not.toBeInTheDocument();
		// The runner sets the start to this week's Tuesday: Thursday's session is today's.
		fireEvent.change(screen.getByLabelText('Start date'), { target: { value: '2026-03-03' } });
		const jump = await screen.findByRole('link', { name: /^Today: / });
		const session = document.getElementById(jump.getAttribute('href')?.slice(1) ?? '');
		expect(session).toHaveClass('session--today');
		expect(within(session as HTMLElement).getByText('Today')).toBeInTheDocument();
		expect((session as HTMLDetailsElement).open).toBe(false);
		await userEvent.click(jump);
		expect((session as HTMLDetailsElement).open).toBe(true);
	});

	it('warns about a start date in the past and moves it to a date the runner picks', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date(2026, 2, 5, 9, 0));
		renderBuilder();
		const start = screen.getByLabelText('Start date');
		fireEvent.change(start, { target: { value: '2026-03-02' } });
		expect(await screen.findByText(/^This plan started on Mon 2 Mar 2026, 3 days ago/)).toBeInTheDocument();
		await userEvent.click(screen.getByRole('button', { name: 'Start next Monday, Mon 9 Mar 2026' }));
		expect(start).toHaveValue('2026-03-09');
		expect(screen.queryByText(/This plan started on/)).not.toBeInTheDocument();
	});

	it('never builds a plan from a half-typed year', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date(2026, 2, 5, 9, 0));
		renderBuilder();
		await screen.findByText(/^Your plan starts on/);
		const before = new URL(window.location.href).searchParams.get('p');
		fireEvent.change(screen.getByLabelText('Start date'), { target: { value: '2202-03-02' } });
		expect(await screen.findByText(/^Choose a start date by .* within two years of today$/)).toBeInTheDocument();
		expect(screen.getByText(/^Your plan starts on Mon 9 Mar 2026/)).toBeInTheDocument();
		expect(new URL(window.location.href).searchParams.get('p')).toBe(before);
	});
});

describe('state survives', () => {
	it('saves the form and restores it on the next visit', async () => {
		const first = renderBuilder();
		await userEvent.selectOptions(screen.getByLabelText('Goal'), 'knee-friendly');
		first.unmount();
		expect(localStorage.getItem(FORM_STORAGE_KEY)).toContain('knee-friendly');
		renderBuilder();
		await waitFor(() => expect(screen.getByLabelText('Goal')).toHaveValue('knee-friendly'));
	});

	it('opens a share link exactly, ahead of saved settings, and keeps the URL in step', async () => {
		localStorage.setItem(FORM_STORAGE_KEY, JSON.stringify({ version: 1, state: { junk: true } }));
		const parsed = parsePlanInput({
			goal: 'retro-mile',
			experience: 'some',
			startDate: '2026-04-06',
			weeks: 12,
			units: 'mi',
			days: ['mon', 'wed', 'sat'],
		});
		if (!parsed.ok) throw new Error('fixture');
		const code = encodeShareState(parsed.value);
		window.history.replaceState(null, '', `/plan/?p=${code}`);
		renderBuilder();
		await waitFor(() => expect(screen.getByLabelText('Goal')).toHaveValue('retro-mile'));
		expect(screen.getByLabelText('Start date')).toHaveValue('2026-04-06');
		expect(screen.getByRole('radio', { name: 'Miles' })).toBeChecked();
		await waitFor(() => expect(new URL(window.location.href).searchParams.get('p')).toBe(code));
	});

	it('a share link with a session time exports timed events, and reminders fit the kind of event', async () => {
		const parsed = parsePlanInput({ ...initialInput, sessionTime: '18:30', reminderMinutes: 60 });
		if (!parsed.ok) throw new Error('fixture');
		window.history.replaceState(null, '', `/plan/?p=${encodeShareState(parsed.value)}`);
		renderBuilder();
		// The calendar options sit in a disclosure whose contents load when it opens.
		await userEvent.click(await screen.findByText(/^Options: calendar times/));
		// The time arrives after the first render; the calendar choice follows it.
		expect(await screen.findByRole('radio', { name: 'At 18:30' })).toBeChecked();
		const reminder = screen.getByLabelText('Reminder');
		expect(reminder).toHaveValue('60');
		expect(within(reminder).getByRole('option', { name: '1 hour before' })).toBeInTheDocument();
		expect(within(reminder).queryByRole('option', { name: 'On the day at 07:00' })).toBeNull();
		// Without a time, events are all-day and the reminders are clock times; the old choice says when it would ring.
		fireEvent.change(screen.getByLabelText('Session time (optional)'), { target: { value: '' } });
		await waitFor(() =>
			expect(
				within(screen.getByLabelText('Reminder')).getByRole('option', { name: 'On the day at 07:00' }),
			).toBeInTheDocument(),
		);
		expect(
			within(screen.getByLabelText('Reminder')).getByRole('option', { name: 'The evening before at 23:00' }),
		).toBeInTheDocument();
		expect(screen.getByRole('radio', { name: 'All-day' })).toBeChecked();
	});

	it('explains a broken share link and falls back to the saved plan', async () => {
		window.history.replaceState(null, '', '/plan/?p=v1.garbage!!');
		renderBuilder();
		expect(await screen.findByText(/This share link could not be opened/)).toBeInTheDocument();
	});

	it('ignores corrupt saved settings with a notice', async () => {
		localStorage.setItem(FORM_STORAGE_KEY, '{not json');
		renderBuilder();
		expect(await screen.findByText(/could not be read, so we started from the defaults/)).toBeInTheDocument();
	});

	it('still works when the browser refuses storage, and says so once', async () => {
		// As in some private modes: merely reading window.localStorage throws.
		vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
			throw new DOMException('denied', 'SecurityError');
		});
		renderBuilder();
		await userEvent.selectOptions(screen.getByLabelText('Goal'), 'drills');
		expect(document.querySelector('#plan-title')?.textContent).toMatch(/drill/i);
		expect(screen.getAllByText(/not saving settings/)).toHaveLength(1);
	});

	it('starts over only after a confirmation', async () => {
		renderBuilder();
		await userEvent.selectOptions(screen.getByLabelText('Goal'), 'retro-10k');
		await userEvent.click(screen.getByRole('button', { name: 'Start over' }));
		await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(screen.getByLabelText('Goal')).toHaveValue('retro-10k');
		await userEvent.click(screen.getByRole('button', { name: 'Start over' }));
		await act(async () => {
			await userEvent.click(screen.getByRole('button', { name: 'Yes, start over' }));
		});
		expect(screen.getByLabelText('Goal')).toHaveValue('mix-in');
	});
});
