import { randomUUID } from 'node:crypto';
import type { Role } from '@rollout/domain';
import type { DataSource } from 'typeorm';
import type TestAgent from 'supertest/lib/agent.js';
import { hashPassword } from '../../src/modules/auth/passwords.js';
import { ProgramUnitEntity } from '../../src/modules/programs/program-unit.entity.js';
import { ProgramEntity } from '../../src/modules/programs/program.entity.js';
import { UnitEntity } from '../../src/modules/units/unit.entity.js';
import { OrganizationEntity } from '../../src/modules/users/organization.entity.js';
import { UserUnitEntity } from '../../src/modules/users/user-unit.entity.js';
import { UserEntity } from '../../src/modules/users/user.entity.js';
import { gql, type TestApp } from '../support/test-app.js';

export const TEST_PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;

export async function anOrganization(dataSource: DataSource): Promise<OrganizationEntity> {
  return dataSource.getRepository(OrganizationEntity).save({ name: `Org ${randomUUID().slice(0, 8)}` });
}

/** A user with a unique email; regional partners get `unitIds`. */
export async function aUser(dataSource: DataSource, orgId: string, role: Role, unitIds: string[] = [], overrides: Partial<UserEntity> = {}): Promise<UserEntity> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const user = await dataSource.getRepository(UserEntity).save({
    orgId,
    role,
    email: `${role}.${randomUUID().slice(0, 8)}@test.example`,
    name: `${role} ${randomUUID().slice(0, 4)}`,
    passwordHash: await passwordHash,
    ...overrides,
  });
  for (const unitId of unitIds) await dataSource.getRepository(UserUnitEntity).insert({ orgId, userId: user.id, unitId });
  return user;
}

export async function aUnit(dataSource: DataSource, orgId: string, overrides: Partial<UnitEntity> = {}): Promise<UnitEntity> {
  return dataSource.getRepository(UnitEntity).save({
    orgId,
    name: `Unit ${randomUUID().slice(0, 6)}`,
    code: `U-${randomUUID().slice(0, 8).toUpperCase()}`,
    kind: 'region',
    parentId: null,
    ...overrides,
  });
}

/** Signs the user in on a fresh agent and returns it. */
export async function signedIn(app: TestApp, user: UserEntity): Promise<TestAgent> {
  const agent = app.agent();
  const res = await gql(agent, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e: user.email, p: TEST_PASSWORD });
  if (res.errors) throw new Error(`sign-in failed: ${res.errors[0]?.message}`);
  return agent;
}

/** One organization with a user of every role, each signed in. */
export async function aTeam(app: TestApp) {
  const org = await anOrganization(app.dataSource);
  const region = await aUnit(app.dataSource, org.id);
  const users = {
    admin: await aUser(app.dataSource, org.id, 'admin'),
    manager: await aUser(app.dataSource, org.id, 'program_manager'),
    partner: await aUser(app.dataSource, org.id, 'regional_partner', [region.id]),
    executive: await aUser(app.dataSource, org.id, 'executive'),
  };
  const agents = {
    admin: await signedIn(app, users.admin),
    manager: await signedIn(app, users.manager),
    partner: await signedIn(app, users.partner),
    executive: await signedIn(app, users.executive),
    anonymous: app.agent(),
  };
  return { org, region, users, agents };
}

/** A program owned by `ownerId`, written directly (fast setup for access tests). */
export async function aProgram(dataSource: DataSource, orgId: string, ownerId: string, overrides: Partial<ProgramEntity> = {}): Promise<ProgramEntity> {
  return dataSource.getRepository(ProgramEntity).save({
    orgId,
    ownerId,
    name: `Program ${randomUUID().slice(0, 6)}`,
    objective: '',
    targetModel: 'hybrid',
    sponsor: 'CRO',
    startDate: '2026-01-05',
    targetDate: '2026-12-18',
    phase: 'assess',
    status: 'on_track',
    ...overrides,
  });
}

/** A unit taking part in a program's rollout. */
export async function aProgramUnit(dataSource: DataSource, orgId: string, programId: string, unitId: string): Promise<ProgramUnitEntity> {
  return dataSource.getRepository(ProgramUnitEntity).save({ orgId, programId, unitId });
}
