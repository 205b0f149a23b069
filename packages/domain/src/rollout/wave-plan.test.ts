import { describe, expect, it } from 'vitest';
import {
  addWaveSchema,
  adoptionOverTime,
  checklistChangeProblem,
  progressOf,
  rolloutForecast,
  updateRolloutSettingsSchema,
  updateWaveUnitReadinessSchema,
  waveActualDates,
  waveMeasurementRange,
  waveMembershipProblem,
  type StageMove,
} from './wave-plan.js';

const ids = {
  plan: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
  unitA: '2c9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
  unitB: '3d9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
  wave: '4e9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
};
const move = (waveUnitId: string, to: StageMove['to'], on: string): StageMove => ({ waveUnitId, to, on });
const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) => result.error?.issues.map((issue) => ({ path: issue.path, message: issue.message }));

describe('waveMembershipProblem', () => {
  it('names the pilot a unit ran, the wave it is live or adopted in, or the wave it already waits in; null when it is free', () => {
    expect(waveMembershipProblem('Nordics', null)).toBeNull();
    expect(waveMembershipProblem('Nordics', { kind: 'piloted', pilotName: 'Pilot EMEA' })).toBe('Nordics already runs the model: it piloted it in Pilot EMEA.');
    expect(waveMembershipProblem('Nordics', { kind: 'in_wave', waveName: 'Wave 1', stage: 'live' })).toBe('Nordics is live in Wave 1.');
    expect(waveMembershipProblem('Nordics', { kind: 'in_wave', waveName: 'Wave 1', stage: 'adopted' })).toBe('Nordics is adopted in Wave 1.');
    for (const stage of ['not_started', 'preparing', 'ready', 'blocked', 'rolled_back'] as const) {
      expect(waveMembershipProblem('Nordics', { kind: 'in_wave', waveName: 'Wave 2', stage }), stage).toBe('Nordics is already in Wave 2.');
    }
  });
});

describe('waveActualDates', () => {
  // Moves out of order; unit c is in another wave and went live earlier (03-01) and adopted later (05-01).
  const moves = [
    move('a', 'adopted', '2026-04-20'),
    move('a', 'live', '2026-03-10'),
    move('c', 'live', '2026-03-01'),
    move('b', 'adopted', '2026-04-27'),
    move('b', 'live', '2026-03-05'),
    move('b', 'ready', '2026-03-02'),
    move('c', 'adopted', '2026-05-01'),
  ];

  it('starts on the first move to live among the wave’s own units (b on 03-05, not c on 03-01) and has no end while a unit is not adopted', () => {
    expect(waveActualDates([{ id: 'a', stage: 'adopted' }, { id: 'b', stage: 'live' }], moves)).toEqual({ start: '2026-03-05', end: null });
  });

  it('ends on the last adopted move of its units once every unit is adopted (b on 04-27, not c on 05-01)', () => {
    expect(waveActualDates([{ id: 'a', stage: 'adopted' }, { id: 'b', stage: 'adopted' }], moves)).toEqual({ start: '2026-03-05', end: '2026-04-27' });
  });

  it('has neither date without units or before any unit goes live', () => {
    expect(waveActualDates([], moves)).toEqual({ start: null, end: null });
    expect(waveActualDates([{ id: 'b', stage: 'ready' }], [move('b', 'ready', '2026-03-02')])).toEqual({ start: null, end: null });
  });
});

describe('progressOf', () => {
  it('counts adopted units as live too (7 units: live 1 + adopted 2 = 3 live, 2 adopted)', () => {
    expect(progressOf(['not_started', 'preparing', 'ready', 'live', 'adopted', 'adopted', 'rolled_back'])).toEqual({ units: 7, live: 3, adopted: 2 });
    expect(progressOf([])).toEqual({ units: 0, live: 0, adopted: 0 });
  });
});

