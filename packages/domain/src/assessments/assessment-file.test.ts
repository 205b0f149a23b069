import { describe, expect, it } from 'vitest';
import { gridRowScope } from './assessment-file.js';

describe('gridRowScope', () => {
  it('gives leads, admins and executives the whole grid', () => {
    for (const role of ['admin', 'program_manager', 'executive'] as const) expect(gridRowScope({ role, scopeUnitIds: ['u1'] })).toEqual({ kind: 'all' });
  });
  it('gives a regional partner only the units they report on', () => {
    expect(gridRowScope({ role: 'regional_partner', scopeUnitIds: ['u1', 'u2'] })).toEqual({ kind: 'units', unitIds: ['u1', 'u2'] });
  });
});
