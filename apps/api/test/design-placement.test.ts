import type TestAgent from 'supertest/lib/agent.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aProgramWithUnits } from './factories/assessment.factory.js';
import { aProgram, aTeam, aUser, signedIn } from './factories/organization.factory.js';
import { aPilot } from './factories/pilot.factory.js';
import { auditEventCount, createTestApp, errorCode, gql, type GraphQLResponse, type TestApp } from './support/test-app.js';

const DESIGN = `id viewerCanManageDesign
  capabilities { name activities { id name dimension placement { id placement version } } }
  placements { id activityId activityName placement reason dimension version }
  dimensions { key emphasis defaultEmphasis version }
  flags { activityId dimension sentence }
  unplacedActivities { id name }
  currentVsTarget { kind count items { activityName unitNames sentence } }`;
const READ = `query($id: ID!) { program(id: $id) { design { ${DESIGN} } } }`;
const SAVE = `mutation($input: SavePlacementInput!) { savePlacement(input: $input) { ${DESIGN} } }`;
const CLEAR = `mutation($input: ClearPlacementInput!) { clearPlacement(input: $input) { ${DESIGN} } }`;
const EMPHASIS = `mutation($input: SetDimensionEmphasisInput!) { setDimensionEmphasis(input: $input) { ${DESIGN} } }`;
const SET_CELL = `mutation($input: SetAssessmentCellInput!) { setAssessmentCell(input: $input) { id } }`;
const HISTORY = `query($id: ID!) { recordHistory(recordType: program, recordId: $id) { summary } }`;

interface Placement {
  id: string;
  activityId: string;
  activityName: string;
  placement: string;
  reason: string;
  dimension: string | null;
  version: number;
}
interface Design {
  id: string;
  viewerCanManageDesign: boolean;
  capabilities: { name: string; activities: { id: string; name: string; dimension: string | null; placement: { id: string; placement: string; version: number } | null }[] }[];
  placements: Placement[];
  dimensions: { key: string; emphasis: number; defaultEmphasis: number; version: number | null }[];
  flags: { activityId: string; dimension: string; sentence: string }[];
  unplacedActivities: { id: string; name: string }[];
  currentVsTarget: { kind: string; count: number; items: { activityName: string; unitNames: string[]; sentence: string }[] }[];
}

const data = <T>(res: GraphQLResponse<T>): T => {
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
};
const fieldErrors = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions.fieldErrors as { field: string; message: string }[] | undefined;

