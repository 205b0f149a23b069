import { describe, expect, it } from 'vitest';
import { fieldErrorOf } from '../testing/index.js';
import {
  assertRaciCanBeFinal,
  assertRaciNameFree,
  assertRaciOpen,
  assertRaciRoom,
  canMarkRaciFinal,
  MAX_RACI_DOMAINS,
  MAX_RACI_ROLES,
  defaultRaciActivityId,
  markRaciFinalSchema,
  setRaciCellSchema,
  validateRaci,
  type RaciCell,
  type RaciDomain,
  type RaciRole,
  type RaciValue,
} from './raci.js';

const roles: RaciRole[] = [
  { id: 'head', name: 'Head/VP RevOps', side: 'hub' },
  { id: 'partner', name: 'Regional RevOps partner', side: 'spoke' },
  { id: 'sales', name: 'Sales leadership', side: 'either' },
  { id: 'mops', name: 'Marketing ops', side: 'either' },
  { id: 'csops', name: 'CS ops', side: 'either' },
  { id: 'finance', name: 'Finance', side: 'hub' },
  { id: 'it', name: 'IT/data engineering', side: 'hub' },
];
const activities = [
  { id: 'a-forecast', name: 'Forecasting framework' },
  { id: 'a-routing', name: 'Lead routing' },
  { id: 'a-quota', name: 'Quota setting' },
  { id: 'a-territory', name: 'Territory design' },
];
const context = {
  activities,
  placements: [
    { activityId: 'a-forecast', placement: 'shared' as const },
    { activityId: 'a-routing', placement: 'hub' as const },
    { activityId: 'a-quota', placement: 'spoke' as const },
    { activityId: 'a-territory', placement: 'spoke' as const },
  ],
};
const domain = (id: string, name: string, activityId: string | null = null): RaciDomain => ({ id, name, activityId });
/** The cells of one domain, by role id. */
const row = (domainId: string, values: Record<string, RaciValue>): RaciCell[] => Object.entries(values).map(([roleId, value]) => ({ domainId, roleId, value }));

describe('defaultRaciActivityId', () => {
  it('links a domain to the activity of its name (any case), else to its default activity, else to none', () => {
    const catalog = [...activities, { id: 'a-dash', name: 'Dashboards' }];
    expect(defaultRaciActivityId('lead ROUTING', catalog)).toBe('a-routing');
    expect(defaultRaciActivityId('Forecasting', catalog)).toBe('a-forecast');
    expect(defaultRaciActivityId('Reporting layer', catalog)).toBe('a-dash');
    // An activity of the domain's own name wins over the default.
    expect(defaultRaciActivityId('Forecasting', [...catalog, { id: 'a-own', name: 'Forecasting' }])).toBe('a-own');
    expect(defaultRaciActivityId('Forecasting', [{ id: 'a-dash', name: 'Dashboards' }])).toBeNull();
    expect(defaultRaciActivityId('Commission data', catalog)).toBeNull();
    expect(defaultRaciActivityId('Partner deals', catalog)).toBeNull();
  });
});

