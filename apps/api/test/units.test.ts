import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnitEntity } from '../src/modules/units/unit.entity.js';
import { aTeam, aUnit } from './factories/organization.factory.js';
import { createTestApp, errorCode, gql, type TestApp } from './support/test-app.js';

type Unit = { id: string; name: string; code: string; parentId: string | null; version: number; archived: boolean };
const UNIT_FIELDS = 'id name code parentId version archived';
const CREATE = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { ${UNIT_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { ${UNIT_FIELDS} } }`;

describe('units', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('builds a tree: a program manager adds a country under a region, everyone reads it', async () => {
    const res = await gql<{ createUnit: Unit }>(team.agents.manager, CREATE, { input: { name: 'Germany', code: 'DE-TEST', kind: 'country', parentId: team.region.id } });
    expect(res.data?.createUnit).toMatchObject({ name: 'Germany', parentId: team.region.id, version: 1 });
    const listed = await gql<{ units: Unit[] }>(team.agents.partner, '{ units(search: "de-test") { id parentId } }');
    expect(listed.data?.units).toEqual([{ id: res.data?.createUnit.id, parentId: team.region.id }]);
  });

  it('refuses a parent that would make a cycle, and a duplicate code', async () => {
    const parent = await aUnit(app.dataSource, team.org.id);
    const child = await aUnit(app.dataSource, team.org.id, { parentId: parent.id, kind: 'country' });
    const cycle = await gql(team.agents.manager, UPDATE, {
      input: { id: parent.id, expectedVersion: 1, name: parent.name, code: parent.code, kind: 'region', parentId: child.id },
    });
    expect(cycle.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'parentId' }] });
    const duplicate = await gql(team.agents.manager, CREATE, { input: { name: 'Copy', code: parent.code, kind: 'region' } });
    expect(errorCode(duplicate)).toBe('CONFLICT');
  });

  it('archives a unit only once its sub-units are archived', async () => {
    const parent = await aUnit(app.dataSource, team.org.id);
    const child = await aUnit(app.dataSource, team.org.id, { parentId: parent.id });
    const archive = (id: string) => gql(team.agents.admin, 'mutation($id: ID!) { archiveUnit(id: $id, expectedVersion: 1) { archived } }', { id });
    expect(errorCode(await archive(parent.id))).toBe('BAD_USER_INPUT');
    expect((await archive(child.id)).data).toEqual({ archiveUnit: { archived: true } });
    expect((await archive(parent.id)).data).toEqual({ archiveUnit: { archived: true } });
  });

  it('lets executives and regional partners read units but not change them', async () => {
    const unit = await aUnit(app.dataSource, team.org.id);
    for (const agent of [team.agents.executive, team.agents.partner]) {
      expect(errorCode(await gql(agent, CREATE, { input: { name: 'X', code: 'XX-1', kind: 'segment' } }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(agent, UPDATE, { input: { id: unit.id, expectedVersion: 1, name: 'Renamed', code: unit.code, kind: 'region' } }))).toBe('FORBIDDEN');
    }
    expect(await app.dataSource.getRepository(UnitEntity).findOneByOrFail({ id: unit.id })).toMatchObject({ name: unit.name, version: 1 });
  });
});
