import { describe, expect, inject, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { ProgramPage } from './pages/ProgramPage';
import { DEMO_USERS, SignInPage } from './pages/SignInPage';
import { uniqueName, useBrowserSession } from './support/journey';
import { apiSignedInAs, day, gql } from './support/pilot-fixtures';

const PHONE = { width: 390, height: 844 };

/** A new program of Priya's with a unit in Marco's EMEA (Nordics) and one outside it (US East), and one analytics tool. */
async function prepareProgram(): Promise<{ id: string; name: string }> {
  const api = await apiSignedInAs(inject('baseUrl'), DEMO_USERS.programManager.email);
  try {
    const { me, units } = await gql<{ me: { id: string }; units: { id: string; code: string }[] }>(api, `query { me { id } units { id code } }`);
    const unitIds = ['EMEA-NORD', 'NA-USE'].map((code) => units.find((unit) => unit.code === code)?.id);
    const name = uniqueName('E2E assessment');
    const { createProgram } = await gql<{ createProgram: { id: string } }>(api, `mutation ($input: CreateProgramInput!) { createProgram(input: $input) { id } }`, {
      input: { name, objective: 'Map where RevOps work and tools sit today.', ownerId: me.id, sponsor: 'Dana Whitfield, CRO', startDate: day(-10), targetDate: day(200), targetModel: 'undecided' },
    });
    await gql(api, `mutation ($input: AddProgramUnitsInput!) { addProgramUnits(input: $input) { id } }`, { input: { programId: createProgram.id, unitIds } });
    await gql(api, `mutation ($input: CreateProgramToolInput!) { createProgramTool(input: $input) { id } }`, {
      input: { programId: createProgram.id, name: 'Tableau', category: 'analytics_bi', annualCost: 100000, unitIds: [unitIds[0]] },
    });
    return { id: createProgram.id, name };
  } finally {
    await api.dispose();
  }
}

async function openAssessTab(session: ReturnType<ReturnType<typeof useBrowserSession>>, email: string, programId: string): Promise<ProgramPage> {
  const { page } = session;
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email);
  await new AppShell(page).waitUntilSignedIn();
  await page.goto(`/programs/${programId}?tab=assess`);
  const program = new ProgramPage(page);
  await program.selectedTab('Assess').waitFor();
  return program;
}

describe('the tool inventory and staffing of an assessment', () => {
  const session = useBrowserSession();

  it('lets the program manager add a tool and see the redundancy line change', async () => {
    const current = session();
    const { page } = current;
    const program = await prepareProgram();
    await openAssessTab(current, DEMO_USERS.programManager.email, program.id);
    const summary = page.getByTestId('redundancy-summary');
    await summary.getByText('No category holds more than one tool.').waitFor();

    await page.getByRole('button', { name: 'Add tool' }).click();
    const form = page.getByRole('form', { name: 'Add tool' });
    await form.getByLabel('Tool').fill('Looker');
    await form.getByLabel('Category').click();
    await page.getByRole('option', { name: 'Analytics / BI' }).click();
    await form.getByLabel('Annual cost (US dollars)').fill('60000');
    await form.getByRole('button', { name: 'Add tool' }).click();
    await form.waitFor({ state: 'detached' });

    // 100k + 60k = 160k; Tableau is used by a unit, Looker by none: keep Tableau, overlap 60k.
    const line = summary.getByTestId('redundancy-line');
    await line.waitFor();
    expect(await line.textContent()).toBe('Analytics / BI: 2 analytics platforms, $160k a year. Consolidating on Tableau would save up to $60k a year.');
    expect(current.problems).toEqual([]);
  });

  it('lets the program manager fill the grid and the tool inventory from files, fixing a refused row on the way', async () => {
    const current = session();
    const { page } = current;
    const program = await prepareProgram();
    await openAssessTab(current, DEMO_USERS.programManager.email, program.id);

    // The grid comes first on the tab: its Import… is the first once it shows.
    await page.getByRole('heading', { name: 'Where the work happens today' }).waitFor();
    /** Runs the import wizard of `section` on a CSV; stops at the review step. */
    const importFile = async (section: 'grid' | 'tools', csv: string) => {
      const tools = page.getByRole('region', { name: 'Tool inventory' });
      await (section === 'grid' ? page.getByRole('button', { name: 'Import…' }).first() : tools.getByRole('button', { name: 'Import…' })).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('import-file-input').setInputFiles({ name: `${section}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await dialog.getByRole('button', { name: 'Upload and check' }).click();
      await dialog.getByRole('button', { name: 'Next: review rows' }).click();
      return dialog;
    };

    // The grid: the first file names a unit the program does not have; the review says where.
    const gridHeader = 'Activity,Unit,Who does it,Maturity\n';
    let dialog = await importFile('grid', gridHeader + 'Dashboards,Central team,Central team,3\nDashboards,Atlantis,The unit itself,2\n');
    expect(await dialog.getByTestId('import-error-row').locator('td').allTextContents()).toEqual([
      '3',
      'Unit',
      'Unknown unit "Atlantis": use the name or code of one of the program’s units, or Central team.',
    ]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    dialog = await importFile('grid', gridHeader + 'Dashboards,Central team,Central team,3\nDashboards,Nordics,The unit itself,2\n');
    await dialog.getByText('2 new, 0 changed and 0 unchanged cells.').waitFor();
    await dialog.getByRole('button', { name: 'Import 2 rows' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('list', { name: 'Findings' }).getByText('Dashboards: the central team and Nordics both do this work.').waitFor();

    // The tools: Tableau is in the inventory already; the file changes its cost and adds Looker.
    dialog = await importFile('tools', 'Tool,Category,Units,Annual cost (USD)\nTableau,Analytics / BI,Nordics,"$90,000"\nLooker,BI,,60000\n');
    await dialog.getByText('1 new, 1 changed and 0 unchanged tools.').waitFor();
    await dialog.getByRole('button', { name: 'Import 2 rows' }).click();
    await dialog.waitFor({ state: 'detached' });
    const line = page.getByTestId('redundancy-summary').getByTestId('redundancy-line');
    await line.getByText(/Consolidating on Tableau/).waitFor();
    expect(await line.textContent()).toBe('Analytics / BI: 2 analytics platforms, $150k a year. Consolidating on Tableau would save up to $60k a year.');
    expect(current.problems).toEqual([]);
  });

  it('lets a partner record their unit’s staffing from a phone, and only their unit’s', async () => {
    const current = session();
    const { page } = current;
    await page.setViewportSize(PHONE);
    const program = await prepareProgram();
    await openAssessTab(current, DEMO_USERS.partnerEmea.email, program.id);

    const nordics = page.getByRole('region', { name: 'Staffing of Nordics' });
    const usEast = page.getByRole('region', { name: 'Staffing of US East' });
    await nordics.waitFor();
    expect(await usEast.getByRole('button', { name: /staffing/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add tool' }).count()).toBe(0);

    await nordics.getByRole('button', { name: 'Record staffing' }).click();
    await nordics.getByLabel('RevOps people').fill('1');
    await nordics.getByLabel('Sellers').fill('30');
    await nordics.getByRole('button', { name: 'Save staffing' }).click();

    // 30 sellers per person is above 15: guidance, shown as a caution.
    await nordics.getByText('Fewer RevOps people than the guidance', { exact: true }).waitFor();
    expect(await nordics.getByTestId('staffing-guidance').textContent()).toContain('30 sellers per RevOps person (30 sellers, 1 RevOps person)');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    expect(current.problems).toEqual([]);
  });
});
