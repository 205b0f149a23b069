import { describe, expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { ProgramPilotsCard, PilotPage } from './pages/PilotPage';
import { ProgramPage } from './pages/ProgramPage';
import { ProgramsListPage } from './pages/ProgramsListPage';
import { DEMO_USERS, SignInPage } from './pages/SignInPage';
import { useBrowserSession } from './support/journey';

const PROGRAM = 'Global hub-and-spoke RevOps';
const UNITS = [
  { name: 'UK & Ireland', code: 'EMEA-UKI', pilot: 'UK & Ireland and US East routing wave 0', stage: /^Piloting · week \d of 4$/ },
  { name: 'US East', code: 'NA-USE', pilot: 'UK & Ireland and US East routing wave 0', stage: /^Piloting · week \d of 4$/ },
  { name: 'DACH', code: 'EMEA-DACH', pilot: 'DACH hub routing and forecast pilot', stage: /^Decided: scale$/ },
];

describe('a unit’s stage is one truth', () => {
  const session = useBrowserSession();

  it('reads the same on the program page, each pilot page and the units page', async () => {
    const { page, problems } = session();
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(DEMO_USERS.executive.email);
    await new AppShell(page).waitUntilSignedIn();
    const list = new ProgramsListPage(page);
    // The executive lands on the portfolio; the programs are one click away.
    await page.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor();
    await new AppShell(page).open('Programs');
    await list.waitUntilLoaded();
    await list.open(PROGRAM);

    // The program page: what each unit's pilots make of it.
    const program = new ProgramPage(page);
    await program.heading(PROGRAM).waitFor();
    await program.openTab('Units');
    await program.rolloutRows.first().waitFor();
    const onProgram = new Map<string, string>();
    for (const unit of UNITS) {
      const text = await program.stageOf(unit.name).innerText();
      expect(text).toMatch(unit.stage);
      onProgram.set(unit.code, text);
    }

    // Each pilot page shows its units' stages in the same words.
    const pilots = new ProgramPilotsCard(page);
    const pilotPage = new PilotPage(page);
    for (const pilot of new Set(UNITS.map((unit) => unit.pilot))) {
      await program.heading(PROGRAM).waitFor();
      await program.openTab('Pilots');
      await pilots.open(pilot);
      await pilotPage.heading(pilot).waitFor();
      for (const unit of UNITS.filter((item) => item.pilot === pilot)) {
        expect(await pilotPage.unitStage(unit.code).innerText()).toBe(onProgram.get(unit.code));
      }
      await page.goBack();
    }

    // And the units page, beside the program's name.
    await page.goto('/units');
    await page.getByRole('region', { name: 'Organization units' }).waitFor();
    for (const unit of UNITS) {
      const rollout = page.getByRole('listitem', { name: unit.name, exact: true }).locator(`[data-testid="unit-rollout"][data-program="${PROGRAM}"]`).first();
      expect(await rollout.getByTestId('unit-stage').innerText()).toBe(onProgram.get(unit.code));
    }

    expect(problems).toEqual([]);
  });
});
