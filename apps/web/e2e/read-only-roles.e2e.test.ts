import { describe, expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { ProgramPage } from './pages/ProgramPage';
import { ProgramsListPage } from './pages/ProgramsListPage';
import { DEMO_USERS, SignInPage } from './pages/SignInPage';
import { useBrowserSession } from './support/journey';

describe('sign-in and read-only roles', () => {
  const session = useBrowserSession();

  it('refuses a wrong password with one generic message', async () => {
    const { page } = session();
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(DEMO_USERS.programManager.email, 'not-the-password');

    await signIn.error.waitFor();
    expect(await signIn.error.innerText()).toContain('The email or password is not correct.');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });

  for (const who of ['executive', 'partnerEmea'] as const) {
    it(`shows programs read-only to the ${who}`, async () => {
      const { page } = session();
      const signIn = new SignInPage(page);
      const shell = new AppShell(page);
      const list = new ProgramsListPage(page);
      const program = new ProgramPage(page);

      await signIn.goto();
      await signIn.signIn(DEMO_USERS[who].email);
      await shell.waitUntilSignedIn();
      expect(await shell.currentUser.innerText()).toContain(DEMO_USERS[who].role);
      // Executives land on the portfolio, made for them; partners on the programs.
      if (who === 'executive') {
        await page.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor();
        await shell.open('Programs');
      }
      await list.waitUntilLoaded();
      expect(await list.rows.count()).toBeGreaterThan(0);
      expect(await list.newProgramButton.count()).toBe(0);

      await list.rows.first().getByRole('link').first().click();
      await program.openTab('Phases');
      await program.phases.waitFor();
      expect(await program.moveForwardButton().count()).toBe(0);
      expect(await program.moveBackButton.count()).toBe(0);
      expect(await program.editButton.count()).toBe(0);

      // Typing the address of a create page does not help either.
      await page.goto('/programs/new');
      await page.getByText('Only program managers and admins can create programs.').waitFor();
    });
  }
});