describe('adoptionOverTime', () => {
  it('counts per week from the Monday of the first move to today, applying moves in order; a rolled-back unit stops counting as live', () => {
    // First move Wed 03-04 → weeks from Mon 03-02 to today Wed 03-25: 03-02, 03-09, 03-16, 03-23.
    // 03-02: a live → 1 live. 03-09: b live (Mon 03-09), a adopted (Sun 03-15) → 2 live, 1 adopted.
    // 03-16: b rolled back → 1 live (a, adopted), 1 adopted. 03-23: nothing moves → same.
    // z is not one of the units: its move is ignored (but it does not count either).
    const moves = [move('b', 'rolled_back', '2026-03-18'), move('a', 'adopted', '2026-03-15'), move('z', 'live', '2026-03-05'), move('b', 'live', '2026-03-09'), move('a', 'live', '2026-03-04')];
    expect(adoptionOverTime([{ id: 'a' }, { id: 'b' }, { id: 'c' }], moves, '2026-03-25')).toEqual([
      { week: '2026-03-02', live: 1, adopted: 0 },
      { week: '2026-03-09', live: 2, adopted: 1 },
      { week: '2026-03-16', live: 1, adopted: 1 },
      { week: '2026-03-23', live: 1, adopted: 1 },
    ]);
  });

  it('is empty without moves', () => {
    expect(adoptionOverTime([{ id: 'a' }], [], '2026-03-25')).toEqual([]);
  });
});

describe('rolloutForecast', () => {
  it('projects from the pace since the first unit went live (2 of 6 adopted in 28 days → 0.5 units/week → 4 left → 8 weeks → today + 56 days)', () => {
    expect(rolloutForecast({ units: 6, adopted: ['2026-05-10', '2026-05-20'], firstLive: '2026-05-04', today: '2026-06-01' })).toEqual({ kind: 'projected', on: '2026-07-27', unitsPerWeek: 0.5 });
  });

  it('counts at least one week of pace (1 of 3 adopted 3 days after going live → 1 unit/week → 2 left → today + 14 days)', () => {
    expect(rolloutForecast({ units: 3, adopted: ['2026-06-01'], firstLive: '2026-05-29', today: '2026-06-01' })).toEqual({ kind: 'projected', on: '2026-06-15', unitsPerWeek: 1 });
  });

  it('lands on the exact day when the pace divides evenly (1 of 2 adopted in 29 days → 1 left → today + 29 days, not 30)', () => {
    // 1 / (29 / 7) units a week, then 1 / that × 7 is 29.000000000000004 in floating point.
    expect(rolloutForecast({ units: 2, adopted: ['2026-05-20'], firstLive: '2026-05-03', today: '2026-06-01' })).toEqual({ kind: 'projected', on: '2026-06-30', unitsPerWeek: 0.24 });
  });

  it('is done on the latest adoption once every unit is adopted, whatever order the dates come in', () => {
    expect(rolloutForecast({ units: 3, adopted: ['2026-05-02', '2026-05-20', '2026-04-01'], firstLive: '2026-03-01', today: '2026-06-01' })).toEqual({ kind: 'done', on: '2026-05-20' });
  });

  it('is unknown without units, before any unit is live, and before any is adopted, saying why', () => {
    const today = '2026-06-01';
    expect(rolloutForecast({ units: 0, adopted: [], firstLive: null, today })).toEqual({ kind: 'unknown', reason: 'No units are in a wave yet.' });
    expect(rolloutForecast({ units: 4, adopted: [], firstLive: null, today })).toEqual({ kind: 'unknown', reason: 'No unit has gone live yet.' });
    expect(rolloutForecast({ units: 4, adopted: [], firstLive: '2026-05-01', today })).toEqual({ kind: 'unknown', reason: 'No unit is adopted yet, so there is no pace to project.' });
  });
});

describe('waveMeasurementRange', () => {
  it('runs from 365 days before the planned start (its own baseline) to today', () => {
    expect(waveMeasurementRange('2026-03-01', '2026-06-10')).toEqual({ earliestDate: '2025-03-01', latestDate: '2026-06-10' });
  });
});

