import { EVERYONE, field, none, PROGRAM_MANAGERS, recordIs, removed, type Case, type World } from './world.js';

/** Programs: reading, creating and editing them, their phase, their units' rollout and their members. */

const programInput = (w: World) => ({ name: 'Matrix program', targetModel: 'pod', sponsor: 'CRO', ownerId: w.users.manager.id, startDate: '2026-01-01', targetDate: '2026-02-01' });

export const PROGRAM_CASES: Case[] = [
  { operation: 'programs', document: '{ programs { totalCount } }', variables: none, allowed: EVERYONE },
  { operation: 'program', document: 'query($id: ID!) { program(id: $id) { id } }', variables: async (w) => ({ id: (await w.program()).id }), allowed: EVERYONE },
  {
    operation: 'createProgram',
    document: 'mutation($input: CreateProgramInput!) { createProgram(input: $input) { id } }',
    variables: (w) => Promise.resolve({ input: programInput(w) }),
    allowed: [...PROGRAM_MANAGERS, 'otherManager'],
  },
  {
    operation: 'updateProgram',
    scope: 'owned by manager',
    document: 'mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { id } }',
    variables: async (w) => ({ input: { ...programInput(w), targetModel: undefined, id: (await w.program()).id, expectedVersion: 1, status: 'at_risk' } }),
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('program', { status: 'at_risk', version: 2 }),
  },
  {
    operation: 'changeProgramPhase',
    scope: 'owned by manager',
    document: 'mutation($input: ChangeProgramPhaseInput!) { changeProgramPhase(input: $input) { id } }',
    // Not about the assessment gate (its own test covers it): threshold 0 %.
    variables: async (w) => ({ input: { programId: (await w.program({ assessmentThreshold: 0 })).id, toPhase: 'align', expectedVersion: 1 } }),
    allowed: PROGRAM_MANAGERS,
    effect: {
      sql: `SELECT p.phase, c.from_phase, c.changed_by_id IS NOT NULL AS recorded FROM program p JOIN program_phase_change c ON c.program_id = p.id AND c.to_phase = 'align' WHERE p.id = $1`,
      params: (v) => [field(v, 'programId')],
      rows: [{ phase: 'align', from_phase: 'assess', recorded: true }],
    },
  },
  {
    operation: 'archiveProgram',
    scope: 'owned by manager',
    document: 'mutation($id: ID!) { archiveProgram(id: $id, expectedVersion: 1) { id } }',
    variables: async (w) => ({ id: (await w.program()).id }),
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('program', { archived: true }),
  },
  {
    operation: 'restoreProgram',
    scope: 'owned by manager',
    document: 'mutation($id: ID!) { restoreProgram(id: $id, expectedVersion: 1) { id } }',
    variables: async (w) => ({ id: (await w.program({ archivedAt: new Date() })).id }),
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('program', { archived: false }),
  },
  {
    operation: 'addProgramUnits',
    scope: 'owned by manager',
    document: 'mutation($input: AddProgramUnitsInput!) { addProgramUnits(input: $input) { id } }',
    variables: async (w) => ({ input: { programId: (await w.program()).id, unitIds: [w.country.id] } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT unit_id FROM program_unit WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: (w) => [{ unit_id: w.country.id }] },
  },
  {
    operation: 'removeProgramUnit',
    scope: 'owned by manager',
    document: 'mutation($id: ID!) { removeProgramUnit(id: $id) }',
    variables: async (w) => ({ id: (await w.programUnit(w.country.id)).id }),
    allowed: PROGRAM_MANAGERS,
    effect: removed('program_unit'),
  },
  {
    operation: 'updateUnitRollout',
    scope: 'unit inside the partner’s region',
    document: 'mutation($input: UpdateUnitRolloutInput!) { updateUnitRollout(input: $input) { id } }',
    variables: async (w) => ({ input: { id: (await w.programUnit(w.country.id)).id, expectedVersion: 1, blocked: true, note: 'Waiting for CRM sandbox access.' } }),
    allowed: [...PROGRAM_MANAGERS, 'partner'],
    effect: recordIs('program_unit', { blocked: true, version: 2 }),
  },
  {
    operation: 'updateUnitRollout',
    scope: 'unit outside the partner’s region',
    document: 'mutation($input: UpdateUnitRolloutInput!) { updateUnitRollout(input: $input) { id } }',
    variables: async (w) => ({ input: { id: (await w.programUnit(w.elsewhere.id)).id, expectedVersion: 1, blocked: true, note: 'Waiting for CRM sandbox access.' } }),
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('program_unit', { blocked: true, version: 2 }),
  },
  {
    operation: 'setProgramMember',
    scope: 'owned by manager',
    document: 'mutation($input: SetProgramMemberInput!) { setProgramMember(input: $input) { role } }',
    variables: async (w) => ({ input: { programId: (await w.program()).id, userId: w.users.executive.id, role: 'steering' } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT role FROM program_member WHERE program_id = $1 AND user_id = $2', params: (v) => [field(v, 'programId'), field(v, 'userId')], rows: [{ role: 'steering' }] },
  },
  {
    operation: 'removeProgramMember',
    scope: 'owned by manager',
    document: 'mutation($p: ID!, $u: ID!) { removeProgramMember(programId: $p, userId: $u) }',
    variables: async (w) => {
      const program = await w.program();
      await w.app.dataSource.query(`INSERT INTO program_member (program_id, user_id, org_id, role) VALUES ($1, $2, $3, 'steering')`, [program.id, w.users.executive.id, w.org.id]);
      return { p: program.id, u: w.users.executive.id };
    },
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT role FROM program_member WHERE program_id = $1 AND user_id = $2', params: (v) => [v.p, v.u], rows: [] },
  },
];
