import type { Response as SuperResponse } from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import type Test from 'supertest/lib/test.js';
import { aProgram, aProgramUnit, aTeam, aUnit, aUser, signedIn } from '../factories/organization.factory.js';
import { aPilot } from '../factories/pilot.factory.js';
import type { TestApp } from '../support/test-app.js';

/**
 * What every case file of the access matrix shares: the callers, the world they act in (one
 * organisation with records in and out of each caller's scope), the shape of a GraphQL case and
 * of a file-route case, and helpers for saying what an allowed call did.
 */
export const CALLERS = ['anonymous', 'admin', 'manager', 'otherManager', 'partner', 'executive'] as const;
export type Caller = (typeof CALLERS)[number];
const SIGNED_IN: Caller[] = ['admin', 'manager', 'otherManager', 'partner', 'executive'];

export type World = Awaited<ReturnType<typeof buildWorld>>;
export interface Case {
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

export type Vars = Record<string, unknown>;
export interface Effect {
  sql: string;
  params: (variables: Vars) => unknown[];
  rows: Record<string, unknown>[] | ((world: World) => Record<string, unknown>[]);
}
/** A field of the call's `input` variable. */
export const field = (variables: Vars, name: string): unknown => (variables.input as Vars)[name];
/** The record named by `id` (an argument, or a field of `input`) has these values. */
export const recordIs = (table: string, values: Record<string, unknown>): Effect => ({
  sql: `SELECT ${Object.keys(values).map((column) => (column === 'archived' ? 'archived_at IS NOT NULL AS archived' : column)).join(', ')} FROM ${table} WHERE id = $1`,
  params: (v) => [v.id ?? field(v, 'id')],
  rows: [values],
});
/** The record named by `id` is gone. */
export const removed = (table: string): Effect => ({ sql: `SELECT id FROM ${table} WHERE id = $1`, params: (v) => [v.id], rows: [] });

export const none = () => Promise.resolve({});
export const iso = () => `U${Math.random().toString(36).slice(2, 10).toUpperCase()}`;

export async function buildWorld(app: TestApp) {
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
export async function assessed(w: World, unitId: string | null = null): Promise<{ programId: string; capabilityId: string; activityId: string }> {
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

export const PROGRAM_MANAGERS: Caller[] = ['admin', 'manager'];
export const EVERYONE: Caller[] = SIGNED_IN;

export interface RestCall {
  path: string;
  /** Completes an upload; absent for a download (GET). */
  send?: (request: Test) => Test;
  /** What an allowed call returned or did. */
  verify: (res: SuperResponse, caller: Caller) => Promise<void> | void;
}
export interface RestCase {
  route: string;
  allowed: Caller[];
  /** What an allowed call answers; 200 by default. */
  status?: number;
  prepare: (w: World) => Promise<RestCall>;
}
