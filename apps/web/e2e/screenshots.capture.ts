import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { ARTIFACTS_DIR } from './support/browser';
import { AppShell } from './pages/AppShell';
import { ProgramsListPage } from './pages/ProgramsListPage';
import { DEMO_USERS, SignInPage } from './pages/SignInPage';
import { useBrowserSession } from './support/journey';

// A visual review aid, not a test: `npm run screenshots -w @rollout/web` writes every
// screen to e2e/artifacts/screens/.
const SCREENS_DIR = path.join(ARTIFACTS_DIR, 'screens');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), fullPage: true });
}

async function signInAs(page: Page, email: string): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email);
  await new AppShell(page).waitUntilSignedIn();
}

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

    await list.goto();
    await list.rows.first().getByRole('link').first().click();
    await page.getByLabel('Program phases').waitFor();
    await shot(page, '06-program');
    const moveBack = page.getByRole('button', { name: 'Move back…' });
    if (await moveBack.isEnabled()) {
      await moveBack.click();
      await page.getByRole('dialog').getByRole('button', { name: 'Move back' }).click();
      await page.getByText(/needs a reason of at least/).waitFor();
      await shot(page, '07-move-back-dialog');
      await page.keyboard.press('Escape');
    }
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('button', { name: 'Save changes' }).waitFor();
    await shot(page, '08-edit-program');

    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('dialog').waitFor();
    await shot(page, '09-archive-confirm');
    await page.keyboard.press('Escape');

    await page.goto('/units');
    await page.getByRole('tree').waitFor();
    await shot(page, '10-units');
    await page.getByLabel('Search units').fill('de');
    await page.waitForTimeout(400);
    await shot(page, '11-units-search');
    await page.getByLabel('Search units').fill('');
    await page.getByRole('button', { name: 'Add unit' }).first().click();
    await page.getByRole('dialog').waitFor();
    await shot(page, '12-units-add');
    await page.keyboard.press('Escape');

    await page.goto('/metrics');
    await page.getByTestId('metric-row').first().waitFor();
    await shot(page, '13-metrics');

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
    await list.rows.first().getByRole('link').first().click();
    await page.getByLabel('Program phases').waitFor();
    await shot(page, '21-executive-program');
    await page.goto('/units');
    await page.getByRole('tree').waitFor();
    await shot(page, '22-executive-units');

    await new AppShell(page).signOut();
    await signInAs(page, DEMO_USERS.partnerEmea.email);
    await list.goto();
    await shot(page, '23-partner-programs');
  });
});
