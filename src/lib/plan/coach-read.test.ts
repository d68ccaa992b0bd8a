/**
 * The second coach read of a grid of plans (every goal × experience × 2-6
 * days × slow and fast paces × km and mi × shortest and 26 weeks): each
 * finding pinned as an example a runner would see. properties.test.ts holds
 * the general rules over every input.
 */
import { describe, expect, it } from 'vitest';
import { generatePlan, planAndReadiness } from './generate';
import { parsePlanInput } from './input';
import { raceReadiness } from './readiness';
import type { Plan, PlanInput } from './schema';

function plan(raw: Record<string, unknown>): Plan {
	const r = parsePlanInput({ startDate: '2026-03-02', ...raw });
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return generatePlan(r.value);
}

describe('the second coach read, fixed', () => {
	it('1. drills: the week after a recovery week starts below the week before it', () => {
		for (const experience of ['new', 'some', 'regular']) {
			for (const days of [
				['wed', 'sat'],
				['tue', 'thu', 'sat'],
				['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
			]) {
				const p = plan({ goal: 'drills', experience, days, weeks: 26 });
				const recoveries = p.weeks.filter((w) => w.phase === 'recovery');
				expect(recoveries.length).toBeGreaterThan(3);
				for (const w of recoveries) {
					const before = p.weeks[w.index - 2];
					const after = p.weeks[w.index];
					if (!before || !after) continue;
					expect(after.totals.backwardSec).toBeLessThan(before.totals.backwardSec);
					// ...and it is still a build week, above the recovery week itself.
					expect(after.totals.backwardSec).toBeGreaterThan(w.totals.backwardSec);
				}
			}
		}
	});
});

describe('generatePlan reads its own readiness from the targets it built toward', () => {
	it('agrees with raceReadiness read off the finished plan, for ready and unready race plans alike', () => {
		let unready = 0;
		for (const goal of ['retro-mile', 'retro-5k', 'retro-10k', 'retro-half']) {
			for (const experience of ['new', 'some', 'regular']) {
				for (const weeks of [6, 12, 18, 26]) {
					const r = parsePlanInput({ startDate: '2026-03-02', goal, experience, weeks });
					// Refused inputs are the unready ones: build them anyway from the accepted 26-week input.
					const accepted = parsePlanInput({ startDate: '2026-03-02', goal: 'retro-mile', experience, weeks });
					const input: PlanInput | undefined = r.ok
						? r.value
						: accepted.ok
							? { ...accepted.value, goal: goal as PlanInput['goal'] }
							: undefined;
					if (!input) continue;
					const { plan: p, ready } = planAndReadiness(input);
					const peaks = p.weeks.filter((w) => w.phase === 'peak').length;
					expect(ready).toBe((raceReadiness(p)?.ready ?? false) && peaks >= 2);
					if (!ready) unready++;
				}
			}
		}
		// The comparison saw both answers.
		expect(unready).toBeGreaterThan(0);
	});
});
