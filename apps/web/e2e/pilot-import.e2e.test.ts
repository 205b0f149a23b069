import type { APIRequestContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { GateDecisionSection, ImportMeasurementsDialog, PilotMeasurementsPage } from './pages/PilotImportPage';
import { DEMO_USERS, SignInPage } from './pages/SignInPage';
import { uniqueName, useBrowserSession } from './support/journey';

const METRIC = 'Lead response time';

/** `YYYY-MM-DD`, `days` from today (UTC). */
function day(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A GraphQL call with the signed-in browser's session cookie, as the web app makes it. */
async function gql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors?.length) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/**
 * The spec's own program and running pilot (two pilot units, one catalog metric), made through the
 * API as the signed-in program manager.
 */
async function preparePilot(request: APIRequestContext, startDate: string) {
  const { me, units } = await gql<{ me: { id: string }; units: { id: string; code: string }[] }>(request, `query { me { id } units { id code } }`);
  const unitId = (code: string) => {
    const unit = units.find((item) => item.code === code);
    if (!unit) throw new Error(`No unit ${code} in the demo company`);
    return unit.id;
  };
  const { createProgram } = await gql<{ createProgram: { id: string } }>(
    request,
    `mutation ($input: CreateProgramInput!) { createProgram(input: $input) { id } }`,
    {
      input: {
        name: uniqueName('E2E import program'),
        objective: 'Faster lead follow-up in EMEA through a shared routing desk.',
        ownerId: me.id,
        sponsor: 'Dana Whitfield, CRO',
        startDate: day(-120),
        targetDate: day(240),
        targetModel: 'hub_and_spoke',
      },
    },
  );
  const pilotName = uniqueName('E2E routing desk pilot');
  const { createPilot } = await gql<{ createPilot: { id: string } }>(
    request,
    `mutation ($input: CreatePilotInput!) { createPilot(input: $input) { id } }`,
    {
      input: {
        programId: createProgram.id,
        name: pilotName,
        hypothesis: 'A shared routing desk answers inbound leads within 12 hours instead of 20.',
        unitIds: [unitId('EMEA-DACH'), unitId('EMEA-NORD')],
        startDate,
      },
    },
  );
  await gql(request, `mutation ($input: AddSuccessMetricInput!) { addSuccessMetric(input: $input) { id } }`, {
    input: { pilotId: createPilot.id, catalogKey: 'lead_response_time', baseline: 20, target: 12 },
  });
  const { pilot } = await gql<{ pilot: { version: number } }>(request, `query ($id: ID!) { pilot(id: $id) { version } }`, { id: createPilot.id });
  await gql(request, `mutation ($input: ChangePilotStatusInput!) { changePilotStatus(input: $input) { id } }`, {
    input: { id: createPilot.id, expectedVersion: pilot.version, status: 'running' },
  });
  return { pilotId: createPilot.id, pilotName };
}

describe('pilot measurements import', () => {
  const session = useBrowserSession();

  it('imports a CSV with a bad row, fixes it, re-imports without changes, then decides the pilot at its gate', async () => {
    const { page, context, problems } = session();
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(DEMO_USERS.programManager.email);
    await new AppShell(page).waitUntilSignedIn();

    const start = day(-21);
    const [week0, week1, week2, before] = [day(-21), day(-14), day(-7), day(-28)];
    const { pilotId, pilotName } = await preparePilot(context.request, start);

    const pilotPage = new PilotMeasurementsPage(page);
    await pilotPage.goto(pilotId);
    await pilotPage.heading(pilotName).waitFor();
    expect(await pilotPage.downloadCsv.getAttribute('href')).toBe(`/api/pilots/${pilotId}/measurements.csv`);
    expect(await pilotPage.downloadExcel.getAttribute('href')).toBe(`/api/pilots/${pilotId}/measurements.xlsx`);

    // 1. A file with an unknown unit on line 4: the row is listed with its line and reason, and
    // the import is blocked until the invalid rows are skipped.
    const header = 'metric,unit,date,value';
    const goodRows = [
      `lead_response_time,EMEA-DACH,${before},20`,
      `lead_response_time,EMEA-NORD,${before},21`,
      `lead_response_time,EMEA-DACH,${week0},18`,
      `Lead response time,Nordics,${week0},19.5`,
      `lead_response_time,DACH,${week1},15`,
      `lead_response_time,EMEA-NORD,${week1},17`,
      `lead_response_time,EMEA-DACH,${week2},13`,
      `lead_response_time,EMEA-NORD,${week2},14.5`,
    ];
    const badFile = [header, ...goodRows.slice(0, 2), `lead_response_time,Atlantis,${week0},16`, ...goodRows.slice(2)].join('\n');
    const fixedFile = [header, ...goodRows].join('\n') + '\n';

    await pilotPage.importButton.click();
    const dialog = new ImportMeasurementsDialog(page);
    await dialog.dialog.waitFor();
    await dialog.upload('routing-desk.csv', badFile);
    // Columns guessed from the headers.
    expect(await dialog.columnSelect('Unit').inputValue()).toBe('unit');
    expect(await dialog.columnSelect('Value').inputValue()).toBe('value');
    await dialog.review();

    expect(await dialog.count('valid').innerText()).toContain('8');
    expect(await dialog.count('invalid').innerText()).toContain('1');
    expect(await dialog.count('total').innerText()).toContain('9');
    expect(await dialog.errorRows.count()).toBe(1);
    const problem = dialog.errorRow(4);
    expect(await problem.innerText()).toContain('unit');
    expect(await problem.innerText()).toContain('Unknown unit "Atlantis"');
    expect(await dialog.importButton().isDisabled()).toBe(true);
    await dialog.onlyValidRows.check();
    expect(await dialog.importButton().isEnabled()).toBe(true);
    await dialog.onlyValidRows.uncheck();

    // 2. Fix the file and upload it again: every row is written.
    await dialog.backToColumns.click();
    await dialog.chooseAnotherFile.click();
    await dialog.upload('routing-desk-fixed.csv', fixedFile);
    await dialog.review();
    expect(await dialog.errorRows.count()).toBe(0);
    expect(await dialog.count('valid').innerText()).toContain('8');
    expect(await dialog.importAndWait()).toContain('8 values written, 0 unchanged, 0 skipped');
    expect(await dialog.dialog.getByRole('progressbar', { name: 'Import progress' }).getAttribute('aria-valuenow')).toBe('100');
    await dialog.done();

    // The values are on the pilot (written by the import, newest first).
    const values = await pilotPage.openValues(METRIC);
    await values.showUnit('Nordics');
    await values.row(week2).waitFor();
    expect(await values.rows.count()).toBe(4);
    expect(await values.row(week0).innerText()).toContain('19.5 h');
    expect(await values.row(week0).innerText()).toContain('Imported from a file');
    await values.close();

    // 3. The same file again: nothing changes.
    await pilotPage.importButton.click();
    await dialog.dialog.waitFor();
    await dialog.upload('routing-desk-fixed.csv', fixedFile);
    await dialog.review();
    expect(await dialog.importAndWait()).toContain('0 written, 8 unchanged — nothing changed');
    await dialog.done();

    // 4. Review and the gate decision.
    await pilotPage.moveToReview();
    await pilotPage.gateReviewLink.click();
    await page.waitForURL(new RegExp(`/pilots/${pilotId}/gate$`));
    const gate = new GateDecisionSection(page);
    await gate.form.waitFor();
    await gate.decide('Adjust', 'adjust', 'Response times fell, but Nordics lags: adjust the routing rules before scaling.');
    await gate.outcome('adjust').waitFor();
    expect(await gate.outcome('adjust').innerText()).toContain('Nordics lags');

    // Stored, not just shown.
    await page.reload();
    await gate.outcome('adjust').waitFor();

    expect(problems).toEqual([]);
  });
});
