import { describe, expect, it } from 'vitest';
import { ACTIONS, can, type Action } from './policy.js';
import type { Actor, Role } from './roles.js';

const actor = (role: Role, overrides: Partial<Actor> = {}): Actor => ({ id: `${role}-1`, orgId: 'org', role, unitIds: [], scopeUnitIds: [], ...overrides });
const ownProgram = { ownerId: 'program_manager-1', leadIds: [] };
const ledProgram = { ownerId: 'someone-else', leadIds: ['program_manager-1'] };
const otherProgram = { ownerId: 'someone-else', leadIds: [] };

describe('permission model', () => {
  it('lets every role read programs and units', () => {
    for (const role of ['admin', 'program_manager', 'regional_partner', 'executive'] as const) {
      expect(can(actor(role), 'program.read')).toBe(true);
      expect(can(actor(role), 'unit.read')).toBe(true);
    }
  });

  it('never lets an executive change anything', () => {
    const exec = actor('executive', { scopeUnitIds: ['u1'] });
    const writes = ACTIONS.filter((a): a is Action => !a.endsWith('.read'));
    for (const action of writes) expect(can(exec, action, { program: ownProgram, unitId: 'u1' })).toBe(false);
  });

  it('lets a program manager manage programs they own or lead, not others', () => {
    const pm = actor('program_manager');
    expect(can(pm, 'program.create')).toBe(true);
    expect(can(pm, 'program.manage', { program: ownProgram })).toBe(true);
    expect(can(pm, 'program.manage', { program: ledProgram })).toBe(true);
    expect(can(pm, 'program.manage', { program: otherProgram })).toBe(false);
    expect(can(pm, 'unit_status.update', { program: otherProgram, unitId: 'u1' })).toBe(false);
    expect(can(pm, 'user.manage')).toBe(false);
  });

  it('scopes a regional partner to their units and the units below them', () => {
    const partner = actor('regional_partner', { unitIds: ['emea'], scopeUnitIds: ['emea', 'dach', 'de'] });
    expect(can(partner, 'unit_status.update', { program: otherProgram, unitId: 'de' })).toBe(true);
    expect(can(partner, 'unit_status.update', { program: otherProgram, unitId: 'us-east' })).toBe(false);
    expect(can(partner, 'unit_status.update', { program: otherProgram })).toBe(false);
    expect(can(partner, 'program.manage', { program: otherProgram })).toBe(false);
    expect(can(partner, 'program.create')).toBe(false);
    expect(can(partner, 'unit.manage')).toBe(false);
  });

  it('lets admins do everything', () => {
    for (const action of ACTIONS) expect(can(actor('admin'), action, { program: otherProgram })).toBe(true);
  });
});
