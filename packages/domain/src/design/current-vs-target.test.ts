import { describe, expect, it } from 'vitest';
import type { AssessmentCell, WorkPerformer } from '../assessments/assessment.types.js';
import { currentVsTarget } from './current-vs-target.js';
import type { Placement } from './placement.js';

const activities = [
  { id: 'routing', name: 'Lead routing', capabilityId: 'process' },
  { id: 'dash', name: 'Dashboards', capabilityId: 'data' },
  { id: 'train', name: 'Training', capabilityId: 'execution' },
  { id: 'play', name: 'Playbooks', capabilityId: 'execution' },
  { id: 'models', name: 'Predictive models', capabilityId: 'data' },
  { id: 'quota', name: 'Quota setting', capabilityId: 'process' },
  { id: 'enrich', name: 'Data enrichment', capabilityId: 'data' },
];
const units = [
  { id: 'emea', name: 'EMEA', parentId: null },
  { id: 'apac', name: 'APAC', parentId: null },
  { id: 'na', name: 'North America', parentId: null },
];

let next = 0;
function cell(activityId: string, unitId: string | null, performer: WorkPerformer): AssessmentCell {
  next += 1;
  return { id: `c${next}`, activityId, unitId, performer, maturity: null, decides: false, note: '' };
}

const cells = [
  // Lead routing: EMEA and APAC each route their own leads, nobody does it for North America.
  cell('routing', null, 'nobody'),
  cell('routing', 'emea', 'local'),
  cell('routing', 'apac', 'local'),
  cell('routing', 'na', 'nobody'),
  // Dashboards: the central team builds them and EMEA builds its own.
  cell('dash', null, 'central'),
  cell('dash', 'emea', 'local'),
  // Training: only the central team (units answer "central"); a unit no longer in the program did it itself.
  cell('train', null, 'central'),
  cell('train', 'emea', 'central'),
  cell('train', 'apac', 'central'),
  cell('train', 'gone', 'local'),
  // Playbooks: EMEA writes its own besides the central team's.
  cell('play', 'emea', 'both'),
  // Predictive models: nobody.
  cell('models', null, 'nobody'),
  cell('models', 'emea', 'nobody'),
  // Quota setting: the central team and North America both; placed in the spokes, so nothing is resolved.
  cell('quota', null, 'central'),
  cell('quota', 'na', 'both'),
];
const placements: { activityId: string; placement: Placement }[] = [
  { activityId: 'routing', placement: 'hub' },
  { activityId: 'dash', placement: 'shared' },
  { activityId: 'train', placement: 'spoke' },
  { activityId: 'play', placement: 'hub' },
  { activityId: 'quota', placement: 'spoke' },
];

describe('currentVsTarget', () => {
  const result = currentVsTarget({ activities, units, cells, placements });

  it('moves work done in the units to the hub, and work only the central team does to the spokes', () => {
    expect(result.localToCentral).toEqual({
      count: 2,
      items: [
        { activityId: 'routing', unitIds: ['emea', 'apac'], sentence: 'Lead routing moves to the hub: EMEA and APAC do it themselves today.' },
        { activityId: 'play', unitIds: ['emea'], sentence: 'Playbooks moves to the hub: EMEA does it itself today.' },
      ],
    });
    // The unit no longer in the program does not count as doing Training locally; Quota setting is
    // done by North America too, so it is not "central only".
    expect(result.centralToLocal).toEqual({
      count: 1,
      items: [{ activityId: 'train', unitIds: [], sentence: 'Training moves to the spokes: only the central team does it today.' }],
    });
  });

  it('removes duplications placed in the hub or shared, never in the spokes', () => {
    expect(result.duplicationsRemoved).toEqual({
      count: 3,
      items: [
        { activityId: 'routing', unitIds: ['emea', 'apac'], sentence: 'Lead routing: EMEA and APAC each do this work separately. The target places it in the hub.' },
        { activityId: 'dash', unitIds: ['emea'], sentence: 'Dashboards: the central team and EMEA both do this work. The target shares it: the hub sets the standard, the spokes execute.' },
        { activityId: 'play', unitIds: ['emea'], sentence: 'Playbooks: the central team and EMEA both do this work. The target places it in the hub.' },
      ],
    });
  });

  it('fills gaps that have a placement, leaves those without open, and lists every unplaced activity', () => {
    expect(result.gapsFilled).toEqual({
      count: 1,
      items: [{ activityId: 'routing', unitIds: ['na'], sentence: 'Lead routing: nobody does this work for North America. The target places it in the hub.' }],
    });
    expect(result.gapsOpen).toEqual({
      count: 1,
      items: [{ activityId: 'models', unitIds: ['emea'], sentence: 'Predictive models: nobody does this work. It has no placement yet.' }],
    });
    expect(result.unplaced).toEqual({
      count: 2,
      items: [
        { activityId: 'models', unitIds: [], sentence: 'Predictive models has no placement yet.' },
        { activityId: 'enrich', unitIds: [], sentence: 'Data enrichment has no placement yet.' },
      ],
    });
  });
});
