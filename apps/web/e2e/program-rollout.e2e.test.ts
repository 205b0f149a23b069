import { describe, expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { ProgramPage, UnitRolloutDialog } from './pages/ProgramPage';
import { ProgramsListPage } from './pages/ProgramsListPage';
import { DEMO_USERS, SignInPage } from './pages/SignInPage';
import { uniqueName, useBrowserSession } from './support/journey';

const PROGRAM = 'Global hub-and-spoke RevOps';

describe('rollout by unit', () => {
  const session = useBrowserSession();

  async function openProgramAs(email: string) {
    const { page } = session();
    const signIn = new SignInPage(page);
    const list = new ProgramsListPage(page);
    const program = new ProgramPage(page);
    await signIn.goto();
    await signIn.signIn(email);
    await new AppShell(page).waitUntilSignedIn();
    // Executives land on the portfolio, everyone else on the programs: open the list either way.
    await list.goto();
    await list.find(PROGRAM);
    await list.open(PROGRAM);
    await program.heading(PROGRAM).waitFor();
    await program.openTab('Units');
    await program.rolloutRows.first().waitFor();
    return program;
  }

  it('lets the EMEA partner update DACH, and only the units in his region', async () => {
    const { page, problems } = session();
    const program = await openProgramAs(DEMO_USERS.partnerEmea.email);
    const dialog = new UnitRolloutDialog(page);

    // His region's units can be updated; North America's cannot.
    await program.updateButton('DACH').waitFor();
    expect(await program.rolloutRow('US East').count()).toBe(1);
    expect(await program.rolloutRow('US West').count()).toBe(1);
    expect(await program.rolloutRow('US East').getByRole('button').count()).toBe(0);
    expect(await program.rolloutRow('US West').getByRole('button').count()).toBe(0);
    // Nor does he manage the program.
    expect(await program.editButton.count()).toBe(0);
    expect(await program.addUnitsButton.count()).toBe(0);
    expect(await program.addMemberButton.count()).toBe(0);

    // Report a block (whatever DACH's report is now, flip it): the stage its pilot gives it stays as it is.
    const stage = await program.stageOf('DACH').innerText();
    const wasBlocked = (await program.rolloutRow('DACH').getAttribute('data-blocked')) === 'true';
    const note = uniqueName(wasBlocked ? 'Works council approved the routing change' : 'Works council has not approved the routing change');
    await program.updateButton('DACH').click();
    await dialog.fill(!wasBlocked, note);
    await dialog.save();
    await page.waitForFunction(
      (blocked) => document.querySelector('[data-testid="rollout-row"][data-unit-code="EMEA-DACH"]')?.getAttribute('data-blocked') === String(blocked),
      !wasBlocked,
    );

    // Stored, not just shown, and beside the stage, not instead of it (the units tab stays open: it is in the URL).
    await page.reload();
    await program.selectedTab('Units').waitFor();
    await program.rolloutRow('DACH').getByText(note).waitFor();
    expect(await program.rolloutRow('DACH').getAttribute('data-blocked')).toBe(String(!wasBlocked));
    expect(await program.stageOf('DACH').innerText()).toBe(stage);

    // The program's change history says who changed what.
    await program.openTab('Change history');
    const entry = program.changeHistoryEntry('Marco Rossi updated DACH', wasBlocked ? 'Marked it no longer blocked' : 'Marked it blocked', note);
    await entry.waitFor();
    expect(await entry.count()).toBe(1);

    // Back returns to the tab before.
    await page.goBack();
    await program.selectedTab('Units').waitFor();
    await program.rolloutRow('DACH').getByText(note).waitFor();

    expect(problems).toEqual([]);
  });

  it('shows the executive what is blocked and why, with nothing to edit', async () => {
    const { problems } = session();
    const program = await openProgramAs(DEMO_USERS.executive.email);

    const usWest = program.rolloutRow('US West');
    expect(await usWest.getAttribute('data-blocked')).toBe('true');
    expect(await usWest.innerText()).toContain('No sandbox access to the CRM yet');
    // The summary counts every unit its partner reports blocked (another test may report DACH blocked too).
    const blocked = await program.rollout.locator('[data-testid="rollout-row"][data-blocked="true"]').count();
    expect(blocked).toBeGreaterThanOrEqual(1);
    expect(await program.rolloutSummary.innerText()).toContain(`${blocked} blocked`);
    expect(await program.updateButtons.count()).toBe(0);
    expect(await program.addUnitsButton.count()).toBe(0);
    expect(await program.removeUnitButtons.count()).toBe(0);
    expect(await program.editButton.count()).toBe(0);
    expect(await program.archiveButton.count()).toBe(0);

    await program.openTab('Change history');
    await program.changeHistoryEntries.first().waitFor();

    await program.openTab('People');
    expect(await program.people.innerText()).toContain('Daniel Kim');
    expect(await program.addMemberButton.count()).toBe(0);
    expect(await program.memberActionButtons.count()).toBe(0);

    await program.openTab('Phases');
    await program.phases.waitFor();
    expect(await program.moveForwardButton().count()).toBe(0);
    expect(await program.moveBackButton.count()).toBe(0);

    expect(problems).toEqual([]);
  });
});
