import { describe, expect, it } from 'vitest';
import { EMPTY_VALUE, formatChange, formatChangeValue, formatFieldName } from './format-change';

describe('formatFieldName', () => {
  it('names known fields and splits unknown camelCase ones', () => {
    expect(formatFieldName('targetModel')).toBe('Target model');
    expect(formatFieldName('ownerId')).toBe('Owner');
    expect(formatFieldName('archivedAt')).toBe('Archived');
    expect(formatFieldName('reviewCadenceDays')).toBe('Review cadence days');
    expect(formatFieldName('sponsorUserId')).toBe('Sponsor user');
  });
});

describe('formatChangeValue', () => {
  it('uses the domain labels for enum fields', () => {
    expect(formatChangeValue('phase', 'pilot')).toBe('Pilot');
    expect(formatChangeValue('status', 'at_risk')).toBe('At risk');
    expect(formatChangeValue('status', 'preparing')).toBe('Preparing');
    expect(formatChangeValue('targetModel', 'hub_and_spoke')).toBe('Hub-and-spoke');
    expect(formatChangeValue('role', 'regional_partner')).toBe('Regional RevOps partner');
    expect(formatChangeValue('role', 'steering')).toBe('Steering committee');
    expect(formatChangeValue('kind', 'sub_region')).toBe('Sub-region');
  });

  it('formats dates, booleans, empty values and unknown enum keys', () => {
    expect(formatChangeValue('targetDate', '2026-12-18')).toBe('Dec 18, 2026');
    expect(formatChangeValue('archivedAt', '2026-03-02T10:15:00.000Z')).toMatch(/Mar 2, 2026/);
    expect(formatChangeValue('active', 'false')).toBe('No');
    expect(formatChangeValue('active', 'true')).toBe('Yes');
    expect(formatChangeValue('note', null)).toBe(EMPTY_VALUE);
    expect(formatChangeValue('objective', '')).toBe(EMPTY_VALUE);
    expect(formatChangeValue('status', 'paused')).toBe('paused');
    expect(formatChangeValue('name', 'EMEA rollout')).toBe('EMEA rollout');
  });

  it('names referenced records when it can', () => {
    const names = (id: string) => (id === 'u-1' ? 'Priya Shah' : undefined);
    expect(formatChangeValue('ownerId', 'u-1', names)).toBe('Priya Shah');
    expect(formatChangeValue('ownerId', 'u-2', names)).toBe('u-2');
  });
});

describe('formatChange', () => {
  it('reads "Field: from → to" for an update', () => {
    expect(formatChange({ field: 'status', from: 'preparing', to: 'blocked' })).toBe('Status: Preparing → Blocked');
    expect(formatChange({ field: 'parentId', from: null, to: 'x' }, 'update')).toBe(`Parent unit: ${EMPTY_VALUE} → x`);
  });

  it('lists only the initial value for a creation and the removed one for a deletion', () => {
    expect(formatChange({ field: 'role', from: null, to: 'executive' }, 'insert')).toBe('Role: Executive');
    expect(formatChange({ field: 'role', from: 'lead', to: null }, 'delete')).toBe('Role: Lead (manages the program)');
  });
});
