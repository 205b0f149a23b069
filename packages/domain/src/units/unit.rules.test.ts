import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/errors.js';
import { assertValidParent, buildUnitTree, descendantIds } from './unit.rules.js';

const units = [
  { id: 'emea', parentId: null, name: 'EMEA' },
  { id: 'dach', parentId: 'emea', name: 'DACH' },
  { id: 'de', parentId: 'dach', name: 'Germany' },
  { id: 'at', parentId: 'dach', name: 'Austria' },
  { id: 'apac', parentId: null, name: 'APAC' },
];

describe('unit tree', () => {
  it('nests children under parents, sorted by name at every level', () => {
    const tree = buildUnitTree(units);
    expect(tree.map((n) => n.unit.id)).toEqual(['apac', 'emea']);
    expect(tree[1]?.children[0]?.children.map((n) => n.unit.name)).toEqual(['Austria', 'Germany']);
  });

  it('shows a unit whose parent is filtered out as a root', () => {
    const roots = buildUnitTree(units.filter((u) => u.id !== 'dach'));
    expect(roots.map((n) => n.unit.name)).toEqual(['APAC', 'Austria', 'EMEA', 'Germany']);
  });

  it('collects a unit and all its descendants', () => {
    expect([...descendantIds(units, 'emea')].sort()).toEqual(['at', 'dach', 'de', 'emea']);
  });

  it('refuses a parent that is the unit itself or below it, accepts any other', () => {
    expect(() => assertValidParent(units, 'emea', 'de')).toThrow(DomainError);
    expect(() => assertValidParent(units, 'dach', 'dach')).toThrow(DomainError);
    expect(() => assertValidParent(units, 'dach', 'apac')).not.toThrow();
    expect(() => assertValidParent(units, 'dach', null)).not.toThrow();
  });
});
