/**
 * The pace converter's behaviour, without a framework (PaceConverter.astro
 * renders the form and a worked example at build time). Type an easy forward
 * pace, get the backward easy pace range the plan builder would use, per km
 * and per mile. The arithmetic lives in src/lib (convertForwardPace); this
 * file only reads the form and writes the result with DOM calls (no
 * innerHTML: the typed pace never becomes markup).
 *
 * Error timing, as before: a bad pace shows its message under the field once
 * the reader leaves the field or presses Enter, stays live while shown, and
 * clears as soon as the pace is valid.
 */
import { convertForwardPace, type Experience, formatPaceRange, UNITS, type Units } from '../../lib/pace';

const PROMPT = 'Enter a forward pace like 6:00 to see your backward pace.';
const EFFORT = 'Let effort overrule it: if you cannot talk in short sentences, slow down.';

/** Creates an element with text, the only way this file writes to the page. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.textContent = text;
	if (className) node.className = className;
	return node;
}

/**
 * Wires one converter form. Returns quietly if the markup is not the
 * converter's (a page without one, or a changed template caught by tests).
 *
 * @example
 * for (const form of document.querySelectorAll('form.pace-converter')) initPaceConverter(form);
 */
export function initPaceConverter(form: HTMLFormElement): void {
	const pace = form.querySelector<HTMLInputElement>('[data-pace]');
	const units = form.querySelector<HTMLSelectElement>('[data-units]');
	const experience = form.querySelector<HTMLSelectElement>('[data-experience]');
	const field = pace?.closest<HTMLElement>('.pc-field');
	const hint = form.querySelector<HTMLElement>('.pc-field__hint');
	const result = form.querySelector<HTMLElement>('.pace-converter__result');
	if (!pace || !units || !experience || !field || !hint || !result) return;
	const errorId = `${pace.id}-error`;
	let showError = false;

	const convert = () => convertForwardPace(pace.value, units.value as Units, experience.value as Experience);

	const render = () => {
		const outcome = convert();
		const unit = units.value as Units;
		const message = !outcome.ok && showError ? outcome.message : undefined;
		field.classList.toggle('pc-field--invalid', Boolean(message));
		form.querySelector(`#${CSS.escape(errorId)}`)?.remove();
		if (message) {
			const error = el('p', '', 'pc-field__error');
			error.id = errorId;
			const icon = el('span', '⚠ ');
			icon.setAttribute('aria-hidden', 'true');
			error.append(icon, message);
			hint.after(error);
			pace.setAttribute('aria-invalid', 'true');
			pace.setAttribute('aria-describedby', `${hint.id} ${errorId}`);
		} else {
			pace.removeAttribute('aria-invalid');
			pace.setAttribute('aria-describedby', hint.id);
		}
		if (outcome.ok) {
			const answer = el('p', 'Backward easy pace: ', 'pace-converter__answer');
			answer.append(el('strong', formatPaceRange(outcome.backward[unit], unit)));
			const other = el('p', '', 'pace-converter__other');
			for (const u of UNITS.filter((u) => u !== unit)) {
				other.append(el('span', `That is ${formatPaceRange(outcome.backward[u], u)}.`));
			}
			other.append(` ${EFFORT}`);
			result.replaceChildren(answer, other);
		} else {
			result.replaceChildren(el('p', PROMPT, 'pace-converter__answer'));
		}
	};

	pace.addEventListener('input', () => {
		// Keep a shown error live (so it clears the moment the pace is right); a new one waits for blur.
		if (convert().ok) showError = false;
		render();
	});
	pace.addEventListener('blur', () => {
		showError = !convert().ok;
		render();
	});
	units.addEventListener('change', render);
	experience.addEventListener('change', render);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		showError = !convert().ok;
		render();
	});
	// The reader may have typed before the script arrived: show what the form holds now.
	render();
	form.dataset.ready = '';
}

/** Wires every converter on the page. */
export function initPaceConverters(doc: Document = document): void {
	for (const form of doc.querySelectorAll<HTMLFormElement>('form.pace-converter')) initPaceConverter(form);
}
