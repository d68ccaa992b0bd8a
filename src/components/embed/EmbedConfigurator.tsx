/**
 * The "For clubs" configurator: a club sets its name, colour, theme, units,
 * goal and training days, sees the widget live, and copies either snippet;
 * beside them, the club's "this week" card for its own page, with the same
 * cohort, its snippet and its own live preview.
 * The preview is the real embed page in an iframe, so what they see is what
 * their members get, as tall as its content (the height the widget reports,
 * as embed.js uses it). Settings the widget would ignore, and a starting race
 * some members cannot start, are said here, for the club; members never see them.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
	type CohortDraft,
	cohortFieldErrors,
	type EmbedConfig,
	type EmbedTheme,
	EXPERIENCE_OPTIONS,
	embedQuery,
	embedSnippets,
	GOAL_OPTIONS,
	type Goal,
	localToday,
	MAX_CLUB_NAME,
	parseEmbedConfig,
	type Units,
	type Weekday,
} from '../../lib';
import { DayToggles } from '../plan/DayToggles';
import { CohortFields, EMPTY_COHORT } from './CohortFields';

export interface EmbedConfiguratorProps {
	/** The site's absolute URL with its base path, for the snippets. */
	siteUrl: string;
	/** The site's base path, for the preview. */
	base: string;
}

function CopyBox({ label, text }: { label: string; text: string }) {
	const id = useId();
	const [status, setStatus] = useState('');
	async function copy() {
		try {
			await navigator.clipboard.writeText(text);
			setStatus('Copied.');
		} catch {
			setStatus('Copying was blocked: select the text and copy it.');
		}
	}
	return (
		<div className="field copy-box">
			<label htmlFor={id}>{label}</label>
			<textarea id={id} readOnly rows={4} value={text} onFocus={(e) => e.target.select()} />
			<div className="button-row">
				<button type="button" className="button" onClick={copy}>
					Copy {label.toLowerCase()}
				</button>
				<span role="status">{status}</span>
			</div>
		</div>
	);
}

/**
 * Keeps the preview iframe as tall as the widget's content, from the height
 * the widget posts (embed-frame.ts), as embed.js does on a club's page. Set
 * through the CSSOM, which the CSP allows; until the first report the
 * stylesheet's height holds.
 */
function usePreviewHeight() {
	const frame = useRef<HTMLIFrameElement>(null);
	useEffect(() => {
		function onMessage(event: MessageEvent) {
			const el = frame.current;
			if (!el || event.origin !== window.location.origin || event.source !== el.contentWindow) return;
			const data: unknown = event.data;
			if (typeof data !== 'object' || data === null) return;
			const { source, type, height } = data as { source?: unknown; type?: unknown; height?: unknown };
			if (source !== 'retrostride' || type !== 'height' || typeof height !== 'number') return;
			if (height > 0 && height < 100_000) el.style.blockSize = `${Math.ceil(height)}px`;
		}
		window.addEventListener('message', onMessage);
		return () => window.removeEventListener('message', onMessage);
	}, []);
	return frame;
}

/**
 * Who could not start on the club's starting race, each in a sentence
 * (startGoalWarnings). The form checks load only once a goal is chosen.
 */
function useStartGoalWarnings(config: Partial<EmbedConfig>): string[] {
	const [warnings, setWarnings] = useState<string[]>([]);
	const { goal, raceDate, start } = config;
	const days = config.days?.join(',');
	// biome-ignore lint/correctness/useExhaustiveDependencies: goal, days and the cohort's dates are what the warnings depend on
	useEffect(() => {
		if (!goal) {
			setWarnings([]);
			return;
		}
		let cancelled = false;
		import('../../lib/builder/validation').then(
			(v) => {
				if (cancelled) return;
				setWarnings(v.startGoalWarnings({ theme: 'auto', ...config }, localToday(), navigator.language));
			},
			() => {
				if (!cancelled) setWarnings(['The goal check could not be loaded. Check your connection and reload.']);
			},
		);
		return () => {
			cancelled = true;
		};
	}, [goal, days, raceDate, start]);
	return warnings;
}