describe('design placements', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  const read = async (agent: TestAgent, id: string) => data(await gql<{ program: { design: Design } }>(agent, READ, { id })).program.design;
  const save = async (input: Record<string, unknown>, agent = team.agents.manager) => gql<{ savePlacement: Design }>(agent, SAVE, { input });
  const emphasis = async (input: Record<string, unknown>, agent = team.agents.manager) => gql<{ setDimensionEmphasis: Design }>(agent, EMPHASIS, { input });

  it('places activities by capability, with the activity’s name, its dimension and the rest left unplaced', async () => {
    const { programId, activityId } = await aProgramWithUnits(app, team);
    const before = await read(team.agents.manager, programId);
    expect(before.placements).toEqual([]);
    expect(before.unplacedActivities).toHaveLength(18);
    expect(before.viewerCanManageDesign).toBe(true);

    const design = data(await save({ programId, activityId: activityId('Lead routing'), placement: 'hub', reason: 'One routing engine for every region.' })).savePlacement;
    expect(design.id).toBe(programId);
    expect(design.placements).toEqual([
      { id: expect.any(String) as string, activityId: activityId('Lead routing'), activityName: 'Lead routing', placement: 'hub', reason: 'One routing engine for every region.', dimension: null, version: 1 },
    ]);
    const process = design.capabilities.find((capability) => capability.name === 'Process & planning');
    expect(process?.activities.find((activity) => activity.name === 'Lead routing')).toMatchObject({ dimension: 'process_standards', placement: { placement: 'hub', version: 1 } });
    expect(design.unplacedActivities.map((activity) => activity.name)).not.toContain('Lead routing');
    expect(design.unplacedActivities).toHaveLength(17);
    // The same read afterwards: the answer was the committed design.
    expect(await read(team.agents.manager, programId)).toEqual(design);
  });

  it('flags a placement against its dimension’s emphasis, and the flag goes when the emphasis changes', async () => {
    const { programId, activityId } = await aProgramWithUnits(app, team);
    // Training answers to proximity to field, which leans local by default.
    const placed = data(await save({ programId, activityId: activityId('Training'), placement: 'hub' })).savePlacement;
    expect(placed.flags).toEqual([{ activityId: activityId('Training'), dimension: 'field_proximity', sentence: 'Training is placed in the hub, but proximity to field leans local.' }]);
    expect(placed.dimensions.find((dimension) => dimension.key === 'field_proximity')).toEqual({ key: 'field_proximity', emphasis: -1, defaultEmphasis: -1, version: null });

    const central = data(await emphasis({ programId, dimension: 'field_proximity', emphasis: 1 })).setDimensionEmphasis;
    expect(central.flags).toEqual([]);
    expect(central.dimensions.find((dimension) => dimension.key === 'field_proximity')).toEqual({ key: 'field_proximity', emphasis: 1, defaultEmphasis: -1, version: 1 });

    // An override sends Dashboards to that dimension too: in the spokes it now goes against its lean.
    const overridden = data(await save({ programId, activityId: activityId('Dashboards'), placement: 'spoke', dimension: 'field_proximity' })).savePlacement;
    expect(overridden.flags.map((flag) => flag.sentence)).toEqual(['Dashboards is placed in the spokes, but proximity to field leans central.']);
    const local = data(await emphasis({ programId, dimension: 'field_proximity', emphasis: -2, expectedVersion: 1 })).setDimensionEmphasis;
    expect(local.flags.map((flag) => flag.sentence)).toEqual(['Training is placed in the hub, but proximity to field leans strongly local.']);
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const { programId, activityId } = await aProgramWithUnits(app, team);
    const routing = activityId('Lead routing');
    data(await save({ programId, activityId: routing, placement: 'hub' }));
    data(await save({ programId, activityId: routing, placement: 'shared', expectedVersion: 1 }));
    const audited = await auditEventCount(app, 'activity_placement');

    const stale = await save({ programId, activityId: routing, placement: 'spoke', expectedVersion: 1 });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions.currentVersion).toBe(2);
    // Changing a placement without naming the version seen is a conflict too: someone placed it meanwhile.
    expect(errorCode(await save({ programId, activityId: routing, placement: 'spoke' }))).toBe('CONFLICT');
    expect(errorCode(await gql(team.agents.manager, CLEAR, { input: { programId, activityId: routing, expectedVersion: 1 } }))).toBe('CONFLICT');

    data(await emphasis({ programId, dimension: 'innovation', emphasis: 1 }));
    data(await emphasis({ programId, dimension: 'innovation', emphasis: 2, expectedVersion: 1 }));
    const staleEmphasis = await emphasis({ programId, dimension: 'innovation', emphasis: -1, expectedVersion: 1 });
    expect(errorCode(staleEmphasis)).toBe('CONFLICT');
    expect(staleEmphasis.errors?.[0]?.extensions.currentVersion).toBe(2);

    const design = await read(team.agents.manager, programId);
    expect(design.placements.map(({ placement, version }) => ({ placement, version }))).toEqual([{ placement: 'shared', version: 2 }]);
    expect(design.dimensions.find((dimension) => dimension.key === 'innovation')).toMatchObject({ emphasis: 2, version: 2 });
    expect(await auditEventCount(app, 'activity_placement')).toBe(audited);
  });

  it('accepts an identical re-send and changes nothing; clearing twice clears once', async () => {
    const { programId, activityId } = await aProgramWithUnits(app, team);
    const input = { programId, activityId: activityId('Metric definitions'), placement: 'hub', reason: 'One definition of pipeline.' };
    const first = data(await save(input)).savePlacement;
    const written = await auditEventCount(app);
    // Again as first sent, and again with the version the answer carried.
    expect(data(await save(input)).savePlacement).toEqual(first);
    expect(data(await save({ ...input, reason: '  One definition of pipeline. ', expectedVersion: 1 })).savePlacement).toEqual(first);
    data(await emphasis({ programId, dimension: 'cost_efficiency', emphasis: 2 }));
    const afterEmphasis = await auditEventCount(app);
    expect(afterEmphasis).toBe(written + 1);
    data(await emphasis({ programId, dimension: 'cost_efficiency', emphasis: 2 }));
    expect(await auditEventCount(app)).toBe(afterEmphasis);

    const clear = { programId, activityId: input.activityId, expectedVersion: 1 };
    expect(data(await gql<{ clearPlacement: Design }>(team.agents.manager, CLEAR, { input: clear })).clearPlacement.placements).toEqual([]);
    const cleared = await auditEventCount(app);
    expect(data(await gql<{ clearPlacement: Design }>(team.agents.manager, CLEAR, { input: clear })).clearPlacement.unplacedActivities).toHaveLength(18);
    expect(await auditEventCount(app)).toBe(cleared);
  });

  it('lets partners and executives read the design but not change it; other managers neither; archived programs are read-only', async () => {
    const { programId, activityId } = await aProgramWithUnits(app, team);
    data(await save({ programId, activityId: activityId('Lead routing'), placement: 'hub' }));
    const otherManager = await signedIn(app, await aUser(app.dataSource, team.org.id, 'program_manager'));
    for (const agent of [team.agents.partner, team.agents.executive, otherManager]) {
      const design = await read(agent, programId);
      expect(design.placements.map((placement) => placement.activityName)).toEqual(['Lead routing']);
      expect(design.viewerCanManageDesign).toBe(false);
      const before = await auditEventCount(app);
      expect(errorCode(await save({ programId, activityId: activityId('Training'), placement: 'spoke' }, agent))).toBe('FORBIDDEN');
      expect(errorCode(await emphasis({ programId, dimension: 'innovation', emphasis: 2 }, agent))).toBe('FORBIDDEN');
      expect(errorCode(await gql(agent, CLEAR, { input: { programId, activityId: activityId('Lead routing'), expectedVersion: 1 } }))).toBe('FORBIDDEN');
      expect(await auditEventCount(app)).toBe(before);
    }
    expect((await read(team.agents.admin, programId)).viewerCanManageDesign).toBe(true);

    await app.dataSource.query(`UPDATE program SET archived_at = now() WHERE id = $1`, [programId]);
    expect((await read(team.agents.manager, programId)).viewerCanManageDesign).toBe(false);
    const archived = await save({ programId, activityId: activityId('Training'), placement: 'spoke' });
    expect(errorCode(archived)).toBe('BAD_USER_INPUT');
    expect(archived.errors?.[0]?.message).toBe('This program is archived; restore it to change it.');
  });

  it('says which field is wrong, in words', async () => {
    const { programId, activityId } = await aProgramWithUnits(app, team);
    const elsewhere = await aProgramWithUnits(app, team);
    const foreign = await save({ programId, activityId: elsewhere.activityId('Lead routing'), placement: 'hub' });
    expect(errorCode(foreign)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(foreign)).toEqual([{ field: 'activityId', message: 'Pick an activity of this program’s catalog.' }]);
    expect(fieldErrors(await save({ programId, activityId: activityId('Lead routing'), placement: 'hub', reason: 'Global\nrules' }))).toEqual([
      { field: 'reason', message: 'Keep the reason to one line.' },
    ]);
    expect(fieldErrors(await emphasis({ programId, dimension: 'innovation', emphasis: 3 }))).toEqual([
      { field: 'emphasis', message: 'Pick an emphasis from −2 (strongly local) to +2 (strongly central).' },
    ]);
    expect((await read(team.agents.manager, programId)).placements).toEqual([]);
  });

  it('compares the filled grid with the target: work moving, duplications removed, gaps filled and left open', async () => {
    const { programId, activityId, other } = await aProgramWithUnits(app, team);
    const [{ name: regionName } = { name: '' }] = await app.dataSource.query<{ name: string }[]>(`SELECT name FROM unit WHERE id = $1`, [team.region.id]);
    const cell = async (activity: string, unitId: string | null, performer: string) =>
      data(await gql(team.agents.manager, SET_CELL, { input: { programId, activityId: activityId(activity), unitId, performer } }));
    // Lead routing: both units route their own leads. Predictive models and Data enrichment: nobody.
    await cell('Lead routing', null, 'nobody');
    await cell('Lead routing', team.region.id, 'local');
    await cell('Lead routing', other.id, 'local');
    await cell('Training', null, 'central');
    await cell('Training', team.region.id, 'central');
    await cell('Training', other.id, 'central');
    for (const activity of ['Predictive models', 'Data enrichment']) {
      await cell(activity, null, 'nobody');
      await cell(activity, team.region.id, 'nobody');
      await cell(activity, other.id, 'nobody');
    }
    data(await save({ programId, activityId: activityId('Lead routing'), placement: 'hub' }));
    data(await save({ programId, activityId: activityId('Training'), placement: 'spoke' }));
    const design = data(await save({ programId, activityId: activityId('Predictive models'), placement: 'hub' })).savePlacement;

    const list = (kind: string) => design.currentVsTarget.find((entry) => entry.kind === kind);
    // Units in the grid's order: both joined the rollout at once, so by name.
    const [first, second] = [regionName, other.name].sort();
    expect(design.currentVsTarget.map((entry) => entry.kind)).toEqual(['localToCentral', 'centralToLocal', 'duplicationsRemoved', 'gapsFilled', 'gapsOpen', 'unplaced']);
    expect(list('localToCentral')).toEqual({
      kind: 'localToCentral',
      count: 1,
      items: [{ activityName: 'Lead routing', unitNames: [first, second], sentence: `Lead routing moves to the hub: ${first} and ${second} do it themselves today.` }],
    });
    expect(list('centralToLocal')?.items.map((item) => item.sentence)).toEqual(['Training moves to the spokes: only the central team does it today.']);
    expect(list('duplicationsRemoved')?.items.map((item) => item.activityName)).toEqual(['Lead routing']);
    expect(list('gapsFilled')?.items.map((item) => item.activityName)).toEqual(['Predictive models']);
    expect(list('gapsOpen')?.items).toEqual([{ activityName: 'Data enrichment', unitNames: [first, second], sentence: 'Data enrichment: nobody does this work. It has no placement yet.' }]);
    expect(list('unplaced')?.count).toBe(15);
  });

  it('shows a pilot’s activities and each lesson’s activity with its placement and the RACI domains it carries', async () => {
    const { programId, activityId } = await aProgramWithUnits(app, team);
    const leadRouting = activityId('Lead routing');
    data(await save({ programId, activityId: leadRouting, placement: 'hub', reason: 'One router for every region.' }));
    const pilot = await aPilot(app.dataSource, team.org.id, programId, { unitIds: [team.region.id], activityIds: [leadRouting, activityId('Dashboards')] });
    await app.dataSource.query(`INSERT INTO lesson (org_id, pilot_id, program_id, activity_id, kind, text, created_by_id) VALUES ($1, $2, $3, $4, 'worked', 'Route by territory first.', $5)`, [
      team.org.id,
      pilot.id,
      programId,
      leadRouting,
      team.users.manager.id,
    ]);
    const TAGGED = `activity { name placement { placement reason } raciDomains { name } }`;
    const res = await gql<{ pilot: { activities: unknown[]; lessons: { activity: unknown }[] } }>(
      team.agents.executive,
      `query($id: ID!) { pilot(id: $id) { activities { name placement { placement reason } raciDomains { name } } lessons { ${TAGGED} } } }`,
      { id: pilot.id },
    );
    const leadRoutingAsShown = { name: 'Lead routing', placement: { placement: 'hub', reason: 'One router for every region.' }, raciDomains: [{ name: 'Lead routing' }] };
    expect(data(res).pilot.activities).toEqual([leadRoutingAsShown, { name: 'Dashboards', placement: null, raciDomains: [{ name: 'Pipeline visibility' }, { name: 'Reporting layer' }] }]);
    expect(data(res).pilot.lessons).toEqual([{ activity: leadRoutingAsShown }]);
  });

  it('tells the history in sentences with names and labels', async () => {
    const { programId, activityId } = await aProgramWithUnits(app, team);
    data(await save({ programId, activityId: activityId('Lead routing'), placement: 'hub', reason: 'One routing engine.' }));
    data(await save({ programId, activityId: activityId('Lead routing'), placement: 'spoke', reason: 'One routing engine.', expectedVersion: 1 }));
    data(await emphasis({ programId, dimension: 'data_reporting', emphasis: 1 }));
    data(await emphasis({ programId, dimension: 'data_reporting', emphasis: -1, expectedVersion: 1 }));
    data(await gql(team.agents.manager, CLEAR, { input: { programId, activityId: activityId('Lead routing'), expectedVersion: 2 } }));
    const history = data(await gql<{ recordHistory: { summary: string }[] }>(team.agents.executive, HISTORY, { id: programId })).recordHistory.map((entry) => entry.summary);
    expect(history.slice(-5)).toEqual([
      'placed Lead routing in the hub: Reason: “One routing engine.”',
      'moved Lead routing from the hub to the spokes',
      'set the emphasis of Data & reporting to Leans central',
      'changed the emphasis of Data & reporting from Leans central to Leans local',
      'cleared the placement of Lead routing in the spokes',
    ]);
  });

  it('reads the designs of a page of programs in the same number of statements however many there are', async () => {
    for (let i = 0; i < 6; i += 1) {
      const program = await aProgramWithUnits(app, team);
      data(await save({ programId: program.programId, activityId: program.activityId('Training'), placement: 'hub' }));
    }
    // Programs made directly have no catalog: their design is empty, and they count all the same.
    await aProgram(app.dataSource, team.org.id, team.users.manager.id);
    const statements = async (first: number) => {
      const res = await team.agents.partner
        .post('/graphql')
        .set('apollo-require-preflight', 'true')
        .send({ query: `query($first: Int) { programs(first: $first) { nodes { design { ${DESIGN} } } } }`, variables: { first } });
      expect((res.body as { errors?: unknown }).errors).toBeUndefined();
      expect((res.body as { data: { programs: { nodes: unknown[] } } }).data.programs.nodes).toHaveLength(first);
      return Number(res.headers['x-db-statements']);
    };
    const forTwo = await statements(2);
    expect(forTwo).toBeGreaterThan(0);
    expect(await statements(7)).toBe(forTwo);
  });
});
