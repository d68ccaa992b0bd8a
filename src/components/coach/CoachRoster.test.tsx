// @vitest-environment happy-dom
/**
 * The roster island as a coach uses it: the roster kept in this browser
 * comes back, typing fixes a flagged cell, the squad table links to the
 * builder without names, a paste replaces the roster and Undo brings it
 * back, and a damaged stored roster is named rather than half-loaded.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeShareState } from '../../lib';
import { EMPTY_ROW, ROSTER_HEADER, ROSTER_STORAGE_KEY, type RosterRow, saveAthleteEdits } from '../../lib/roster';
import { CoachRoster } from './CoachRoster';

const ada: RosterRow = { ...EMPTY_ROW, name: 'Ada Quinn', days: 'tue thu sat' };

function store(rows: RosterRow[]) {
	window.localStorage.setItem(ROSTER_STORAGE_KEY, JSON.stringify({ version: 1, rows }));
}

function stored(): RosterRow[] {
	return JSON.parse(window.localStorage.getItem(ROSTER_STORAGE_KEY) ?? '{"rows":[]}').rows;
}

/** A start date the builder accepts today: next year's first Monday in March. */
function soon(): string {
	const year = new Date().getFullYear() + 1;
	const d = new Date(Date.UTC(year, 2, 1));
	while (d.getUTCDay() !== 1) d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
}

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe('CoachRoster', () => {
	it('says the roster stays on the device, and starts empty', async () => {
		render(<CoachRoster base="/" siteUrl="https://retrostride.example" />);
		expect(await screen.findByText(/Your roster stays on this device/)).toBeInTheDocument();
		expect(screen.getByText(/No athlete has a plan yet/)).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Print pack' })).toBeDisabled();
	});

	it('brings back the stored roster, flags a bad cell beside it, and typing the fix gives the plan', async () => {
		store([
			{ ...ada, startDate: soon() },
			{ ...ada, name: 'Bo Li', startDate: soon(), easyPace: 'fast' },
		]);
		render(<CoachRoster base="/retro/" siteUrl="https://retrostride.example" />);
		const pace = await screen.findByRole('textbox', { name: 'Row 3: Easy forward pace' });
		expect(pace).toHaveAttribute('aria-invalid', 'true');
		expect(pace).toHaveAccessibleDescription('Write the pace as minutes:seconds per km or mile, like 6:30');
		expect(screen.getByRole('link', { name: 'Row 3 (Bo Li), Easy forward pace' })).toHaveAttribute(
			'href',
			'#roster-3-easyPace',
		);
		expect(screen.getByRole('table', { name: '1 athlete with a plan' })).toBeInTheDocument();

		fireEvent.change(pace, { target: { value: '6:45' } });
		const squad = screen.getByRole('table', { name: '2 athletes with a plan' });
		expect(screen.queryByText(/need a fix|needs a fix/)).not.toBeInTheDocument();
		const link = within(squad).getByRole('link', { name: 'Open Bo Li’s plan' });
		// The builder at /coach/plan/, with the row's opaque id (given when the stored roster was read), never the name.
		const id = stored()[1]?.id ?? '';
		expect(id).toMatch(/^[a-z0-9]{12}$/);
		expect(link.getAttribute('href')).toMatch(new RegExp(`^/retro/coach/plan/\\?p=v2\\.[\\w.-]+&athlete=${id}$`));
		expect(link.getAttribute('href')).not.toMatch(/Bo|Li/);
		expect(stored()[1]?.easyPace).toBe('6:45');
		expect(stored()[1]?.id).toBe(id);
	});

	it('shows the edits the builder saved for an athlete, and reads them again when the coach comes back', async () => {
		store([{ ...ada, startDate: soon(), id: 'adaid0000001' }]);
		render(<CoachRoster base="/" siteUrl="https://retrostride.example" />);
		const squad = await screen.findByRole('table', { name: '1 athlete with a plan' });
		expect(within(squad).queryByText(/Edited in the builder/)).not.toBeInTheDocument();
		// The builder (another page) saves a skip, and the coach comes back (pageshow).
		saveAthleteEdits(window.localStorage, 'adaid0000001', [{ type: 'skip', session: 'w01-s1' }]);
		act(() => void window.dispatchEvent(new Event('pageshow')));
		expect(within(squad).getByText('Edited in the builder: 1 change')).toBeInTheDocument();
		const href = within(squad).getByRole('link', { name: 'Open Ada Quinn’s plan' }).getAttribute('href') ?? '';
		const shared = decodeShareState(new URLSearchParams(href.split('?')[1]).get('p') ?? '');
		expect(shared.ok && shared.edits).toEqual([{ type: 'skip', session: 'w01-s1' }]);
	});

	it('replaces the roster with a paste, and Undo brings the old one back', async () => {
		store([{ ...ada, startDate: soon() }]);
		render(<CoachRoster base="/" siteUrl="https://retrostride.example" />);
		await screen.findByRole('textbox', { name: 'Row 2: Name' });
		fireEvent.change(screen.getByLabelText(/Or paste the roster/), {
			target: { value: `${ROSTER_HEADER.join(',')}\nCy,,,,tue sat,,${soon()},,,,,\nDi,,,,tue sat,,${soon()},,,,,\n` },
		});
		fireEvent.click(screen.getByRole('button', { name: 'Read the pasted roster' }));
		expect(await screen.findByText('2 athletes read.')).toBeInTheDocument();
		expect(screen.getByRole('textbox', { name: 'Row 2: Name' })).toHaveValue('Cy');
		fireEvent.click(screen.getByRole('button', { name: 'Undo: bring back the roster as it was' }));
		expect(screen.getByRole('textbox', { name: 'Row 2: Name' })).toHaveValue('Ada Quinn');
		expect(screen.queryByRole('textbox', { name: 'Row 3: Name' })).not.toBeInTheDocument();
		expect(stored().map((r) => r.name)).toEqual(['Ada Quinn']);
	});

	it('names a damaged stored roster instead of loading part of it', async () => {
		window.localStorage.setItem(ROSTER_STORAGE_KEY, '{"version":1,"rows":[{"name":5}]}');
		render(<CoachRoster base="/" siteUrl="https://retrostride.example" />);
		expect(await screen.findByText(/could not be read\. Open your saved roster file/)).toBeInTheDocument();
		expect(screen.queryByRole('textbox', { name: 'Row 2: Name' })).not.toBeInTheDocument();
	});

	it('shows the group session sheet and returns to the roster', async () => {
		store([
			{ ...ada, startDate: soon() },
			{ ...ada, name: 'Bo Li', startDate: soon(), experience: 'regular' },
		]);
		render(<CoachRoster base="/" siteUrl="https://retrostride.example" />);
		fireEvent.click(await screen.findByRole('button', { name: 'Show the session sheet' }));
		expect(screen.getByRole('heading', { level: 2, name: /^Group session, Tue / })).toBeInTheDocument();
		const rows = screen.getAllByRole('row').slice(1);
		expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Ada Quinn', 'Bo Li']);
		fireEvent.click(screen.getByRole('button', { name: '← Back to the roster' }));
		expect(screen.getByRole('button', { name: 'Show the session sheet' })).toHaveFocus();
	});
});