describe('validateRaci', () => {
  const domains = [
    domain('forecasting', 'Forecasting', 'a-forecast'),
    domain('routing', 'Lead routing', 'a-routing'),
    domain('quota', 'Quota allocation', 'a-quota'),
    domain('crm', 'CRM schema'),
    domain('territory', 'Territory assignment', 'a-territory'),
    domain('commission', 'Commission data'),
  ];
  const cells = [
    // Four Consulted: one more than 3. Shared placement: no side warning whoever is Accountable.
    ...row('forecasting', { partner: 'R', head: 'C', sales: 'A', mops: 'C', csops: 'C', finance: 'C' }),
    // Accountable in the spokes, activity in the hub: warning. Exactly 3 Consulted: no warning.
    ...row('routing', { partner: 'A', mops: 'R', head: 'C', finance: 'C', it: 'C' }),
    // Two Accountables: an error, and no side warning until one is left.
    ...row('quota', { finance: 'A', sales: 'A', head: 'R' }),
    // No Responsible. The Accountable of a role no longer in the matrix is ignored, so one A only.
    ...row('crm', { it: 'A', gone: 'A', head: 'C' }),
    // Sales leadership sits on either side: no side warning though the activity is in the spokes.
    ...row('territory', { sales: 'A', partner: 'R' }),
    // Commission data is empty: both errors.
  ];

  it('finds zero and several Accountables and a missing Responsible, per domain in matrix order, naming roles', () => {
    expect(validateRaci({ domains, roles, cells }, context).errors).toEqual([
      { domainId: 'quota', kind: 'several_accountable', sentence: 'Quota allocation has 2 Accountables (Sales leadership and Finance): keep exactly one.' },
      { domainId: 'crm', kind: 'no_responsible', sentence: 'CRM schema has no Responsible: pick at least one role to do the work.' },
      { domainId: 'commission', kind: 'no_accountable', sentence: 'Commission data has no Accountable: pick exactly one role.' },
      { domainId: 'commission', kind: 'no_responsible', sentence: 'Commission data has no Responsible: pick at least one role to do the work.' },
    ]);
  });

  it('warns about four Consulted roles and an Accountable on the other side of the placement, with keys that follow the situation', () => {
    const { warnings } = validateRaci({ domains, roles, cells }, context);
    expect(warnings).toEqual([
      {
        key: 'many_consulted:forecasting:csops,finance,head,mops',
        domainId: 'forecasting',
        kind: 'many_consulted',
        sentence: 'Forecasting has 4 Consulted roles (Head/VP RevOps, Marketing ops, CS ops and Finance): more than 3 slows every decision; inform some instead.',
      },
      {
        key: 'accountable_side:routing:partner:hub',
        domainId: 'routing',
        kind: 'accountable_side',
        sentence: 'Lead routing: the Accountable, Regional RevOps partner, sits in the spokes, but the activity Lead routing is placed in the hub.',
      },
    ]);
    // The hub's Head accountable for a domain whose activity is in the spokes: warned the other way round.
    const flipped = validateRaci({ domains: [domain('quota', 'Quota allocation', 'a-quota')], roles, cells: row('quota', { head: 'A', partner: 'R' }) }, context);
    expect(flipped.warnings.map((warning) => warning.sentence)).toEqual([
      'Quota allocation: the Accountable, Head/VP RevOps, sits in the hub, but the activity Quota setting is placed in the spokes.',
    ]);
    // Unplaced or unlinked: nothing to compare with.
    expect(validateRaci({ domains: [domain('quota', 'Quota allocation', 'a-quota')], roles, cells: row('quota', { head: 'A', partner: 'R' }) }, { ...context, placements: [] }).warnings).toEqual([]);
  });
});

describe('canMarkRaciFinal', () => {
  const domains = [domain('routing', 'Lead routing', 'a-routing'), domain('forecasting', 'Forecasting', 'a-forecast')];
  const cells = [...row('routing', { partner: 'A', mops: 'R' }), ...row('forecasting', { sales: 'A', partner: 'R', head: 'C', mops: 'C', csops: 'C', finance: 'C' })];
  const validation = validateRaci({ domains, roles, cells }, context);
  const [side, consulted] = validation.warnings.map((warning) => warning.key);

  it('blocks on errors whatever is acknowledged', () => {
    const broken = validateRaci({ domains, roles, cells: [...cells, ...row('routing', { head: 'A' })] }, context);
    // Two A's on Lead routing: 1 error; the side warning is gone (no single Accountable), the Consulted one stays.
    expect(canMarkRaciFinal(broken, [side ?? '', consulted ?? ''])).toMatchObject({ allowed: false, message: 'The RACI cannot be marked final yet: 1 error to fix.' });
    expect(canMarkRaciFinal(broken, []).message).toBe('The RACI cannot be marked final yet: 1 error to fix and 1 warning to acknowledge.');
  });

  it('needs every warning acknowledged by its current key', () => {
    expect(canMarkRaciFinal(validation, [])).toMatchObject({ allowed: false, message: 'The RACI cannot be marked final yet: 2 warnings to acknowledge.' });
    const oneLeft = canMarkRaciFinal(validation, [side ?? '', 'accountable_side:routing:head:hub']);
    expect(oneLeft.allowed).toBe(false);
    expect(oneLeft.unacknowledged.map((warning) => warning.domainId)).toEqual(['forecasting']);
    expect(canMarkRaciFinal(validation, [consulted ?? '', side ?? ''])).toEqual({ allowed: true, unacknowledged: [], message: null });
  });
});

