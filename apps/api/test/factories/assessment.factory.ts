import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ActivityEntity } from '../../src/modules/assessments/activity.entity.js';
import { CapabilityEntity } from '../../src/modules/assessments/capability.entity.js';
import { gql, type TestApp } from '../support/test-app.js';
import { aUnit, type aTeam } from './organization.factory.js';

/**
 * For tests about phase moves, not about the assessment: lets the program leave Assess with an
 * empty assessment (threshold 0 %), without changing its version. It is test set-up, not a change
 * anyone made, so it skips the audit trigger (replica mode) and leaves the program's history as
 * those tests expect it. The gate has its own tests.
 */
export async function withoutAssessmentGate(dataSource: DataSource, programId: string): Promise<void> {
  await dataSource.transaction(async (em) => {
    await em.query(`SET LOCAL session_replication_role = replica`);
    await em.query(`UPDATE program SET assessment_threshold = 0 WHERE id = $1`, [programId]);
  });
}

/** A catalog activity of the program, under a capability of its own, for pilots and lessons to be tagged with. */
export async function anActivity(dataSource: DataSource, orgId: string, programId: string, name = `Activity ${randomUUID().slice(0, 6)}`): Promise<ActivityEntity> {
  const capability = await dataSource.getRepository(CapabilityEntity).save({ orgId, programId, name: `Capability ${randomUUID().slice(0, 6)}`, position: 0 });
  return dataSource.getRepository(ActivityEntity).save({ orgId, programId, capabilityId: capability.id, name, position: 0 });
}

const CREATE = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id } }`;
const ADD_UNITS = `mutation($input: AddProgramUnitsInput!) { addProgramUnits(input: $input) { id } }`;
const CATALOG = `query($id: ID!) { program(id: $id) { assessment { capabilities { activities { id name } } } } }`;

/**
 * A new program of the team's manager, made through the API so it has the default catalog, with the
 * partner's region and another unit in its rollout; `activityId` finds a catalog activity by name.
 */
export async function aProgramWithUnits(app: TestApp, team: Awaited<ReturnType<typeof aTeam>>) {
  const name = `Assessed ${Math.random().toString(36).slice(2, 7)}`;
  const created = await gql<{ createProgram: { id: string } }>(team.agents.manager, CREATE, {
    input: { name, targetModel: 'hybrid', sponsor: 'CRO', ownerId: team.users.manager.id, startDate: '2026-01-01', targetDate: '2026-12-31' },
  });
  const programId = created.data?.createProgram.id ?? '';
  const other = await aUnit(app.dataSource, team.org.id, { name: `Other ${Math.random().toString(36).slice(2, 6)}` });
  await gql(team.agents.manager, ADD_UNITS, { input: { programId, unitIds: [team.region.id, other.id] } });
  const catalog = await gql<{ program: { assessment: { capabilities: { activities: { id: string; name: string }[] }[] } } }>(team.agents.manager, CATALOG, { id: programId });
  const activities = catalog.data?.program.assessment.capabilities.flatMap((capability) => capability.activities) ?? [];
  const activityId = (activityName: string) => activities.find((activity) => activity.name === activityName)?.id ?? '';
  return { programId, name, other, activityId };
}
