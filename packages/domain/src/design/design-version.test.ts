import { describe, expect, it } from 'vitest';
import { fieldErrorOf } from '../testing/index.js';
import { checkDesignEditable, checkNewVersion, checkSignOff, diffDesignSnapshots, signOffBlockers, type DesignSnapshot } from './design-version.js';
import type { PlannedRole } from './headcount.js';
import { DEFAULT_DIMENSION_EMPHASIS } from './placement.js';
import type { RaciCell, RaciValue } from './raci.js';

const cells = (domainId: string, values: Record<string, RaciValue>): RaciCell[] => Object.entries(values).map(([roleId, value]) => ({ domainId, roleId, value }));
const planned = (id: string, unitId: string | null, title: string, count: number, annualCostPerHead: number, reportsToId: string | null = null, isManager = false): PlannedRole => ({
  id,
  unitId,
  title,
  count,
  annualCostPerHead,
  reportsToId,
  isManager,
});

const before: DesignSnapshot = {
  activities: [
    { id: 'routing', name: 'Lead routing' },
    { id: 'dash', name: 'Dashboards' },
    { id: 'train', name: 'Training' },
    { id: 'models', name: 'Predictive models' },
  ],
  units: [
    { id: 'emea', name: 'EMEA' },
    { id: 'apac', name: 'APAC' },
  ],
  placements: [
    { activityId: 'routing', placement: 'spoke', reason: 'Regions own routing', dimension: null },
    { activityId: 'dash', placement: 'hub', reason: '', dimension: null },
    { activityId: 'train', placement: 'hub', reason: '', dimension: 'field_proximity' },
  ],
  emphasis: DEFAULT_DIMENSION_EMPHASIS,
  raci: {
    domains: [
      { id: 'forecasting', name: 'Forecasting', activityId: null },
      { id: 'd-routing', name: 'Lead routing', activityId: 'routing' },
      { id: 'tools', name: 'Tool selection', activityId: null },
    ],
    roles: [
      { id: 'head', name: 'Head/VP RevOps', side: 'hub' },
      { id: 'partner', name: 'Regional RevOps partner', side: 'spoke' },
      { id: 'sales', name: 'Sales leadership', side: 'either' },
      { id: 'finance', name: 'Finance', side: 'hub' },
    ],
    cells: [...cells('forecasting', { sales: 'A', partner: 'R', finance: 'C' }), ...cells('d-routing', { partner: 'A', head: 'R' }), ...cells('tools', { head: 'A' })],
  },
  plannedRoles: [
    planned('emea-analyst', 'emea', 'RevOps analyst', 2, 100_000, 'hub-head'),
    planned('hub-head', null, 'Head of RevOps', 1, 250_000),
    planned('apac-partner', 'apac', 'RevOps partner', 1, 90_000),
    planned('apac-lead', 'apac', 'RevOps lead', 1, 140_000),
  ],
};

const after: DesignSnapshot = {
  // Predictive models left the catalog; Data enrichment joined it.
  activities: [...before.activities.slice(0, 3), { id: 'enrich', name: 'Data enrichment' }],
  units: before.units,
  placements: [
    { activityId: 'routing', placement: 'hub', reason: 'One routing table', dimension: null },
    { activityId: 'dash', placement: 'hub', reason: '', dimension: 'innovation' },
    { activityId: 'enrich', placement: 'spoke', reason: '', dimension: null },
  ],
  emphasis: { ...DEFAULT_DIMENSION_EMPHASIS, process_standards: 2 },
  raci: {
    domains: [
      { id: 'forecasting', name: 'Forecasting', activityId: null },
      { id: 'd-routing', name: 'Lead routing', activityId: null },
      { id: 'tools', name: 'Tool governance', activityId: null },
      { id: 'commission', name: 'Commission data', activityId: null },
    ],
    roles: [
      { id: 'head', name: 'Head/VP RevOps', side: 'hub' },
      { id: 'partner', name: 'Regional RevOps partner', side: 'spoke' },
      { id: 'sales', name: 'Sales leadership', side: 'either' },
      { id: 'finance', name: 'Finance', side: 'either' },
      { id: 'it', name: 'IT/data engineering', side: 'hub' },
    ],
    cells: [
      ...cells('forecasting', { head: 'A', sales: 'R', partner: 'R', finance: 'I' }),
      ...cells('d-routing', { partner: 'A', head: 'R', sales: 'A' }),
      ...cells('tools', { head: 'A', it: 'R' }),
      ...cells('commission', { finance: 'A', sales: 'R' }),
    ],
  },
  plannedRoles: [
    planned('emea-analyst', 'emea', 'RevOps analyst', 3, 105_000, 'hub-head'),
    planned('hub-head', null, 'Head of RevOps', 1, 250_000, null, true),
    planned('apac-partner', 'emea', 'RevOps partner', 1, 90_000, 'hub-head'),
    planned('hub-analyst', null, 'Data analyst', 2, 120_000),
  ],
};

