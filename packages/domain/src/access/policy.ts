import { DomainError } from '../common/errors.js';
import type { Actor, Role } from './roles.js';

/**
 * Everything a user can try to do. The API checks each mutation against `can` on the record
 * loaded inside its transaction; the web hides controls with the same function.
 */
export const ACTIONS = [
  'program.read',
  'program.create',
  'program.manage', // edit details, change phase, archive, manage units and members
  'unit.read',
  'unit.manage', // the unit tree itself
  'rollout_status.update', // rollout status of a unit in a program
  'check_in.submit', // a pilot unit's weekly check-in
  'measurement.record', // a success-metric value of a unit, entered by hand
  'measurement.import', // a file of success-metric values for a pilot
  'assessment_cell.update', // a cell of the assessment grid: a unit's row (or the central team's, leads only)
  'assessment_grid.import', // a file of grid rows; a partner's rows for other units are refused one by one
  'phase_gate.override', // move a program on although its gate is not met, with a reason
  'tool_inventory.manage', // the program's tool inventory (assessment)
  'baseline.record', // an assessment baseline: of a unit (its partners too) or program-wide (unitId absent)
  'staffing.record', // a unit's staffing snapshot in the assessment
  // Align: design principles, stakeholder weights, the decision matrix, the company profile and the
  // chosen model. Program managers enter every stakeholder's weights themselves (stakeholders are often
  // people without an account, and a weight set typed by its owner would need its own approval step);
  // partners and executives read the result with everyone else.
  'alignment.manage',
  // Design: where each catalog activity sits in the target model and how far each design dimension
  // leans central or local. The program's leads decide it in the design workshop; everyone who reads
  // the program reads the design.
  'design.manage',
  // Design: the RACI matrix of decision rights (domains, roles, cells, marking it final). Everyone who
  // may read the program reads it.
  'raci.manage',
  // Scale: the roll-out plan, its waves and which unit is in which, the adoption rule and readiness
  // weights; moving any unit through the roll-out. The program's leads run it.
  'rollout.manage',
  // Scale: a unit's readiness (checklist, people trained, sponsor) and moving it as far as ready or
  // reporting it blocked; its partners, and the program's leads.
  'wave_unit.report',
  // Govern: the program's forums, preparing and cancelling their meetings, taking minutes, recording
  // decisions and handing out action items. The program's leads run the rhythm.
  'governance.manage',
  // An action item's status, title, owner and due day: its owner, and the program's leads.
  'action_item.update',
  // Engagement model: file a request to the RevOps backlog for a unit: its partners, and the program's leads.
  'request.file',
  // Triage, score, merge, commit and move a request: the team that owns it. A hub request (no unitId in
  // the target): the program's leads; a spoke request (the target's unitId is the spoke): its partners too.
  'request.triage',
  // The backlog's framework, request types and service levels, capacity basis, inbound webhook, and the
  // hub's approval of a request that changes a standard the hub is accountable for: the program's leads.
  'backlog.manage',
  'history.read', // the change history of a record (account records: admins only)
  'user.manage',
  'audit.search',
] as const;
export type Action = (typeof ACTIONS)[number];

/** What the policy needs to know about a program. */
export interface ProgramAccess {
  ownerId: string;
  /** Users who lead the program with its owner. */
  leadIds: readonly string[];
}

/** The record an action applies to, when it matters. */
export type AccessTarget = { program?: ProgramAccess; unitId?: string; recordType?: string; ownerId?: string };

/** Record kinds whose history holds personal data (accounts, unit assignments): only admins read it. */
export const ACCOUNT_RECORD_TYPES: readonly string[] = ['user', 'unit_assignment'];

/** True when the unit is one the actor may report on: assigned to them or below an assigned unit. */
export function isInUnitScope(actor: Pick<Actor, 'scopeUnitIds'>, unitId: string): boolean {
  return actor.scopeUnitIds.includes(unitId);
}

function leadsProgram(actor: Actor, program: ProgramAccess | undefined): boolean {
  return program !== undefined && (program.ownerId === actor.id || program.leadIds.includes(actor.id));
}

/**
 * The permission model, in one place:
 * - admins may do everything;
 * - program managers create programs and manage those they own or lead, and the unit tree;
 * - regional partners report on units in their scope (rollout status, check-ins, measured values,
 *   their rows of the assessment grid, their units' assessment baselines and staffing) and fill
 *   nothing program-wide (the grid's central-team column has no unit, so only leads fill it);
 *   program managers report on the units of programs they lead;
 * - executives read everything and change nothing.
 * - only admins override a phase gate;
 * - an action item's owner (any role but executive, who only reads) updates it with the program's leads.
 * Every signed-in user reads programs, units and their history; the audit log, users and their
 * history are admin-only.
 */
export function can(actor: Actor, action: Action, target: AccessTarget = {}): boolean {
  const role: Role = actor.role;
  switch (action) {
    case 'program.read':
    case 'unit.read':
      return true;
    case 'program.create':
    case 'unit.manage':
      return role === 'admin' || role === 'program_manager';
    case 'program.manage':
    case 'alignment.manage':
    case 'design.manage':
    case 'measurement.import':
    case 'tool_inventory.manage':
    case 'raci.manage':
    case 'rollout.manage':
    case 'governance.manage':
    case 'backlog.manage':
      return role === 'admin' || (role === 'program_manager' && leadsProgram(actor, target.program));
    case 'action_item.update':
      if (role === 'admin' || (role === 'program_manager' && leadsProgram(actor, target.program))) return true;
      return role !== 'executive' && target.ownerId === actor.id;
    case 'history.read':
      return role === 'admin' || target.recordType === undefined || !ACCOUNT_RECORD_TYPES.includes(target.recordType);
    case 'rollout_status.update':
    case 'check_in.submit':
    case 'measurement.record':
    case 'assessment_cell.update':
    case 'baseline.record':
    case 'staffing.record':
    case 'wave_unit.report':
    case 'request.file':
    case 'request.triage':
      if (role === 'admin') return true;
      if (role === 'program_manager') return leadsProgram(actor, target.program);
      return role === 'regional_partner' && target.unitId !== undefined && isInUnitScope(actor, target.unitId);
    case 'assessment_grid.import':
      if (role === 'program_manager') return leadsProgram(actor, target.program);
      return role === 'admin' || role === 'regional_partner';
    case 'user.manage':
    case 'audit.search':
      return role === 'admin';
    case 'phase_gate.override':
      return canOverridePhaseGate(role);
  }
}

/** Who may move a program past a closed phase gate, with a reason: admins. The web asks it before offering the override. */
export function canOverridePhaseGate(role: Role): boolean {
  return role === 'admin';
}

/** Throws FORBIDDEN unless `can` allows it. */
export function assertCan(actor: Actor, action: Action, target: AccessTarget = {}): void {
  if (!can(actor, action, target)) throw new DomainError('FORBIDDEN', 'You do not have permission to do this.');
}