describe('roll-out input', () => {
  const wave = { planId: ids.plan, name: 'Wave 1', plannedStart: '2026-03-02', plannedEnd: '2026-04-30', unitIds: [ids.unitA, ids.unitB] };

  it('takes a wave that ends after it starts with distinct units', () => {
    expect(addWaveSchema.safeParse(wave).success).toBe(true);
  });

  it('refuses a wave that ends on or before its start, on plannedEnd', () => {
    const refusal = [{ path: ['plannedEnd'], message: 'The wave ends after it starts.' }];
    expect(issues(addWaveSchema.safeParse({ ...wave, plannedEnd: '2026-03-01' }))).toEqual(refusal);
    expect(issues(addWaveSchema.safeParse({ ...wave, plannedEnd: '2026-03-02' }))).toEqual(refusal);
  });

  it('refuses a unit picked twice, also when the ids differ only in case', () => {
    const refusal = [{ path: ['unitIds'], message: 'Each unit can be picked only once.' }];
    expect(issues(addWaveSchema.safeParse({ ...wave, unitIds: [ids.unitA, ids.unitB, ids.unitA] }))).toEqual(refusal);
    expect(issues(addWaveSchema.safeParse({ ...wave, unitIds: [ids.unitA, ids.unitA.toUpperCase()] }))).toEqual(refusal);
  });

  it('refuses more people trained than in scope, on peopleTrained', () => {
    const readiness = { id: ids.wave, checklist: [{ label: 'Enablement sessions held', done: true }], peopleInScope: 20, peopleTrained: 20, expectedVersion: 3 };
    expect(updateWaveUnitReadinessSchema.safeParse(readiness).success).toBe(true);
    expect(issues(updateWaveUnitReadinessSchema.safeParse({ ...readiness, peopleTrained: 21 }))).toEqual([{ path: ['peopleTrained'], message: 'More people trained than in scope.' }]);
  });

  it('refuses readiness weights that are all zero, on readinessWeights', () => {
    const settings = { id: ids.plan, adoptionWeeks: 4, readinessWeights: { checklist: 0, training: 0, data: 0, sponsor: 0, blockers: 1 }, expectedVersion: 2 };
    expect(updateRolloutSettingsSchema.safeParse(settings).success).toBe(true);
    expect(issues(updateRolloutSettingsSchema.safeParse({ ...settings, readinessWeights: { ...settings.readinessWeights, blockers: 0 } }))).toEqual([
      { path: ['readinessWeights'], message: 'Give at least one part a weight.' },
    ]);
  });
});

describe('checklistChangeProblem', () => {
  const items = (...done: boolean[]) => done.map((value, index) => ({ label: `Item ${index + 1}`, done: value }));
  it('lets partners tick the items, not change them, and leads change them but never empty the list', () => {
    expect(checklistChangeProblem(items(false, false), items(true, false), { canManage: false, stage: 'preparing' })).toBeNull();
    expect(checklistChangeProblem(items(false, false), [{ label: 'Item 1', done: true }], { canManage: false, stage: 'preparing' })).toBe('Partners tick the checklist; its items are set by the program’s leads.');
    expect(checklistChangeProblem(items(false, false), [{ label: 'Renamed', done: false }, { label: 'Item 2', done: false }], { canManage: false, stage: 'preparing' })).toBe(
      'Partners tick the checklist; its items are set by the program’s leads.',
    );
    expect(checklistChangeProblem(items(false, false), [{ label: 'New item', done: false }], { canManage: true, stage: 'preparing' })).toBeNull();
    expect(checklistChangeProblem(items(false), [], { canManage: true, stage: 'preparing' })).toBe('Keep at least one item on the checklist.');
  });

  it('keeps a ready unit’s checklist done', () => {
    expect(checklistChangeProblem(items(true, true), items(true, false), { canManage: true, stage: 'ready' })).toBe('The unit is ready: move it back to preparing before unticking an item.');
    expect(checklistChangeProblem(items(true, true), items(true, false), { canManage: true, stage: 'live' })).toBeNull();
  });
});
