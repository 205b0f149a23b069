import { describe, it } from 'vitest';
import { DEMO_USERS } from './pages/SignInPage';
import { openProgramAs, ROLLOUT_PROGRAM, shot } from './support/capture';
import { useBrowserSession } from './support/journey';

// The Backlog tab as each role reads it, a request's drawer (the coverage dashboard three regions
// asked for) and the leads' settings, at 1440 and 390 px, light and dark.
describe('backlog screens', () => {
  const session = useBrowserSession();

  it('captures the Backlog tab, a request and the settings as each role reads them', async () => {
    const { page } = session();
    const views = [
      { role: 'manager', email: DEMO_USERS.programLead.email },
      { role: 'partner', email: DEMO_USERS.partnerEmea.email },
      { role: 'executive', email: DEMO_USERS.executive.email },
    ];
    const variants = [[1440, 'light'], [1440, 'dark'], [390, 'light'], [390, 'dark']] as const;
    const capture = async (name: string, area: 'page' | 'viewport' = 'page') => {
      for (const [width, scheme] of variants) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await shot(page, name.replace('{v}', `${width}-${scheme}`), area);
      }
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.emulateMedia({ colorScheme: 'light' });
    };
    for (const view of views) {
      const program = await openProgramAs(page, view.email, ROLLOUT_PROGRAM);
      await program.openTab('Backlog');
      await page.getByRole('heading', { name: 'RevOps backlog' }).waitFor();
      await page.getByRole('heading', { name: 'Roadmap' }).waitFor();
      await capture(`95-backlog-${view.role}-{v}`);
      await page.getByRole('table', { name: 'Requests' }).getByRole('button', { name: /^REQ-17 · / }).click();
      await page.getByRole('dialog', { name: /^REQ-17 · / }).getByText('3 requesters').waitFor();
      await capture(`96-request-${view.role}-{v}`, 'viewport');
      await page.keyboard.press('Escape');
      if (view.role === 'partner') {
        // Filing from a phone.
        await page.setViewportSize({ width: 390, height: 844 });
        await page.getByRole('button', { name: 'File a request' }).click();
        await page.getByRole('dialog', { name: 'File a request' }).getByText('It names no activity, so the hub triages it.').waitFor();
        await shot(page, '99-file-request-partner-390-light', 'viewport');
        await page.keyboard.press('Escape');
        await page.setViewportSize({ width: 1440, height: 900 });
      }
      if (view.role === 'manager') {
        // A spoke's routing change waiting for the hub's approval, as the lead who approves it reads it.
        await page.getByRole('table', { name: 'Requests' }).getByRole('button', { name: /^REQ-15 · / }).click();
        await page.getByRole('dialog', { name: /^REQ-15 · / }).getByText('Hub approval').waitFor();
        await shot(page, '99-request-approval-manager-1440-light', 'viewport');
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Settings' }).click();
        await page.getByRole('dialog', { name: 'Backlog settings' }).waitFor();
        await shot(page, '97-backlog-settings-1440-light', 'viewport');
        await page.keyboard.press('Escape');
      }
      await page.context().clearCookies();
    }
  });
});
