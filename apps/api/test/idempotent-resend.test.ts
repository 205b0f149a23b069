import { formatDay, isoWeekStart, shiftDays } from '@rollout/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aProgram, aTeam } from './factories/organization.factory.js';
import { aPilot, aSuccessMetric } from './factories/pilot.factory.js';
import { auditEventCount, createTestApp, errorCode, gql, type TestApp } from './support/test-app.js';

const RECORD = `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id value version enteredBy { id } } }`;
const CHECK_IN = `mutation($input: SubmitCheckInInput!) { submitCheckIn(input: $input) { id status commentary version submittedBy { id } } }`;

type Team = Awaited<ReturnType<typeof aTeam>>;
const thisMonday = isoWeekStart(formatDay(new Date()));

describe('re-sending identical content is idempotent; only a different value needs the version', () => {
  let app: TestApp;
  let team: Team;
  let programId: string;

  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
    programId = (await aProgram(app.dataSource, team.org.id, team.users.manager.id, { phase: 'pilot' })).id;
  });
  afterAll(async () => {
    await app.close();
  });

  const runningPilot = () =>
    aPilot(app.dataSource, team.org.id, programId, { unitIds: [team.region.id], status: 'running', startDate: shiftDays(thisMonday, -14), endDate: shiftDays(thisMonday, 13) });

  it('records the same value for a day again without a version: same row, same version, nothing written', async () => {
    const metric = await aSuccessMetric(app.dataSource, await runningPilot());
    const input = { metricId: metric.id, unitId: team.region.id, date: shiftDays(thisMonday, -7), value: 12.5 };
    const first = await gql<{ recordMeasurement: { id: string; version: number } }>(team.agents.partner, RECORD, { input });
    expect(first.data?.recordMeasurement.version).toBe(1);

    const before = await auditEventCount(app);
    const again = await gql(team.agents.manager, RECORD, { input });
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual({ recordMeasurement: { id: first.data?.recordMeasurement.id, value: 12.5, version: 1, enteredBy: { id: team.users.partner.id } } });
    expect(await auditEventCount(app)).toBe(before);

    const different = await gql(team.agents.manager, RECORD, { input: { ...input, value: 13 } });
    expect(errorCode(different)).toBe('CONFLICT');
    expect(different.errors?.[0]?.extensions).toMatchObject({ currentVersion: 1 });
    expect(await auditEventCount(app)).toBe(before);
  });

  it('submits an identical check-in again without a version: same version, nothing written; a changed one is a CONFLICT', async () => {
    const pilot = await runningPilot();
    const input = { pilotId: pilot.id, unitId: team.region.id, weekStart: thisMonday, status: 'amber', confidence: 3, commentary: 'Named accounts still bypass routing.' };
    const first = await gql<{ submitCheckIn: { id: string; version: number } }>(team.agents.partner, CHECK_IN, { input });
    expect(first.data?.submitCheckIn.version).toBe(1);

    const before = await auditEventCount(app);
    const again = await gql(team.agents.partner, CHECK_IN, { input });
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual({
      submitCheckIn: { id: first.data?.submitCheckIn.id, status: 'amber', commentary: input.commentary, version: 1, submittedBy: { id: team.users.partner.id } },
    });
    expect(await auditEventCount(app)).toBe(before);

    const different = await gql(team.agents.partner, CHECK_IN, { input: { ...input, confidence: 2 } });
    expect(errorCode(different)).toBe('CONFLICT');
    expect(await auditEventCount(app)).toBe(before);
    const withVersion = await gql(team.agents.partner, CHECK_IN, { input: { ...input, confidence: 2, expectedVersion: 1 } });
    expect(withVersion.data).toMatchObject({ submitCheckIn: { version: 2 } });
  });
});
