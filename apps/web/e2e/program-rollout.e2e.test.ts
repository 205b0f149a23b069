import { ROLLOUT_STATUS_LABELS, ROLLOUT_STATUSES, type RolloutStatus } from '@rollout/domain';
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
    await list.waitUntilLoaded();
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

    // Report a new status (whatever DACH is now, move it somewhere else).
    const before = await program.rolloutRow('DACH').getAttribute('data-status');
    const from = ROLLOUT_STATUSES.find((status) => status === before);
    if (!from) throw new Error(`DACH has no known status (${before})`);
    const toStatus: RolloutStatus = from === 'live' ? 'piloting' : 'live';
    const [fromLabel, toLabel] = [ROLLOUT_STATUS_LABELS[from], ROLLOUT_STATUS_LABELS[toStatus]];
    const note = uniqueName('Pilot review passed; routing live for all DACH reps');
    await program.updateButton('DACH').click();
    await dialog.fill(toLabel, note);
    await dialog.save();
    await page.waitForFunction(
      (status) => document.querySelector('[data-testid="rollout-row"][data-unit-code="EMEA-DACH"]')?.getAttribute('data-status') === status,
      toStatus,
    );

    // Stored, not just shown (the units tab stays open: it is in the URL).
    await page.reload();
    await program.selectedTab('Units').waitFor();
    await program.rolloutRow('DACH').getByText(note).waitFor();
    expect(await program.rolloutRow('DACH').getAttribute('data-status')).toBe(toStatus);

    // The program's change history says who changed what.
    await program.openTab('Change history');
    const entry = program.changeHistoryEntry('Marco Rossi updated DACH', `Status: ${fromLabel} → ${toLabel}`, note);
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
    expect(await usWest.getAttribute('data-status')).toBe('blocked');
    expect(await usWest.innerText()).toContain('No sandbox access to the CRM yet');
    expect(await program.rolloutSummary.innerText()).toContain('1 blocked');
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
