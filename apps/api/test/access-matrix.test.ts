import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  Kind,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { MEASUREMENT_CSV_COLUMNS } from '@rollout/domain';
import type { Response as SuperResponse } from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import type Test from 'supertest/lib/test.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aBaseline, aTool } from './factories/assessment-inventory.factory.js';
import { anActivity } from './factories/assessment.factory.js';
import { aCheckIn, aPilot, aSuccessMetric } from './factories/pilot.factory.js';
import { aProgram, aProgramUnit, aTeam, aUnit, aUser, signedIn, TEST_PASSWORD } from './factories/organization.factory.js';
import { changedTables, settledSnapshotter, type Snapshot } from './support/snapshot.js';
import { binary, createTestApp, gql, type TestApp } from './support/test-app.js';
import { firstSheet } from './support/workbook.js';

/**
 * Who may call what: every query and mutation, called by every kind of caller, against records in
 * and out of the caller's scope, and the file routes (upload, export). Allowed calls must succeed
 * and change the record as asked (`effect`); denied calls must fail typed, the same with invalid
 * values (permission before validation), and write nothing to any business table. An operation
 * missing from CASES fails the first test.
 */
const CALLERS = ['anonymous', 'admin', 'manager', 'otherManager', 'partner', 'executive'] as const;
type Caller = (typeof CALLERS)[number];
const SIGNED_IN: Caller[] = ['admin', 'manager', 'otherManager', 'partner', 'executive'];

type World = Awaited<ReturnType<typeof buildWorld>>;
interface Case {
  /** Root field under test. */
  operation: string;
  scope?: string;
  document: string;
  variables: (world: World, caller: Caller) => Promise<Record<string, unknown>>;
  allowed: Caller[];
  /** The call changes the caller's own session or password: give it a fresh user of that role. */
  freshSession?: boolean;
  /** What an allowed call must have done: these rows, read afterwards. */
  effect?: Effect;
}

type Vars = Record<string, unknown>;
interface Effect {
  sql: string;
  params: (variables: Vars) => unknown[];
  rows: Record<string, unknown>[] | ((world: World) => Record<string, unknown>[]);
}
/** A field of the call's `input` variable. */
const field = (variables: Vars, name: string): unknown => (variables.input as Vars)[name];
/** The record named by `id` (an argument, or a field of `input`) has these values. */
const recordIs = (table: string, values: Record<string, unknown>): Effect => ({
  sql: `SELECT ${Object.keys(values).map((column) => (column === 'archived' ? 'archived_at IS NOT NULL AS archived' : column)).join(', ')} FROM ${table} WHERE id = $1`,
  params: (v) => [v.id ?? field(v, 'id')],
  rows: [values],
});
/** The record named by `id` is gone. */
const removed = (table: string): Effect => ({ sql: `SELECT id FROM ${table} WHERE id = $1`, params: (v) => [v.id], rows: [] });

const none = () => Promise.resolve({});
const iso = () => `U${Math.random().toString(36).slice(2, 10).toUpperCase()}`;

async function buildWorld(app: TestApp) {
  const team = await aTeam(app);
  const { org, users, region } = team;
  const otherManager = await aUser(app.dataSource, org.id, 'program_manager');
  const country = await aUnit(app.dataSource, org.id, { parentId: region.id, kind: 'country' });
  const elsewhere = await aUnit(app.dataSource, org.id);
  const agents: Record<Caller, TestAgent> = { ...team.agents, otherManager: await signedIn(app, otherManager) };
  const program = (overrides = {}) => aProgram(app.dataSource, org.id, users.manager.id, overrides);
  const programUnit = async (unitId: string) => aProgramUnit(app.dataSource, org.id, (await program()).id, unitId);
  const userOf = (role: 'executive' | 'regional_partner') => aUser(app.dataSource, org.id, role, role === 'regional_partner' ? [region.id] : []);
  /** A pilot in a fresh program of the manager, running in the partner's country and another region. */
  const pilot = async (overrides = {}) =>
    aPilot(app.dataSource, org.id, (await program()).id, { unitIds: [country.id, elsewhere.id], startDate: '2026-01-05', endDate: '2026-02-01', ...overrides });
  return { app, org, users: { ...users, otherManager }, region, country, elsewhere, agents, program, programUnit, userOf, pilot };
}

/** A fresh program of the manager with one capability and one activity, and the unit (if any) in its rollout. */
async function assessed(w: World, unitId: string | null = null): Promise<{ programId: string; capabilityId: string; activityId: string }> {
  const program = await w.program();
  if (unitId) await aProgramUnit(w.app.dataSource, w.org.id, program.id, unitId);
  const [capability] = await w.app.dataSource.query<{ id: string }[]>(`INSERT INTO capability (org_id, program_id, name, position) VALUES ($1, $2, 'Data & insights', 0) RETURNING id`, [
    w.org.id,
    program.id,
  ]);
  const [activity] = await w.app.dataSource.query<{ id: string }[]>(
    `INSERT INTO activity (org_id, program_id, capability_id, name, position) VALUES ($1, $2, $3, 'Dashboards', 0) RETURNING id`,
    [w.org.id, program.id, capability?.id],
  );
  return { programId: program.id, capabilityId: capability?.id ?? '', activityId: activity?.id ?? '' };
}
const SET_CELL = 'mutation($input: SetAssessmentCellInput!) { setAssessmentCell(input: $input) { id } }';
const cellIs = (performer: string): Effect => ({
  sql: 'SELECT performer FROM assessment_cell WHERE activity_id = $1 AND unit_id IS NOT DISTINCT FROM $2',
  params: (v) => [field(v, 'activityId'), field(v, 'unitId')],
  rows: [{ performer }],
});

/** A fresh Align-phase program of the manager with one design principle. */
async function aPrinciple(w: World): Promise<{ programId: string; principleId: string }> {
  const programId = (await w.program({ phase: 'align' })).id;
  const res = await w.app.dataSource.query<{ id: string }[]>(`INSERT INTO design_principle (org_id, program_id, name, position) VALUES ($1, $2, 'Cost', 1) RETURNING id`, [w.org.id, programId]);
  return { programId, principleId: res[0]?.id ?? '' };
}

const programInput = (w: World) => ({ name: 'Matrix program', targetModel: 'pod', sponsor: 'CRO', ownerId: w.users.manager.id, startDate: '2026-01-01', targetDate: '2026-02-01' });
const PROGRAM_MANAGERS: Caller[] = ['admin', 'manager'];
const EVERYONE: Caller[] = SIGNED_IN;

