import { describe, it } from 'vitest';
import { DEMO_USERS } from './pages/SignInPage';
import { openProgramAs, ROLLOUT_PROGRAM, shot } from './support/capture';
import { useBrowserSession } from './support/journey';

// Govern as each role reads it: the program's tab, a held meeting with its minutes, and "This week"
// with action items, at 1440 and 390 px, light and dark.
describe('governance screens', () => {
  const session = useBrowserSession();

  it('captures the Govern tab, a held meeting and This week as each role reads them', async () => {
    const { page } = session();
    const views = [
      { role: 'manager', email: DEMO_USERS.programManager.email },
      { role: 'partner', email: DEMO_USERS.partnerEmea.email },
      { role: 'executive', email: DEMO_USERS.executive.email },
    ];
    const variants = [[1440, 'light'], [1440, 'dark'], [390, 'light'], [390, 'dark']] as const;
    const capture = async (name: string) => {
      for (const [width, scheme] of variants) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await shot(page, name.replace('{v}', `${width}-${scheme}`));
      }
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.emulateMedia({ colorScheme: 'light' });
    };
    for (const view of views) {
      const program = await openProgramAs(page, view.email, ROLLOUT_PROGRAM);
      await program.openTab('Govern');
      await page.getByRole('heading', { name: 'Coming up' }).waitFor();
      await capture(`76-govern-${view.role}-{v}`);
      // The latest pipeline review, held last week, with its minutes.
      const recent = page.getByRole('listitem').filter({ hasText: 'Pipeline review' }).filter({ hasText: 'Held' }).first();
      await recent.getByText(/^(Open|View)$/).first().click();
      await page.getByRole('heading', { name: 'Agenda' }).waitFor();
      await capture(`77-meeting-${view.role}-{v}`);
      await page.goto('/this-week');
      await page.getByRole('heading', { name: 'This week' }).waitFor();
      await capture(`78-this-week-${view.role}-{v}`);
      // The bell open, at both widths: its latest notifications.
      for (const width of [1440, 390]) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        await page.getByRole('button', { name: /^Notifications, / }).click();
        await page.getByText('Notifications', { exact: true }).waitFor();
        await shot(page, `79-bell-${view.role}-${width}-light`, 'viewport');
        await page.keyboard.press('Escape');
      }
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.context().clearCookies();
    }
  });
});
