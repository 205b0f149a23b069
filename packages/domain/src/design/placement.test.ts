import { describe, expect, it } from 'vitest';
import {
  activityDimension,
  DEFAULT_DIMENSION_EMPHASIS,
  placementFlags,
  savePlacementSchema,
  setDimensionEmphasisSchema,
  unplacedActivities,
  type ActivityPlacement,
  type DesignActivity,
  type Placement,
} from './placement.js';

const activity = (id: string, name: string, capabilityName: string): DesignActivity => ({ id, name, capabilityName });
const place = (activityId: string, placement: Placement, dimension: ActivityPlacement['dimension'] = null): ActivityPlacement => ({ activityId, placement, reason: '', dimension });

describe('activityDimension', () => {
  it('defaults by the capability’s name in any case, prefers the override, and has no default for a capability the program added', () => {
    expect(activityDimension('Systems & enablement', null)).toBe('tech_stack');
    expect(activityDimension('Process & planning', null)).toBe('process_standards');
    expect(activityDimension(' data & INSIGHTS', null)).toBe('data_reporting');
    expect(activityDimension('Execution & enablement', null)).toBe('field_proximity');
    expect(activityDimension('Execution & enablement', 'innovation')).toBe('innovation');
    expect(activityDimension('Revenue excellence', null)).toBeNull();
  });
});

describe('placementFlags', () => {
  const catalog = [
    activity('routing', 'Lead routing', 'Process & planning'), // process & standards, default +1
    activity('dash', 'Dashboards', 'Data & insights'), // data & reporting, default +2
    activity('crm', 'CRM administration', 'Systems & enablement'), // tech stack, default +2
    activity('train', 'Training', 'Execution & enablement'), // proximity to field, default −1
    activity('play', 'Playbooks', 'Execution & enablement'),
    activity('quality', 'Data quality', 'Data & insights'),
    activity('pilots', 'Local experiments', 'Execution & enablement'),
    activity('custom', 'Deal desk', 'Revenue excellence'), // a capability the program added: no default dimension
  ];

  it('flags the hub against a local lean and the spokes against a central lean, never shared, with the override’s dimension', () => {
    const placements = [
      place('routing', 'spoke'), // +1, spoke → flagged
      place('dash', 'spoke'), // +2, spoke → flagged, "strongly"
      place('crm', 'shared'), // +2, shared → never flagged
      place('train', 'hub'), // −1, hub → flagged
      place('play', 'spoke'), // −1, spoke → agrees
      place('quality', 'hub', 'field_proximity'), // overridden to −1, hub → flagged although data & reporting leans central
      place('pilots', 'hub', 'innovation'), // 0: neutral never flags
      place('custom', 'spoke'), // no dimension: skipped
      place('removed-activity', 'hub'), // not in the catalog: skipped
    ];
    expect(placementFlags(catalog, placements, DEFAULT_DIMENSION_EMPHASIS)).toEqual([
      { activityId: 'routing', dimension: 'process_standards', sentence: 'Lead routing is placed in the spokes, but process & standards leans central.' },
      { activityId: 'dash', dimension: 'data_reporting', sentence: 'Dashboards is placed in the spokes, but data & reporting leans strongly central.' },
      { activityId: 'train', dimension: 'field_proximity', sentence: 'Training is placed in the hub, but proximity to field leans local.' },
      { activityId: 'quality', dimension: 'field_proximity', sentence: 'Data quality is placed in the hub, but proximity to field leans local.' },
    ]);
  });

  it('follows the program’s own emphasis: a neutral process dimension stops the flag, a strongly local one flags the hub', () => {
    const placements = [place('routing', 'spoke'), place('play', 'hub')];
    expect(placementFlags(catalog, placements, { ...DEFAULT_DIMENSION_EMPHASIS, process_standards: 0, field_proximity: 0 })).toEqual([]);
    expect(placementFlags(catalog, placements, { ...DEFAULT_DIMENSION_EMPHASIS, field_proximity: -2 }).map((flag) => flag.sentence)).toEqual([
      'Lead routing is placed in the spokes, but process & standards leans central.',
      'Playbooks is placed in the hub, but proximity to field leans strongly local.',
    ]);
  });
});

describe('unplacedActivities', () => {
  it('lists the catalog’s activities without a placement, in catalog order', () => {
    const catalog = [activity('a', 'Lead routing', 'Process & planning'), activity('b', 'Dashboards', 'Data & insights'), activity('c', 'Training', 'Execution & enablement')];
    expect(unplacedActivities(catalog, [place('b', 'hub'), place('gone', 'hub')]).map((unplaced) => unplaced.name)).toEqual(['Lead routing', 'Training']);
  });
});

describe('savePlacementSchema', () => {
  const base = { programId: '6c1f4f7e-1b1a-4c55-9f5e-3f2d8a9b7c10', activityId: '0D6E2A4B-3C5D-4E6F-8A9B-1C2D3E4F5A6B', placement: 'hub' };

  it('fills the defaults: no reason, the capability’s dimension, a first save without a version', () => {
    expect(savePlacementSchema.parse({ ...base, reason: '  One global routing table. ', expectedVersion: null })).toEqual({
      ...base,
      activityId: '0d6e2a4b-3c5d-4e6f-8a9b-1c2d3e4f5a6b',
      reason: 'One global routing table.',
      dimension: null,
      expectedVersion: null,
    });
  });

  it('refuses a reason on two lines or over 200 characters, an unknown placement and an unknown dimension, in words', () => {
    const messages = (input: object) => savePlacementSchema.safeParse({ ...base, ...input }).error?.issues.map((issue) => issue.message);
    expect(messages({ reason: 'Routing rules\nare global' })).toEqual(['Keep the reason to one line.']);
    expect(messages({ reason: 'x'.repeat(201) })).toEqual(['Reason can have at most 200 characters.']);
    expect(messages({ reason: 'x'.repeat(200) })).toBeUndefined();
    expect(messages({ placement: 'central' })).toEqual(['Pick where this activity sits: the hub, the spokes or shared.']);
    expect(messages({ dimension: 'speed' })).toEqual(['Pick one of the six dimensions.']);
  });
});

describe('setDimensionEmphasisSchema', () => {
  it('takes whole steps from −2 to +2 only', () => {
    const input = { programId: '6c1f4f7e-1b1a-4c55-9f5e-3f2d8a9b7c10', dimension: 'innovation' };
    expect(setDimensionEmphasisSchema.parse({ ...input, emphasis: -2 }).emphasis).toBe(-2);
    const message = 'Pick an emphasis from −2 (strongly local) to +2 (strongly central).';
    expect(setDimensionEmphasisSchema.safeParse({ ...input, emphasis: 3 }).error?.issues[0]?.message).toBe(message);
    expect(setDimensionEmphasisSchema.safeParse({ ...input, emphasis: 0.5 }).error?.issues[0]?.message).toBe(message);
  });
});
