import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import { applyPatch } from './patch.js';

describe('applyPatch', () => {
  const current = { name: 'DACH routing', objective: 'Faster leads', parentId: 'p1' as string | null };

  it('keeps what the input leaves out and overlays what it sends', () => {
    expect(applyPatch(current, { id: 'x', expectedVersion: 2, name: 'DACH hub' }, ['objective'])).toEqual({
      id: 'x',
      expectedVersion: 2,
      name: 'DACH hub',
      objective: 'Faster leads',
      parentId: 'p1',
    });
    expect(applyPatch(current, { objective: undefined }, [])).toEqual(current);
  });

  it('passes null through for a clearable field', () => {
    expect(applyPatch(current, { objective: null, parentId: null }, ['objective', 'parentId'])).toEqual({ name: 'DACH routing', objective: null, parentId: null });
  });

  it('refuses null on every field that may not be empty, each with a field error', () => {
    const attempt = () => applyPatch(current, { name: null, objective: null, parentId: null }, ['parentId']);
    expect(attempt).toThrow(DomainError);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'name' }, { field: 'objective' }] });
    }
  });
});
