// @vitest-environment happy-dom
/**
 * What the export buttons tell the runner when something goes wrong: a
 * download that failed is a connection problem and says so; a bug in the
 * export code is not, and must never send the runner to check their
 * connection (issue 21's errors contract).
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MIX_3_DAYS, planOf } from '../../../test/support/plan-fixtures';
import { ExportPanel } from './ExportPanel';

const loadExports = vi.hoisted(() => vi.fn());
vi.mock('./load-exports', () => ({ loadExports }));

const PLAN = planOf(MIX_3_DAYS);

function renderPanel() {
	return render(
		<ExportPanel
			plan={PLAN}
			siteUrl="https://retrostride.example"
			base="/"
			shareUrl="https://x/plan/"
			onImport={() => {}}
		/>,
	);
}

afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
	loadExports.mockReset();
});

describe('export failures say what really went wrong', () => {
	it('a download of the export code that fails asks the runner to check their connection', async () => {
		loadExports.mockRejectedValue(new TypeError('Failed to fetch dynamically imported module'));
		renderPanel();
		fireEvent.click(screen.getByRole('button', { name: 'Download calendar (.ics)' }));
		await waitFor(() => expect(screen.getByText(/Check your connection/)).toBeTruthy());
	});

	it('a bug in exportPlan surfaces as an error, and is never blamed on the connection', async () => {
		const bug = new RangeError('a bug in exportPlan');
		loadExports.mockResolvedValue({
			exportPlan: () => {
				throw bug;
			},
		});
		const unhandled: unknown[] = [];
		const onRejection = (e: PromiseRejectionEvent) => {
			unhandled.push(e.reason);
			e.preventDefault();
		};
		const onNodeRejection = (reason: unknown) => unhandled.push(reason);
		window.addEventListener('unhandledrejection', onRejection);
		process.on('unhandledRejection', onNodeRejection);
		try {
			renderPanel();
			fireEvent.click(screen.getByRole('button', { name: 'Download calendar (.ics)' }));
			await waitFor(() => expect(unhandled).toContain(bug));
			expect(document.body.textContent).not.toMatch(/connection/i);
		} finally {
			window.removeEventListener('unhandledrejection', onRejection);
			process.off('unhandledRejection', onNodeRejection);
		}
	});

	it('a working export says what it saved', async () => {
		loadExports.mockResolvedValue({ exportPlan: () => ({ ok: true, message: 'Saved plan.ics with 24 sessions.' }) });
		renderPanel();
		fireEvent.click(screen.getByRole('button', { name: 'Download spreadsheet (.csv)' }));
		await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved plan.ics with 24 sessions.'));
	});
});
