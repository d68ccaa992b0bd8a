// @vitest-environment happy-dom
import { screen } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { initPaceConverters } from './pace-converter';

/** The markup PaceConverter.astro renders (its worked example left out: the script redraws it). */
function converter(pace = '6:00') {
	document.body.innerHTML = `
		<form class="pace-converter" aria-labelledby="pc-title" novalidate>
			<p id="pc-title"><strong>Pace converter: forward to backward</strong></p>
			<div class="pc-field pc-field--pace">
				<label for="pc-pace">Easy forward pace</label>
				<input id="pc-pace" data-pace type="text" value="${pace}" aria-describedby="pc-hint" />
				<p class="pc-field__hint" id="pc-hint">Like 5:45 or 10:30</p>
			</div>
			<div class="pc-field"><label for="pc-units">Unit</label>
				<select id="pc-units" data-units><option value="km">per kilometre</option><option value="mi">per mile</option></select></div>
			<div class="pc-field"><label for="pc-exp">Backward running experience</label>
				<select id="pc-exp" data-experience><option value="new">New</option><option value="some">Tried it a few times</option></select></div>
			<div class="pace-converter__result" aria-live="polite"></div>
		</form>`;
	initPaceConverters(document);
	return {
		pace: screen.getByLabelText('Easy forward pace') as HTMLInputElement,
		result: document.querySelector('.pace-converter__result') as HTMLElement,
	};
}

let user: ReturnType<typeof userEvent.setup>;
beforeEach(() => {
	user = userEvent.setup();
});

describe('the pace converter', () => {
	it('shows the worked example, then follows the pace, the unit and the experience', async () => {
		const { pace, result } = converter();
		expect(result.textContent).toContain('Backward easy pace: 9:00–10:10 per km');
		expect(result.textContent).toContain('per mile');
		await user.clear(pace);
		await user.type(pace, '5:00');
		expect(result.textContent).toContain('Backward easy pace: 7:30–8:30 per km');
		await user.selectOptions(screen.getByLabelText('Unit'), 'mi');
		expect(result.textContent).toContain('Backward easy pace: 7:30–8:30 per mile');
		await user.selectOptions(screen.getByLabelText('Backward running experience'), 'some');
		expect(result.textContent).toContain('Backward easy pace: 7:00–8:00 per mile');
	});

	it('names a bad pace next to the field once the reader leaves it, and clears it when fixed', async () => {
		const { pace, result } = converter();
		await user.clear(pace);
		await user.type(pace, '5.30');
		expect(pace).not.toHaveAttribute('aria-invalid');
		expect(result.textContent).toBe('Enter a forward pace like 6:00 to see your backward pace.');
		await user.tab();
		expect(pace).toHaveAttribute('aria-invalid', 'true');
		expect(pace).toHaveAccessibleDescription(/Like 5:45 or 10:30.*Enter minutes and seconds with a colon, like 6:00/);
		await user.clear(pace);
		await user.type(pace, '9:30');
		expect(pace).not.toHaveAttribute('aria-invalid');
		expect(screen.queryByText(/Enter minutes and seconds/)).toBeNull();
	});

	it('Enter checks the pace without leaving the page, and shows markup-like input as text', async () => {
		const { pace } = converter();
		let submitted = false;
		window.addEventListener('submit', (e) => {
			submitted = !e.defaultPrevented;
		});
		await user.clear(pace);
		await user.type(pace, '2:00{Enter}');
		expect(submitted).toBe(false);
		expect(screen.getByText(/Enter an easy forward pace between/)).toBeInTheDocument();
		await user.clear(pace);
		await user.type(pace, '<img src=x onerror=alert(1)>');
		await user.tab();
		expect(document.querySelector('img')).toBeNull();
	});
});
