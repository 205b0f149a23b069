import { describe, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { UnitRolloutDialog } from './pages/ProgramPage';
import { ProgramsListPage } from './pages/ProgramsListPage';
import { DEMO_USERS, SignInPage } from './pages/SignInPage';
import { openProgram, ROLLOUT_PROGRAM, shot, shotOf, signInAs } from './support/capture';
import { useBrowserSession } from './support/journey';

// A visual review aid, not a test: `npm run screenshots -w @rollout/web` writes every
// screen to e2e/artifacts/screens/.
describe('screenshots', () => {
  const session = useBrowserSession();

  it('captures every screen as a program manager', async () => {
    const { page } = session();
    const signIn = new SignInPage(page);
    await signIn.goto();
    await shot(page, '01-sign-in');
    await signIn.signIn(DEMO_USERS.programManager.email, 'wrong-password');
    await signIn.error.waitFor();
    await shot(page, '02-sign-in-error');
    await signIn.signIn(DEMO_USERS.programManager.email);
    const list = new ProgramsListPage(page);
    await list.waitUntilLoaded();
    await shot(page, '03-programs');

    await page.goto('/programs?status=completed&phase=assess');
    await page.getByText('No programs match').waitFor();
    await shot(page, '04-programs-no-match');

    await page.goto('/programs/new');
    await page.getByRole('button', { name: 'Create program' }).click();
    await page.getByText('Name needs at least 3 characters.').waitFor();
    await shot(page, '05-new-program-errors');

    const program = await openProgram(page, ROLLOUT_PROGRAM);
    await shot(page, '06-program');
    await program.openTab('Phases');
    await shot(page, '06b-program-phases');
    const moveBack = page.getByRole('button', { name: 'Move back…' });
    if (await moveBack.isEnabled()) {
      await moveBack.click();
      await page.getByRole('dialog').getByRole('button', { name: 'Move back' }).click();
      await page.getByText(/needs a reason of at least/).waitFor();
      await shot(page, '07-move-back-dialog', 'viewport');
      await page.keyboard.press('Escape');
    }
    await program.openTab('Units');
    await program.rolloutRows.first().waitFor();
    await shot(page, '06c-program-units');
    await program.addUnitsButton.click();
    await page.getByRole('dialog').getByRole('combobox', { name: 'Units' }).click();
    await page.getByRole('option').first().waitFor();
    await shot(page, '16-add-units-dialog', 'viewport');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await program.openTab('People');
    await program.addMemberButton.click();
    await page.getByRole('dialog').getByRole('combobox', { name: 'Person' }).waitFor();
    await shot(page, '17-add-member-dialog', 'viewport');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await program.openTab('Units');
    await program.rolloutRow('France & Benelux').getByRole('button', { name: 'Remove France & Benelux' }).click();
    await page.getByRole('dialog').waitFor();
    await shot(page, '18-remove-unit-confirm', 'viewport');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, '19-program-mobile');
    await shotOf(page, program.rollout, '19b-program-mobile-rollout');
    await program.openTab('Change history');
    await program.changeHistoryEntries.first().waitFor();
    await shotOf(page, program.changeHistory, '19c-program-mobile-history');
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('button', { name: 'Save changes' }).waitFor();
    await shot(page, '08-edit-program');

    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('dialog').waitFor();
    await shot(page, '09-archive-confirm', 'viewport');
    await page.keyboard.press('Escape');

    await page.goto('/units');
    await page.getByRole('region', { name: 'Organization units' }).waitFor();
    await shot(page, '10-units');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, '10b-units-mobile');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByLabel('Search units').fill('de');
    // The search is debounced: wait until the tree highlights the matches.
    await page.getByRole('region', { name: 'Organization units' }).locator('mark').first().waitFor();
    await shot(page, '11-units-search');
    await page.getByLabel('Search units').fill('');
    await page.getByRole('button', { name: 'Add unit' }).first().click();
    await page.getByRole('dialog').waitFor();
    await shot(page, '12-units-add');
    await page.keyboard.press('Escape');

    await page.goto('/metrics');
    await page.getByTestId('metric-row').first().waitFor();
    await shot(page, '13-metrics');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, '13b-metrics-mobile');
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.goto('/nowhere');
    await shot(page, '14-not-found');

    await page.setViewportSize({ width: 390, height: 844 });
    await list.goto();
    await shot(page, '15-programs-mobile');
  });

  it('captures the read-only views of an executive and a regional partner', async () => {
    const { page } = session();
    await signInAs(page, DEMO_USERS.executive.email);
    const list = new ProgramsListPage(page);
    await list.goto();
    await shot(page, '20-executive-programs');
    const executiveView = await openProgram(page, ROLLOUT_PROGRAM);
    await shot(page, '21-executive-program');
    await executiveView.openTab('Units');
    await executiveView.rolloutRows.first().waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await shotOf(page, executiveView.rollout, '21b-executive-program-mobile-rollout');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/units');
    await page.getByRole('region', { name: 'Organization units' }).waitFor();
    await shot(page, '22-executive-units');

    await new AppShell(page).signOut();
    await signInAs(page, DEMO_USERS.partnerEmea.email);
    await list.goto();
    await shot(page, '23-partner-programs');
    const program = await openProgram(page, ROLLOUT_PROGRAM);
    await shot(page, '24-partner-program');
    await program.openTab('Units');
    const dialog = new UnitRolloutDialog(page);
    await program.updateButton('UK & Ireland').click();
    await dialog.fill(true, 'IT ticket');
    await dialog.saveButton.click();
    await dialog.dialog.getByText('Say what blocks this unit').waitFor();
    await shot(page, '25-partner-update-dialog', 'viewport');
  });

  it('captures the admin screens and the account menu', async () => {
    const { page } = session();
    await signInAs(page, DEMO_USERS.admin.email);

    await page.goto('/admin/users');
    await page.getByTestId('user-row').first().waitFor();
    await shot(page, '30-users');

    await page.getByRole('button', { name: 'New user' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await dialog.getByText('Pick a role.').waitFor();
    await shot(page, '31-new-user-errors');
    await dialog.getByLabel('Email').fill('sam.kim@northwind.example');
    await dialog.getByLabel('Name').fill('Sam Kim');
    await dialog.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Regional RevOps partner', exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Units' }).click();
    await page.getByRole('option').first().click();
    await dialog.getByRole('button', { name: 'Generate' }).click();
    // Close the units dropdown so the whole form shows.
    await dialog.getByRole('heading').or(dialog.getByText('New user', { exact: true })).first().click();
    await shot(page, '32-new-user');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    const partnerRow = page.getByTestId('user-row').filter({ hasText: 'Regional RevOps partner' }).first();
    await partnerRow.getByRole('button', { name: /^Actions for/ }).click();
    await shot(page, '33-user-actions');
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    await dialog.waitFor();
    await shot(page, '34-edit-user');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await partnerRow.getByRole('button', { name: /^Actions for/ }).click();
    await page.getByRole('menuitem', { name: 'Reset password' }).click();
    await dialog.getByRole('button', { name: 'Generate' }).click();
    await shot(page, '35-reset-password');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await partnerRow.getByRole('button', { name: /^Actions for/ }).click();
    await page.getByRole('menuitem', { name: 'Deactivate' }).click();
    await dialog.waitFor();
    await shot(page, '36-deactivate-confirm');
    await page.keyboard.press('Escape');

    await page.goto('/admin/audit-log');
    await page.getByTestId('audit-entry').first().waitFor();
    await shot(page, '37-audit-log');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, '37b-audit-log-mobile');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/admin/audit-log?type=program_unit');
    await page.getByTestId('audit-entry').first().waitFor();
    await shot(page, '38-audit-log-filtered');
    await page.goto('/admin/audit-log?type=user&from=2020-01-01&to=2020-01-31');
    await page.getByText('No changes match').waitFor();
    await shot(page, '39-audit-log-empty');

    await new AppShell(page).accountMenu('Change password');
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await dialog.getByText('Enter your current password.').waitFor();
    await shot(page, '40-change-password');
    await page.keyboard.press('Escape');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/admin/users');
    await page.getByTestId('user-row').first().waitFor();
    await shot(page, '41-users-mobile');

    await page.setViewportSize({ width: 1440, height: 900 });
    await new AppShell(page).signOut();
    await signInAs(page, DEMO_USERS.executive.email);
    await page.goto('/admin/users');
    await page.getByText('Only admins can manage user accounts.').waitFor();
    await shot(page, '42-users-not-allowed');
  });
});
