import { describe, it } from 'vitest';
import { ProgramsListPage } from './pages/ProgramsListPage';
import { type ProgramTabName } from './pages/ProgramPage';
import { DEMO_USERS } from './pages/SignInPage';
import { openProgramAs, ROLLOUT_PROGRAM, shot, shotOf } from './support/capture';
import { useBrowserSession } from './support/journey';

// Screens as each role reads them, at 1440 and 390 px, light and dark (and the target model summary
// as printed): `npm run screenshots -w @rollout/web` writes them to e2e/artifacts/screens.
describe('screens by role', () => {
  const session = useBrowserSession();

  it('captures Assess and Align as each role reads them, at 1440 and 390 px, light and dark', async () => {
    const { page } = session();
    const views: { role: string; email: string; program: string; tabs: ProgramTabName[] }[] = [
      { role: 'manager', email: DEMO_USERS.programLead.email, program: 'Customer Success ops consolidation', tabs: ['Assess', 'Align'] },
      { role: 'partner', email: DEMO_USERS.partnerEmea.email, program: ROLLOUT_PROGRAM, tabs: ['Assess'] },
      { role: 'executive', email: DEMO_USERS.executive.email, program: 'Customer Success ops consolidation', tabs: ['Assess', 'Align'] },
    ];
    for (const view of views) {
      const program = await openProgramAs(page, view.email, view.program);
      for (const tab of view.tabs) {
        await program.openTab(tab);
        for (const [width, scheme] of [[1440, 'light'], [1440, 'dark'], [390, 'light'], [390, 'dark']] as const) {
          await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
          await page.emulateMedia({ colorScheme: scheme });
          await shot(page, `70-${tab.toLowerCase()}-${view.role}-${width}-${scheme}`);
        }
      }
      if (view.role === 'manager') {
        await page.setViewportSize({ width: 1440, height: 900 });
        await page.emulateMedia({ colorScheme: 'light' });
        await program.openTab('Assess');
        await page.getByRole('button', { name: 'Edit activities' }).click();
        await page.getByRole('dialog', { name: 'Activities assessed' }).waitFor();
        await shot(page, '71-catalog-dialog', 'viewport');
        await page.getByRole('button', { name: 'Done' }).click();
      }
      // The next role signs in afresh.
      await page.context().clearCookies();
    }
  });

  it('captures Design and the target model summary as each role reads them, at 1440 and 390 px, light and dark, and as printed', async () => {
    const { page } = session();
    const views: { role: string; email: string; program: string }[] = [
      { role: 'manager', email: DEMO_USERS.programLead.email, program: 'Customer Success ops consolidation' },
      { role: 'partner', email: DEMO_USERS.partnerEmea.email, program: ROLLOUT_PROGRAM },
      { role: 'executive', email: DEMO_USERS.executive.email, program: 'Customer Success ops consolidation' },
    ];
    const variants = [[1440, 'light'], [1440, 'dark'], [390, 'light'], [390, 'dark']] as const;
    for (const view of views) {
      const program = await openProgramAs(page, view.email, view.program);
      await program.openTab('Design');
      for (const [width, scheme] of variants) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await shot(page, `80-design-${view.role}-${width}-${scheme}`);
        // The tab is long: its newest sections on their own, to read them at this size.
        for (const section of ['Roles and headcount', 'Sign-off']) {
          await shotOf(page, page.getByRole('region', { name: section, exact: true }), `80-design-${view.role}-${width}-${scheme}-${section === 'Sign-off' ? 'sign-off' : 'headcount'}`);
        }
      }
      const summaryLink = page.getByRole('link', { name: 'Target model summary' });
      if ((await summaryLink.count()) > 0) {
        await page.setViewportSize({ width: 1440, height: 900 });
        await summaryLink.click();
        await page.getByRole('heading', { name: 'Target model summary', level: 1 }).waitFor();
        for (const [width, scheme] of variants) {
          await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
          await page.emulateMedia({ colorScheme: scheme });
          await shot(page, `81-target-model-${view.role}-${width}-${scheme}`);
        }
        // As the printer sees it: an A4 sheet's width, print media, a dark screen setting included.
        await page.setViewportSize({ width: 794, height: 1123 });
        await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
        await shot(page, `82-target-model-${view.role}-print`);
        await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
      }
      await page.context().clearCookies();
    }
  });

  it('captures Scale (the roll-out board, progress and a unit) as each role reads it, at 1440 and 390 px, light and dark', async () => {
    const { page } = session();
    const views = [
      { role: 'manager', email: DEMO_USERS.programLead.email },
      { role: 'partner', email: DEMO_USERS.partnerEmea.email },
      { role: 'executive', email: DEMO_USERS.executive.email },
    ];
    for (const view of views) {
      const program = await openProgramAs(page, view.email, ROLLOUT_PROGRAM);
      await program.openTab('Scale');
      await page.getByTestId('wave-unit-card').first().waitFor();
      for (const [width, scheme] of [[1440, 'light'], [1440, 'dark'], [390, 'light'], [390, 'dark']] as const) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await shot(page, `75-scale-${view.role}-${width}-${scheme}`);
        // The live unit whose guardrail paused its wave, as its drawer shows it.
        await page.getByTestId('wave-unit-card').filter({ hasText: 'France & Benelux' }).getByRole('button').click();
        await page.getByRole('dialog', { name: 'France & Benelux' }).getByText('Moves', { exact: true }).waitFor();
        await page.getByRole('dialog', { name: 'France & Benelux' }).getByTestId('wave-unit-moves').waitFor();
        await shot(page, `75-scale-unit-${view.role}-${width}-${scheme}`, 'viewport');
        await page.keyboard.press('Escape');
        await page.getByRole('dialog', { name: 'France & Benelux' }).waitFor({ state: 'hidden' });
      }
      await page.context().clearCookies();
    }
  });

  it('captures every main screen as each role reads it, at 1440 and 390 px, light and dark', async () => {
    const { page } = session();
    const views: { role: string; email: string; admin?: boolean }[] = [
      { role: 'admin', email: DEMO_USERS.admin.email, admin: true },
      { role: 'manager', email: DEMO_USERS.programLead.email },
      { role: 'partner', email: DEMO_USERS.partnerEmea.email },
      { role: 'executive', email: DEMO_USERS.executive.email },
    ];
    const variants = [[1440, 'light'], [1440, 'dark'], [390, 'light'], [390, 'dark']] as const;
    const capture = async (name: string, role: string) => {
      for (const [width, scheme] of variants) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await shot(page, `90-${name}-${role}-${width}-${scheme}`);
      }
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.emulateMedia({ colorScheme: 'light' });
    };
    for (const view of views) {
      await openProgramAs(page, view.email, ROLLOUT_PROGRAM);
      await page.getByTestId('overview-pilot').first().waitFor();
      await capture('program', view.role);
      const pilotLink = page.getByTestId('overview-pilot').first().getByRole('link');
      await pilotLink.click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByTestId('metric-card').first().waitFor();
      await capture('pilot', view.role);
      await new ProgramsListPage(page).goto();
      await page.getByRole('heading', { name: 'Programs', level: 1 }).waitFor();
      await capture('programs', view.role);
      for (const [path, name] of [['/this-week', 'this-week'], ['/units', 'units'], ['/metrics', 'metrics'], ...(view.admin ? [['/admin/users', 'users'], ['/admin/audit-log', 'audit-log']] : [])] as const) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await capture(name, view.role);
      }
      await page.context().clearCookies();
    }
  });
});