describe('assertRaciNameFree', () => {
  const others = [{ id: 'd1', name: 'Forecasting' }];
  it('refuses a name taken in any case, except by the item itself, and a role called Domain', () => {
    expect(fieldErrorOf(() => assertRaciNameFree('domain', ' forecasting', others))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'name',
      message: 'The RACI already has a domain named "forecasting".',
    });
    expect(() => assertRaciNameFree('domain', 'Forecasting', others, 'd1')).not.toThrow();
    expect(fieldErrorOf(() => assertRaciNameFree('role', 'domain', [])).message).toBe('A role cannot be called "Domain": the RACI file uses that name for its first column.');
  });
});

describe('RACI schemas', () => {
  const ids = { programId: '6c1f4f7e-1b1a-4c55-9f5e-3f2d8a9b7c10', domainId: '7c1f4f7e-1b1a-4c55-9f5e-3f2d8a9b7c10', roleId: '8c1f4f7e-1b1a-4c55-9f5e-3f2d8a9b7c10' };
  it('sets a letter or clears the cell, and says which letters exist', () => {
    expect(setRaciCellSchema.parse({ ...ids, value: 'A', expectedVersion: 3 })).toEqual({ ...ids, value: 'A', expectedVersion: 3 });
    expect(setRaciCellSchema.parse(ids).value).toBeNull();
    expect(setRaciCellSchema.safeParse({ ...ids, value: 'X' }).error?.issues[0]?.message).toBe('Pick R, A, C or I, or leave the cell empty.');
  });
  it('marks final with no acknowledgements by default', () => {
    expect(markRaciFinalSchema.parse({ programId: ids.programId, expectedVersion: 1 }).acknowledgedWarningKeys).toEqual([]);
  });
});

describe('assertRaciCanBeFinal, assertRaciOpen and assertRaciRoom', () => {
  const domains = [domain('routing', 'Lead routing', 'a-routing'), domain('quota', 'Quota allocation')];
  const cells = [...row('routing', { partner: 'A', mops: 'R' }), ...row('quota', { head: 'A', finance: 'A', sales: 'R' })];
  const validation = validateRaci({ domains, roles, cells }, context);

  it('names every error and every warning left to acknowledge, each on its field', () => {
    let refused: unknown;
    try {
      assertRaciCanBeFinal(validation, []);
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({
      code: 'BAD_USER_INPUT',
      message:
        'The RACI cannot be marked final yet: 1 error to fix and 1 warning to acknowledge. Quota allocation has 2 Accountables (Head/VP RevOps and Finance): keep exactly one.',
      fieldErrors: [
        { field: 'domains', message: 'Quota allocation has 2 Accountables (Head/VP RevOps and Finance): keep exactly one.' },
        {
          field: 'acknowledgedWarningKeys',
          message: 'Acknowledge: Lead routing: the Accountable, Regional RevOps partner, sits in the spokes, but the activity Lead routing is placed in the hub.',
        },
      ],
    });
    const fixed = validateRaci({ domains, roles, cells: [...row('routing', { partner: 'A', mops: 'R' }), ...row('quota', { head: 'A', sales: 'R' })] }, context);
    expect(() => assertRaciCanBeFinal(fixed, [])).toThrow('1 warning to acknowledge');
    expect(() => assertRaciCanBeFinal(fixed, fixed.warnings.map((warning) => warning.key))).not.toThrow();
  });

  it('refuses changes to a final matrix and domains or roles beyond the limit', () => {
    expect(() => assertRaciOpen({ final: true })).toThrow('The RACI is final: reopen it before changing it.');
    expect(() => assertRaciOpen({ final: false })).not.toThrow();
    expect(fieldErrorOf(() => assertRaciRoom('role', MAX_RACI_ROLES))).toEqual({ code: 'BAD_USER_INPUT', field: 'name', message: `A RACI has at most ${MAX_RACI_ROLES} roles: remove one first.` });
    expect(() => assertRaciRoom('domain', MAX_RACI_DOMAINS - 1)).not.toThrow();
  });
});