export function EmbedConfigurator({ siteUrl, base }: EmbedConfiguratorProps) {
	const id = useId();
	const [club, setClub] = useState('');
	const [accent, setAccent] = useState('#0b5cad');
	const [theme, setTheme] = useState<EmbedTheme>('auto');
	const [units, setUnits] = useState<Units | ''>('');
	const [goal, setGoal] = useState<Goal | ''>('');
	const [days, setDays] = useState<Weekday[]>([]);
	const [cohort, setCohort] = useState<CohortDraft>(EMPTY_COHORT);
	const cohortErrors = cohortFieldErrors(cohort, goal, localToday());
	// A field in error stays out of the snippet, so what the club copies is always what it checked.
	const shown = (key: keyof CohortDraft) => (cohort[key].trim() && !cohortErrors[key] ? cohort[key].trim() : '');
	const [cohortName, raceDate, start, time] = [shown('cohort'), shown('raceDate'), shown('start'), shown('time')];

	const config: Partial<EmbedConfig> = useMemo(
		() => ({
			...(club.trim() ? { club: club.trim() } : {}),
			accent,
			theme,
			...(units ? { units } : {}),
			...(goal ? { goal } : {}),
			...(days.length >= 2 ? { days } : {}),
			...(cohortName ? { cohort: cohortName } : {}),
			...(raceDate ? { raceDate } : {}),
			...(start ? { start } : {}),
			...(time ? { time } : {}),
		}),
		[club, accent, theme, units, goal, days, cohortName, raceDate, start, time],
	);
	// The widget's own checks, so the configurator warns about exactly what the widget would ignore.
	const { notices } = parseEmbedConfig(new URLSearchParams(embedQuery(config)));
	const daysHint = days.length === 1 || days.length > 6 ? 'Pick 2 to 6 days, or none to let runners choose.' : '';
	const snippets = embedSnippets(siteUrl, config);
	const previewSrc = `${base}embed/plan/?${embedQuery(config)}`;
	const weekSrc = `${base}embed/week/?${embedQuery(config)}`;
	const levelWarnings = useStartGoalWarnings(config);
	// Every level refused: the date, not a member's level, is the problem, and the club should hear that first.
	const goalWarnings =
		config.raceDate && levelWarnings.length === EXPERIENCE_OPTIONS.length
			? [
					'No member could be ready by this race date, at any level: choose a later date or a shorter race.',
					...levelWarnings,
				]
			: levelWarnings;
	const preview = usePreviewHeight();
	const weekPreview = usePreviewHeight();

	return (
		<div className="configurator">
			<form className="plan-form" aria-label="Widget settings" onSubmit={(e) => e.preventDefault()}>
				<div className="field">
					<label htmlFor={`${id}-club`}>Club name</label>
					<p className="field__hint" id={`${id}-club-hint`}>
						Shown as “Plan with …”, at most {MAX_CLUB_NAME} characters.
					</p>
					<input
						id={`${id}-club`}
						type="text"
						maxLength={MAX_CLUB_NAME}
						value={club}
						aria-describedby={`${id}-club-hint`}
						onChange={(e) => setClub(e.target.value)}
					/>
				</div>
				<div className="field">
					<label htmlFor={`${id}-accent`}>Club colour</label>
					<p className="field__hint" id={`${id}-accent-hint`}>
						Used for buttons, with black or white text, whichever is easier to read.
					</p>
					<input
						id={`${id}-accent`}
						type="color"
						value={accent}
						aria-describedby={`${id}-accent-hint`}
						onChange={(e) => setAccent(e.target.value)}
					/>
				</div>
				<div className="field">
					<label htmlFor={`${id}-theme`}>Theme</label>
					<select id={`${id}-theme`} value={theme} onChange={(e) => setTheme(e.target.value as EmbedTheme)}>
						<option value="auto">Follow the reader’s device</option>
						<option value="light">Light</option>
						<option value="dark">Dark</option>
					</select>
				</div>
				<div className="field">
					<label htmlFor={`${id}-units`}>Units</label>
					<select id={`${id}-units`} value={units} onChange={(e) => setUnits(e.target.value as Units | '')}>
						<option value="">The reader’s usual units</option>
						<option value="km">Kilometres</option>
						<option value="mi">Miles</option>
					</select>
				</div>
				<div className="field">
					<label htmlFor={`${id}-goal`}>Starting goal</label>
					<select id={`${id}-goal`} value={goal} onChange={(e) => setGoal(e.target.value as Goal | '')}>
						<option value="">Default (mix backward into runs)</option>
						{GOAL_OPTIONS.map((o) => (
							<option key={o.value} value={o.value}>
								{o.label}
							</option>
						))}
					</select>
				</div>
				<fieldset className="field days" aria-describedby={`${id}-days-hint`}>
					<legend>Club training days</legend>
					<p className="field__hint" id={`${id}-days-hint`}>
						{daysHint ||
							(config.raceDate || config.start
								? 'The days your club meets: every member of the cohort trains on them.'
								: 'The days your club meets; runners can still change them.')}
					</p>
					<DayToggles days={days} onChange={setDays} />
				</fieldset>
				<CohortFields draft={cohort} errors={cohortErrors} onChange={setCohort} />
				{notices.length + goalWarnings.length > 0 && (
					<ul className="field__error" aria-live="polite">
						{[...notices, ...goalWarnings].map((n) => (
							<li key={n}>{n}</li>
						))}
					</ul>
				)}
			</form>
			<div className="configurator__output">
				<h3>Paste one of these into your site</h3>
				<CopyBox label="Script snippet" text={snippets.script} />
				<CopyBox label="Plain iframe snippet" text={snippets.iframe} />
				<h3>Live preview</h3>
				{/* No sandbox: the preview is this site's own page on this origin, where a sandbox that lets it
				    run would have to allow-same-origin too, which protects nothing and warns in the console. */}
				<iframe
					ref={preview}
					className="configurator__preview"
					title="Preview of the plan builder widget"
					src={previewSrc}
					loading="lazy"
				/>
				<h3>A “this week” card for your club’s page</h3>
				<p>
					Your cohort’s next group session and what each level does in it, from the same plans your members get.
					{config.raceDate || config.start ? '' : ' Set a start or race date above to make it your cohort’s.'}
				</p>
				<CopyBox label="Week card snippet" text={snippets.week} />
				<h4>Week card preview</h4>
				<iframe
					ref={weekPreview}
					className="configurator__preview configurator__preview--week"
					title="Preview of the this week card"
					src={weekSrc}
					loading="lazy"
				/>
			</div>
		</div>
	);
}