const CASES: Case[] = [
  { operation: 'me', document: '{ me { id } }', variables: none, allowed: EVERYONE },
  { operation: 'metricCatalog', document: '{ metricCatalog { key } }', variables: none, allowed: EVERYONE },
  { operation: 'programs', document: '{ programs { totalCount } }', variables: none, allowed: EVERYONE },
  { operation: 'program', document: 'query($id: ID!) { program(id: $id) { id } }', variables: async (w) => ({ id: (await w.program()).id }), allowed: EVERYONE },
  { operation: 'units', document: '{ units { id } }', variables: none, allowed: EVERYONE },
  { operation: 'unit', document: 'query($id: ID!) { unit(id: $id) { id } }', variables: (w) => Promise.resolve({ id: w.region.id }), allowed: EVERYONE },
  { operation: 'users', document: '{ users { id } }', variables: none, allowed: ['admin', 'manager', 'otherManager'] },
  {
    operation: 'recordHistory',
    scope: 'program',
    document: 'query($id: ID!) { recordHistory(recordType: program, recordId: $id) { id } }',
    variables: async (w) => ({ id: (await w.program()).id }),
    allowed: EVERYONE,
  },
  {
    operation: 'recordHistory',
    scope: 'user account',
    document: 'query($id: ID!) { recordHistory(recordType: user, recordId: $id) { id } }',
    variables: (w) => Promise.resolve({ id: w.users.executive.id }),
    allowed: ['admin'],
  },
  { operation: 'auditLog', document: '{ auditLog { endCursor } }', variables: none, allowed: ['admin'] },
  {
    operation: 'signIn',
    document: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
    variables: async (w) => ({ e: (await w.userOf('executive')).email, p: TEST_PASSWORD }),
    allowed: ['anonymous', ...EVERYONE],
    freshSession: true,
  },
  { operation: 'signOut', document: 'mutation { signOut }', variables: none, allowed: EVERYONE, freshSession: true },
  {
    operation: 'changeMyPassword',
    document: `mutation { changeMyPassword(currentPassword: "${TEST_PASSWORD}", newPassword: "a brand new passphrase") }`,
    variables: none,
    allowed: EVERYONE,
    freshSession: true,
  },
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
    operation: 'setAssessmentCell',
    scope: 'unit inside the partner’s region',
    document: SET_CELL,
    variables: async (w) => {
      const { programId, activityId } = await assessed(w, w.country.id);
      return { input: { programId, activityId, unitId: w.country.id, performer: 'local', maturity: 2 } };
    },
    allowed: [...PROGRAM_MANAGERS, 'partner'],
    effect: cellIs('local'),
  },
  {
    operation: 'setAssessmentCell',
    scope: 'unit outside the partner’s region',
    document: SET_CELL,
    variables: async (w) => {
      const { programId, activityId } = await assessed(w, w.elsewhere.id);
      return { input: { programId, activityId, unitId: w.elsewhere.id, performer: 'local', maturity: 2 } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: cellIs('local'),
  },
  {
    operation: 'setAssessmentCell',
    scope: 'the central team’s column',
    document: SET_CELL,
    variables: async (w) => {
      const { programId, activityId } = await assessed(w);
      return { input: { programId, activityId, unitId: null, performer: 'central', maturity: 4 } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: cellIs('central'),
  },
  {
    operation: 'addActivity',
    scope: 'owned by manager',
    document: 'mutation($input: AddActivityInput!) { addActivity(input: $input) { id } }',
    variables: async (w) => {
      const { programId, capabilityId } = await assessed(w);
      return { input: { programId, capabilityId, name: 'Win-loss analysis' } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT name FROM activity WHERE program_id = $1 ORDER BY position', params: (v) => [field(v, 'programId')], rows: [{ name: 'Dashboards' }, { name: 'Win-loss analysis' }] },
  },
  {
    operation: 'renameActivity',
    scope: 'owned by manager',
    document: 'mutation($input: RenameCatalogItemInput!) { renameActivity(input: $input) { id } }',
    variables: async (w) => ({ input: { id: (await assessed(w)).activityId, name: 'Executive dashboards', expectedVersion: 1 } }),
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('activity', { name: 'Executive dashboards', version: 2 }),
  },
  {
    operation: 'renameCapability',
    scope: 'owned by manager',
    document: 'mutation($input: RenameCatalogItemInput!) { renameCapability(input: $input) { id } }',
    variables: async (w) => ({ input: { id: (await assessed(w)).capabilityId, name: 'Data, insights & AI', expectedVersion: 1 } }),
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('capability', { name: 'Data, insights & AI', version: 2 }),
  },
  {
    operation: 'removeActivity',
    scope: 'owned by manager',
    document: 'mutation($input: RemoveActivityInput!) { removeActivity(input: $input) }',
    variables: async (w) => ({ input: { id: (await assessed(w)).activityId, expectedVersion: 1, confirmed: true } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT id FROM activity WHERE id = $1', params: (v) => [field(v, 'id')], rows: [] },
  },
  {
    operation: 'setAssessmentThreshold',
    scope: 'owned by manager',
    document: 'mutation($programId: ID!) { setAssessmentThreshold(programId: $programId, threshold: 60, expectedVersion: 1) { id } }',
    variables: async (w) => ({ programId: (await w.program()).id }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT assessment_threshold FROM program WHERE id = $1', params: (v) => [v.programId], rows: [{ assessment_threshold: 60 }] },
  },
  {
    operation: 'remindAssessmentUnit',
    scope: 'owned by manager',
    document: 'mutation($programId: ID!, $unitId: ID!) { remindAssessmentUnit(programId: $programId, unitId: $unitId) { id } }',
    variables: async (w) => ({ programId: (await assessed(w, w.country.id)).programId, unitId: w.country.id }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT count(*)::int AS reminders FROM assessment_reminder WHERE program_id = $1', params: (v) => [v.programId], rows: [{ reminders: 1 }] },
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
  {
    operation: 'createUnit',
    document: 'mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }',
    variables: () => Promise.resolve({ input: { name: 'New unit', code: iso(), kind: 'segment' } }),
    allowed: [...PROGRAM_MANAGERS, 'otherManager'],
    effect: { sql: 'SELECT name, kind FROM unit WHERE code = $1', params: (v) => [field(v, 'code')], rows: [{ name: 'New unit', kind: 'segment' }] },
  },
  {
    operation: 'updateUnit',
    document: 'mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id } }',
    variables: async (w) => {
      const unit = await aUnit(w.app.dataSource, w.org.id);
      return { input: { id: unit.id, expectedVersion: 1, name: 'Renamed', code: unit.code, kind: 'region' } };
    },
    allowed: [...PROGRAM_MANAGERS, 'otherManager'],
    effect: recordIs('unit', { name: 'Renamed', kind: 'region', version: 2 }),
  },
  {
    operation: 'archiveUnit',
    document: 'mutation($id: ID!) { archiveUnit(id: $id, expectedVersion: 1) { id } }',
    variables: async (w) => ({ id: (await aUnit(w.app.dataSource, w.org.id)).id }),
    allowed: [...PROGRAM_MANAGERS, 'otherManager'],
    effect: recordIs('unit', { archived: true }),
  },
  {
    operation: 'restoreUnit',
    document: 'mutation($id: ID!) { restoreUnit(id: $id, expectedVersion: 1) { id } }',
    variables: async (w) => ({ id: (await aUnit(w.app.dataSource, w.org.id, { archivedAt: new Date() })).id }),
    allowed: [...PROGRAM_MANAGERS, 'otherManager'],
    effect: recordIs('unit', { archived: false }),
  },
  {
    operation: 'createUser',
    document: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    variables: () => Promise.resolve({ input: { email: `${iso().toLowerCase()}@test.example`, name: 'New', role: 'executive', password: 'a long enough passphrase' } }),
    allowed: ['admin'],
    effect: { sql: 'SELECT name, role, active FROM app_user WHERE email = $1', params: (v) => [field(v, 'email')], rows: [{ name: 'New', role: 'executive', active: true }] },
  },
  {
    operation: 'updateUser',
    document: 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
    variables: async (w) => ({ input: { id: (await w.userOf('executive')).id, expectedVersion: 1, name: 'Renamed', role: 'executive' } }),
    allowed: ['admin'],
    effect: recordIs('app_user', { name: 'Renamed', role: 'executive', version: 2 }),
  },
  {
    operation: 'deactivateUser',
    document: 'mutation($id: ID!) { deactivateUser(id: $id, expectedVersion: 1) { id } }',
    variables: async (w) => ({ id: (await w.userOf('executive')).id }),
    allowed: ['admin'],
    effect: recordIs('app_user', { active: false }),
  },
  {
    operation: 'reactivateUser',
    document: 'mutation($id: ID!) { reactivateUser(id: $id, expectedVersion: 1) { id } }',
    variables: async (w) => ({ id: (await w.userOf('executive')).id }),
    allowed: ['admin'],
  },
  {
    operation: 'resetUserPassword',
    document: 'mutation($id: ID!) { resetUserPassword(id: $id, newPassword: "another long passphrase") }',
    variables: async (w) => ({ id: (await w.userOf('regional_partner')).id }),
    allowed: ['admin'],
  },
  // pilots
  { operation: 'pilot', document: 'query($id: ID!) { pilot(id: $id) { id evaluation { recommendation { decision } } } }', variables: async (w) => ({ id: (await w.pilot()).id }), allowed: EVERYONE },
  { operation: 'checkInsOwed', document: '{ checkInsOwed { unitId } }', variables: none, allowed: EVERYONE },
  { operation: 'gateReviews', document: '{ gateReviews { id } }', variables: none, allowed: EVERYONE },
  {
    operation: 'createPilot',
    scope: 'program owned by manager',
    document: 'mutation($input: CreatePilotInput!) { createPilot(input: $input) { id } }',
    variables: async (w) => ({ input: { programId: (await w.program()).id, name: 'Matrix pilot', hypothesis: 'It works.', unitIds: [w.country.id], startDate: '2026-01-05' } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT name, unit_ids::text[] AS unit_ids, status FROM pilot WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: (w) => [{ name: 'Matrix pilot', unit_ids: [w.country.id], status: 'planned' }] },
  },
  {
    operation: 'updatePilot',
    scope: 'program owned by manager',
    document: 'mutation($input: UpdatePilotInput!) { updatePilot(input: $input) { id } }',
    variables: async (w) => {
      const p = await w.pilot();
      return { input: { id: p.id, expectedVersion: 1, name: 'Renamed pilot', hypothesis: p.hypothesis, unitIds: p.unitIds, startDate: p.startDate } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('pilot', { name: 'Renamed pilot', version: 2 }),
  },
  {
    operation: 'changePilotStatus',
    scope: 'program owned by manager',
    document: 'mutation($input: ChangePilotStatusInput!) { changePilotStatus(input: $input) { id } }',
    variables: async (w) => {
      const p = await w.pilot();
      await aSuccessMetric(w.app.dataSource, p);
      return { input: { id: p.id, expectedVersion: 1, status: 'running' } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('pilot', { status: 'running', version: 2 }),
  },
  {
    operation: 'deletePilot',
    scope: 'program owned by manager',
    document: 'mutation($id: ID!) { deletePilot(id: $id, expectedVersion: 1) }',
    variables: async (w) => ({ id: (await w.pilot()).id }),
    allowed: PROGRAM_MANAGERS,
    effect: removed('pilot'),
  },
  {
    operation: 'addSuccessMetric',
    scope: 'program owned by manager',
    document: 'mutation($input: AddSuccessMetricInput!) { addSuccessMetric(input: $input) { id } }',
    variables: async (w) => ({ input: { pilotId: (await w.pilot()).id, catalogKey: 'win_rate', baseline: 20, target: 30 } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT catalog_key, baseline, target FROM success_metric WHERE pilot_id = $1', params: (v) => [field(v, 'pilotId')], rows: [{ catalog_key: 'win_rate', baseline: 20, target: 30 }] },
  },
  {
    operation: 'updateSuccessMetric',
    scope: 'program owned by manager',
    document: 'mutation($input: UpdateSuccessMetricInput!) { updateSuccessMetric(input: $input) { id } }',
    variables: async (w) => ({ input: { id: (await aSuccessMetric(w.app.dataSource, await w.pilot())).id, expectedVersion: 1, catalogKey: 'lead_response_time', baseline: 20, target: 6 } }),
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('success_metric', { baseline: 20, target: 6, version: 2 }),
  },
  {
    operation: 'removeSuccessMetric',
    scope: 'program owned by manager',
    document: 'mutation($id: ID!) { removeSuccessMetric(id: $id) }',
    variables: async (w) => ({ id: (await aSuccessMetric(w.app.dataSource, await w.pilot())).id }),
    allowed: PROGRAM_MANAGERS,
    effect: removed('success_metric'),
  },
  {
    operation: 'submitCheckIn',
    scope: 'unit inside the partner’s region',
    document: 'mutation($input: SubmitCheckInInput!) { submitCheckIn(input: $input) { id } }',
    variables: async (w) => ({ input: { pilotId: (await w.pilot({ status: 'running' })).id, unitId: w.country.id, weekStart: '2026-01-12', status: 'green', confidence: 4 } }),
    allowed: [...PROGRAM_MANAGERS, 'partner'],
    effect: { sql: 'SELECT status, confidence FROM check_in WHERE pilot_id = $1 AND unit_id = $2', params: (v) => [field(v, 'pilotId'), field(v, 'unitId')], rows: [{ status: 'green', confidence: 4 }] },
  },
  {
    operation: 'submitCheckIn',
    scope: 'unit outside the partner’s region',
    document: 'mutation($input: SubmitCheckInInput!) { submitCheckIn(input: $input) { id } }',
    variables: async (w) => ({ input: { pilotId: (await w.pilot({ status: 'running' })).id, unitId: w.elsewhere.id, weekStart: '2026-01-12', status: 'green', confidence: 4 } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT status, confidence FROM check_in WHERE pilot_id = $1 AND unit_id = $2', params: (v) => [field(v, 'pilotId'), field(v, 'unitId')], rows: [{ status: 'green', confidence: 4 }] },
  },
  {
    operation: 'recordGateDecision',
    scope: 'program owned by manager',
    document: 'mutation($input: RecordGateDecisionInput!) { recordGateDecision(input: $input) { id } }',
    variables: async (w) => {
      const p = await w.pilot({ status: 'in_review' });
      await aCheckIn(w.app.dataSource, p, w.country.id, w.users.partner.id, { weekStart: '2026-01-12' });
      return { input: { pilotId: p.id, expectedVersion: 1, decision: 'extend', extendedEndDate: '2026-03-01' } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT decision FROM decision WHERE pilot_id = $1', params: (v) => [field(v, 'pilotId')], rows: [{ decision: 'extend' }] },
  },
  {
    operation: 'addLesson',
    scope: 'program owned by manager',
    document: 'mutation($input: AddLessonInput!) { addLesson(input: $input) { id } }',
    variables: async (w) => {
      const p = await w.pilot();
      const activity = await anActivity(w.app.dataSource, w.org.id, p.programId, 'Lead routing');
      return { input: { pilotId: p.id, activityId: activity.id, kind: 'worked', text: 'Fix the web forms first.' } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: {
      sql: 'SELECT a.name AS activity, l.kind, l.text FROM lesson l JOIN activity a ON a.id = l.activity_id WHERE l.pilot_id = $1',
      params: (v) => [field(v, 'pilotId')],
      rows: [{ activity: 'Lead routing', kind: 'worked', text: 'Fix the web forms first.' }],
    },
  },
  {
    operation: 'removeLesson',
    scope: 'program owned by manager',
    document: 'mutation($id: ID!) { removeLesson(id: $id) }',
    variables: async (w) => {
      const p = await w.pilot();
      const activity = await anActivity(w.app.dataSource, w.org.id, p.programId);
      const res = await w.app.dataSource.query<{ id: string }[]>(
        `INSERT INTO lesson (org_id, pilot_id, program_id, activity_id, kind, text, created_by_id) VALUES ($1, $2, $3, $4, 'worked', 'Fix the web forms first.', $5) RETURNING id`,
        [w.org.id, p.id, p.programId, activity.id, w.users.manager.id],
      );
      return { id: res[0]?.id };
    },
    allowed: PROGRAM_MANAGERS,
    effect: removed('lesson'),
  },
  // alignment: managers of the program (and admins) edit; everyone else reads
  {
    operation: 'startAlignment',
    scope: 'program owned by manager',
    document: 'mutation($id: ID!) { startAlignment(programId: $id) { programId } }',
    variables: async (w) => ({ id: (await w.program({ phase: 'align' })).id }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT count(*)::int AS n FROM design_principle WHERE program_id = $1', params: (v) => [v.id], rows: [{ n: 6 }] },
  },
  {
    operation: 'saveDesignPrinciple',
    scope: 'program owned by manager',
    document: 'mutation($input: SaveDesignPrincipleInput!) { saveDesignPrinciple(input: $input) { id } }',
    variables: async (w) => ({ input: { programId: (await w.program({ phase: 'align' })).id, name: 'Data residency' } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT name, position FROM design_principle WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ name: 'Data residency', position: 1 }] },
  },
  {
    operation: 'removeDesignPrinciple',
    scope: 'program owned by manager',
    document: 'mutation($id: ID!) { removeDesignPrinciple(id: $id) }',
    variables: async (w) => ({ id: (await aPrinciple(w)).principleId }),
    allowed: PROGRAM_MANAGERS,
    effect: removed('design_principle'),
  },
  {
    operation: 'saveStakeholderWeights',
    scope: 'program owned by manager',
    document: 'mutation($input: SaveStakeholderWeightsInput!) { saveStakeholderWeights(input: $input) { id } }',
    variables: async (w) => {
      const { programId, principleId } = await aPrinciple(w);
      return { input: { programId, stakeholder: 'CFO', weights: [{ principleId, weight: 40 }] } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT stakeholder FROM stakeholder_weights WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ stakeholder: 'CFO' }] },
  },
  {
    operation: 'removeStakeholderWeights',
    scope: 'program owned by manager',
    document: 'mutation($id: ID!) { removeStakeholderWeights(id: $id) }',
    variables: async (w) => {
      const { programId } = await aPrinciple(w);
      const res = await w.app.dataSource.query<{ id: string }[]>(`INSERT INTO stakeholder_weights (org_id, program_id, stakeholder) VALUES ($1, $2, 'CFO') RETURNING id`, [w.org.id, programId]);
      return { id: res[0]?.id };
    },
    allowed: PROGRAM_MANAGERS,
    effect: removed('stakeholder_weights'),
  },
  {
    operation: 'scoreOperatingModel',
    scope: 'program owned by manager',
    document: 'mutation($input: ScoreOperatingModelInput!) { scoreOperatingModel(input: $input) { id } }',
    variables: async (w) => ({ input: { ...(await aPrinciple(w)), model: 'pod', score: 4, note: 'Close to the field.' } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT model, score, note FROM model_score WHERE principle_id = $1', params: (v) => [field(v, 'principleId')], rows: [{ model: 'pod', score: 4, note: 'Close to the field.' }] },
  },
  {
    operation: 'saveCompanyProfile',
    scope: 'program owned by manager',
    document: 'mutation($input: SaveCompanyProfileInput!) { saveCompanyProfile(input: $input) { version } }',
    variables: async (w) => ({
      input: { programId: (await w.program({ phase: 'align' })).id, arrUsd: 40_000_000, gtmHeadcount: 120, regions: 3, gtmMotions: 2, complexity: 'complex', holdingCompany: false },
    }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT gtm_headcount FROM company_profile WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ gtm_headcount: 120 }] },
  },
  {
    operation: 'chooseOperatingModel',
    scope: 'program owned by manager',
    document: 'mutation($input: ChooseOperatingModelInput!) { chooseOperatingModel(input: $input) { id } }',
    variables: async (w) => ({ input: { programId: (await w.program({ phase: 'align', targetModel: 'undecided' })).id, model: 'pod', rationale: 'Segments need their own pods.', expectedVersion: 1 } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT target_model FROM program WHERE id = $1', params: (v) => [field(v, 'programId')], rows: [{ target_model: 'pod' }] },
  },
  // measurements
  {
    operation: 'measurements',
    document: 'query($id: ID!) { measurements(metricId: $id) { id unit { id } enteredBy { id } } }',
    variables: async (w) => ({ id: (await aSuccessMetric(w.app.dataSource, await w.pilot())).id }),
    allowed: EVERYONE,
  },
  {
    operation: 'measurementImport',
    scope: 'program owned by manager',
    document: 'query($id: ID!) { measurementImport(id: $id) { id status } }',
    variables: async (w) => ({ id: await aMeasurementImport(w) }),
    allowed: PROGRAM_MANAGERS,
  },
  {
    operation: 'recordMeasurement',
    scope: 'unit inside the partner’s region',
    document: 'mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id } }',
    variables: async (w) => ({ input: { metricId: (await aSuccessMetric(w.app.dataSource, await w.pilot({ status: 'running' }))).id, unitId: w.country.id, date: '2026-01-12', value: 4 } }),
    allowed: [...PROGRAM_MANAGERS, 'partner'],
    effect: { sql: 'SELECT value, source FROM measurement WHERE metric_id = $1 AND unit_id = $2', params: (v) => [field(v, 'metricId'), field(v, 'unitId')], rows: [{ value: 4, source: 'manual' }] },
  },
  {
    operation: 'recordMeasurement',
    scope: 'unit outside the partner’s region',
    document: 'mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id } }',
    variables: async (w) => ({ input: { metricId: (await aSuccessMetric(w.app.dataSource, await w.pilot({ status: 'running' }))).id, unitId: w.elsewhere.id, date: '2026-01-12', value: 4 } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT value, source FROM measurement WHERE metric_id = $1 AND unit_id = $2', params: (v) => [field(v, 'metricId'), field(v, 'unitId')], rows: [{ value: 4, source: 'manual' }] },
  },
  {
    operation: 'previewMeasurementImport',
    scope: 'program owned by manager',
    document: 'mutation($input: PreviewMeasurementImportInput!) { previewMeasurementImport(input: $input) { validRows } }',
    variables: async (w) => ({ input: { importId: await aMeasurementImport(w) } }),
    allowed: PROGRAM_MANAGERS,
  },
  {
    operation: 'commitMeasurementImport',
    scope: 'program owned by manager',
    document: 'mutation($input: CommitMeasurementImportInput!) { commitMeasurementImport(input: $input) { id status } }',
    // The file's value is already there, so the background commit changes nothing (and audits nothing).
    variables: async (w) => ({ input: { importId: await aMeasurementImport(w, true), mapping: { metric: 'metric', unit: 'unit', date: 'date', value: 'value' }, onlyValidRows: false } }),
    allowed: PROGRAM_MANAGERS,
  },
  {
    operation: 'createProgramTool',
    scope: 'owned by manager',
    document: 'mutation($input: CreateProgramToolInput!) { createProgramTool(input: $input) { id } }',
    variables: async (w) => ({ input: { programId: (await w.program()).id, name: 'Looker', category: 'analytics_bi', annualCost: 90000 } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT name, annual_cost FROM program_tool WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ name: 'Looker', annual_cost: 90000 }] },
  },
  {
    operation: 'updateProgramTool',
    scope: 'owned by manager',
    document: 'mutation($input: UpdateProgramToolInput!) { updateProgramTool(input: $input) { id } }',
    variables: async (w) => ({ input: { id: (await aTool(w.app.dataSource, w.org.id, (await w.program()).id)).id, expectedVersion: 1, annualCost: 12345 } }),
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('program_tool', { annual_cost: 12345, version: 2 }),
  },
  {
    operation: 'deleteProgramTool',
    scope: 'owned by manager',
    document: 'mutation($id: ID!) { deleteProgramTool(id: $id) }',
    variables: async (w) => ({ id: (await aTool(w.app.dataSource, w.org.id, (await w.program()).id)).id }),
    allowed: PROGRAM_MANAGERS,
    effect: removed('program_tool'),
  },
  {
    operation: 'setAssessmentBaseline',
    scope: 'unit inside the partner’s region',
    document: 'mutation($input: SetAssessmentBaselineInput!) { setAssessmentBaseline(input: $input) { id } }',
    variables: async (w) => {
      const programUnit = await w.programUnit(w.country.id);
      return { input: { programId: programUnit.programId, unitId: w.country.id, catalogKey: 'win_rate', value: 21.5, measuredOn: '2026-11-30', source: 'CRM report' } };
    },
    allowed: [...PROGRAM_MANAGERS, 'partner'],
    effect: { sql: 'SELECT value, data_source FROM assessment_baseline WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ value: 21.5, data_source: 'CRM report' }] },
  },
  {
    operation: 'setAssessmentBaseline',
    scope: 'program-wide',
    document: 'mutation($input: SetAssessmentBaselineInput!) { setAssessmentBaseline(input: $input) { id } }',
    variables: async (w) => ({ input: { programId: (await w.program()).id, catalogKey: 'crm_data_completeness', value: 71, measuredOn: '2026-11-30', source: 'CRM audit' } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT value, unit_id FROM assessment_baseline WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ value: 71, unit_id: null }] },
  },
  {
    operation: 'deleteAssessmentBaseline',
    scope: 'unit inside the partner’s region',
    document: 'mutation($id: ID!) { deleteAssessmentBaseline(id: $id) }',
    variables: async (w) => {
      const programUnit = await w.programUnit(w.country.id);
      return { id: (await aBaseline(w.app.dataSource, w.org.id, programUnit.programId, { unitId: w.country.id })).id };
    },
    allowed: [...PROGRAM_MANAGERS, 'partner'],
    effect: removed('assessment_baseline'),
  },
  {
    operation: 'deleteAssessmentBaseline',
    scope: 'program-wide',
    document: 'mutation($id: ID!) { deleteAssessmentBaseline(id: $id) }',
    variables: async (w) => ({ id: (await aBaseline(w.app.dataSource, w.org.id, (await w.program()).id)).id }),
    allowed: PROGRAM_MANAGERS,
    effect: removed('assessment_baseline'),
  },
  {
    operation: 'setUnitStaffing',
    scope: 'unit inside the partner’s region',
    document: 'mutation($input: SetUnitStaffingInput!) { setUnitStaffing(input: $input) { id } }',
    variables: async (w) => {
      const programUnit = await w.programUnit(w.country.id);
      return { input: { programId: programUnit.programId, unitId: w.country.id, revopsPeople: 1, sellers: 30 } };
    },
    allowed: [...PROGRAM_MANAGERS, 'partner'],
    effect: { sql: 'SELECT revops_people, sellers FROM unit_staffing WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ revops_people: 1, sellers: 30 }] },
  },
  {
    operation: 'setUnitStaffing',
    scope: 'unit outside the partner’s region',
    document: 'mutation($input: SetUnitStaffingInput!) { setUnitStaffing(input: $input) { id } }',
    variables: async (w) => {
      const programUnit = await w.programUnit(w.elsewhere.id);
      return { input: { programId: programUnit.programId, unitId: w.elsewhere.id, revopsPeople: 1, sellers: 30 } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT revops_people, sellers FROM unit_staffing WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ revops_people: 1, sellers: 30 }] },
  },
];
const UUID_ANYWHERE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

interface RestCall {
  path: string;
  /** Completes an upload; absent for a download (GET). */
  send?: (request: Test) => Test;
  /** What an allowed call returned or did. */
  verify: (res: SuperResponse, caller: Caller) => Promise<void> | void;
}
interface RestCase {
  route: string;
  allowed: Caller[];
  /** What an allowed call answers; 200 by default. */
  status?: number;
  prepare: (w: World) => Promise<RestCall>;
}

/** A fresh running pilot of the manager with one stored value, in the partner's country. */
async function aMeasuredPilot(w: World) {
  const pilot = await w.pilot({ status: 'running' });
  const metric = await aSuccessMetric(w.app.dataSource, pilot);
  await w.app.dataSource.query(
    `INSERT INTO measurement (org_id, metric_id, pilot_id, program_id, unit_id, date, value, source, entered_by_id) VALUES ($1, $2, $3, $4, $5, '2026-01-12', 4, 'manual', $6)`,
    [w.org.id, metric.id, pilot.id, pilot.programId, w.country.id, w.users.manager.id],
  );
  return pilot;
}

/** A grid with the central team's cell and cells of the partner's country and of a unit elsewhere. */
async function aFilledGrid(w: World): Promise<string> {
  const { programId, activityId } = await assessed(w, w.country.id);
  await aProgramUnit(w.app.dataSource, w.org.id, programId, w.elsewhere.id);
  for (const unitId of [null, w.country.id, w.elsewhere.id]) {
    await w.app.dataSource.query(`INSERT INTO assessment_cell (org_id, program_id, activity_id, unit_id, performer, maturity) VALUES ($1, $2, $3, $4, 'both', 3)`, [
      w.org.id,
      programId,
      activityId,
      unitId,
    ]);
  }
  return programId;
}
/** The grid's rows a caller sees: the partner their country's only. */
const gridRowsFor = (w: World, caller: Caller) => (caller === 'partner' ? [w.country.name] : ['Central team', w.country.name, w.elsewhere.name]);

const REST_CASES: RestCase[] = [
  {
    route: 'POST measurement-imports',
    allowed: PROGRAM_MANAGERS,
    status: 201,
    prepare: async (w) => {
      const pilot = await aMeasuredPilot(w);
      return {
        path: `/api/pilots/${pilot.id}/measurement-imports`,
        send: (request) =>
          request
            .set('x-file-name', 'values.csv')
            .set('content-type', 'application/octet-stream')
            .send(Buffer.from(`metric,unit,date,value\nLead response time,${w.country.code},2026-01-19,5\n`)),
        verify: async (res) => {
          // One stored file for this pilot, by this caller, waiting for its preview.
          const stored = await w.app.dataSource.query<unknown[]>(`SELECT id, file_name, status, rows_total FROM measurement_import WHERE pilot_id = $1`, [pilot.id]);
          expect(stored).toEqual([{ id: (res.body as { importId: string }).importId, file_name: 'values.csv', status: 'uploaded', rows_total: 1 }]);
        },
      };
    },
  },
  {
    route: 'GET measurements.csv',
    allowed: EVERYONE,
    prepare: async (w) => {
      const pilot = await aMeasuredPilot(w);
      return {
        path: `/api/pilots/${pilot.id}/measurements.csv`,
        verify: (res) => {
          expect((res.body as Buffer).toString('utf8')).toContain(`,${w.country.code},2026-01-12,4,manual,`);
        },
      };
    },
  },
  {
    route: 'GET measurements.xlsx',
    allowed: EVERYONE,
    prepare: async (w) => {
      const pilot = await aMeasuredPilot(w);
      return {
        path: `/api/pilots/${pilot.id}/measurements.xlsx`,
        verify: async (res) => expect((await firstSheet(res.body))?.getRow(2).getCell(MEASUREMENT_CSV_COLUMNS.indexOf('value') + 1).value).toBe(4),
      };
    },
  },
  {
    route: 'GET assessment-grid.csv',
    allowed: EVERYONE,
    prepare: async (w) => {
      const programId = await aFilledGrid(w);
      return {
        path: `/api/programs/${programId}/assessment-grid.csv`,
        verify: (res, caller) => {
          const lines = (res.body as Buffer).toString('utf8').trim().split('\r\n').slice(1);
          expect(lines.map((line) => line.split(',')[2])).toEqual(gridRowsFor(w, caller));
        },
      };
    },
  },
  {
    route: 'GET assessment-grid.xlsx',
    allowed: EVERYONE,
    prepare: async (w) => {
      const programId = await aFilledGrid(w);
      return {
        path: `/api/programs/${programId}/assessment-grid.xlsx`,
        verify: async (res, caller) => {
          const units: unknown[] = [];
          (await firstSheet(res.body))?.eachRow((row, number) => number > 1 && units.push(row.getCell(3).value));
          expect(units).toEqual(gridRowsFor(w, caller));
        },
      };
    },
  },
  ...(['preview', 'commit'] as const).map(
    (step): RestCase => ({
      route: `POST assessment-grid-imports/${step}`,
      // Partners may send a file; its rows for units outside their region are refused one by one (assessment-files.test.ts).
      allowed: [...PROGRAM_MANAGERS, 'partner'],
      prepare: async (w) => {
        const { programId } = await assessed(w, w.country.id);
        return {
          path: `/api/programs/${programId}/assessment-grid-imports/${step}`,
          send: (request) =>
            request
              .set('x-file-name', 'grid.csv')
              .set('content-type', 'application/octet-stream')
              .send(Buffer.from(`Activity,Unit,Who does it,Maturity\nDashboards,${w.country.name},Both,3\n`)),
          verify: async (res) => {
            const cells = await w.app.dataSource.query<unknown[]>(`SELECT performer, maturity FROM assessment_cell WHERE program_id = $1`, [programId]);
            if (step === 'preview') expect([res.body, cells]).toMatchObject([{ rowsNew: 1, invalidRows: 0 }, []]);
            else expect([res.body, cells]).toEqual([{ written: 1, unchanged: 0 }, [{ performer: 'both', maturity: 3 }]]);
          },
        };
      },
    }),
  ),
  ...(['preview', 'commit'] as const).map(
    (step): RestCase => ({
      route: `POST tool-inventory-imports/${step}`,
      allowed: PROGRAM_MANAGERS,
      prepare: async (w) => {
        const { programId } = await assessed(w, w.country.id);
        return {
          path: `/api/programs/${programId}/tool-inventory-imports/${step}`,
          send: (request) =>
            request
              .set('x-file-name', 'tools.csv')
              .set('content-type', 'application/octet-stream')
              .send(Buffer.from(`Tool,Category,Units,Annual cost (USD)\nMatrix CRM,CRM,${w.country.name},50000\n`)),
          verify: async (res) => {
            const tools = await w.app.dataSource.query<unknown[]>(`SELECT name, annual_cost FROM program_tool WHERE program_id = $1`, [programId]);
            if (step === 'preview') expect([res.body, tools]).toMatchObject([{ rowsNew: 1, invalidRows: 0 }, []]);
            else expect([res.body, tools]).toEqual([{ written: 1, unchanged: 0 }, [{ name: 'Matrix CRM', annual_cost: 50000 }]]);
          },
        };
      },
    }),
  ),
  {
    route: 'GET audit-log.csv',
    allowed: ['admin'],
    prepare: async () => ({
      path: '/api/audit-log.csv',
      verify: (res) => expect((res.body as Buffer).toString('utf8').split('\r\n')[0]).toBe('time,user,change,record_type,record,program'),
    }),
  },
  ...(['csv', 'xlsx'] as const).map(
    (format): RestCase => ({
      route: `GET tool-inventory.${format}`,
      allowed: ['admin', 'manager', 'otherManager', 'executive'],
      prepare: async (w) => {
        const program = await w.program();
        await aTool(w.app.dataSource, w.org.id, program.id, { name: 'Matrix CRM', category: 'crm', usingUnitIds: [w.country.id] });
        return {
          path: `/api/programs/${program.id}/tool-inventory.${format}`,
          verify: async (res) => {
            if (format === 'csv') expect((res.body as Buffer).toString('utf8')).toContain(`Matrix CRM,CRM,${w.country.name},50000`);
            else expect((await firstSheet(res.body))?.getRow(2).getCell(1).value).toBe('Matrix CRM');
          },
        };
      },
    }),
  ),
];

describe('access matrix', () => {
  let app: TestApp;
  let world: World;
  let schema: GraphQLSchema;
  let snapshot: () => Promise<Snapshot>;
  beforeAll(async () => {
    app = await createTestApp();
    world = await buildWorld(app);
    schema = app.app.get(GraphQLSchemaHost).schema;
    snapshot = await settledSnapshotter(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('has a case for every query and mutation in the schema', () => {
    const schema = app.app.get(GraphQLSchemaHost).schema;
    const operations = [...Object.keys(schema.getQueryType()?.getFields() ?? {}), ...Object.keys(schema.getMutationType()?.getFields() ?? {})];
    const covered = new Set(CASES.map((c) => c.operation));
    expect(operations.filter((name) => !covered.has(name))).toEqual([]);
  });

  for (const testCase of CASES) {
    it(`${testCase.operation}${testCase.scope ? ` (${testCase.scope})` : ''}: allowed for ${testCase.allowed.join(', ')} only`, async () => {
      for (const caller of CALLERS) {
        let agent = world.agents[caller];
        if (testCase.freshSession && caller !== 'anonymous') {
          const role = caller === 'otherManager' || caller === 'manager' ? 'program_manager' : caller === 'partner' ? 'regional_partner' : caller;
          agent = await signedIn(app, await aUser(app.dataSource, world.org.id, role, role === 'regional_partner' ? [world.region.id] : []));
        } else if (testCase.freshSession) {
          agent = app.agent();
        }
        const variables = await testCase.variables(world, caller);
        const before = await snapshot();
        // The admin names every record by its id in upper case: the same record, spelled differently.
        const res = await gql(agent, testCase.document, caller === 'admin' ? upperCaseIds(variables) : variables);
        const outcome = `${caller}: ${JSON.stringify(res.errors?.[0]?.extensions.code ?? 'ok')}`;
        if (testCase.allowed.includes(caller)) {
          expect(outcome).toBe(`${caller}: "ok"`);
          if (testCase.effect) {
            const { sql, params, rows } = testCase.effect;
            expect(await app.dataSource.query(sql, params(variables)), `${caller}: what ${testCase.operation} did`).toEqual(typeof rows === 'function' ? rows(world) : rows);
          }
        } else {
          const denied = caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
          expect(outcome).toBe(`${caller}: "${denied}"`);
          // Permission comes before validation: invalid values do not change the answer or reveal the rules.
          const invalid = await gql(agent, testCase.document, invalidValues(schema, testCase.document, variables));
          expect(`${caller} with invalid values: ${JSON.stringify(invalid.errors?.[0]?.extensions.code ?? 'ok')}`).toBe(`${caller} with invalid values: "${denied}"`);
          expect(changedTables(before, await snapshot()), `${caller}: tables written by a refused ${testCase.operation}`).toEqual([]);
        }
      }
    });
  }

  it('has a case for every file route', () => {
    // Express lists the routes Nest mounted; a case names one by method and the path after its record's id.
    const router = (app.app.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } }).router;
    const routes = router.stack
      .flatMap((layer) => (layer.route && layer.route.path.startsWith('/api/') ? Object.keys(layer.route.methods).map((method) => `${method.toUpperCase()} ${layer.route?.path ?? ''}`) : []))
      .map((route) => route.replace(/\/api\/(?:\w+\/:\w+\/)?/, ' ').replace(/\s+/, ' '));
    const covered = new Set(REST_CASES.map((restCase) => restCase.route.replace(/\/(preview|commit)$/, '/:step')));
    expect(routes.filter((route) => !covered.has(route))).toEqual([]);
  });

  // The file routes (GraphQL carries no files): each case sets up its record, calls the route as each
  // caller (the admin names the record by its id in upper case) and says what an allowed call returns.
  for (const restCase of REST_CASES) {
    it(`${restCase.route}: allowed for ${restCase.allowed.join(', ')} only`, async () => {
      for (const caller of CALLERS) {
        const { path, send, verify } = await restCase.prepare(world);
        const before = await snapshot();
        const url = caller === 'admin' ? path.replace(UUID_ANYWHERE, (id) => id.toUpperCase()) : path;
        const agent = world.agents[caller];
        const res = send ? await send(agent.post(url)) : await agent.get(url).buffer(true).parse(binary);
        if (restCase.allowed.includes(caller)) {
          expect(`${caller}: ${res.status}`).toBe(`${caller}: ${restCase.status ?? 200}`);
          await verify(res, caller);
          // A download writes nothing.
          if (!send) expect(changedTables(before, await snapshot())).toEqual([]);
        } else {
          const denied = caller === 'anonymous' ? 401 : 403;
          // Downloads collect their body as bytes: the error is JSON all the same.
          const body: unknown = Buffer.isBuffer(res.body) ? JSON.parse(res.body.toString('utf8')) : res.body;
          expect(`${caller}: ${res.status} ${(body as { code?: string }).code}`).toBe(`${caller}: ${denied} ${denied === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN'}`);
          expect(changedTables(before, await snapshot()), `${caller}: tables written by a refused ${restCase.route}`).toEqual([]);
        }
      }
    });
  }
});

/**
 * An uploaded one-row file for a fresh pilot of the manager's (measurements block). With
 * `valueExists`, the row's value is already stored, so committing it writes nothing.
 */
async function aMeasurementImport(w: World, valueExists = false): Promise<string> {
  const pilot = await w.pilot();
  const metric = await aSuccessMetric(w.app.dataSource, pilot);
  const csv = `metric,unit,date,value\nLead response time,${w.country.code},2026-01-12,4\n`;
  if (valueExists) {
    await w.app.dataSource.query(
      `INSERT INTO measurement (org_id, metric_id, pilot_id, program_id, unit_id, date, value, source, entered_by_id) VALUES ($1, $2, $3, $4, $5, '2026-01-12', 4, 'manual', $6)`,
      [w.org.id, metric.id, pilot.id, pilot.programId, w.country.id, w.users.manager.id],
    );
  }
  const rows = await w.app.dataSource.query<{ id: string }[]>(
    `INSERT INTO measurement_import (org_id, pilot_id, file_name, format, sha256, content, rows_total, created_by_id)
     VALUES ($1, $2, 'values.csv', 'csv', repeat('0', 64), $3, 1, $4) RETURNING id`,
    [w.org.id, pilot.id, Buffer.from(csv), w.users.manager.id],
  );
  return rows[0]?.id ?? '';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The variables with every id in upper case. */
function upperCaseIds(value: unknown): Vars {
  const spell = (item: unknown): unknown => {
    if (typeof item === 'string') return UUID.test(item) ? item.toUpperCase() : item;
    if (Array.isArray(item)) return item.map(spell);
    if (item !== null && typeof item === 'object') return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, spell(inner)]));
    return item;
  };
  return spell(value) as Vars;
}

/**
 * The variables with every text and number made invalid for any rule (`'x'`, `-1`) while still
 * of the right GraphQL type; ids, enums and booleans stay, so the call names the same records.
 */
function invalidValues(schema: GraphQLSchema, document: string, variables: Vars): Vars {
  const spoil = (type: GraphQLInputType, value: unknown): unknown => {
    const nullable = getNullableType(type);
    if (value === null || value === undefined) return value;
    if (isListType(nullable)) return Array.isArray(value) ? value.map((item) => spoil(nullable.ofType, item)) : value;
    if (isInputObjectType(nullable)) {
      const fields = nullable.getFields();
      return Object.fromEntries(Object.entries(value as Vars).map(([key, item]) => [key, fields[key] ? spoil(fields[key].type, item) : item]));
    }
    if (isScalarType(nullable) && nullable.name === 'String') return 'x';
    if (isScalarType(nullable) && (nullable.name === 'Int' || nullable.name === 'Float')) return -1;
    return value;
  };
  const operation = parse(document).definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const spoiled: Vars = { ...variables };
  for (const definition of operation?.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    const name = definition.variable.name.value;
    if (type && name in spoiled) spoiled[name] = spoil(type, spoiled[name]);
  }
  return spoiled;
}
