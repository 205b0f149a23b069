import { describe, expect, it } from 'vitest';
import type { GateDecision, PilotStatus } from '../pilots/pilot.types.js';
import type { WaveUnitStage } from '../rollout/wave-stage.js';
import { deriveUnitStage, unitStageLabel, type Engagement } from './unit-stage.js';

// A four-week pilot, Monday Nov 16 to Sunday Dec 13.
function pilot(id: string, status: PilotStatus, dates: [string, string] = ['2026-11-16', '2026-12-13'], decision: GateDecision | null = null): Engagement {
  return { kind: 'pilot', id, name: `Pilot ${id}`, status, startDate: dates[0], endDate: dates[1], decision };
}

const dach = pilot('dach', 'decided', ['2026-10-05', '2026-11-01'], 'scale');
const wave = (waveStage: WaveUnitStage): Engagement => ({ kind: 'wave', id: 'w1', name: 'Wave 1', startDate: '2026-11-16', endDate: '2027-01-31', waveStage });

describe('deriveUnitStage', () => {
  it.each([
    { why: 'no pilot', engagements: [], today: '2026-12-03', label: 'Not started' },
    { why: 'a planned pilot', engagements: [pilot('a', 'planned')], today: '2026-12-03', label: 'Preparing' },
    { why: 'a running pilot whose start is ahead', engagements: [pilot('a', 'running')], today: '2026-11-12', label: 'Preparing' },
    { why: 'a running pilot on its first day', engagements: [pilot('a', 'running')], today: '2026-11-16', label: 'Piloting · week 1 of 4' },
    { why: 'a running pilot in its third week', engagements: [pilot('a', 'running')], today: '2026-12-03', label: 'Piloting · week 3 of 4' },
    { why: 'a running pilot on its last day', engagements: [pilot('a', 'running')], today: '2026-12-13', label: 'Piloting · week 4 of 4' },
    { why: 'a running pilot past its last day', engagements: [pilot('a', 'running')], today: '2026-12-14', label: 'Overdue for gate review' },
    { why: 'a pilot in review before its end', engagements: [pilot('a', 'in_review')], today: '2026-12-10', label: 'Awaiting decision' },
    { why: 'a pilot in review past its end', engagements: [pilot('a', 'in_review')], today: '2026-12-20', label: 'Overdue for gate review' },
    { why: 'a pilot decided scale (DACH)', engagements: [dach], today: '2026-12-03', label: 'Decided: scale' },
    { why: 'a pilot decided stop', engagements: [pilot('a', 'decided', undefined, 'stop')], today: '2026-12-20', label: 'Decided: stop' },
    { why: 'a new pilot after a decision', engagements: [dach, pilot('b', 'running')], today: '2026-12-03', label: 'Piloting · week 3 of 4' },
    { why: 'a pilot being prepared after an adjust decision', engagements: [pilot('a', 'decided', ['2026-09-07', '2026-10-04'], 'adjust'), pilot('b', 'planned', ['2027-01-04', '2027-01-31'])], today: '2026-12-03', label: 'Preparing' },
    { why: 'one pilot under way and one overdue', engagements: [pilot('late', 'running', ['2026-10-05', '2026-11-01']), pilot('now', 'running')], today: '2026-12-03', label: 'Piloting · week 3 of 4' },
    { why: 'a planned pilot with dates out of range', engagements: [pilot('a', 'planned', ['9999-12-31', '10000-01-28'])], today: '2026-12-03', label: 'Preparing' },
    { why: 'a wave unit being prepared', engagements: [wave('preparing')], today: '2026-12-03', label: 'Wave 1 · preparing' },
    { why: 'a blocked wave unit', engagements: [wave('blocked')], today: '2026-12-03', label: 'Wave 1 · blocked' },
    { why: 'a live wave unit, outranking a running pilot', engagements: [pilot('b', 'running'), wave('live')], today: '2026-12-03', label: 'Live · Wave 1' },
    { why: 'an adopted wave unit', engagements: [dach, wave('adopted')], today: '2026-12-03', label: 'Adopted · Wave 1' },
    { why: 'two decisions: the later one', engagements: [pilot('a', 'decided', ['2026-06-01', '2026-06-28'], 'stop'), dach], today: '2026-12-03', label: 'Decided: scale' },
  ] satisfies { why: string; engagements: Engagement[]; today: string; label: string }[])('$why → $label', ({ engagements, today, label }) => {
    expect(unitStageLabel(deriveUnitStage(engagements, today))).toBe(label);
    // Order of the engagements never matters.
    expect(unitStageLabel(deriveUnitStage([...engagements].reverse(), today))).toBe(label);
  });

  it('names the engagement the stage comes from, with the week and decision as fields', () => {
    expect(deriveUnitStage([dach, pilot('b', 'running')], '2026-12-03')).toEqual({
      stage: 'piloting',
      engagement: { kind: 'pilot', id: 'b', name: 'Pilot b', startDate: '2026-11-16', endDate: '2026-12-13' },
      week: 3,
      weeks: 4,
      overdue: false,
      decision: null,
      waveStage: null,
    });
    expect(deriveUnitStage([dach], '2026-12-03')).toMatchObject({ stage: 'decided', decision: 'scale', engagement: { id: 'dach' } });
    expect(deriveUnitStage([], '2026-12-03')).toEqual({ stage: 'not_started', engagement: null, week: null, weeks: null, overdue: false, decision: null, waveStage: null });
  });
});
