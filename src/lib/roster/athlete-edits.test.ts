import { describe, expect, it } from 'vitest';
import { memoryStore, refusingStore } from '../../../test/support/stores';
import { decodeShareState } from '../export/share';
import type { PlanEdit } from '../plan/edit-schema';
import { buildEditedPlan } from '../plan/edits';
import {
	loadRosterEdits,
	newAthleteId,
	ROSTER_EDITS_KEY,
	saveAthleteEdits,
	withAthleteEdits,
	withAthleteIds,
} from './athlete-edits';
import { EMPTY_ROW, type RosterRow } from './row-schema';
import { buildSquad } from './squad';

const TODAY = '2026-02-20';
const ADA: RosterRow = { ...EMPTY_ROW, name: 'Ada', days: 'tue thu sat', startDate: '2026-03-02', id: 'adaid0000001' };
const BO: RosterRow = { ...EMPTY_ROW, name: 'Bo', days: 'mon wed', startDate: '2026-03-02', id: 'boid00000002' };
const SKIP: PlanEdit = { type: 'skip', session: 'w01-s1' };
const NOTE: PlanEdit = { type: 'note', session: 'w02-s2', text: 'Track: lane 3' };

describe('the roster keeps edits per athlete', () => {
	it('keeps each athlete’s edits apart, and forgets one athlete’s without touching the other’s', () => {
		const store = memoryStore();
		expect(saveAthleteEdits(store, 'adaid0000001', [SKIP])).toBe(true);
		expect(saveAthleteEdits(store, 'boid00000002', [NOTE])).toBe(true);
		expect(loadRosterEdits(store).get('adaid0000001')).toEqual([SKIP]);
		expect(loadRosterEdits(store).get('boid00000002')).toEqual([NOTE]);
		saveAthleteEdits(store, 'adaid0000001', []);
		expect(loadRosterEdits(store).has('adaid0000001')).toBe(false);
		expect(loadRosterEdits(store).get('boid00000002')).toEqual([NOTE]);
		saveAthleteEdits(store, 'boid00000002', []);
		expect(store.data.has(ROSTER_EDITS_KEY)).toBe(false);
	});

	it('reads damaged or refused storage as no edits, and refuses an id that is not ours', () => {
		const store = memoryStore();
		for (const bad of [
			'{',
			'{"version":2,"athletes":{}}',
			'{"version":1,"athletes":{"adaid0000001":[{"type":"x"}]}}',
		]) {
			store.data.set(ROSTER_EDITS_KEY, bad);
			expect(loadRosterEdits(store).size).toBe(0);
		}
		expect(loadRosterEdits(refusingStore).size).toBe(0);
		expect(saveAthleteEdits(refusingStore, 'adaid0000001', [SKIP])).toBe(false);
		expect(saveAthleteEdits(memoryStore(), 'Ada Quinn', [SKIP])).toBe(false);
	});
});

describe('athlete ids', () => {
	it('are random letters and digits, and only rows without one get one', () => {
		const id = newAthleteId();
		expect(id).toMatch(/^[a-z0-9]{12}$/);
		expect(newAthleteId()).not.toBe(id);
		const rows = [ADA, { ...EMPTY_ROW, name: 'New' }];
		const given = withAthleteIds(rows, () => 'newid0000003');
		expect(given.map((r) => r.id)).toEqual(['adaid0000001', 'newid0000003']);
		expect(withAthleteIds(given)).toBe(given);
	});
});

describe('an athlete’s plan with edits', () => {
	it('equals the plan the builder shows for the same input and edits, and its link reopens it', () => {
		const squad = buildSquad([ADA, BO], TODAY);
		const edits = new Map([['adaid0000001', [SKIP, NOTE]]]);
		const [ada, bo] = withAthleteEdits(squad.athletes, edits);
		if (!ada || !bo) throw new Error('both rows make plans');
		const builder = buildEditedPlan(ada.input, [SKIP, NOTE]).plan;
		expect(ada.plan).toEqual(builder);
		expect(ada.edited).toBe(2);
		expect(ada.plan.weeks[0]?.sessions.find((s) => s.id === 'w01-s1')?.skipped).toBe(true);
		const shared = decodeShareState(ada.code);
		expect(shared.ok && shared.edits).toEqual([SKIP, NOTE]);
		expect(ada.code).not.toContain('Ada');
		// Bo has no edits: his plan and link are as generated.
		expect(bo).toBe(squad.athletes[1]);
		expect(bo.edited).toBe(0);
	});

	it('leaves out an edit whose session the row no longer has, as the builder does', () => {
		const [generated] = buildSquad([ADA], TODAY).athletes;
		if (!generated) throw new Error('the row makes a plan');
		const gone: PlanEdit = { type: 'skip', session: 'w40-s1' };
		const [ada] = withAthleteEdits([generated], new Map([['adaid0000001', [gone, SKIP]]]));
		expect(ada?.edited).toBe(1);
		expect(ada?.plan).toEqual(buildEditedPlan(generated.input, [gone, SKIP]).plan);
	});
});
