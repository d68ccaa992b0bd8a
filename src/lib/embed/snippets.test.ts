// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseEmbedConfig } from './config';
import { embedSnippets } from './snippets';

describe('embed snippets', () => {
	const site = 'https://retrostride.example/retro/';

	it('point at embed.js and the embed page under the site base', () => {
		const { script, iframe } = embedSnippets(site, { club: 'Harriers', accent: '#c00', days: ['tue', 'thu'] });
		expect(script).toBe(
			'<div data-retrostride-plan data-club="Harriers" data-accent="#c00" data-days="tue,thu"></div>\n<script async src="https://retrostride.example/retro/embed.js"></script>',
		);
		expect(iframe).toContain(
			'src="https://retrostride.example/retro/embed/plan/?club=Harriers&amp;accent=%23c00&amp;days=tue%2Cthu"',
		);
		expect(iframe).toContain('allow-downloads');
		expect(iframe).toContain('allow-popups');
	});

	it('keep a hostile club name as text: the markup parses to one element with the name intact', () => {
		const club = `"><img src=x onerror=alert(1)> & 'Jerry's'`;
		const { script, iframe } = embedSnippets(site, { club });
		const holder = document.createElement('div');
		holder.innerHTML = script; // test-only: parse our own output to prove it is inert
		const div = holder.querySelector('[data-retrostride-plan]');
		expect(holder.querySelectorAll('img')).toHaveLength(0);
		expect(div?.getAttribute('data-club')).toBe(club);
		holder.innerHTML = iframe;
		const src = holder.querySelector('iframe')?.getAttribute('src') ?? '';
		expect(parseEmbedConfig(new URL(src).searchParams).config.club).toBe(club.replace(/\s+/g, ' '));
	});

	it('offer the week card with the widget’s cohort, so the card shows the sessions members get', () => {
		const cohort = {
			goal: 'retro-5k',
			days: ['tue', 'sat'],
			cohort: 'Spring <5K> & "friends"',
			start: '2027-03-01',
			time: '18:30',
		} as const;
		const { script, week } = embedSnippets(site, { ...cohort, days: [...cohort.days] });
		expect(week).toBe(script.replace('data-retrostride-plan', 'data-retrostride-week'));
		const holder = document.createElement('div');
		holder.innerHTML = week; // test-only: parse our own output to prove it is inert
		const card = holder.querySelector('[data-retrostride-week]');
		const attributes = Object.fromEntries([...(card?.attributes ?? [])].map((a) => [a.name, a.value]));
		expect(attributes).toEqual({
			'data-retrostride-week': '',
			'data-goal': 'retro-5k',
			'data-days': 'tue,sat',
			'data-cohort': cohort.cohort,
			'data-start': '2027-03-01',
			'data-time': '18:30',
		});
		expect(holder.querySelector('script')?.getAttribute('src')).toBe('https://retrostride.example/retro/embed.js');
	});
});
