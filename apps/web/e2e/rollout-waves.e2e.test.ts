import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { ProgramPage } from './pages/ProgramPage';
import { DEMO_USERS, SignInPage } from './pages/SignInPage';
import { useBrowserSession } from './support/journey';
import { apiSignedInAs, day } from './support/pilot-fixtures';
import { createScaledPilot } from './support/rollout-fixtures';

describe('roll-out in waves', () => {
  const session = useBrowserSession();

  async function openScaleTab(page: Page, email: string, programId: string) {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(email);
    await new AppShell(page).waitUntilSignedIn();
    await page.goto(`/programs/${programId}?tab=scale`);
    await new ProgramPage(page).selectedTab('Scale').waitFor();
  }
  const card = (page: Page, unit: string) => page.getByTestId('wave-unit-card').filter({ hasText: unit });
  const wave = (page: Page, name: string) => page.getByRole('listitem', { name });

  it('plans two waves from a pilot decided scale; the partner readies a unit, the manager takes it live, and the board and progress follow', async () => {
    const { page, problems } = session();
    const api = await apiSignedInAs(inject('baseUrl'), DEMO_USERS.programManager.email);
    const pilot = await createScaledPilot(api, 'EMEA-DE', ['EMEA-NL', 'EMEA-BE', 'EMEA-IE']).finally(() => api.dispose());
    const [netherlands, belgium, ireland] = pilot.others.map((unit) => unit.name);
    if (!netherlands || !belgium || !ireland) throw new Error('The demo company lacks a unit the spec needs');

    // The manager starts the roll-out from the decided pilot and plans two waves.
    await openScaleTab(page, DEMO_USERS.programManager.email, pilot.programId);
    await page.getByRole('button', { name: 'Start roll-out' }).click();
    const planWave = async (name: string, start: number, units: string[]) => {
      await page.getByRole('button', { name: 'Plan a wave' }).click();
      const dialog = page.getByRole('dialog', { name: 'Plan a wave' });
      await dialog.getByLabel('Name').fill(name);
      await dialog.getByLabel('Planned start').fill(day(start));
      await dialog.getByLabel('Planned end').fill(day(start + 56));
      for (const unit of units) {
        await dialog.getByRole('combobox', { name: 'Units', exact: true }).click();
        await page.getByRole('option', { name: new RegExp(`^${unit} ·`) }).click();
      }
      // Closes the units' dropdown.
      await dialog.getByLabel('Name').click();
      await dialog.getByRole('button', { name: 'Plan wave' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await wave(page, name).waitFor();
    };
    await planWave('Wave 1', -7, [netherlands, belgium]);
    await planWave('Wave 2', 49, [ireland]);
    expect(await wave(page, 'Wave 1').getByTestId('wave-unit-card').count()).toBe(2);
    expect(await wave(page, 'Wave 2').getByTestId('wave-unit-card').count()).toBe(1);
    await new AppShell(page).signOut();

    // The EMEA partner ticks the Netherlands' checklist and moves it to ready; going live is not theirs.
    await openScaleTab(page, DEMO_USERS.partnerEmea.email, pilot.programId);
    await card(page, netherlands).getByRole('button').click();
    const drawer = page.getByRole('dialog', { name: netherlands });
    await drawer.getByRole('button', { name: 'Prepare' }).click();
    await card(page, netherlands).getByText('Preparing').waitFor();
    for (const item of await drawer.getByRole('group', { name: 'Readiness checklist' }).getByRole('checkbox').all()) await item.check();
    await drawer.getByRole('button', { name: 'Save readiness' }).click();
    await drawer.getByText('5 of 5 done').waitFor();
    await drawer.getByRole('button', { name: 'Mark ready' }).click();
    await card(page, netherlands).getByText('Ready').waitFor();
    expect(await drawer.getByRole('button', { name: 'Go live' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await new AppShell(page).signOut();

    // The manager takes it live: the card, the wave and the program's progress change.
    await openScaleTab(page, DEMO_USERS.programManager.email, pilot.programId);
    const progress = page.getByTestId('rollout-progress');
    await progress.getByText('0 live (0%)').waitFor();
    await card(page, netherlands).getByRole('button').click();
    await page.getByRole('dialog', { name: netherlands }).getByRole('button', { name: 'Go live' }).click();
    await card(page, netherlands).getByText('Live').waitFor();
    await progress.getByText('1 live (33%)').waitFor();
    expect(await wave(page, 'Wave 1').innerText()).toContain('1 live · 0 adopted');
    expect(await progress.getByRole('table', { name: 'Waves, planned and actual' }).innerText()).toContain('ongoing');
    expect(problems).toEqual([]);
  });
});