describe('diffDesignSnapshots', () => {
  it('tells every change with names and labels, in a fixed order: placements, emphasis, RACI, cells, roles', () => {
    expect(diffDesignSnapshots(before, after)).toEqual([
      'Lead routing moved from the spokes to the hub.',
      'Lead routing: the reason is now "One routing table".',
      'Dashboards now answers to innovation & experimentation (was its capability’s default dimension).',
      'Training no longer placed (was in the hub).',
      'Data enrichment placed in the spokes.',
      'Process & standards: emphasis from leans central to strongly central.',
      'Lead routing: linked to no activity (was the activity Lead routing).',
      'RACI domain Tool selection renamed to Tool governance.',
      'RACI domain added: Commission data.',
      'Finance: side changed from hub to either side.',
      'RACI role added: IT/data engineering.',
      // One Accountable handed over: one sentence, then what the former one became.
      'Forecasting: Accountable changed from Sales leadership to Head/VP RevOps.',
      'Forecasting: Sales leadership is now Responsible.',
      'Forecasting: Finance changed from Consulted to Informed.',
      // A second Accountable is a cell change, not a hand-over.
      'Lead routing: Sales leadership is now Accountable.',
      'Tool governance: IT/data engineering is now Responsible.',
      'Commission data: Sales leadership is now Responsible.',
      'Commission data: Finance is now Accountable.',
      'EMEA: RevOps analyst, 2 → 3 people.',
      'EMEA: RevOps analyst, $100,000 → $105,000 a year per person.',
      'Hub: Head of RevOps is now a manager.',
      'RevOps partner moved from APAC to EMEA.',
      'EMEA: RevOps partner now reports to Head of RevOps (was no one in the plan).',
      'Hub: Data analyst added (2 people, $120,000 a year each).',
      'APAC: RevOps lead removed (1 person).',
    ]);
  });

  it('says nothing for an unchanged design, and drops a former Accountable left empty', () => {
    expect(diffDesignSnapshots(before, before)).toEqual([]);
    const handedOver = { ...before, raci: { ...before.raci, cells: [...cells('forecasting', { head: 'A', partner: 'R', finance: 'C' }), ...before.raci.cells.slice(3)] } };
    expect(diffDesignSnapshots(before, handedOver)).toEqual(['Forecasting: Accountable changed from Sales leadership to Head/VP RevOps.']);
  });
});

describe('checkDesignEditable', () => {
  it('lets a draft change and sends changes to a signed-off version to the next one', () => {
    expect(() => checkDesignEditable({ version: 1, signedOffOn: null })).not.toThrow();
    const signedOff = { version: 2, signedOffOn: '2026-03-02' };
    expect(() => checkDesignEditable(signedOff)).toThrow('Version 2 of the design was signed off on Mar 2, 2026 and cannot change: start version 3 to make changes.');
    expect(fieldErrorOf(() => checkDesignEditable(signedOff)).code).toBe('BAD_USER_INPUT');
  });
});

describe('checkSignOff and checkNewVersion', () => {
  const draft = { version: 2, signedOffOn: null };
  const signed = { version: 2, signedOffOn: '2026-03-02' };

  it('signs off only the current draft with no blocker, and names the blockers', () => {
    expect(() => checkSignOff(draft, 2, [])).not.toThrow();
    expect(() => checkSignOff(signed, 2, [])).toThrow('Version 2 is already signed off.');
    expect(() => checkSignOff(draft, 2, ['Mark the RACI final.'])).toThrow('Version 2 cannot be signed off yet: Mark the RACI final.');
    expect(fieldErrorOf(() => checkSignOff(draft, 1, [])).code).toBe('CONFLICT');
  });

  it('starts a new version only after the version the caller saw was signed off', () => {
    expect(() => checkNewVersion(signed, 2)).not.toThrow();
    expect(() => checkNewVersion(draft, 2)).toThrow('Version 2 is still a draft: change it as it is.');
    expect(() => checkNewVersion(signed, 1)).toThrow('The design is at version 2 now (you saw version 1); reload to see what changed.');
  });
});

describe('signOffBlockers', () => {
  const raciDomains = [
    { id: 'forecasting', name: 'Forecasting' },
    { id: 'routing', name: 'Lead routing' },
    { id: 'commission', name: 'Commission data' },
  ];
  const error = (domainId: string) => ({ domainId, kind: 'no_responsible' as const, sentence: '' });

  it('names the domains with errors once each, the first unplaced activities, and a RACI not final', () => {
    expect(
      signOffBlockers({
        raci: { errors: [error('commission'), error('forecasting'), error('forecasting')], warnings: [] },
        raciDomains,
        raciFinal: false,
        unplaced: [{ name: 'Lead routing' }, { name: 'Dashboards' }, { name: 'Training' }, { name: 'Playbooks' }],
      }),
    ).toEqual([
      'Fix the RACI first: Forecasting and Commission data have errors.',
      'Place every activity: Lead routing, Dashboards, Training and 1 more have no placement.',
      'Mark the RACI final (its warnings acknowledged) before signing off.',
    ]);
    expect(signOffBlockers({ raci: { errors: [error('routing')], warnings: [] }, raciDomains, raciFinal: true, unplaced: [{ name: 'Training' }] })).toEqual([
      'Fix the RACI first: Lead routing has an error.',
      'Place every activity: Training has no placement.',
    ]);
  });

  it('is empty when the RACI is final and every activity placed', () => {
    expect(signOffBlockers({ raci: { errors: [], warnings: [] }, raciDomains, raciFinal: true, unplaced: [] })).toEqual([]);
  });
});
