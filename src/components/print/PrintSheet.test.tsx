// @vitest-environment happy-dom
/**
 * The print sheet island as a coach uses it: it reads the plan from the
 * address, shows every week, prints the names typed in, switches layout and
 * keeps the layout in the address, and explains a bad link.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
	decodeShareState,
	defaultPlanInput,
	encodeShareState,
	generatePlan,
	type PlanInput,
	parsePlanInput,
} from '../../lib';
import { PrintSheet } from './PrintSheet';
import { qrPath } from './QrCode';

function code(overrides: Partial<PlanInput> = {}): string {
	const parsed = parsePlanInput({ ...defaultPlanInput('2026-03-02'), ...overrides });
	if (!parsed.ok) throw new Error('bad input');
	return encodeShareState(parsed.value);
}

function openSheet(query: string) {
	window.history.replaceState(null, '', `/plan/print/${query}`);
	return render(<PrintSheet base="/" />);
}

afterEach(cleanup);

describe('PrintSheet', () => {
	it('renders one table per week with a header per column and a tick box per session', async () => {
		const c = code({ weeks: 12 });
		const plan = generatePlan(decodeInput(c));
		const { container } = openSheet(`?p=${c}`);
		expect(await screen.findByRole('heading', { level: 1, name: plan.title })).toBeInTheDocument();
		const tables = screen.getAllByRole('table');
		expect(tables).toHaveLength(12);
		const first = tables[0];
		if (!first) throw new Error('no table');
		expect(within(first).getByText('Week 1')).toBeInTheDocument();
		for (const name of ['Date', 'Session', 'B: backward', 'F: forward', 'Pace (min/km)', 'Notes', 'Done']) {
			expect(within(first).getByRole('columnheader', { name })).toHaveAttribute('scope', 'col');
		}
		const sessions = plan.weeks.flatMap((w) => w.sessions).length;
		expect(container.querySelectorAll('.week-table .tick-box')).toHaveLength(sessions);
		expect(screen.getByRole('heading', { name: 'Safety summary' })).toBeInTheDocument();
	});

	it('prints the names typed into the labelled inputs', async () => {
		const { container } = openSheet(`?p=${code()}`);
		fireEvent.change(await screen.findByLabelText('Athlete'), { target: { value: 'Ada Quinn' } });
		fireEvent.change(screen.getByLabelText('Coach'), { target: { value: 'Sam Ortiz' } });
		const printed = [...container.querySelectorAll('.sheet-name__printed')].map((e) => e.textContent);
		expect(printed).toEqual(['Ada Quinn', 'Sam Ortiz']);
		// The names stay on this device: they never go into the address.
		expect(window.location.search).not.toContain('Ada');
	});

	it('keeps the names on this device: the coach on every sheet, each athlete with their plan, until "Forget names"', async () => {
		localStorage.clear();
		const ada = code({ weeks: 8 });
		const ben = code({ weeks: 10 });
		const first = openSheet(`?p=${ada}`);
		fireEvent.change(await screen.findByLabelText('Athlete'), { target: { value: 'Ada Quinn' } });
		fireEvent.change(screen.getByLabelText('Coach'), { target: { value: 'Sam Ortiz' } });
		first.unmount();
		// Ben's sheet: the coach is typed already, the athlete is not Ada.
		const second = openSheet(`?p=${ben}`);
		expect(await screen.findByLabelText('Coach')).toHaveValue('Sam Ortiz');
		expect(screen.getByLabelText('Athlete')).toHaveValue('');
		second.unmount();
		// Ada's sheet again, as after a reload: both names are back.
		openSheet(`?p=${ada}`);
		expect(await screen.findByLabelText('Athlete')).toHaveValue('Ada Quinn');
		fireEvent.click(screen.getByRole('button', { name: 'Forget names' }));
		expect(screen.getByLabelText('Athlete')).toHaveValue('');
		expect(screen.getByLabelText('Coach')).toHaveValue('');
		expect(screen.getByRole('status')).toHaveTextContent('Names forgotten on this device.');
		expect(localStorage.length).toBe(0);
	});

	it('shows the race date and the session time in the header', async () => {
		const { container } = openSheet(
			`?p=${code({ goal: 'retro-5k', experience: 'regular', weeks: 16, raceDate: '2026-06-20', sessionTime: '18:30' })}`,
		);
		await screen.findByRole('heading', { level: 1 });
		const facts = within(container.querySelector('.sheet-facts') as HTMLElement);
		expect(facts.getByText('Race').nextElementSibling).toHaveTextContent(/20 Jun 2026/);
		expect(facts.getByText('Time').nextElementSibling).toHaveTextContent('18:30');
	});

	it('switches to the fridge grid and remembers the layout in the address', async () => {
		const c = code({ weeks: 12 });
		openSheet(`?p=${c}`);
		const fridge = await screen.findByRole('radio', { name: /Fridge sheet/ });
		fireEvent.click(fridge);
		expect(fridge).toBeChecked();
		expect(window.location.search).toBe(`?p=${c}&layout=fridge`);
		const grid = screen.getByRole('table');
		expect(within(grid).getAllByRole('row')).toHaveLength(13);
		expect(within(grid).getByRole('rowheader', { name: /Week 12/ })).toBeInTheDocument();
		fireEvent.click(screen.getByRole('radio', { name: /Full sheet/ }));
		expect(window.location.search).toBe(`?p=${c}&layout=full`);
		expect(screen.getAllByRole('table')).toHaveLength(12);
	});

	it('opens in the layout the address names, and splits a long fridge sheet into pages of 12 weeks', async () => {
		openSheet(`?p=${code({ weeks: 26 })}&layout=fridge`);
		expect(await screen.findByRole('radio', { name: /Fridge sheet/ })).toBeChecked();
		const tables = screen.getAllByRole('table');
		expect(tables.map((t) => t.querySelector('caption')?.textContent)).toEqual([
			'Weeks 1–12 (page 1 of 3)',
			'Weeks 13–24 (page 2 of 3)',
			'Weeks 25–26 (page 3 of 3)',
		]);
		expect(screen.getByText(/fits 12 weeks per page/)).toBeInTheDocument();
	});

	it('has a QR code image, a print button and a link back to the builder with the plan', async () => {
		const c = code();
		openSheet(`?p=${c}`);
		expect(await screen.findByRole('img', { name: /QR code/ })).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
		expect(screen.getByRole('link', { name: /Back to the plan builder/ })).toHaveAttribute('href', `../?p=${c}`);
		expect(screen.getByText(`${window.location.origin}/plan/?p=${c}`)).toBeInTheDocument();
	});

	it('explains a damaged link with the decoder message and links to the builder', async () => {
		openSheet('?p=v1.junk');
		expect(await screen.findByRole('heading', { name: 'This plan link does not work' })).toBeInTheDocument();
		expect(screen.getByText(/damaged or incomplete/)).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Go to the plan builder' })).toHaveAttribute('href', '../');
	});

	it('without a plan, says where sheets come from', async () => {
		openSheet('');
		expect(await screen.findByText(/Open this page from the plan builder/)).toBeInTheDocument();
	});
});

describe('qrPath', () => {
	it('draws a square code with a quiet zone and gives nothing for text too long for a QR code', () => {
		const { size, d } = qrPath('https://example.org/plan/?p=v1.00000.20260302.8..2a.6.420....xx');
		expect(size).toBeGreaterThanOrEqual(21 + 8);
		expect(d).toMatch(/^M4 4h7v1h-7z/); // the top-left finder pattern starts inside the quiet zone
		expect(qrPath('x'.repeat(5000))).toEqual({ size: 0, d: '' });
	});
});

function decodeInput(c: string): PlanInput {
	const r = decodeShareState(c);
	if (!r.ok) throw new Error(r.message);
	return r.value;
}
