/**
 * Race day as a run/walk: runs with walks and a shorter last run to the
 * finish, so the race session reads as long as the race, never a cycle more.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RUN_WALK, RUN_WALK_MIN_LAST_RUN_SEC } from './rules';
import { raceRunWalk } from './targets';

describe('raceRunWalk', () => {
	it('ends on a shorter last run instead of a whole extra cycle', () => {
		// A race of 1 h 35: eight 10-minute runs with walks, then 7 minutes to the finish (before: 9 × 10 min).
		expect(raceRunWalk(5700, 600)).toMatchObject({ reps: 8, repSec: 600, tailSec: 420, backwardSec: 5700 });
		// A last run is never under a minute.
		expect(raceRunWalk(6000, 600)).toMatchObject({ reps: 9, tailSec: 60 });
		// A race that ends just after a run's end takes no last run.
		expect(raceRunWalk(600 * 3 + 60 * 2, 600)).toMatchObject({ reps: 3, backwardSec: 1920 });
		expect(raceRunWalk(600 * 3 + 60 * 2, 600).tailSec).toBeUndefined();
	});

	it('reads within a minute of the race, with a last run of a minute or more and shorter than the runs', () => {
		fc.assert(
			fc.property(fc.integer({ min: 900, max: 20_000 }), fc.constantFrom(300, 600), (estimatedSec, runSec) => {
				const race = raceRunWalk(estimatedSec, runSec);
				expect(race.repSec).toBe(runSec);
				expect(race.recovery).toMatchObject({ durationSec: RUN_WALK.walkSec, mode: 'walk', direction: 'backward' });
				expect(Math.abs(race.backwardSec - estimatedSec)).toBeLessThanOrEqual(RUN_WALK.walkSec);
				if (race.tailSec !== undefined) {
					expect(race.tailSec).toBeGreaterThanOrEqual(RUN_WALK_MIN_LAST_RUN_SEC);
					expect(race.tailSec).toBeLessThan(runSec);
					expect(race.tailSec % 15).toBe(0);
				}
			}),
		);
	});
});
