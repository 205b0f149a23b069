import { describe, expect, it } from 'vitest';
import { ACTIONS, can, type Action } from './policy.js';
import type { Actor, Role } from './roles.js';

const actor = (role: Role, overrides: Partial<Actor> = {}): Actor => ({ id: `${role}-1`, orgId: 'org', role, unitIds: [], scopeUnitIds: [], ...overrides });
const ownProgram = { ownerId: 'program_manager-1', leadIds: [] };
const ledProgram = { ownerId: 'someone-else', leadIds: ['program_manager-1'] };
const otherProgram = { ownerId: 'someone-else', leadIds: [] };
const UNIT_REPORTS = ['rollout_status.update', 'check_in.submit', 'measurement.record', 'assessment_cell.update', 'baseline.record', 'staffing.record', 'wave_unit.report'] as const;

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

  it('lets the program’s leads run its forums, and an action item’s owner (not an executive) update it', () => {
    const pm = actor('program_manager');
    const partner = actor('regional_partner', { scopeUnitIds: ['u1'] });
    expect(can(pm, 'governance.manage', { program: ledProgram })).toBe(true);
    expect(can(pm, 'governance.manage', { program: otherProgram })).toBe(false);
    expect(can(partner, 'governance.manage', { program: ledProgram, unitId: 'u1' })).toBe(false);
    expect(can(pm, 'action_item.update', { program: ledProgram, ownerId: 'someone-else' })).toBe(true);
    expect(can(pm, 'action_item.update', { program: otherProgram, ownerId: 'someone-else' })).toBe(false);
    expect(can(partner, 'action_item.update', { program: otherProgram, ownerId: partner.id })).toBe(true);
    expect(can(partner, 'action_item.update', { program: otherProgram, ownerId: 'someone-else' })).toBe(false);
    expect(can(actor('executive'), 'action_item.update', { program: ownProgram, ownerId: 'executive-1' })).toBe(false);
  });

  it('lets a program manager manage programs they own or lead, not others', () => {
    const pm = actor('program_manager');
    expect(can(pm, 'program.create')).toBe(true);
    expect(can(pm, 'program.manage', { program: ownProgram })).toBe(true);
    expect(can(pm, 'program.manage', { program: ledProgram })).toBe(true);
    expect(can(pm, 'program.manage', { program: otherProgram })).toBe(false);
    for (const report of UNIT_REPORTS) {
      expect(can(pm, report, { program: otherProgram, unitId: 'u1' })).toBe(false);
      expect(can(pm, report, { program: ledProgram, unitId: 'u1' })).toBe(true);
    }
    expect(can(pm, 'measurement.import', { program: ledProgram })).toBe(true);
    expect(can(pm, 'measurement.import', { program: otherProgram })).toBe(false);
    expect(can(pm, 'assessment_grid.import', { program: ledProgram })).toBe(true);
    expect(can(pm, 'assessment_grid.import', { program: otherProgram })).toBe(false);
    expect(can(pm, 'tool_inventory.manage', { program: ledProgram })).toBe(true);
    expect(can(pm, 'tool_inventory.manage', { program: otherProgram })).toBe(false);
    expect(can(pm, 'raci.manage', { program: ledProgram })).toBe(true);
    expect(can(pm, 'raci.manage', { program: otherProgram })).toBe(false);
    expect(can(pm, 'rollout.manage', { program: ledProgram })).toBe(true);
    expect(can(pm, 'rollout.manage', { program: otherProgram })).toBe(false);
    // A program-wide baseline (no unit) is the program's leads' to record.
    expect(can(pm, 'baseline.record', { program: ownProgram })).toBe(true);
    expect(can(pm, 'user.manage')).toBe(false);
  });

  it('scopes a regional partner to their units and the units below them', () => {
    const partner = actor('regional_partner', { unitIds: ['emea'], scopeUnitIds: ['emea', 'dach', 'de'] });
    for (const report of UNIT_REPORTS) {
      expect(can(partner, report, { program: otherProgram, unitId: 'de' })).toBe(true);
      expect(can(partner, report, { program: otherProgram, unitId: 'us-east' })).toBe(false);
      expect(can(partner, report, { program: otherProgram })).toBe(false);
    }
    expect(can(partner, 'measurement.import', { program: otherProgram })).toBe(false);
    expect(can(partner, 'rollout.manage', { program: otherProgram, unitId: 'de' })).toBe(false);
    expect(can(partner, 'tool_inventory.manage', { program: otherProgram })).toBe(false);
    // The RACI is program-wide: a partner reads it, even for units in their scope, and changes none of it.
    expect(can(partner, 'raci.manage', { program: otherProgram, unitId: 'de' })).toBe(false);
    // A partner's file may hold their units' rows of any program; other rows are refused one by one.
    expect(can(partner, 'assessment_grid.import', { program: otherProgram })).toBe(true);
    expect(can(actor('executive'), 'assessment_grid.import', { program: otherProgram })).toBe(false);
    expect(can(partner, 'program.manage', { program: otherProgram })).toBe(false);
    expect(can(partner, 'program.create')).toBe(false);
    expect(can(partner, 'unit.manage')).toBe(false);
  });

  it('lets only the program’s leads and admins manage its design', () => {
    const pm = actor('program_manager');
    expect(can(pm, 'design.manage', { program: ownProgram })).toBe(true);
    expect(can(pm, 'design.manage', { program: ledProgram })).toBe(true);
    expect(can(pm, 'design.manage', { program: otherProgram })).toBe(false);
    expect(can(actor('admin'), 'design.manage', { program: otherProgram })).toBe(true);
    // A partner's units do not make the program-wide design theirs.
    const partner = actor('regional_partner', { unitIds: ['emea'], scopeUnitIds: ['emea'] });
    expect(can(partner, 'design.manage', { program: otherProgram, unitId: 'emea' })).toBe(false);
    expect(can(actor('executive'), 'design.manage', { program: ownProgram })).toBe(false);
  });

  it('lets only admins override a phase gate', () => {
    expect(can(actor('admin'), 'phase_gate.override', { program: otherProgram })).toBe(true);
    for (const role of ['program_manager', 'regional_partner', 'executive'] as const) {
      expect(can(actor(role), 'phase_gate.override', { program: ownProgram })).toBe(false);
    }
  });

  it('keeps the history of accounts to admins; any other record’s history is open to every role', () => {
    for (const role of ['program_manager', 'regional_partner', 'executive'] as const) {
      expect(can(actor(role), 'history.read', { recordType: 'program' })).toBe(true);
      expect(can(actor(role), 'history.read', { recordType: 'user' })).toBe(false);
      expect(can(actor(role), 'history.read', { recordType: 'unit_assignment' })).toBe(false);
    }
    expect(can(actor('admin'), 'history.read', { recordType: 'user' })).toBe(true);
  });

  it('lets admins do everything', () => {
    for (const action of ACTIONS) expect(can(actor('admin'), action, { program: otherProgram })).toBe(true);
  });
});
