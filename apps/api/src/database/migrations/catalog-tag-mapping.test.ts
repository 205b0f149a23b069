import { describe, expect, it } from 'vitest';
import { mapTagsToCatalog } from './catalog-tag-mapping.js';

const capabilities = [
  { id: 'cap-process', name: 'Process & planning' },
  { id: 'cap-data', name: 'Data & insights' },
];
const activities = [
  { id: 'act-routing', name: 'Lead routing', capabilityId: 'cap-process' },
  { id: 'act-quality', name: 'Data quality', capabilityId: 'cap-data' },
];

describe('mapping free-text tags onto a program’s catalog', () => {
  it('matches activity names first, ignoring case and surrounding or repeated spaces', () => {
    const targets = mapTagsToCatalog(['  lead  ROUTING ', 'Data quality'], capabilities, activities);
    expect(targets.get('lead routing')).toEqual({ kind: 'existing', activityId: 'act-routing' });
    expect(targets.get('data quality')).toEqual({ kind: 'existing', activityId: 'act-quality' });
  });

  it('turns a capability name into a new activity of that name under the capability', () => {
    expect(mapTagsToCatalog(['data & Insights'], capabilities, activities).get('data & insights')).toEqual({ kind: 'new', name: 'data & Insights', capabilityId: 'cap-data' });
  });

  it('keeps a tag that matches nothing as a new activity under the fallback capability, once per distinct tag', () => {
    const targets = mapTagsToCatalog(['CRM data standards', 'crm data standards', '   '], capabilities, activities);
    expect([...targets.entries()]).toEqual([['crm data standards', { kind: 'new', name: 'CRM data standards', capabilityId: null }]]);
  });
});
