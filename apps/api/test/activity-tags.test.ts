import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anActivity } from './factories/assessment.factory.js';
import { aProgram, aTeam } from './factories/organization.factory.js';
import { aLesson, aPilot } from './factories/pilot.factory.js';
import { createTestApp, gql, type GraphQLResponse, type TestApp } from './support/test-app.js';

const CREATE = `mutation($input: CreatePilotInput!) { createPilot(input: $input) { id version activityIds activities { name capabilityName } } }`;
const UPDATE = `mutation($input: UpdatePilotInput!) { updatePilot(input: $input) { version activities { name } } }`;
const ADD_LESSON = `mutation($input: AddLessonInput!) { addLesson(input: $input) { id activity { name capabilityName } } }`;
const REMOVE_ACTIVITY = `mutation($input: RemoveActivityInput!) { removeActivity(input: $input) }`;
const PROGRAM_LESSONS = `query($id: ID!) { program(id: $id) { lessons { text activity { name capabilityName } } } }`;
const PILOT_HISTORY = `query($id: ID!) { recordHistory(recordType: pilot, recordId: $id) { summary } }`;

function firstFieldError(res: GraphQLResponse<unknown>): { code?: string; field?: string; message: string } {
  const extensions = res.errors?.[0]?.extensions;
  const [fieldError] = (extensions?.fieldErrors ?? []) as { field: string; message: string }[];
  return { code: extensions?.code, field: fieldError?.field, message: fieldError?.message ?? '' };
}

describe('pilots and lessons tagged with activities of the program’s catalog', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  let programId: string;
  let foreignActivityId: string;

  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
    programId = (await aProgram(app.dataSource, team.org.id, team.users.manager.id, { phase: 'pilot' })).id;
    const otherProgram = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { phase: 'pilot' });
    foreignActivityId = (await anActivity(app.dataSource, team.org.id, otherProgram.id)).id;
  });
  afterAll(async () => {
    await app.close();
  });

  const newPilot = (activityIds: string[]) => ({ programId, name: 'Hub routing pilot', hypothesis: 'Hub routing halves response time.', unitIds: [team.region.id], startDate: '2026-03-02', activityIds });

  it('creates a pilot with catalog activities and shows each with its capability; the history names them', async () => {
    const routing = await anActivity(app.dataSource, team.org.id, programId, 'Lead routing');
    const created = await gql<{ createPilot: { id: string; activityIds: string[]; activities: { name: string; capabilityName: string }[] } }>(team.agents.manager, CREATE, {
      input: newPilot([routing.id.toUpperCase()]),
    });
    expect(created.errors).toBeUndefined();
    const capability = await app.dataSource.query<{ name: string }[]>(`SELECT name FROM capability WHERE id = $1`, [routing.capabilityId]);
    expect(created.data?.createPilot).toMatchObject({ activityIds: [routing.id], activities: [{ name: 'Lead routing', capabilityName: capability[0]?.name }] });

    const forecasting = await anActivity(app.dataSource, team.org.id, programId, 'Forecasting framework');
    const id = created.data?.createPilot.id ?? '';
    const updated = await gql(team.agents.manager, UPDATE, { input: { id, expectedVersion: 1, activityIds: [forecasting.id] } });
    expect(updated.data).toEqual({ updatePilot: { version: 2, activities: [{ name: 'Forecasting framework' }] } });
    const history = await gql<{ recordHistory: { summary: string }[] }>(team.agents.manager, PILOT_HISTORY, { id });
    expect(history.data?.recordHistory.at(-1)?.summary).toContain('tagged the pilot with Forecasting framework and untagged Lead routing');
  });

  it('refuses an activity of another program on the activities field, on create and on update, and leaves the pilot as it was', async () => {
    const refused = await gql(team.agents.manager, CREATE, { input: newPilot([foreignActivityId]) });
    expect(firstFieldError(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'activityIds', message: 'Some activities are not in this program’s catalog.' });

    const pilot = await aPilot(app.dataSource, team.org.id, programId, { unitIds: [team.region.id] });
    const edit = await gql(team.agents.manager, UPDATE, { input: { id: pilot.id, expectedVersion: 1, activityIds: [foreignActivityId] } });
    expect(firstFieldError(edit)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'activityIds' });
    expect(await app.dataSource.query(`SELECT activity_ids::text[] AS ids, version FROM pilot WHERE id = $1`, [pilot.id])).toEqual([{ ids: [], version: 1 }]);
  });

  it('adds a lesson about a catalog activity, refuses another program’s, and lists lessons by capability, then activity', async () => {
    const pilot = await aPilot(app.dataSource, team.org.id, programId, { unitIds: [team.region.id] });
    const dashboards = await anActivity(app.dataSource, team.org.id, programId, 'Dashboards');
    const added = await gql(team.agents.manager, ADD_LESSON, { input: { pilotId: pilot.id, activityId: dashboards.id, kind: 'worked', text: 'One dashboard per region was enough.' } });
    expect(added.errors).toBeUndefined();
    expect(added.data).toMatchObject({ addLesson: { activity: { name: 'Dashboards' } } });

    const foreign = await gql(team.agents.manager, ADD_LESSON, { input: { pilotId: pilot.id, activityId: foreignActivityId, kind: 'worked', text: 'This lesson has the wrong program.' } });
    expect(firstFieldError(foreign)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'activityId' });

    // Capability positions decide the order of the groups; within one capability, activity names.
    const [first] = await app.dataSource.query<{ id: string }[]>(`INSERT INTO capability (org_id, program_id, name, position) VALUES ($1, $2, 'AAA first capability', -1) RETURNING id`, [
      team.org.id,
      programId,
    ]);
    const zebra = await app.dataSource.query<{ id: string }[]>(
      `INSERT INTO activity (org_id, program_id, capability_id, name, position) VALUES ($1, $2, $3, 'Zebra routing', 0), ($1, $2, $3, 'Alpha routing', 1) RETURNING id`,
      [team.org.id, programId, first?.id],
    );
    for (const row of zebra) await aLesson(app.dataSource, pilot, row.id, team.users.manager.id);
    const lessons = await gql<{ program: { lessons: { activity: { name: string } }[] } }>(team.agents.manager, PROGRAM_LESSONS, { id: programId });
    expect(lessons.data?.program.lessons.map((lesson) => lesson.activity.name).slice(0, 3)).toEqual(['Alpha routing', 'Zebra routing', 'Dashboards']);
  });

  it('refuses to remove an activity that pilots or lessons are tagged with, even when confirmed, naming what to retag', async () => {
    const activity = await anActivity(app.dataSource, team.org.id, programId, 'Territory design');
    const pilot = await aPilot(app.dataSource, team.org.id, programId, { unitIds: [team.region.id], activityIds: [activity.id] });
    await aLesson(app.dataSource, pilot, activity.id, team.users.manager.id);
    const refused = await gql(team.agents.manager, REMOVE_ACTIVITY, { input: { id: activity.id, expectedVersion: 1, confirmed: true } });
    expect(firstFieldError(refused)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'id',
      message: 'Territory design is the tag of 1 pilot and 1 lesson; tag them with another activity before removing it.',
    });
    expect(await app.dataSource.query(`SELECT name FROM activity WHERE id = $1`, [activity.id])).toEqual([{ name: 'Territory design' }]);

    const untagged = await anActivity(app.dataSource, team.org.id, programId, 'Quota setting');
    const removed = await gql(team.agents.manager, REMOVE_ACTIVITY, { input: { id: untagged.id, expectedVersion: 1 } });
    expect(removed.data).toEqual({ removeActivity: true });
  });
});
